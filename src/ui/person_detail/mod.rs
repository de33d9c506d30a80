//! One person: how we met, when we last spoke and when to get in touch
//! next, give & take (gently), the contact log with its form, and the
//! actions linked to them. The log's first entries make the screen's first
//! look; the rest follows once that is painted (`AfterPaint`).

mod about;
mod contact_log;
mod facts;
mod give_take;
mod log_item;

use yew::prelude::*;

use crate::clock;
use crate::domain::document::{PersonId, Status};
use crate::domain::plan_text::PlanText;
use crate::domain::planner::PlanMsg;
use crate::domain::route::Route;
use crate::domain::update::Msg;
use crate::ui::action_list::ActionList;
use crate::ui::after_paint::AfterPaint;
use crate::ui::confirm_button::ConfirmButton;
use crate::ui::hooks::use_focus_when;
use crate::ui::store::{
    use_doc, use_lang, use_people_index, use_read_only, use_store, StoreHandle,
};

use crate::domain::sorting;
use about::about_person;
use contact_log::{contact_log, use_contact_log};
use facts::person_facts;
use give_take::give_and_take;

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
    let notice = use_state(|| None::<String>);
    let log = use_contact_log(props.id);
    let id = props.id;
    let linked = {
        let shown = shown.clone();
        use_memo((shown.version(), id), move |(_, id)| {
            linked_actions(&shown.actions, *id)
        })
    };
    use_focus_when("#person-status", (*notice).clone());

    let Some(person) = shown.people.iter().find(|p| p.id == id) else {
        return not_found(lang);
    };
    let on_notice = {
        let notice = notice.clone();
        Callback::from(move |s: String| notice.set(Some(s)))
    };
    let delete_person = delete_person(&store, id);
    html! {
        <div class="screen person">
            <p class="breadcrumb"><a class="more-link" href={Route::People.hash()}>{ lang.t(PlanText::BackToPeople) }</a></p>
            <h1 tabindex="-1" id="person-title">{ person.name.clone() }</h1>
            { person_facts(lang, &index.0, person) }
            if !read_only {
                <p class="screen-actions no-print">
                    <a class="button primary" id="person-add-action" href={Route::ActionNew { person: Some(id) }.hash()}>{ lang.t(PlanText::AddFollowUp) }</a>
                    <a class="button" id="person-edit" href={Route::PersonEdit(id).hash()}>{ lang.t(PlanText::Edit) }</a>
                </p>
            }
            <p id="person-status" class="status" role="status" tabindex="-1">{ (*notice).clone().unwrap_or_default() }</p>
            { contact_log(lang, &store, read_only, id, &log) }
            <AfterPaint>
                <section class="card later" aria-labelledby="linked-h">
                    <h2 id="linked-h">{ lang.t(PlanText::LinkedActions) }</h2>
                    <ActionList items={linked.clone()} index={index.clone()} today={clock::today()}
                        empty={lang.t(PlanText::NothingHere)} on_notice={on_notice} />
                </section>
                { give_and_take(lang, &index.0, id) }
                { about_person(lang, person, read_only) }
                if !read_only {
                    <div class="danger-zone no-print">
                        <ConfirmButton id="person-delete" label={lang.t(PlanText::DeletePerson)}
                            detail={AttrValue::from(lang.t(PlanText::DeletePersonNote))} on_confirm={delete_person} />
                    </div>
                }
            </AfterPaint>
        </div>
    }
}

fn not_found(lang: crate::domain::i18n::Lang) -> Html {
    html! {
        <div class="screen person">
            <h1 tabindex="-1">{ lang.t(PlanText::PeopleTitle) }</h1>
            <p>{ lang.t(PlanText::PersonNotFound) }</p>
            <p><a class="button" href={Route::People.hash()}>{ lang.t(PlanText::BackToPeople) }</a></p>
        </div>
    }
}

/// The places in `actions` of those linked to `id`: open ones first (soonest
/// due first, undated last), then closed ones (latest closed first).
fn linked_actions(actions: &[crate::domain::document::Action], id: PersonId) -> Vec<usize> {
    let (mut open, mut closed): (Vec<usize>, Vec<usize>) = actions
        .iter()
        .enumerate()
        .filter(|(_, a)| a.people.contains(&id))
        .map(|(i, _)| i)
        .partition(|&i| actions[i].status == Status::Todo);
    sorting::sort_by_key(&mut open, |&i| (actions[i].due.is_none(), actions[i].due));
    sorting::sort_by_key(&mut closed, |&i| std::cmp::Reverse(actions[i].closed_on));
    open.extend(closed);
    open
}

/// Deletes the person (after the button's confirmation), back to the list.
fn delete_person(store: &StoreHandle, id: PersonId) -> Callback<()> {
    let store = store.clone();
    Callback::from(move |_| {
        store.dispatch(Msg::Plan(PlanMsg::DeletePerson { id }));
    })
}
