//! The static shell in index.html shows the self-check's first question before
//! the wasm arrives (src/domain/early_answer.rs applies the answer given
//! there). Its text must stay the app's own, in both languages, or the screen
//! would change under the user's finger when the app takes over.
#![cfg(not(target_arch = "wasm32"))]

use tsunagari::domain::content::ITEMS;
use tsunagari::domain::i18n::{self, Lang, UiText};
use tsunagari::domain::questionnaire::Scale;

const SHELL: &str = include_str!("../index.html");

fn span(lang: Lang, text: &str) -> String {
    format!("<span class=\"shell-{}\">{text}</span>", lang.tag())
}

#[test]
fn the_shell_question_is_the_apps_first_question() {
    let item = &ITEMS[0];
    for lang in [Lang::Ja, Lang::En] {
        let heading = format!(
            "{} {}",
            lang.t(UiText::AssessmentTitle),
            i18n::progress(1, ITEMS.len())
        );
        for text in [heading.as_str(), item.question.get(lang)] {
            assert!(
                SHELL.contains(&span(lang, text)),
                "index.html lacks {}",
                span(lang, text)
            );
        }
        for step in 1..=Scale::STEPS {
            let label = span(lang, item.scale.label(step, lang));
            assert!(
                SHELL.contains(&label),
                "index.html lacks choice {step}: {label}"
            );
            let input = format!("<input type=\"radio\" id=\"shell-choice-{step}\" name=\"answer\" value=\"{step}\">");
            assert!(SHELL.contains(&input), "index.html lacks {input}");
        }
    }
}

#[test]
fn the_shell_has_no_inline_handlers_or_forms() {
    // The CSP allows no inline handlers and no form submission
    // (form-action 'none'): the radios work without either.
    for banned in [" onclick=", " onchange=", " oninput=", "<form"] {
        assert!(!SHELL.contains(banned), "index.html contains {banned}");
    }
}

#[test]
fn the_shell_first_visit_is_the_apps_first_visit() {
    use tsunagari::domain::phone_text::{check_size, PhoneText};
    for lang in [Lang::Ja, Lang::En] {
        let time = format!(
            "{}{}{}",
            lang.t(PhoneText::FirstVisitTime),
            lang.t(UiText::Colon),
            check_size(lang, ITEMS.len())
        );
        for text in [
            lang.t(UiText::IntroTitle),
            lang.t(UiText::IntroBody),
            time.as_str(),
            lang.t(PhoneText::FirstVisitPrivate),
            lang.t(UiText::StartAssessment),
        ] {
            assert!(
                SHELL.contains(&span(lang, text)),
                "index.html lacks {}",
                span(lang, text)
            );
        }
    }
    // The start link's fragment is the shell question's id (CSS :target) and
    // the app's route for the self-check.
    assert!(SHELL.contains("href=\"#/assessment\""));
    assert!(SHELL.contains("id=\"/assessment\""));
}
