//! One action in a list: what (the user's words), its kind as a small label,
//! due date (overdue marked in words, not colour only), repeat, linked
//! people and note. One visible primary control (Done, or Reopen once
//! closed); skip, edit and the message example wait in a compact menu
//! (`RowMenu`, built only when opened), so a row on a phone shows at most
//! two buttons.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::domain::document::{Action, ActionId, PersonId, Recurrence, Status};
use crate::domain::i18n::{format_date, Lang, UiText};
use crate::domain::phone_text::PhoneText;
use crate::domain::plan_text::{self, PlanText};
use crate::domain::route::Route;
use crate::domain::schedule::{classify, When};
use crate::ui::message_template::MessageTemplate;
use crate::ui::row_menu::RowMenu;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct ActionItemProps {
    pub action: Action,
    /// Linked people with their names, in link order.
    pub people: Vec<(PersonId, String)>,
    pub today: NaiveDate,
    pub on_complete: Callback<ActionId>,
    pub on_skip: Callback<ActionId>,
    pub on_reopen: Callback<ActionId>,
    /// A plan opened read-only: no buttons, no edit link, no message example.
    #[prop_or_default]
    pub read_only: bool,
}

#[component]
pub fn ActionItem(props: &ActionItemProps) -> Html {
    let lang = use_lang();
    let a = &props.action;
    let id = a.id;
    let open = a.status == Status::Todo;
    let overdue = open && classify(a.due, props.today) == When::Overdue;
    let colon = lang.t(UiText::Colon);
    let name = |i: usize| props.people.get(i).map(|(_, n)| n.as_str()).unwrap_or("");
    let template = (open && !props.read_only)
        .then(|| plan_text::template(lang, a.kind, name(0), name(1)))
        .flatten()
        .map(|text| html! { <MessageTemplate key_id={id.to_string()} text={text} /> });
    let title = crate::domain::plan::shown_title(a, lang);
    let named = |label: PlanText| format!("{}{}{}", lang.t(label), colon, title);
    let edit = html! {
        <a class="button action-edit" href={Route::ActionEdit(id).hash()} aria-label={named(PlanText::Edit)}>{ lang.t(PlanText::Edit) }</a>
    };
    let (primary, skip) = buttons(lang, props, &named);
    html! {
        <li class={classes!("action-item", overdue.then_some("is-overdue"), (!open).then_some("is-closed"))}
            id={format!("action-{id}")}>
            <div class="action-main">
                <p class="kind-label">{ plan_text::kind_label(lang, a.kind) }</p>
                <p class="action-title">{ title.clone().into_owned() }</p>
                <p class="action-meta">
                    { meta(lang, props, overdue) }
                </p>
                if !a.note.is_empty() { <p class="action-note">{ crate::domain::plan::shown_note(a, lang).into_owned() }</p> }
            </div>
            if !props.read_only {
                <div class="action-buttons no-print">
                    { primary }
                    <RowMenu label={lang.t(PhoneText::MoreActions)}
                        aria_label={format!("{}{}{}", lang.t(PhoneText::MoreActions), colon, a.title)}>
                        { skip }
                        { edit }
                        { template }
                    </RowMenu>
                </div>
            }
        </li>
    }
}

/// Due date, when it was closed, repeat and linked people.
fn meta(lang: Lang, props: &ActionItemProps, overdue: bool) -> Html {
    let a = &props.action;
    let open = a.status == Status::Todo;
    let colon = lang.t(UiText::Colon);
    let due = a.due.map(|d| {
        html! {
            <span class="meta due">
                { lang.t(PlanText::Due) }{ colon }{ format_date(lang, d) }
                if overdue { { " " }<span class="badge overdue">{ lang.t(PlanText::OverdueBadge) }</span> }
            </span>
        }
    });
    let closed = a.closed_on.filter(|_| !open).map(|d| {
        let label = if a.status == Status::Done { PlanText::DoneOn } else { PlanText::SkippedOn };
        html! { <span class="meta closed">{ lang.t(label) }{ colon }{ format_date(lang, d) }</span> }
    });
    let repeat = (a.recurrence != Recurrence::None).then(|| {
        html! { <span class="meta repeat">{ lang.t(PlanText::Repeats) }{ colon }{ plan_text::recurrence_text(lang, a.recurrence) }</span> }
    });
    let people = (!props.people.is_empty()).then(|| {
        let links = props.people.iter().enumerate().map(|(i, (pid, name))| {
            html! {
                <>
                    if i > 0 { { ", " } }
                    <a href={Route::Person(*pid).hash()}>{ name.clone() }</a>
                </>
            }
        });
        html! { <span class="meta people">{ lang.t(PlanText::With) }{ colon }{ for links }</span> }
    });
    html! { <>{ due }{ closed }{ repeat }{ people }</> }
}

/// The visible primary button (Done, or Reopen once closed) and the skip
/// button for the menu; nothing on a read-only plan or a closed repeat.
fn buttons(
    lang: Lang,
    props: &ActionItemProps,
    named: &dyn Fn(PlanText) -> String,
) -> (Html, Html) {
    let a = &props.action;
    let id = a.id;
    let emit = |cb: &Callback<ActionId>| {
        let cb = cb.clone();
        Callback::from(move |_: MouseEvent| cb.emit(id))
    };
    if props.read_only {
        (html! {}, html! {})
    } else if a.status == Status::Todo {
        (
            html! {
                <button type="button" class="button primary action-done" aria-label={named(PlanText::MarkDone)} onclick={emit(&props.on_complete)}>
                    { lang.t(PlanText::MarkDone) }
                </button>
            },
            html! {
                <button type="button" class="button action-skip" aria-label={named(PlanText::Skip)} onclick={emit(&props.on_skip)}>
                    { lang.t(PlanText::Skip) }
                </button>
            },
        )
    } else if a.recurrence == Recurrence::None {
        let reopen = html! {
            <button type="button" class="button action-reopen" aria-label={named(PlanText::Reopen)} onclick={emit(&props.on_reopen)}>
                { lang.t(PlanText::Reopen) }
            </button>
        };
        (reopen, html! {})
    } else {
        (html! {}, html! {})
    }
}
