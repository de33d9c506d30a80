//! The self-introduction builder page (`#/intro`): four guided questions,
//! then the 30-second introduction and the profile text made from them,
//! both editable, copyable and printable. Every change is saved at once.

use yew::prelude::*;

use crate::browser;
use crate::domain::content_text::ContentText;
use crate::domain::i18n::Lang;
use crate::domain::route::Route;
use crate::domain::self_intro::{Part, SelfIntro};
use crate::domain::update::Msg;
use crate::ui::intro_text_box::IntroTextBox;
use crate::ui::store::{use_lang, use_store};
use crate::ui::text_field::{InputKind, TextField};

fn part_words(part: Part) -> (ContentText, ContentText, &'static str) {
    match part {
        Part::Experience => (
            ContentText::PartExperience,
            ContentText::HintExperience,
            "intro-experience",
        ),
        Part::Offer => (
            ContentText::PartOffer,
            ContentText::HintOffer,
            "intro-offer",
        ),
        Part::Next => (ContentText::PartNext, ContentText::HintNext, "intro-next"),
        Part::Interests => (
            ContentText::PartInterests,
            ContentText::HintInterests,
            "intro-interests",
        ),
    }
}

#[component]
pub fn SelfIntroPage() -> Html {
    let lang = use_lang();
    let store = use_store();
    let intro = store.0.doc.intro.clone().unwrap_or_default();
    let save = {
        let store = store.clone();
        Callback::from(move |next: SelfIntro| store.dispatch(Msg::SetIntro(Box::new(next))))
    };
    let fields = Part::ALL.map(|part| {
        let (label, hint, id) = part_words(part);
        let on_input = {
            let save = save.clone();
            let intro = intro.clone();
            Callback::from(move |text: String| {
                let mut next = intro.clone();
                next.set_part(part, text);
                save.emit(next);
            })
        };
        html! {
            <TextField id={id} label={lang.t(label)} hint={Some(AttrValue::from(lang.t(hint)))}
                value={intro.part(part).to_string()} kind={InputKind::MultiLine} {on_input} />
        }
    });
    let has_answers = Part::ALL.iter().any(|p| !intro.part(*p).trim().is_empty());
    let texts = text_boxes(lang, &intro, &save);
    let print = Callback::from(|_| browser::print());
    html! {
        <div class="screen intro-builder">
            <h1 tabindex="-1">{ lang.t(ContentText::IntroTitle) }</h1>
            <p class="lead no-print">{ lang.t(ContentText::IntroLead) }</p>
            <form class="card no-print" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                { for fields }
            </form>
            if has_answers || !intro.short_text.is_empty() || !intro.long_text.is_empty() {
                { texts }
                <p class="screen-actions no-print">
                    <button type="button" class="button" onclick={print}>{ lang.t(ContentText::Print) }</button>
                    <a class="button" href={Route::Results.hash()}>{ lang.t(crate::domain::i18n::UiText::NavResults) }</a>
                </p>
            } else {
                <p class="muted">{ lang.t(ContentText::IntroEmpty) }</p>
            }
        </div>
    }
}

/// The short and the long text, each editable with its own "rebuild".
fn text_boxes(lang: Lang, intro: &SelfIntro, save: &Callback<SelfIntro>) -> Html {
    let edit = |long: bool| {
        let save = save.clone();
        let intro = intro.clone();
        Callback::from(move |text: String| {
            let mut next = intro.clone();
            let slot = if long {
                &mut next.long_text
            } else {
                &mut next.short_text
            };
            *slot = text
                .chars()
                .take(crate::domain::self_intro::MAX_CHARS)
                .collect();
            save.emit(next);
        })
    };
    let rebuild = |long: bool| {
        let save = save.clone();
        let intro = intro.clone();
        Callback::from(move |()| {
            let mut next = intro.clone();
            if long {
                next.long_text.clear()
            } else {
                next.short_text.clear()
            }
            save.emit(next);
        })
    };
    html! {
        <>
            <IntroTextBox id="intro-short" title={lang.t(ContentText::ShortTitle)} text={intro.short_shown(lang)}
                edited={!intro.short_text.is_empty()} rows={8} on_edit={edit(false)} on_rebuild={rebuild(false)} />
            <IntroTextBox id="intro-long" title={lang.t(ContentText::LongTitle)} text={intro.long_shown(lang)}
                edited={!intro.long_text.is_empty()} rows={12} on_edit={edit(true)} on_rebuild={rebuild(true)} />
        </>
    }
}
