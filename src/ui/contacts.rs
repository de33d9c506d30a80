//! Contacts in and out (the files screen's vCard section): a `.vcf` file is
//! read and shown as a list to choose from, with people already in the
//! network flagged and left unticked; the chosen ones are added in one
//! change. The whole network can be exported (or shared) as vCard 4.0.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::contacts_text::{with_n, ContactsText};
use crate::domain::document::{Document, PersonId};
use crate::domain::i18n::Lang;
use crate::domain::update::Msg;
use crate::domain::vcard::{self, Contact, Duplicate, LIMITS};
use crate::files::{self, ReadError};
use crate::share::{self, Shared};
use crate::ui::store::{use_lang, use_store, StoreHandle};

const VCARD_MIME: &str = "text/vcard;charset=utf-8";

#[derive(Clone, PartialEq)]
enum State {
    Idle,
    Invalid(String),
    Ready(Rc<Ready>),
    Added(usize),
}

#[derive(PartialEq)]
struct Ready {
    contacts: Vec<Contact>,
    duplicates: Vec<Option<Duplicate>>,
    nameless: usize,
}

#[component]
pub fn Contacts() -> Html {
    let lang = use_lang();
    let store = use_store();
    let state = use_state(|| State::Idle);
    // Ticked rows; people already in the list start unticked.
    let chosen = use_state(Vec::<bool>::new);
    let can_share = use_memo((), |_| share::can_share_file("people.vcf", VCARD_MIME));
    {
        let key = match &*state {
            State::Ready(_) => 1,
            State::Added(_) => 2,
            _ => 0,
        };
        use_effect_with(key, |&key| match key {
            1 => browser::focus_selector("#vcf-preview-h"),
            2 => browser::focus_selector("#vcf-status"),
            _ => {}
        });
    }

    let on_pick = pick(lang, &state, &chosen, &store);

    let body = match &*state {
        State::Ready(ready) => preview(lang, ready, &chosen, &state, &store),
        State::Invalid(message) => invalid(lang, message),
        _ => html! {},
    };
    let status = match &*state {
        State::Added(n) => with_n(lang, ContactsText::Added, *n),
        _ => String::new(),
    };
    html! {
        <section class="card" aria-labelledby="vcf-h">
            <h2 id="vcf-h">{ lang.t(ContactsText::Heading) }</h2>
            <p id="vcf-help">{ lang.t(ContactsText::ImportHelp) }</p>
            <div class="drop-zone">
                <label for="vcf-file" class="file-label">{ lang.t(ContactsText::ImportLabel) }</label>
                <input type="file" id="vcf-file" name="vcf-file" accept=".vcf,text/vcard,text/x-vcard"
                    aria-describedby="vcf-help" aria-invalid={matches!(*state, State::Invalid(_)).then_some("true")}
                    onchange={on_pick} />
            </div>
            <p id="vcf-status" class="status" role="status" tabindex="-1">{ status }</p>
            { body }
            <p id="vcf-export-help">{ lang.t(ContactsText::ExportHelp) }</p>
            { export_buttons(lang, &store, *can_share) }
        </section>
    }
}

/// The file input's handler: reads the chosen file and shows its contacts
/// (people already in the network unticked) or why it cannot be read.
fn pick(
    lang: Lang,
    state: &UseStateHandle<State>,
    chosen: &UseStateHandle<Vec<bool>>,
    store: &StoreHandle,
) -> Callback<Event> {
    let (state, chosen, store) = (state.clone(), chosen.clone(), store.clone());
    Callback::from(move |e: Event| {
        let Some(file) = files::picked_file(&e) else {
            return;
        };
        files::reset_picker(&e);
        let (state, chosen) = (state.clone(), chosen.clone());
        let people = store.0.doc.people.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let read = files::read_bytes(&file, LIMITS.max_bytes).await;
            match parse(lang, read) {
                Err(message) => state.set(State::Invalid(message)),
                Ok(parsed) => {
                    let duplicates = vcard::duplicates(&parsed.contacts, &people);
                    chosen.set(duplicates.iter().map(Option::is_none).collect());
                    state.set(State::Ready(Rc::new(Ready {
                        contacts: parsed.contacts,
                        duplicates,
                        nameless: parsed.nameless,
                    })));
                }
            }
        });
    })
}

