//! The root component: creates the store from storage, provides the store
//! and language contexts, follows the URL hash, and runs the one save effect.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::early_answer;
use crate::domain::files_ui_text::{self, FU};
use crate::domain::i18n::{Lang, T};
use crate::domain::route::Route;
use crate::domain::update::State;
use crate::files;
use crate::storage;
use crate::ui::action_form::ActionForm;
use crate::ui::assessment::Assessment;
use crate::ui::files::Files;
use crate::ui::header::Header;
use crate::ui::history::History;
use crate::ui::home::Home;
use crate::ui::more::More;
use crate::ui::people::People;
use crate::ui::person_detail::PersonDetail;
use crate::ui::person_form::PersonForm;
use crate::ui::plan::Plan;
use crate::ui::print_view::PrintView;
use crate::ui::read_only::{ReadOnlyBanner, ReadOnlyNotice};
use crate::ui::results::Results;
use crate::ui::review::Review;
use crate::ui::settings::Settings;
use crate::ui::storage_notice::StorageNotice;
use crate::ui::store::{current_state, Store, StoreHandle};
use crate::ui::update_banner::UpdateBanner;

/// How long after a change the document is written (see the save effect).
const SAVE_DELAY_MS: i32 = 200;

/// Saves the latest state if a save is still due (a leave may have done it).
/// The save loop is the core's (`sync::Saver`, run by `storage::save`);
/// this only hands it the state and dispatches what it reports. `locked`:
/// under the Web Lock (a leave cannot wait for one).
fn save_if_due(latest: &Rc<RefCell<StoreHandle>>, save_due: &Rc<RefCell<bool>>, locked: bool) {
    if !*save_due.borrow() {
        return;
    }
    let run = {
        let (latest, save_due) = (latest.clone(), save_due.clone());
        move || {
            // Still due only if no leave saved while this waited for the lock.
            if std::mem::take(&mut *save_due.borrow_mut()) {
                save_now(&latest);
            }
            // Unsaved until no further save is due.
            if !*save_due.borrow() {
                browser::mark_unsaved(false);
            }
        }
    };
    if locked {
        storage::with_save_lock(run);
    } else {
        run();
    }
}

fn save_now(latest: &RefCell<StoreHandle>) {
    let store = latest.borrow().clone();
    let state = current_state(&store);
    let msgs = clock::measure("tsunagari:save", || {
        let (now, random) = (clock::now().timestamp_millis(), clock::new_id());
        storage::save(state, now, random)
    });
    for msg in msgs {
        store.dispatch(msg);
    }
}

