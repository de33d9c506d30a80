//! The root component: creates the store from storage, runs the effect
//! executor, provides the store and language contexts, follows the URL hash
//! and lays out the page around the current screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::effect::Effects;
use crate::domain::files_ui_text::{self, FilesScreenText};
use crate::domain::i18n::{Lang, UiText};
use crate::domain::route::Route;
use crate::domain::update::{update, Msg, Persistence, State};
use crate::files;
use crate::storage;
#[cfg(feature = "full")]
use crate::ui::action_form::ActionForm;
use crate::ui::assessment::Assessment;
use crate::ui::effects::use_executor;
#[cfg(feature = "full")]
use crate::ui::files::Files;
use crate::ui::header::Header;
#[cfg(feature = "full")]
use crate::ui::history::History;
use crate::ui::home::Home;
#[cfg(feature = "full")]
use crate::ui::more::More;
use crate::ui::mount::{use_show_when_whole, Built};
#[cfg(feature = "full")]
use crate::ui::people::People;
#[cfg(feature = "full")]
use crate::ui::person_detail::PersonDetail;
#[cfg(feature = "full")]
use crate::ui::person_form::PersonForm;
#[cfg(feature = "full")]
use crate::ui::plan::Plan;
#[cfg(feature = "full")]
use crate::ui::print_view::PrintView;
use crate::ui::read_only::{ReadOnlyBanner, ReadOnlyNotice};
use crate::ui::results::Results;
#[cfg(feature = "full")]
use crate::ui::review::Review;
#[cfg(feature = "full")]
use crate::ui::settings::Settings;
use crate::ui::storage_notice::StorageNotice;
use crate::ui::store::{Store, StoreHandle};
use crate::ui::update_banner::UpdateBanner;

/// The store, read from storage once (what the head lists is remembered in
/// `memory`). A first visitor may have answered the shell's first question
/// before the app started: the self-check continues from it (the core's
/// effects save it and show the self-check).
#[hook]
fn use_app_store(memory: &storage::Memory) -> StoreHandle {
    let memory = memory.clone();
    use_reducer(move || {
        let (doc, mark, persistence) = storage::load(&memory, clock::now().timestamp_millis());
        let mut state = State::loaded(doc, mark, persistence);
        let carried = take_carried(&mut state);
        let first = match browser::early_answer() {
            Some(step) => update(
                &mut state,
                Msg::EarlyAnswer {
                    step,
                    instead_of: None,
                },
            ),
            None => Effects::none(),
        };
        hand_over_if_due(&mut state, &memory);
        Store::new(state, carried.and(first))
    })
}

/// Changes a first-visit page carried into this load, rebased onto what
/// storage holds (`domain::carry`).
#[cfg(feature = "full")]
fn take_carried(state: &mut State) -> Effects {
    storage::take_carried().map_or_else(Effects::none, |msg| update(state, msg))
}

/// The first-visit module carries nothing in: it only hands over.
#[cfg(not(feature = "full"))]
fn take_carried(_: &mut State) -> Effects {
    Effects::none()
}

/// A page that found what it cannot read at load (the first-visit module,
/// when another tab saved while it loaded: `storage::load`) hands over to
/// the full app, with the answer given in the static shell, if any: its
/// save only keeps the changes for the reload (`sync::Reads::OwnOnly`).
fn hand_over_if_due(state: &mut State, memory: &storage::Memory) {
    if state.persistence != Persistence::HandingOver {
        return;
    }
    let (now, id) = (clock::now().timestamp_millis(), clock::new_id());
    // Where the changes cannot be kept, the tab stays and forgets the
    // version it found (the core's `update` on `SyncMsg::SaveFailed`).
    for msg in storage::save(memory, state.clone(), now, id) {
        let _ = update(state, msg);
    }
}

/// The route, following the URL hash (links, back/forward, reload).
#[hook]
fn use_route() -> UseStateHandle<Route> {
    let route = use_state(|| Route::parse(&browser::hash()));
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = browser::HashListener::new(move |hash| route.set(Route::parse(&hash)));
            move || drop(listener)
        });
    }
    route
}

