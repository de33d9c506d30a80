//! A list of actions (positions in the document) shown a page at a time,
//! wired to the store: done, skip and reopen dispatch planner messages with
//! fresh ids and today's date, then report what happened to the screen.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::clock;
use crate::domain::document::{ActionId, InteractionId};
use crate::domain::i18n::{format_date, Lang};
use crate::domain::network::closing::next_due_on_close;
use crate::domain::people::PeopleIndex;
use crate::domain::plan_text::PlanText;
use crate::domain::planner::PlanMsg;
use crate::domain::update::Msg;
use crate::ui::action_item::ActionItem;
use crate::ui::hooks::use_painted;
use crate::ui::store::{use_doc, use_lang, use_read_only, use_store, Shared, StoreHandle};

/// How many actions a list shows before "Show more": five keeps the plan
/// screen (six lists) light to render on a slow phone.
pub const PAGE: usize = 5;

#[derive(Properties, PartialEq)]
pub struct ActionListProps {
    /// Positions in `doc.actions`, in display order.
    pub items: Rc<Vec<usize>>,
    pub index: Shared<PeopleIndex>,
    pub today: NaiveDate,
    /// Said when the list is empty.
    pub empty: AttrValue,
    /// Receives a sentence about what a button did, for the screen's status line.
    pub on_notice: Callback<String>,
    #[prop_or(PAGE)]
    pub page: usize,
    /// How many rows are drawn in the first look; the others follow once
    /// it is painted (`use_painted`).
    #[prop_or(usize::MAX)]
    pub first_look: usize,
}

#[component]
pub fn ActionList(props: &ActionListProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let shown = use_state(|| props.page);
    let doc = use_doc();
    let read_only = use_read_only();
    let painted = use_painted(props.first_look < props.page.min(props.items.len()));

    let complete = close_handler(&store, &props.on_notice, lang, false);
    let skip = close_handler(&store, &props.on_notice, lang, true);
    let reopen = {
        let store = store.clone();
        Callback::from(move |id: ActionId| {
            store.dispatch(Msg::Plan(PlanMsg::Reopen {
                id,
                now: clock::now(),
            }))
        })
    };

    if props.items.is_empty() {
        return html! { <p class="muted empty">{ props.empty.clone() }</p> };
    }
    // One keyed list before and after the paint: a row never moves
    // between two lists (which would make it anew, and lose its focus).
    let drawn = if painted {
        *shown
    } else {
        (*shown).min(props.first_look)
    };
    let rows = props
        .items
        .iter()
        .take(drawn)
        .filter_map(|&i| doc.actions.get(i))
        .map(|a| {
            let people = a
                .people
                .iter()
                .filter_map(|p| props.index.name(*p).map(|n| (*p, n.to_string())))
                .collect::<Vec<_>>();
            html! {
                <ActionItem key={a.id.to_string()} action={a.clone()} {people} today={props.today} {read_only}
                    on_complete={complete.clone()} on_skip={skip.clone()} on_reopen={reopen.clone()} />
            }
        });
    html! {
        <>
            <ul class="action-list">{ for rows }</ul>
            { show_more(lang, &shown, props.page, props.items.len()) }
        </>
    }
}

/// "Show more (n)" while `total` is more than shown: the next `page`.
fn show_more(lang: Lang, shown: &UseStateHandle<usize>, page: usize, total: usize) -> Option<Html> {
    (total > **shown).then(|| {
        let rest = total - **shown;
        let shown = shown.clone();
        html! {
            <button type="button" class="button show-more" onclick={Callback::from(move |_| shown.set(*shown + page))}>
                { lang.t(PlanText::ShowMore) }{ format!(" ({rest})") }
            </button>
        }
    })
}

/// Completing and skipping both close the action and may schedule the next
/// one; they differ in the message sent and what the user is told.
fn close_handler(
    store: &StoreHandle,
    on_notice: &Callback<String>,
    lang: Lang,
    skip: bool,
) -> Callback<ActionId> {
    let (store, on_notice) = (store.clone(), on_notice.clone());
    Callback::from(move |id: ActionId| {
        let today = clock::today();
        let next = next_due_on_close(&store.0.doc.actions, id, today);
        let (next_id, now) = (ActionId(clock::new_id()), clock::now());
        store.dispatch(Msg::Plan(if skip {
            PlanMsg::Skip {
                id,
                next_id,
                today,
                now,
            }
        } else {
            let log_ids = vec![
                InteractionId(clock::new_id()),
                InteractionId(clock::new_id()),
            ];
            PlanMsg::Complete {
                id,
                next_id,
                log_ids,
                today,
                now,
            }
        }));
        match (next, skip) {
            (Some(d), _) => on_notice.emit(format!(
                "{}{}",
                lang.t(PlanText::NextScheduled),
                format_date(lang, d)
            )),
            (None, false) => on_notice.emit(lang.t(PlanText::CompletedNote).to_string()),
            (None, true) => {}
        }
    })
}