#[component]
pub fn App() -> Html {
    let store = use_reducer(|| {
        let (doc, mark, persistence) = storage::load(clock::now().timestamp_millis());
        let mut state = State::loaded(doc, mark, persistence);
        // A first visitor may have answered the shell's first question
        // before the app started: the self-check continues from it.
        if let Some(step) = browser::take_early_answer() {
            if early_answer::apply(&mut state, step) {
                browser::set_hash(&Route::Assessment.hash());
            }
        }
        Store(state)
    });
    let lang = store.0.doc.settings.lang.unwrap_or_else(|| {
        Lang::from_preferences(browser::preferred_languages().iter().map(String::as_str))
    });

    let route = use_state(|| Route::parse(&browser::hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = browser::HashListener::new(move |hash| route.set(Route::parse(&hash)));
            move || drop(listener)
        });
    }

    // The one place that saves. A change schedules a save a moment later
    // instead of writing inside the click: serializing and writing a large
    // document would otherwise delay the screen's update. Changes made in
    // between ride along in the same save. Leaving or hiding the page saves
    // at once, so closing the tab right after a change loses nothing.
    let latest = use_mut_ref(|| store.clone());
    *latest.borrow_mut() = store.clone();
    let save_due = use_mut_ref(|| false);
    {
        let (latest, save_due) = (latest.clone(), save_due.clone());
        use_effect_with(store.0.changes, move |&changes| {
            if changes > 0 && !std::mem::replace(&mut *save_due.borrow_mut(), true) {
                browser::mark_unsaved(true);
                clock::after(SAVE_DELAY_MS, move || save_if_due(&latest, &save_due, true));
            }
        });
    }
    {
        let latest = latest.clone();
        use_effect_with((), move |_| {
            let listener =
                browser::LeaveListener::new(move || save_if_due(&latest, &save_due, false));
            move || drop(listener)
        });
    }

    // Other tabs' writes: what storage holds now decides (`sync::observe`).
    use_effect_with((), move |_| {
        let listener = storage::ExternalChanges::listen(move || {
            let store = latest.borrow().clone();
            if let Some(msg) = storage::observe(&current_state(&store)) {
                store.dispatch(msg);
            }
        });
        move || drop(listener)
    });

    // A plan file dropped on any other screen, opened with the installed
    // app (launchQueue) or shared to it (share target) opens on the files
    // screen (remounted by its key, so this works there too) instead of the
    // browser replacing the app with the file.
    let stray_drops = use_state(|| 0u32);
    {
        let stray_drops = stray_drops.clone();
        use_effect_with((), move |_| {
            let count = std::rc::Rc::new(std::cell::Cell::new(0));
            let receive = move |file| {
                files::hand_over(file);
                count.set(count.get() + 1);
                stray_drops.set(count.get());
                browser::set_hash(&Route::Files.hash());
            };
            let receive = std::rc::Rc::new(receive);
            let listener = files::StrayDrops::listen({
                let receive = receive.clone();
                move |file| receive(file)
            });
            files::on_launch({
                let receive = receive.clone();
                move |file| receive(file)
            });
            files::take_shared_to_app(move |file| receive(file));
            move || drop(listener)
        });
    }

    use_effect_with(lang, |&lang| {
        browser::set_document_lang(lang.tag(), lang.t(T::AppName))
    });

    // Focus the new screen's heading after navigation (not on first load).
    let first_route = use_mut_ref(|| true);
    use_effect_with(*route, move |_| {
        if std::mem::take(&mut *first_route.borrow_mut()) {
            return;
        }
        browser::focus_main_heading();
    });

    // Leaving a read-only plan: land on the same screen's heading, now
    // showing the user's own data.
    let read_only = store.0.read_only();
    let was_read_only = use_mut_ref(|| false);
    use_effect_with(read_only, move |&now| {
        let before = std::mem::replace(&mut *was_read_only.borrow_mut(), now);
        if before && !now {
            browser::focus_main_heading();
        }
    });

    let screen = match *route {
        _ if read_only && !route.viewable_read_only() => html! { <ReadOnlyNotice /> },
        Route::Home => html! { <Home /> },
        Route::Assessment => html! { <Assessment /> },
        Route::Results => html! { <Results /> },
        Route::Settings => html! { <Settings /> },
        Route::Plan => html! { <Plan /> },
        // Keys make a new form (fresh draft) for each target.
        Route::ActionNew { person } => {
            html! { <ActionForm key={format!("new-{person:?}")} {person} /> }
        }
        Route::ActionEdit(id) => html! { <ActionForm key={id.to_string()} id={Some(id)} /> },
        Route::People => html! { <People /> },
        Route::PersonNew => html! { <PersonForm key="new" /> },
        Route::Person(id) => html! { <PersonDetail key={id.to_string()} {id} /> },
        Route::PersonEdit(id) => html! { <PersonForm key={id.to_string()} id={Some(id)} /> },
        Route::Review => html! { <Review /> },
        Route::History => html! { <History /> },
        Route::Files => html! { <Files key={*stray_drops} /> },
        Route::Print => html! { <PrintView /> },
        Route::Intro => html! { <crate::ui::self_intro::SelfIntroPage /> },
        Route::More => html! { <More /> },
    };
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus_selector("#main");
    });

    html! {
        <ContextProvider<StoreHandle> context={store.clone()}>
            <ContextProvider<Lang> context={lang}>
                <a class="skip-link" href="#main" onclick={skip}>{ lang.t(T::SkipToContent) }</a>
                <Header route={*route} />
                <StorageNotice />
                <UpdateBanner />
                <ReadOnlyBanner />
                // Only on paper: what this is and when it was printed.
                <div class="print-only print-heading" aria-hidden="true">
                    <p>{ lang.t(T::AppName) }{ " · " }{ files_ui_text::printed_on(lang, clock::today()) }
                        if read_only { { " · " }{ lang.t(FU::ViewingBanner) } }</p>
                </div>
                <main id="main" tabindex="-1">{ screen }</main>
                <footer class="site-footer"><p>{ lang.t(T::Footer) }</p></footer>
            </ContextProvider<Lang>>
        </ContextProvider<StoreHandle>>
    }
}
