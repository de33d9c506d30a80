//! The self-assessment, one question at a time: a labelled radio group.
//! A tap or click on an answer records it and moves on after a short
//! transition; Back goes to the previous question. With the keyboard,
//! number keys (0 for "doesn't apply" where an item offers it) or arrows
//! choose and Enter (or Next) goes on, so an answer can also be changed
//! without leaving the question.

mod choice;
mod flow;
mod keys;
mod progress;
mod question;

use yew::prelude::*;

use crate::domain::content::ITEMS;
use crate::domain::i18n::UiText;
use crate::domain::phone_text::{self, PhoneText};
use crate::domain::questionnaire::Scale;
use crate::domain::update::draft_position;
use crate::ui::key_shortcuts::KeyShortcuts;
use crate::ui::store::{use_lang, use_store};

use flow::use_flow;
use keys::{key_handler, Keys};
use progress::progress;
use question::{question, QuestionView};

#[component]
pub fn Assessment() -> Html {
    let lang = use_lang();
    let store = use_store();
    let missing = use_state(|| false);
    let keyboard_used = use_state(|| false);
    let flow = use_flow(store.clone(), missing.clone());
    let Some(draft) = store.0.doc.draft.as_ref() else {
        return html! { <div class="screen"><h1 tabindex="-1">{ lang.t(UiText::AssessmentTitle) }</h1></div> };
    };
    let pos = draft_position(draft);
    let item = &ITEMS[pos];
    let selected = draft.answers.get(item.id.0).copied();
    let is_last = pos + 1 == ITEMS.len();
    flow.showing(pos);
    let onkeydown = key_handler(Keys {
        item,
        selected,
        choose: flow.choose(),
        go_next: flow.go_next(is_last),
        by_pointer: flow.by_pointer.clone(),
        keyboard_used: keyboard_used.clone(),
    });

    html! {
        <section class="screen assessment">
            <KeyShortcuts on_key={onkeydown} />
            <h1 tabindex="-1">{ lang.t(UiText::AssessmentTitle) }</h1>
            <p class="help">{ lang.t(PhoneText::TapToAnswer) }</p>
            if *keyboard_used {
                <p class="help keys-hint">{ phone_text::keys_hint(lang, Scale::STEPS as usize) }</p>
            }
            { progress(lang, pos, ITEMS.len()) }
            { question(lang, &QuestionView {
                pos,
                selected,
                missing: *missing,
                is_last,
                onsubmit: flow.submit(is_last, selected.is_some()),
                on_choice: flow.on_choice(item.id, pos, is_last),
                on_back: flow.back(),
                onpointerdown: flow.pointer_down(),
            }) }
        </section>
    }
}