/// The file's contacts, or a message in the user's language.
fn parse(lang: Lang, read: Result<Vec<u8>, ReadError>) -> Result<vcard::Parsed, String> {
    match read {
        Err(ReadError::TooLarge { size }) => Err(vcard::VcardError::TooLarge {
            size,
            limit: LIMITS.max_bytes,
        }
        .message(lang)),
        Err(ReadError::Failed) => Err(lang.t(ContactsText::Error).to_string()),
        Ok(bytes) => vcard::parse(&bytes, &LIMITS).map_err(|e| e.message(lang)),
    }
}

fn invalid(lang: Lang, message: &str) -> Html {
    html! {
        <div id="vcf-error" role="alert">
            <p class="field-error"><strong>{ lang.t(ContactsText::Error) }</strong>
                { if lang == Lang::En { " " } else { "" } }<span>{ message.to_string() }</span></p>
        </div>
    }
}

fn export_buttons(lang: Lang, store: &StoreHandle, can_share: bool) -> Html {
    let made = {
        let store = store.clone();
        move || {
            let people: Vec<_> = store.0.doc.people.iter().collect();
            (
                vcard::file_name(clock::today(), None),
                vcard::export(&people),
            )
        }
    };
    let download = {
        let made = made.clone();
        Callback::from(move |_: MouseEvent| {
            let (name, text) = made();
            files::download(&name, VCARD_MIME, &text);
        })
    };
    let share_all = Callback::from(move |_: MouseEvent| {
        let (name, text) = made();
        let started = share::share_file(&name, VCARD_MIME, &text);
        wasm_bindgen_futures::spawn_local(async move {
            // The sheet is its own feedback; a cancel or refusal changes nothing here.
            let _: Shared = share::outcome(started).await;
        });
    });
    let none = store.0.doc.people.is_empty();
    html! {
        <p class="button-row">
            <button type="button" class="button" id="export-vcf" disabled={none}
                aria-describedby="vcf-export-help" onclick={download}>{ lang.t(ContactsText::ExportButton) }</button>
            if can_share {
                <button type="button" class="button share-button" id="share-vcf" disabled={none}
                    aria-label={lang.t(ContactsText::ShareAll)} onclick={share_all}>
                    { lang.t(crate::domain::share_text::ShareText::Share) }</button>
            }
        </p>
    }
}

fn preview(
    lang: Lang,
    ready: &Rc<Ready>,
    chosen: &UseStateHandle<Vec<bool>>,
    state: &UseStateHandle<State>,
    store: &StoreHandle,
) -> Html {
    let count = chosen.iter().filter(|&&c| c).count();
    let rows = ready
        .contacts
        .iter()
        .enumerate()
        .map(|(i, c)| contact_row(lang, c, ready.duplicates[i], i, chosen));
    let add = add_chosen(lang, ready, chosen, state, store);
    let cancel = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            state.set(State::Idle);
            browser::focus_selector("#vcf-file");
        })
    };
    html! {
        <section class="import-preview" id="vcf-preview" aria-labelledby="vcf-preview-h">
            <h3 id="vcf-preview-h" tabindex="-1">{ lang.t(ContactsText::PreviewHeading) }</h3>
            <p id="vcf-summary">{ with_n(lang, ContactsText::Found, ready.contacts.len()) }
                if ready.nameless > 0 { { " " }{ with_n(lang, ContactsText::Nameless, ready.nameless) } }</p>
            <ul class="vcf-list">{ for rows }</ul>
            if count == 0 { <p class="muted">{ lang.t(ContactsText::NoneChosen) }</p> }
            <p class="button-row">
                <button type="button" class="button primary" id="vcf-add" disabled={count == 0} onclick={add}>
                    { with_n(lang, ContactsText::AddChosen, count) }</button>
                <button type="button" class="button" id="vcf-cancel" onclick={cancel}>{ lang.t(ContactsText::Cancel) }</button>
            </p>
        </section>
    }
}

