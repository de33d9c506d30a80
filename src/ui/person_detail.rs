//! One person: how we met, when we last spoke and when to get in touch
//! next, give & take (gently), the contact log with its form, and the
//! actions linked to them.

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::document::{InteractionId, PersonId, Status};
use crate::domain::i18n::{format_date, join_list, T};
use crate::domain::people::{log_of, Balance};
use crate::domain::phone_text::PT;
use crate::domain::plan_text::{self, P};
use crate::domain::planner::PlanMsg;
use crate::domain::route::Route;
use crate::domain::update::Msg;
use crate::ui::action_list::ActionList;
use crate::ui::confirm_button::ConfirmButton;
use crate::ui::contacts::PersonVcard;
use crate::ui::interaction_form::InteractionForm;
use crate::ui::store::{use_doc, use_lang, use_people_index, use_read_only, use_store};

const LOG_PAGE: usize = 20;

#[derive(Properties, PartialEq)]
pub struct PersonDetailProps {
    pub id: PersonId,
}

#[component]
pub fn PersonDetail(props: &PersonDetailProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let shown = use_doc();
    let read_only = use_read_only();
    let index = use_people_index();
    let today = clock::today();
    let notice = use_state(|| None::<String>);
    let log_shown = use_state(|| LOG_PAGE);
    let id = props.id;

    let linked = {
        let shown = shown.clone();
        use_memo((shown.version(), id), move |(_, id)| {
            let actions = &shown.actions;
            let mut open: Vec<usize> = Vec::new();
            let mut closed: Vec<usize> = Vec::new();
            for (i, a) in actions
                .iter()
                .enumerate()
                .filter(|(_, a)| a.people.contains(id))
            {
                if a.status == Status::Todo {
                    open.push(i);
                } else {
                    closed.push(i);
                }
            }
            open.sort_by_key(|&i| (actions[i].due.is_none(), actions[i].due));
            closed.sort_by_key(|&i| std::cmp::Reverse(actions[i].closed_on));
            open.extend(closed);
            open
        })
    };
    let log = {
        let shown = shown.clone();
        use_memo((shown.version(), id), move |(_, id)| {
            log_of(&shown, *id).into_iter().cloned().collect::<Vec<_>>()
        })
    };
    {
        let notice = notice.clone();
        use_effect_with((*notice).clone(), move |n| {
            if n.is_some() {
                browser::focus_selector("#person-status");
            }
        });
    }

    let Some(person) = shown.people.iter().find(|p| p.id == id) else {
        return html! {
            <div class="screen person">
                <h1 tabindex="-1">{ lang.t(P::PeopleTitle) }</h1>
                <p>{ lang.t(P::PersonNotFound) }</p>
                <p><a class="button" href={Route::People.hash()}>{ lang.t(P::BackToPeople) }</a></p>
            </div>
        };
    };
    let row = index.row(id);
    let stats = index.stats(id);
    let colon = lang.t(T::Colon);
    let last = row.and_then(|r| r.last_contact);
    let next = row.and_then(|r| r.next_follow_up);

    let on_notice = {
        let notice = notice.clone();
        Callback::from(move |s: String| notice.set(Some(s)))
    };
    let delete_person = {
        let store = store.clone();
        Callback::from(move |_| {
            store.dispatch(Msg::Plan(PlanMsg::DeletePerson { id }));
            browser::set_hash(&Route::People.hash());
        })
    };
    let about_row = |label: P, value: &str| {
        (!value.is_empty())
            .then(|| html! { <><dt>{ lang.t(label) }</dt><dd>{ value.to_string() }</dd></> })
    };
    let met = [
        Some(plan_text::channel_label(lang, person.channel).to_string()),
        (!person.met_place.is_empty()).then(|| person.met_place.clone()),
        person.met_on.map(|d| format_date(lang, d)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    let balance = match stats.balance() {
        Balance::NotYet => P::BalanceNone,
        Balance::Even => P::BalanceEven,
        Balance::GaveMore => P::BalanceGaveMore,
        Balance::ReceivedMore => P::BalanceReceivedMore,
    };
    let log_items = log.iter().take(*log_shown).map(|i| {
        let iid: InteractionId = i.id;
        let del = {
            let store = store.clone();
            Callback::from(move |_| {
                store.dispatch(Msg::Plan(PlanMsg::DeleteInteraction { id: iid }))
            })
        };
        html! {
            <li class="log-item" key={i.id.to_string()}>
                <p>
                    <strong>{ format_date(lang, i.date) }</strong>{ " " }
                    { plan_text::interaction_label(lang, i.kind) }
                    if !i.note.is_empty() { { " — " }{ i.note.clone() } }
                </p>
                if !read_only {
                    <ConfirmButton label={lang.t(PT::DeleteThisEntry)} on_confirm={del}
                        accessible_name={format!("{}{}{}", lang.t(PT::DeleteThisEntry), colon, format_date(lang, i.date))} />
                }
            </li>
        }
    });
    let more_log = (log.len() > *log_shown).then(|| {
        let log_shown = log_shown.clone();
        html! {
            <button type="button" class="button show-more" onclick={Callback::from(move |_| log_shown.set(*log_shown + LOG_PAGE))}>
                { lang.t(P::ShowMore) }
            </button>
        }
    });

    html! {
        <div class="screen person">
            <p class="breadcrumb"><a class="more-link" href={Route::People.hash()}>{ lang.t(P::BackToPeople) }</a></p>
            <h1 tabindex="-1" id="person-title">{ person.name.clone() }</h1>
            <p class="muted">{ met }</p>
            <dl class="facts">
                <dt>{ lang.t(P::LastContact) }</dt>
                <dd id="person-last-contact">{ match last {
                    Some(d) => format!("{}{}", format_date(lang, d), plan_text::paren(lang, &plan_text::days_ago(lang, d, today))),
                    None => lang.t(P::NeverContacted).to_string(),
                } }</dd>
                <dt>{ lang.t(P::FieldCadence) }</dt>
                <dd>{ plan_text::cadence_label(lang, person.cadence) }</dd>
                <dt>{ lang.t(P::NextFollowUp) }</dt>
                <dd id="person-next-follow-up">
                    { next.map(|d| format_date(lang, d)).unwrap_or_else(|| lang.t(P::NoCadence).to_string()) }
                    if next.is_some_and(|d| d <= today) { { " " }<span class="badge overdue">{ lang.t(P::FollowUpDue) }</span> }
                </dd>
            </dl>
            if !read_only {
                <p class="screen-actions no-print">
                    <a class="button primary" id="person-add-action" href={Route::ActionNew { person: Some(id) }.hash()}>{ lang.t(P::AddFollowUp) }</a>
                    <a class="button" id="person-edit" href={Route::PersonEdit(id).hash()}>{ lang.t(P::Edit) }</a>
                </p>
            }
            <p id="person-status" class="status" role="status" tabindex="-1">{ (*notice).clone().unwrap_or_default() }</p>
            <section class="card" aria-labelledby="log-list-h">
                <h2 id="log-list-h">{ lang.t(P::InteractionLog) }</h2>
                if !read_only { <InteractionForm person={id} /> }
                if log.is_empty() {
                    <p class="muted">{ lang.t(P::NoInteractions) }</p>
                } else {
                    <ul class="log-list" id="person-log">{ for log_items }</ul>
                    { more_log }
                }
            </section>
            <section class="card" aria-labelledby="linked-h">
                <h2 id="linked-h">{ lang.t(P::LinkedActions) }</h2>
                <ActionList items={linked.clone()} index={index.clone()} {today}
                    empty={lang.t(P::NothingHere)} on_notice={on_notice} />
            </section>
            <section class="card" aria-labelledby="give-h">
                <h2 id="give-h">{ lang.t(P::GiveAndTake) }</h2>
                <p class="give-take">
                    { lang.t(P::GaveCount) }{ colon }{ stats.gave }{ " · " }
                    { lang.t(P::ReceivedCount) }{ colon }{ stats.received }
                </p>
                <p>{ lang.t(balance) }</p>
            </section>
            <section class="card" aria-labelledby="about-h">
                <h2 id="about-h">{ lang.t(P::AboutPerson) }</h2>
                <dl class="facts">
                    { about_row(P::FieldInterests, &person.interests) }
                    { about_row(P::FieldIOffer, &person.i_offer) }
                    { about_row(P::FieldTheyOffer, &person.they_offer) }
                    { about_row(P::FieldTags, &join_list(lang, &person.tags)) }
                    { about_row(P::FieldNotes, &person.notes) }
                </dl>
                if !read_only { <PersonVcard {id} /> }
            </section>
            if !read_only {
                <div class="danger-zone no-print">
                    <ConfirmButton id="person-delete" label={lang.t(P::DeletePerson)}
                        detail={AttrValue::from(lang.t(P::DeletePersonNote))} on_confirm={delete_person} />
                </div>
            }
        </div>
    }
}
