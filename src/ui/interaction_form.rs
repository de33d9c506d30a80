//! The contact-log form on a person's page: date, what happened, note.
//! Logging resets the person's follow-up date.

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::document::{InteractionId, PersonId};
use crate::domain::forms::{Errors, Field, InteractionDraft};
use crate::domain::plan_text::{self, INTERACTION_KINDS, P};
use crate::domain::planner::PlanMsg;
use crate::domain::schedule::input_date;
use crate::domain::update::Msg;
use crate::ui::select_field::SelectField;
use crate::ui::store::{field_setter, use_lang, use_store, Form};
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
    let form = use_reducer(move || Form(InteractionDraft::new(today)));
    let errors = use_state(Errors::default);
    let logged = use_state(|| false);
    let onsubmit = {
        let store = store.clone();
        let form = form.clone();
        let errors = errors.clone();
        let logged = logged.clone();
        let person = props.person;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match form.0.validate(clock::today()) {
                Ok(fields) => {
                    errors.set(Errors::default());
                    store.dispatch(Msg::Plan(PlanMsg::LogInteraction {
                        id: InteractionId(clock::new_id()),
                        person,
                        fields,
                        now: clock::now(),
                    }));
                    // Keep date and kind for logging several; clear the note.
                    form.dispatch(std::rc::Rc::new(|d: &mut InteractionDraft| d.note.clear()));
                    logged.set(true);
                }
                Err(e) => {
                    logged.set(false);
                    if let Some(f) = e.first() {
                        browser::focus_selector(&format!("#{}", f.id()));
                    }
                    errors.set(e);
                }
            }
        })
    };
    let err = |f: Field| errors.get(f).map(|p| AttrValue::from(lang.t(p.text())));
    let kinds: Vec<_> = INTERACTION_KINDS
        .iter()
        .map(|k| {
            (
                AttrValue::from(plan_text::interaction_key(*k)),
                AttrValue::from(plan_text::interaction_label(lang, *k)),
            )
        })
        .collect();
    let draft = &form.0;
    let reset_logged = {
        let logged = logged.clone();
        move || logged.set(false)
    };
    let on_date = {
        let set = field_setter(&form, |d, v| d.date = v);
        let reset = reset_logged.clone();
        Callback::from(move |v: String| {
            reset();
            set.emit(v)
        })
    };
    html! {
        <form class="form log-form" {onsubmit} novalidate=true aria-labelledby="log-h">
            <h3 id="log-h">{ lang.t(P::LogInteraction) }</h3>
            <div class="form-row">
                <TextField id={Field::Date.id()} label={lang.t(P::FieldInteractionDate)} kind={InputKind::Date}
                    required=true max={AttrValue::from(input_date(today))}
                    value={draft.date.clone()} error={err(Field::Date)} on_input={on_date} />
                <SelectField id="log-kind" label={lang.t(P::FieldInteractionKind)} value={draft.kind.clone()}
                    options={kinds} on_change={field_setter(&form, |d, v| d.kind = v)} />
            </div>
            <TextField id={Field::LogNote.id()} label={lang.t(P::FieldInteractionNote)}
                value={draft.note.clone()} error={err(Field::LogNote)}
                on_input={field_setter(&form, |d, v| d.note = v)} />
            <button type="submit" class="button primary" id="log-save">{ lang.t(P::LogInteraction) }</button>
            <span class="status" role="status">{ if *logged { lang.t(P::Logged) } else { "" } }</span>
        </form>
    }
}
