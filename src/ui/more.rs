//! "More": the second level of the main menu — weekly review, history (once
//! there are two self-checks to compare), the self-introduction, files, settings and the language.

use yew::prelude::*;

use crate::domain::content_text::ContentText;
use crate::domain::files_ui_text::FilesScreenText;
use crate::domain::i18n::{Lang, UiText};
use crate::domain::phone_text::PhoneText;
use crate::domain::plan_text::PlanText;
use crate::domain::route::Route;
use crate::domain::update::Msg;
use crate::ui::store::{use_doc, use_lang, use_read_only, use_store};

#[component]
pub fn More() -> Html {
    let lang = use_lang();
    let store = use_store();
    let doc = use_doc();
    let read_only = use_read_only();
    let other = match lang {
        Lang::Ja => Lang::En,
        Lang::En => Lang::Ja,
    };
    let switch = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Msg::SetLang(other)))
    };
    let entry = |route: Route, name: &'static str, hint: PhoneText| {
        html! {
            <li class="more-item">
                <a class="more-link-big" href={route.hash()}>{ name }</a>
                <p class="hint">{ lang.t(hint) }</p>
            </li>
        }
    };
    // History means something once there are two results to compare.
    let history = doc.assessments.len() >= 2;
    html! {
        <div class="screen more">
            <h1 tabindex="-1">{ lang.t(PhoneText::MoreTitle) }</h1>
            <p>{ lang.t(PhoneText::MoreIntro) }</p>
            <nav aria-labelledby="more-nav-h">
                <h2 id="more-nav-h" class="visually-hidden">{ lang.t(PhoneText::MoreTitle) }</h2>
                <ul class="more-list">
                    if !read_only { { entry(Route::Review, lang.t(PlanText::NavReview), PhoneText::MoreReviewHint) } }
                    if history { { entry(Route::History, lang.t(PlanText::NavHistory), PhoneText::MoreHistoryHint) } }
                    if !read_only { { entry(Route::Intro, lang.t(ContentText::IntroTitle), PhoneText::MoreIntroHint) } }
                    { entry(Route::Files, lang.t(FilesScreenText::NavFiles), PhoneText::MoreFilesHint) }
                    { entry(Route::Settings, lang.t(UiText::NavSettings), PhoneText::MoreSettingsHint) }
                </ul>
            </nav>
            <section class="card more-language" aria-labelledby="more-lang-h">
                <h2 id="more-lang-h">{ lang.t(PhoneText::MoreLanguage) }</h2>
                <p class="hint">{ lang.t(PhoneText::MoreLanguageHint) }</p>
                // The switch names the other language in that language, marked with its `lang`.
                <button type="button" class="button lang-switch" lang={other.tag()} onclick={switch}>
                    { lang.t(UiText::LanguageSwitch) }
                </button>
            </section>
        </div>
    }
}
