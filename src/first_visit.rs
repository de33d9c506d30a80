//! The first-visit module's hand-over to the full app. A first-time visitor
//! (nothing stored) gets a build without the screens a first visit does not
//! use (`--no-default-features`: home, self-check, results, header, store and
//! the save path only). Going to any other screen shows this, which waits
//! until the app's own save has written every change, then reloads the page:
//! the loader (scripts/postbuild.mjs) starts the full module for stored data
//! or a screen the small one lacks, and it reads the same storage and route.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::plan_text::PlanText;
use crate::domain::update::Persistence;
use crate::ui::store::{use_lang, use_store};

/// How often the hand-over looks whether the pending save has run.
const POLL_MS: i32 = 50;
/// The `sessionStorage` mark of a hand-over, read by the full app's start.
const HANDED_OVER: &str = "tsunagari.handed-over";

/// Shown for a moment in place of a screen the first-visit module lacks,
/// and while a page that found another tab's save hands over
/// (`sync::Reads::OwnOnly`). It reloads only while saving works: where a save
/// failed, changes may exist only in this page, and the storage notice says
/// so and offers to export them.
#[component]
pub fn Handover() -> Html {
    let lang = use_lang();
    let store = use_store();
    // Reloading loses nothing when saving works or nothing is unsaved.
    let saving = matches!(
        store.0.persistence,
        Persistence::Saving | Persistence::HandingOver
    ) || store.0.pending.is_empty();
    use_effect_with(saving, |&saving| {
        // Cleared when saving stops working (or the screen goes): a poll
        // already under way then never reloads.
        let go = Rc::new(Cell::new(saving));
        reload_when_saved(go.clone());
        move || go.set(false)
    });
    if !saving {
        // Not "Loading…" for ever: it opens once a save works (the storage
        // notice above says why and offers the export).
        return html! {
            <div class="screen">
                <h1 tabindex="-1">{ lang.t(PlanText::NotOpenYet) }</h1>
                <p>{ lang.t(PlanText::NotOpenYetBody) }</p>
            </div>
        };
    }
    html! {
        <div class="screen" aria-busy="true">
            <h1>{ lang.t(PlanText::Loading) }</h1>
        </div>
    }
}

/// Reloads once no change waits for the save (`data-unsaved`, set by the
/// app's save effect): the reload never races the deferred save, and the
/// page-hide save then has nothing left to do.
fn reload_when_saved(go: Rc<Cell<bool>>) {
    if !go.get() {
        return;
    }
    // While the app is still built out of sight, an answer given in the
    // static page meanwhile is yet to be taken (`ui::mount`): wait for it.
    if browser::has_unsaved() || browser::is_offstage() {
        clock::after(POLL_MS, move || reload_when_saved(go));
    } else {
        browser::set_tab_mark(HANDED_OVER);
        browser::reload();
    }
}

/// After a hand-over, the full app's first screen gets focus on its heading,
/// as after any navigation in the app (the reload would otherwise leave
/// keyboard and screen-reader users at the top of the page), unless the
/// app already put focus somewhere (`focused`: e.g. a dropped file's
/// preview, which opened while the page was built). Called once the page is
/// shown; the timer runs after that render.
pub fn focus_after_handover(focused: bool) {
    if browser::take_tab_mark(HANDED_OVER) && !focused {
        clock::after(0, browser::focus_main_heading);
    }
}
