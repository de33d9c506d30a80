//! Builds the page out of sight in a few small steps, each in a task of its
//! own, and then shows it whole in the static shell's place.
//!
//! Why: rendered at once, the first screen was one task of 25–30 ms on the
//! build machine (about half of it V8 compiling wasm functions at their first
//! call), over 100 ms on a phone's slower CPU. Taps waited behind it, and
//! Lighthouse counted it as a long task, so its time to interactive waited
//! for it. In steps, no task of the start is long. The shell stays on screen
//! and answers taps until the whole page replaces it; an answer given in it
//! meanwhile is taken when the page is shown.

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::update::Msg;
use crate::first_visit;
use crate::ui::app::App;
use crate::ui::store::StoreHandle;

/// How far the page is built, in the order it is built.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Built {
    /// Only the renderer's own first calls.
    Nothing,
    /// The root component's hooks and effects (the store read from storage,
    /// the route, the effect executor); nothing rendered yet.
    Store,
    /// The current screen.
    Screen,
    /// The header and the notices above the screen.
    Header,
    /// Everything: the page replaces the static shell.
    Whole,
}

impl Built {
    fn next(self) -> Option<Built> {
        match self {
            Built::Nothing => Some(Built::Store),
            Built::Store => Some(Built::Screen),
            Built::Screen => Some(Built::Header),
            Built::Header => Some(Built::Whole),
            Built::Whole => None,
        }
    }
}

/// The root of the render: the app, one step more per task.
#[component]
pub fn Mount() -> Html {
    let built = use_steps();
    if built == Built::Nothing {
        return Html::default();
    }
    html! { <App {built} /> }
}

/// Each step's render asks for the next one through a timer, so the browser
/// handles input and paints in between.
#[hook]
fn use_steps() -> Built {
    let built = use_state(|| Built::Nothing);
    let set = built.setter();
    use_effect_with(*built, move |&now| {
        if let Some(next) = now.next() {
            clock::after(0, move || set.set(next));
        }
    });
    *built
}

/// Once the page is whole: takes an answer given in the static page while it
/// was built (the store took the one given before), puts the page in the
/// shell's place, and after a hand-over moves focus to its heading. Used by
/// the app component, which has the store.
#[hook]
pub fn use_show_when_whole(built: Built, store: &StoreHandle) {
    let store = store.clone();
    use_effect_with(built == Built::Whole, move |&whole| {
        if whole {
            if let Some((step, instead_of)) = browser::late_answer() {
                store.dispatch(Msg::EarlyAnswer { step, instead_of });
            }
            let focused = browser::show_app();
            first_visit::focus_after_handover(focused);
        }
    });
}
