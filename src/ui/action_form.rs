//! Add or edit an action: title, kind (with its guidance), area, linked
//! person (two for an introduction), due date, repeat and note. Errors are
//! shown next to each field; the typed text always stays.

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::content::area_text;
use crate::domain::document::{Action, ActionId, PersonId};
use crate::domain::forms::{area_key, ActionDraft, Field};
use crate::domain::i18n::Lang;
use crate::domain::people::PeopleIndex;
use crate::domain::plan_text::{self, PlanText, RepeatChoice, ACTION_KINDS};
use crate::domain::planner::PlanMsg;
use crate::domain::questionnaire::{ActionKind, Area};
use crate::domain::route::Route;
use crate::domain::update::Msg;
use crate::ui::confirm_button::ConfirmButton;
use crate::ui::form_screen::{form_screen, options, FormScreen};
use crate::ui::hooks::{use_form, FormHandle};
use crate::ui::person_select::PersonSelect;
use crate::ui::select_field::SelectField;
use crate::ui::store::{field_setter, use_lang, use_people_index, use_store, StoreHandle};
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
        let (existing, person, index) = (existing.clone(), props.person, index.clone());
        use_form(move || initial_draft(existing.as_ref(), person, &index))
    };
    if props.id.is_some() && existing.is_none() {
        return not_found(lang);
    }
    let back = match (props.id, props.person) {
        (None, Some(p)) => Route::Person(p),
        _ => Route::Plan,
    };
    let id = props.id;
    let onsubmit = {
        let store = store.clone();
        let doc = store.clone();
        form.on_submit(
            move |draft: &ActionDraft| draft.validate(&doc.0.doc),
            move |fields| {
                store.dispatch(Msg::Plan(PlanMsg::SaveAction {
                    id: id.unwrap_or_else(|| ActionId(clock::new_id())),
                    fields,
                    now: clock::now(),
                }));
                browser::set_hash(&back.hash());
            },
        )
    };
    let title = if id.is_some() {
        PlanText::EditActionTitle
    } else {
        PlanText::NewActionTitle
    };
    form_screen(
        lang,
        FormScreen {
            class: "action-form",
            title: lang.t(title),
            onsubmit,
            has_errors: !form.errors.is_empty(),
            fields: fields(lang, &form, back),
            after: delete_zone(lang, &store, id),
        },
    )
}

/// The draft to start from: the action being edited, or a new one. A
/// follow-up with someone defaults to when it's due for them.
fn initial_draft(
    existing: Option<&Action>,
    person: Option<PersonId>,
    index: &PeopleIndex,
) -> ActionDraft {
    if let Some(a) = existing {
        return ActionDraft::of(a);
    }
    let today = clock::today();
    let due = person
        .and_then(|p| index.row(p))
        .and_then(|r| r.next_follow_up)
        .map_or(today, |d| d.max(today));
    ActionDraft::new_for(person, Some(due))
}

/// An action that is not there (deleted in another tab, or an old link).
fn not_found(lang: Lang) -> Html {
    html! {
        <div class="screen action-form">
            <h1 tabindex="-1">{ lang.t(PlanText::EditActionTitle) }</h1>
            <p>{ lang.t(PlanText::ActionNotFound) }</p>
            <p><a class="button" href={Route::Plan.hash()}>{ lang.t(PlanText::BackToPlan) }</a></p>
        </div>
    }
}

/// Deleting an existing action (after a confirmation), back to the plan.
fn delete_zone(lang: Lang, store: &StoreHandle, id: Option<ActionId>) -> Html {
    let Some(id) = id else {
        return html! {};
    };
    let delete = {
        let store = store.clone();
        Callback::from(move |_| {
            store.dispatch(Msg::Plan(PlanMsg::DeleteAction { id }));
        })
    };
    html! {
        <div class="danger-zone">
            <ConfirmButton id="action-delete" label={lang.t(PlanText::Delete)} on_confirm={delete} />
        </div>
    }
}

/// The action's fields, then Save and Cancel (back to `back`).
fn fields(lang: Lang, handle: &FormHandle<ActionDraft>, back: Route) -> Html {
    let (draft, form) = (&handle.draft.0, &handle.draft);
    let err = |f: Field| {
        handle
            .errors
            .get(f)
            .map(|p| AttrValue::from(lang.t(p.text())))
    };
    let kind = plan_text::kind_from_key(&draft.kind).unwrap_or(ActionKind::Custom);
    let kinds = options(&ACTION_KINDS, plan_text::kind_key, |k| {
        plan_text::kind_label(lang, k)
    });
    let mut areas = vec![(
        AttrValue::from(""),
        AttrValue::from(lang.t(PlanText::NoArea)),
    )];
    areas.extend(options(&Area::ALL, area_key, |a| {
        area_text(a).name.get(lang)
    }));
    let repeats = options(&RepeatChoice::ALL, RepeatChoice::key, |r| r.label(lang));
    html! {
        <>
            <TextField id={Field::Title.id()} label={lang.t(PlanText::FieldTitle)} required=true
                value={draft.title.clone()} error={err(Field::Title)}
                on_input={field_setter(form, |d, v| d.title = v)} />
            <SelectField id="action-kind" label={lang.t(PlanText::FieldKind)} value={draft.kind.clone()}
                options={kinds} hint={AttrValue::from(plan_text::kind_hint(lang, kind))}
                on_change={field_setter(form, |d, v| d.kind = v)} />
            <SelectField id="action-area" label={lang.t(PlanText::FieldArea)} value={draft.area.clone()}
                options={areas} on_change={field_setter(form, |d, v| d.area = v)} />
            <PersonSelect id={Field::Person.id()} label={lang.t(PlanText::FieldPerson)} none_label={lang.t(PlanText::NoPerson)}
                value={draft.person.clone()} error={err(Field::Person)}
                on_change={field_setter(form, |d, v| d.person = v)} />
            if kind == ActionKind::Introduce {
                <PersonSelect id={Field::SecondPerson.id()} label={lang.t(PlanText::FieldSecondPerson)}
                    none_label={lang.t(PlanText::NoPerson)} value={draft.second_person.clone()}
                    error={err(Field::SecondPerson)}
                    on_change={field_setter(form, |d, v| d.second_person = v)} />
            }
            <TextField id={Field::Due.id()} label={lang.t(PlanText::FieldDue)} kind={InputKind::Date}
                value={draft.due.clone()} error={err(Field::Due)}
                on_input={field_setter(form, |d, v| d.due = v)} />
            <SelectField id="action-repeat" label={lang.t(PlanText::FieldRecurrence)} value={draft.repeat.clone()}
                options={repeats} on_change={field_setter(form, |d, v| d.repeat = v)} />
            if draft.repeat == RepeatChoice::EveryDays.key() {
                <TextField id={Field::EveryDays.id()} label={lang.t(PlanText::FieldEveryDays)} kind={InputKind::Number}
                    value={draft.every_days.clone()} error={err(Field::EveryDays)}
                    on_input={field_setter(form, |d, v| d.every_days = v)} />
            }
            <TextField id={Field::Note.id()} label={lang.t(PlanText::FieldNote)} kind={InputKind::MultiLine}
                value={draft.note.clone()} error={err(Field::Note)}
                on_input={field_setter(form, |d, v| d.note = v)} />
            <div class="form-buttons">
                <button type="submit" class="button primary" id="action-save">{ lang.t(PlanText::Save) }</button>
                <a class="button" href={back.hash()}>{ lang.t(PlanText::Cancel) }</a>
            </div>
        </>
    }
}
