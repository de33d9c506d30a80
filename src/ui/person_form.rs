//! Add or edit a person: name, where and how we met, interests, give &
//! take, tags, notes and the contact cadence. Errors are shown next to each
//! field and nothing typed is lost.

use yew::prelude::*;

use crate::clock;
use crate::domain::document::PersonId;
use crate::domain::forms::{Field, PersonDraft};
use crate::domain::i18n::Lang;
use crate::domain::plan_text::{self, PlanText, CADENCES, CHANNELS};
use crate::domain::planner::PlanMsg;
use crate::domain::route::Route;
use crate::domain::schedule::input_date;
use crate::domain::update::Msg;
use crate::ui::form_screen::{form_screen, options, FormScreen};
use crate::ui::hooks::{use_form, FormHandle};
use crate::ui::select_field::SelectField;
use crate::ui::store::{field_setter, use_lang, use_store};
use crate::ui::text_field::{InputKind, TextField};

#[derive(Properties, PartialEq)]
pub struct PersonFormProps {
    /// The person to edit; None adds someone new.
    #[prop_or_default]
    pub id: Option<PersonId>,
}

#[component]
pub fn PersonForm(props: &PersonFormProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let existing = props
        .id
        .and_then(|id| store.0.doc.people.iter().find(|p| p.id == id).cloned());
    let form = {
        let existing = existing.clone();
        use_form(move || existing.as_ref().map(PersonDraft::of).unwrap_or_default())
    };
    if props.id.is_some() && existing.is_none() {
        return html! {
            <div class="screen person-form">
                <h1 tabindex="-1">{ lang.t(PlanText::EditPersonTitle) }</h1>
                <p>{ lang.t(PlanText::PersonNotFound) }</p>
                <p><a class="button" href={Route::People.hash()}>{ lang.t(PlanText::BackToPeople) }</a></p>
            </div>
        };
    }
    let id = props.id;
    let onsubmit = form.on_submit(
        |draft: &PersonDraft| draft.validate(clock::today()),
        move |fields| {
            let id = id.unwrap_or_else(|| PersonId(clock::new_id()));
            store.dispatch(Msg::Plan(PlanMsg::SavePerson {
                id,
                fields,
                now: clock::now(),
            }));
        },
    );
    let title = lang.t(if id.is_some() {
        PlanText::EditPersonTitle
    } else {
        PlanText::NewPersonTitle
    });
    form_screen(
        lang,
        FormScreen {
            class: "person-form",
            title,
            onsubmit,
            has_errors: !form.errors.is_empty(),
            fields: fields(lang, &form, id.map_or(Route::People, Route::Person)),
            after: html! {},
        },
    )
}

/// The person's fields, then Save and Cancel (back to `back`).
fn fields(lang: Lang, handle: &FormHandle<PersonDraft>, back: Route) -> Html {
    let (draft, form) = (&handle.draft.0, &handle.draft);
    let err = |f: Field| {
        handle
            .errors
            .get(f)
            .map(|p| AttrValue::from(lang.t(p.text())))
    };
    let channels = options(&CHANNELS, plan_text::channel_key, |c| {
        plan_text::channel_label(lang, c)
    });
    let cadences = options(&CADENCES, plan_text::cadence_key, |c| {
        plan_text::cadence_label(lang, c)
    });
    let today = clock::today();
    html! {
        <>
            <TextField id={Field::Name.id()} label={lang.t(PlanText::FieldName)} required=true
                value={draft.name.clone()} error={err(Field::Name)}
                on_input={field_setter(form, |d, v| d.name = v)} />
            <SelectField id="person-channel" label={lang.t(PlanText::FieldChannel)} value={draft.channel.clone()}
                options={channels} on_change={field_setter(form, |d, v| d.channel = v)} />
            <TextField id={Field::MetPlace.id()} label={lang.t(PlanText::FieldPlace)}
                value={draft.met_place.clone()} error={err(Field::MetPlace)}
                on_input={field_setter(form, |d, v| d.met_place = v)} />
            <TextField id={Field::MetOn.id()} label={lang.t(PlanText::FieldMetOn)} kind={InputKind::Date}
                max={AttrValue::from(input_date(today))}
                value={draft.met_on.clone()} error={err(Field::MetOn)}
                on_input={field_setter(form, |d, v| d.met_on = v)} />
            <TextField id={Field::Interests.id()} label={lang.t(PlanText::FieldInterests)}
                value={draft.interests.clone()} error={err(Field::Interests)}
                on_input={field_setter(form, |d, v| d.interests = v)} />
            <TextField id={Field::IOffer.id()} label={lang.t(PlanText::FieldIOffer)}
                value={draft.i_offer.clone()} error={err(Field::IOffer)}
                on_input={field_setter(form, |d, v| d.i_offer = v)} />
            <TextField id={Field::TheyOffer.id()} label={lang.t(PlanText::FieldTheyOffer)}
                value={draft.they_offer.clone()} error={err(Field::TheyOffer)}
                on_input={field_setter(form, |d, v| d.they_offer = v)} />
            <TextField id={Field::Tags.id()} label={lang.t(PlanText::FieldTags)}
                value={draft.tags.clone()} error={err(Field::Tags)}
                on_input={field_setter(form, |d, v| d.tags = v)} />
            <SelectField id="person-cadence" label={lang.t(PlanText::FieldCadence)} value={draft.cadence.clone()}
                options={cadences} on_change={field_setter(form, |d, v| d.cadence = v)} />
            <TextField id={Field::Notes.id()} label={lang.t(PlanText::FieldNotes)} kind={InputKind::MultiLine}
                value={draft.notes.clone()} error={err(Field::Notes)}
                on_input={field_setter(form, |d, v| d.notes = v)} />
            <div class="form-buttons">
                <button type="submit" class="button primary" id="person-save">{ lang.t(PlanText::Save) }</button>
                <a class="button" href={back.hash()}>{ lang.t(PlanText::Cancel) }</a>
            </div>
        </>
    }
}
