//! Add or edit an action: title, kind (with its guidance), area, linked
//! person (two for an introduction), due date, repeat and note. Errors are
//! shown next to each field; the typed text always stays.

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::content::area_text;
use crate::domain::document::{ActionId, PersonId};
use crate::domain::forms::{area_key, ActionDraft, Errors, Field};
use crate::domain::plan_text::{self, RepeatChoice, ACTION_KINDS, P};
use crate::domain::planner::PlanMsg;
use crate::domain::questionnaire::{ActionKind, Area};
use crate::domain::route::Route;
use crate::domain::update::Msg;
use crate::ui::confirm_button::ConfirmButton;
use crate::ui::person_select::PersonSelect;
use crate::ui::select_field::SelectField;
use crate::ui::store::{field_setter, use_lang, use_people_index, use_store, Form};
use crate::ui::text_field::{InputKind, TextField};

#[derive(Properties, PartialEq)]
pub struct ActionFormProps {
    /// The action to edit; None adds a new one.
    #[prop_or_default]
    pub id: Option<ActionId>,
    /// Pre-links a new action to this person (and returns to them after saving).
    #[prop_or_default]
    pub person: Option<PersonId>,
}

#[component]
pub fn ActionForm(props: &ActionFormProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let index = use_people_index();
    let existing = props
        .id
        .and_then(|id| store.0.doc.actions.iter().find(|a| a.id == id).cloned());
    let form = {
        let existing = existing.clone();
        let person = props.person;
        let index = index.clone();
        use_reducer(move || {
            Form(match existing {
                Some(a) => ActionDraft::of(&a),
                None => {
                    let today = clock::today();
                    // A follow-up with someone defaults to when it's due for them.
                    let due = person
                        .and_then(|p| index.row(p))
                        .and_then(|r| r.next_follow_up)
                        .map_or(today, |d| d.max(today));
                    ActionDraft::new_for(person, Some(due))
                }
            })
        })
    };
    let errors = use_state(Errors::default);

    if props.id.is_some() && existing.is_none() {
        return html! {
            <div class="screen action-form">
                <h1 tabindex="-1">{ lang.t(P::EditActionTitle) }</h1>
                <p>{ lang.t(P::ActionNotFound) }</p>
                <p><a class="button" href={Route::Plan.hash()}>{ lang.t(P::BackToPlan) }</a></p>
            </div>
        };
    }
    let draft = &form.0;
    let back = match (props.id, props.person) {
        (None, Some(p)) => Route::Person(p),
        _ => Route::Plan,
    };
    let onsubmit = {
        let store = store.clone();
        let form = form.clone();
        let errors = errors.clone();
        let id = props.id;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match form.0.validate(&store.0.doc) {
                Ok(fields) => {
                    errors.set(Errors::default());
                    store.dispatch(Msg::Plan(PlanMsg::SaveAction {
                        id: id.unwrap_or_else(|| ActionId(clock::new_id())),
                        fields,
                        now: clock::now(),
                    }));
                    browser::set_hash(&back.hash());
                }
                Err(e) => {
                    if let Some(f) = e.first() {
                        browser::focus_selector(&format!("#{}", f.id()));
                    }
                    errors.set(e);
                }
            }
        })
    };
    let delete = {
        let store = store.clone();
        let id = props.id;
        Callback::from(move |_| {
            if let Some(id) = id {
                store.dispatch(Msg::Plan(PlanMsg::DeleteAction { id }));
                browser::set_hash(&Route::Plan.hash());
            }
        })
    };
    let err = |f: Field| errors.get(f).map(|p| AttrValue::from(lang.t(p.text())));
    let kind = plan_text::kind_from_key(&draft.kind).unwrap_or(ActionKind::Custom);
    let kinds: Vec<_> = ACTION_KINDS
        .iter()
        .map(|k| {
            (
                AttrValue::from(plan_text::kind_key(*k)),
                AttrValue::from(plan_text::kind_label(lang, *k)),
            )
        })
        .collect();
    let mut areas = vec![(AttrValue::from(""), AttrValue::from(lang.t(P::NoArea)))];
    areas.extend(Area::ALL.iter().map(|a| {
        (
            AttrValue::from(area_key(*a)),
            AttrValue::from(area_text(*a).name.get(lang)),
        )
    }));
    let repeats: Vec<_> = RepeatChoice::ALL
        .iter()
        .map(|r| (AttrValue::from(r.key()), AttrValue::from(r.label(lang))))
        .collect();
    let title = lang.t(if props.id.is_some() {
        P::EditActionTitle
    } else {
        P::NewActionTitle
    });

    html! {
        <div class="screen action-form">
            <h1 tabindex="-1">{ title }</h1>
            <form {onsubmit} novalidate=true class="form">
                if !errors.is_empty() {
                    <p class="form-error" role="alert">{ lang.t(P::FormHasErrors) }</p>
                }
                <TextField id={Field::Title.id()} label={lang.t(P::FieldTitle)} required=true
                    value={draft.title.clone()} error={err(Field::Title)}
                    on_input={field_setter(&form, |d, v| d.title = v)} />
                <SelectField id="action-kind" label={lang.t(P::FieldKind)} value={draft.kind.clone()}
                    options={kinds} hint={AttrValue::from(plan_text::kind_hint(lang, kind))}
                    on_change={field_setter(&form, |d, v| d.kind = v)} />
                <SelectField id="action-area" label={lang.t(P::FieldArea)} value={draft.area.clone()}
                    options={areas} on_change={field_setter(&form, |d, v| d.area = v)} />
                <PersonSelect id={Field::Person.id()} label={lang.t(P::FieldPerson)} none_label={lang.t(P::NoPerson)}
                    value={draft.person.clone()} error={err(Field::Person)}
                    on_change={field_setter(&form, |d, v| d.person = v)} />
                if kind == ActionKind::Introduce {
                    <PersonSelect id={Field::SecondPerson.id()} label={lang.t(P::FieldSecondPerson)}
                        none_label={lang.t(P::NoPerson)} value={draft.second_person.clone()}
                        error={err(Field::SecondPerson)}
                        on_change={field_setter(&form, |d, v| d.second_person = v)} />
                }
                <TextField id={Field::Due.id()} label={lang.t(P::FieldDue)} kind={InputKind::Date}
                    value={draft.due.clone()} error={err(Field::Due)}
                    on_input={field_setter(&form, |d, v| d.due = v)} />
                <SelectField id="action-repeat" label={lang.t(P::FieldRecurrence)} value={draft.repeat.clone()}
                    options={repeats} on_change={field_setter(&form, |d, v| d.repeat = v)} />
                if draft.repeat == RepeatChoice::EveryDays.key() {
                    <TextField id={Field::EveryDays.id()} label={lang.t(P::FieldEveryDays)} kind={InputKind::Number}
                        value={draft.every_days.clone()} error={err(Field::EveryDays)}
                        on_input={field_setter(&form, |d, v| d.every_days = v)} />
                }
                <TextField id={Field::Note.id()} label={lang.t(P::FieldNote)} kind={InputKind::MultiLine}
                    value={draft.note.clone()} error={err(Field::Note)}
                    on_input={field_setter(&form, |d, v| d.note = v)} />
                <div class="form-buttons">
                    <button type="submit" class="button primary" id="action-save">{ lang.t(P::Save) }</button>
                    <a class="button" href={back.hash()}>{ lang.t(P::Cancel) }</a>
                </div>
            </form>
            if props.id.is_some() {
                <div class="danger-zone">
                    <ConfirmButton id="action-delete" label={lang.t(P::Delete)} on_confirm={delete} />
                </div>
            }
        </div>
    }
}