/// A plan file dropped on any other screen, opened with the installed app
/// (launchQueue) or shared to it (share target) opens on the files screen
/// (remounted by the returned key, so this works there too) instead of the
/// browser replacing the app with the file.
#[hook]
fn use_stray_drops() -> u32 {
    let stray_drops = use_state(|| 0u32);
    {
        let stray_drops = stray_drops.clone();
        use_effect_with((), move |_| {
            let receive = stray_receiver(stray_drops);
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
    *stray_drops
}

/// Gives a stray file to the files screen: kept for it, then shown there
/// (a new key when it is already open).
#[cfg(feature = "full")]
fn stray_receiver(stray_drops: UseStateHandle<u32>) -> Rc<dyn Fn(web_sys::File)> {
    let count = Rc::new(std::cell::Cell::new(0));
    Rc::new(move |file| {
        files::hand_over(file);
        count.set(count.get() + 1);
        stray_drops.set(count.get());
        browser::set_hash(&Route::Files.hash());
    })
}

/// The first-visit module has no files screen, and its hand-over reloads
/// the page: the file waits in the cache a shared file waits in, and the
/// full app opens it (`files::keep_for_full_app`).
#[cfg(not(feature = "full"))]
fn stray_receiver(_: UseStateHandle<u32>) -> Rc<dyn Fn(web_sys::File)> {
    Rc::new(|file| {
        wasm_bindgen_futures::spawn_local(async move {
            let kept = files::keep_for_full_app(&file).await;
            browser::set_hash(&Route::Files.hash());
            // In the same task as the hash: the hand-over, which reloads,
            // starts only on the hash change that follows.
            if kept {
                files::mark_kept_file();
            }
        })
    })
}

/// Focus moves to the new screen's heading after navigation (not on first
/// load), and after leaving a read-only plan (the same screen, now showing
/// the user's own data).
#[hook]
fn use_focus_on_arrival(route: Route, read_only: bool) {
    let first_route = use_mut_ref(|| true);
    use_effect_with(route, move |_| {
        if !std::mem::take(&mut *first_route.borrow_mut()) {
            browser::focus_main_heading();
        }
    });
    let was_read_only = use_mut_ref(|| false);
    use_effect_with(read_only, move |&now| {
        let before = std::mem::replace(&mut *was_read_only.borrow_mut(), now);
        if before && !now {
            browser::focus_main_heading();
        }
    });
}

/// The screen for `route` (a read-only plan shows only what it can show).
// `stray_drops` keys the files screen, which the first-visit module lacks.
#[cfg_attr(not(feature = "full"), allow(unused_variables))]
fn screen(route: Route, read_only: bool, stray_drops: u32) -> Html {
    match route {
        _ if read_only && !route.viewable_read_only() => html! { <ReadOnlyNotice /> },
        Route::Home => html! { <Home /> },
        Route::Assessment => html! { <Assessment /> },
        Route::Results => html! { <Results /> },
        #[cfg(feature = "full")]
        Route::Settings => html! { <Settings /> },
        #[cfg(feature = "full")]
        Route::Plan => html! { <Plan /> },
        // Keys make a new form (fresh draft) for each target.
        #[cfg(feature = "full")]
        Route::ActionNew { person } => {
            html! { <ActionForm key={format!("new-{person:?}")} {person} /> }
        }
        #[cfg(feature = "full")]
        Route::ActionEdit(id) => html! { <ActionForm key={id.to_string()} id={Some(id)} /> },
        #[cfg(feature = "full")]
        Route::People => html! { <People /> },
        #[cfg(feature = "full")]
        Route::PersonNew => html! { <PersonForm key="new" /> },
        #[cfg(feature = "full")]
        Route::Person(id) => html! { <PersonDetail key={id.to_string()} {id} /> },
        #[cfg(feature = "full")]
        Route::PersonEdit(id) => html! { <PersonForm key={id.to_string()} id={Some(id)} /> },
        #[cfg(feature = "full")]
        Route::Review => html! { <Review /> },
        #[cfg(feature = "full")]
        Route::History => html! { <History /> },
        #[cfg(feature = "full")]
        Route::Files => html! { <Files key={stray_drops} /> },
        #[cfg(feature = "full")]
        Route::Print => html! { <PrintView /> },
        #[cfg(feature = "full")]
        Route::Intro => html! { <crate::ui::self_intro::SelfIntroPage /> },
        #[cfg(feature = "full")]
        Route::More => html! { <More /> },
        // The first-visit module lacks this screen: the full app takes over.
        #[cfg(not(feature = "full"))]
        _ => html! { <crate::first_visit::Handover /> },
    }
}

/// Above the screen: the skip link, the header and the notices.
fn above_screen(route: Route, lang: Lang) -> Html {
    let skip = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        browser::focus_selector("#main");
    });
    html! {
        <>
            <a class="skip-link" href="#main" onclick={skip}>{ lang.t(UiText::SkipToContent) }</a>
            <Header {route} />
            <StorageNotice />
            <UpdateBanner />
            <ReadOnlyBanner />
        </>
    }
}

/// Only on paper: what this is and when it was printed.
fn print_heading(lang: Lang, read_only: bool) -> Html {
    html! {
        <div class="print-only print-heading" aria-hidden="true">
            <p>{ lang.t(UiText::AppName) }{ " · " }{ files_ui_text::printed_on(lang, clock::today()) }
                if read_only { { " · " }{ lang.t(FilesScreenText::ViewingBanner) } }</p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// How far the page is built (`ui::mount`): it grows one part per step.
    pub built: Built,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // The storage door's memory of this tab: made once, lent to the loader
    // and the executor.
    let memory = use_memo((), |_| storage::Memory::default());
    let store = use_app_store(&memory);
    use_executor(&store, &memory);
    // A first-visit module has one language's text (`Lang::built`): the
    // page, the context and whatever is stored all use that one.
    let lang = store
        .0
        .doc
        .settings
        .lang
        .unwrap_or_else(|| {
            Lang::from_preferences(browser::preferred_languages().iter().map(String::as_str))
        })
        .built();
    let route = use_route();
    let stray_drops = use_stray_drops();
    use_effect_with(lang, |&lang| {
        browser::set_document_lang(lang.tag(), lang.t(UiText::AppName))
    });
    let read_only = store.0.read_only();
    use_focus_on_arrival(*route, read_only);
    let screen = if store.0.persistence == Persistence::HandingOver {
        // Reloading into the full app with every change carried: the
        // screen is set aside so nothing more can be changed here.
        html! { <crate::first_visit::Handover /> }
    } else {
        screen(*route, read_only, stray_drops)
    };
    use_show_when_whole(props.built, &store);
    if props.built < Built::Screen {
        return Html::default();
    }
    let (header, whole) = (props.built >= Built::Header, props.built == Built::Whole);

    html! {
        <ContextProvider<StoreHandle> context={store.clone()}>
            <ContextProvider<Lang> context={lang}>
                // Placeholders keep the parts' places while the page is built
                // (`ui::mount`), so no part is made twice.
                if header { { above_screen(*route, lang) } }
                if whole { { print_heading(lang, read_only) } }
                <main id="main" tabindex="-1">{ screen }</main>
                if whole {
                    <footer class="site-footer"><p>{ lang.t(UiText::Footer) }</p></footer>
                }
            </ContextProvider<Lang>>
        </ContextProvider<StoreHandle>>
    }
}
