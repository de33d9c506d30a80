//! A person's contact log: the form to add an entry, then the entries,
//! newest first, a page at a time.

use std::rc::Rc;

use yew::prelude::*;

use super::log_item::log_item;
use crate::domain::document::{Interaction, PersonId};
use crate::domain::i18n::Lang;
use crate::domain::people::log_of;
use crate::domain::plan_text::PlanText;
use crate::ui::hooks::use_painted;
use crate::ui::interaction_form::InteractionForm;
use crate::ui::store::{use_doc, StoreHandle};

const LOG_PAGE: usize = 20;
/// Entries in the screen's first look (more than a phone shows under the
/// form); the rest of the page follows once it is painted.
const FIRST_LOOK: usize = 2;

/// The log of one person and how much of it shows.
pub struct LogState {
    log: Rc<Vec<Interaction>>,
    shown: UseStateHandle<usize>,
    /// Whether the first look is painted (`use_painted`).
    painted: bool,
}

#[hook]
pub fn use_contact_log(id: PersonId) -> LogState {
    let doc = use_doc();
    let shown = use_state(|| LOG_PAGE);
    let painted = use_painted(true);
    let log = use_memo((doc.version(), id), move |(_, id)| {
        log_of(&doc, *id).into_iter().cloned().collect::<Vec<_>>()
    });
    LogState {
        log,
        shown,
        painted,
    }
}

// A view function, not a `#[component]` (each costs about 0.7 KB of
// gzipped wasm): the screen holds the state.
pub fn contact_log(
    lang: Lang,
    store: &StoreHandle,
    read_only: bool,
    id: PersonId,
    state: &LogState,
) -> Html {
    let LogState {
        log,
        shown: log_shown,
        painted,
    } = state;
    let drawn = if *painted { **log_shown } else { FIRST_LOOK };
    let items = log.iter().take(drawn.min(**log_shown));
    let item = |i| log_item(lang, store, read_only, i);
    let more = (log.len() > **log_shown).then(|| {
        let onclick = {
            let log_shown = log_shown.clone();
            Callback::from(move |_| log_shown.set(*log_shown + LOG_PAGE))
        };
        html! { <button type="button" class="button show-more" {onclick}>{ lang.t(PlanText::ShowMore) }</button> }
    });
    html! {
        <section class="card" aria-labelledby="log-list-h">
            <h2 id="log-list-h">{ lang.t(PlanText::InteractionLog) }</h2>
            if !read_only { <InteractionForm person={id} /> }
            if log.is_empty() {
                <p class="muted">{ lang.t(PlanText::NoInteractions) }</p>
            } else {
                // One list before and after the paint (`use_painted`).
                <ul class="log-list" id="person-log">{ for items.map(item) }</ul>
                { more }
            }
        </section>
    }
}
