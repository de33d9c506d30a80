//! The contact-log form on a person's page: date, what happened, note.
//! Logging resets the person's follow-up date.

use yew::prelude::*;

use crate::clock;
use crate::domain::document::{InteractionId, PersonId};
use crate::domain::forms::{Field, InteractionDraft};
use crate::domain::i18n::Lang;
use crate::domain::plan_text::{self, PlanText, INTERACTION_KINDS};
use crate::domain::planner::PlanMsg;
use crate::domain::schedule::input_date;
use crate::domain::update::Msg;
use crate::ui::hooks::use_form;
use crate::ui::select_field::SelectField;
use crate::ui::store::{field_setter, use_lang, use_store};
use crate::ui::text_field::{InputKind, TextField};

#[derive(Properties, PartialEq)]
pub struct InteractionFormProps {
    pub person: PersonId,
}

#[component]
pub fn InteractionForm(props: &InteractionFormProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let today = clock::today();
    let form = use_form(move || InteractionDraft::new(today));
    let logged = use_state(|| false);
    let onsubmit = {
        let (draft, logged) = (form.draft.clone(), logged.clone());
        let not_logged = logged.clone();
        let person = props.person;
        form.on_submit(
            move |d: &InteractionDraft| {
                let checked = d.validate(clock::today());
                if checked.is_err() {
                    not_logged.set(false);
                }
                checked
            },
            move |fields| {
                store.dispatch(Msg::Plan(PlanMsg::LogInteraction {
                    id: InteractionId(clock::new_id()),
                    person,
                    fields,
                    now: clock::now(),
                }));
                // Keep date and kind for logging several; clear the note.
                draft.dispatch(std::rc::Rc::new(|d: &mut InteractionDraft| d.note.clear()));
                logged.set(true);
            },
        )
    };
    let (draft, errors) = (&form.draft, &form.errors);
    let err = |f: Field| errors.get(f).map(|p| AttrValue::from(lang.t(p.text())));
    let on_date = {
        let set = field_setter(draft, |d, v| d.date = v);
        let logged = logged.clone();
        Callback::from(move |v: String| {
            logged.set(false);
            set.emit(v)
        })
    };
    html! {
        <form class="form log-form" {onsubmit} novalidate=true aria-labelledby="log-h">
            <h3 id="log-h">{ lang.t(PlanText::LogInteraction) }</h3>
            <div class="form-row">
                <TextField id={Field::Date.id()} label={lang.t(PlanText::FieldInteractionDate)} kind={InputKind::Date}
                    required=true max={AttrValue::from(input_date(today))}
                    value={draft.0.date.clone()} error={err(Field::Date)} on_input={on_date} />
                <SelectField id="log-kind" label={lang.t(PlanText::FieldInteractionKind)} value={draft.0.kind.clone()}
                    options={kind_options(lang)} on_change={field_setter(draft, |d, v| d.kind = v)} />
            </div>
            <TextField id={Field::LogNote.id()} label={lang.t(PlanText::FieldInteractionNote)}
                value={draft.0.note.clone()} error={err(Field::LogNote)}
                on_input={field_setter(draft, |d, v| d.note = v)} />
            <button type="submit" class="button primary" id="log-save">{ lang.t(PlanText::LogInteraction) }</button>
            <span class="status" role="status">{ if *logged { lang.t(PlanText::Logged) } else { "" } }</span>
        </form>
    }
}

fn kind_options(lang: Lang) -> Vec<(AttrValue, AttrValue)> {
    INTERACTION_KINDS
        .iter()
        .map(|k| {
            (
                AttrValue::from(plan_text::interaction_key(*k)),
                AttrValue::from(plan_text::interaction_label(lang, *k)),
            )
        })
        .collect()
}