/// One contact from the file, with its tick box and what it is flagged for.
fn contact_row(
    lang: Lang,
    c: &Contact,
    dup: Option<Duplicate>,
    i: usize,
    chosen: &UseStateHandle<Vec<bool>>,
) -> Html {
    let toggle = {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| {
            let mut next = (*chosen).clone();
            next[i] = !next[i];
            chosen.set(next);
        })
    };
    let id = format!("vcf-pick-{i}");
    let dup = dup.map(|d| match d {
        Duplicate::Person(_) => lang.t(ContactsText::AlreadyHere),
        Duplicate::Card(_) => lang.t(ContactsText::TwiceInFile),
    });
    let detail = [
        c.reading.as_str(),
        c.organization.as_str(),
        c.title.as_str(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" / ");
    html! {
        <li class="vcf-row">
            <div class="choice-row">
                <input type="checkbox" id={id.clone()} checked={chosen[i]} onchange={toggle} />
                <label for={id}><span class="vcf-name">{ c.name.clone() }</span></label>
            </div>
            if !detail.is_empty() { <p class="muted">{ detail }</p> }
            if let Some(note) = dup { <p class="vcf-duplicate">{ note }</p> }
        </li>
    }
}

/// Adds the ticked contacts as people, in one change.
fn add_chosen(
    lang: Lang,
    ready: &Rc<Ready>,
    chosen: &UseStateHandle<Vec<bool>>,
    state: &UseStateHandle<State>,
    store: &StoreHandle,
) -> Callback<MouseEvent> {
    let ready = ready.clone();
    let chosen = chosen.clone();
    let state = state.clone();
    let store = store.clone();
    Callback::from(move |_: MouseEvent| {
        let now = clock::now();
        let people: Vec<_> = ready
            .contacts
            .iter()
            .zip(chosen.iter())
            .filter(|(_, &c)| c)
            .map(|(c, _)| vcard::to_person(c, PersonId(clock::new_id()), now, lang))
            .collect();
        let n = people.len();
        if n == 0 {
            return;
        }
        // Added through the merge, which only adds records it has not seen.
        let incoming = Document {
            people,
            ..Document::default()
        };
        store.dispatch(Msg::MergeDocument(Box::new(incoming)));
        state.set(State::Added(n));
    })
}

#[derive(Properties, PartialEq)]
pub struct PersonVcardProps {
    pub id: PersonId,
}

/// One person as a vCard file: downloaded, or shared where the sheet takes it.
#[component]
pub fn PersonVcard(props: &PersonVcardProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let can_share = use_memo((), |_| share::can_share_file("person.vcf", VCARD_MIME));
    let made = {
        let store = store.clone();
        let id = props.id;
        move || {
            let person = store.0.doc.people.iter().find(|p| p.id == id)?;
            Some((
                vcard::file_name(clock::today(), Some(person)),
                vcard::export(&[person]),
            ))
        }
    };
    let download = {
        let made = made.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some((name, text)) = made() {
                files::download(&name, VCARD_MIME, &text);
            }
        })
    };
    let share_one = Callback::from(move |_: MouseEvent| {
        if let Some((name, text)) = made() {
            let started = share::share_file(&name, VCARD_MIME, &text);
            wasm_bindgen_futures::spawn_local(async move {
                let _: Shared = share::outcome(started).await;
            });
        }
    });
    html! {
        <p class="button-row no-print">
            <button type="button" class="button small" id="person-vcf" onclick={download}>
                { lang.t(ContactsText::PersonButton) }</button>
            if *can_share {
                <button type="button" class="button small share-button" id="person-share-vcf"
                    aria-label={lang.t(ContactsText::SharePerson)} onclick={share_one}>
                    { lang.t(crate::domain::share_text::ShareText::Share) }</button>
            }
        </p>
    }
}
