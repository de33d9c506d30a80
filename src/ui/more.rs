//! "More": the second level of the main menu — weekly review, history (once
//! there are two self-checks to compare), the self-introduction, files, settings and the language.

use yew::prelude::*;

use crate::domain::content_text::C;
use crate::domain::files_ui_text::FU;
use crate::domain::i18n::{Lang, T};
use crate::domain::phone_text::PT;
use crate::domain::plan_text::P;
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
    let entry = |route: Route, name: &'static str, hint: PT| {
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
            <h1 tabindex="-1">{ lang.t(PT::MoreTitle) }</h1>
            <p>{ lang.t(PT::MoreIntro) }</p>
            <nav aria-labelledby="more-nav-h">
                <h2 id="more-nav-h" class="visually-hidden">{ lang.t(PT::MoreTitle) }</h2>
                <ul class="more-list">
                    if !read_only { { entry(Route::Review, lang.t(P::NavReview), PT::MoreReviewHint) } }
                    if history { { entry(Route::History, lang.t(P::NavHistory), PT::MoreHistoryHint) } }
                    if !read_only { { entry(Route::Intro, lang.t(C::IntroTitle), PT::MoreIntroHint) } }
                    { entry(Route::Files, lang.t(FU::NavFiles), PT::MoreFilesHint) }
                    { entry(Route::Settings, lang.t(T::NavSettings), PT::MoreSettingsHint) }
                </ul>
            </nav>
            <section class="card more-language" aria-labelledby="more-lang-h">
                <h2 id="more-lang-h">{ lang.t(PT::MoreLanguage) }</h2>
                <p class="hint">{ lang.t(PT::MoreLanguageHint) }</p>
                // The switch names the other language in that language, marked with its `lang`.
                <button type="button" class="button lang-switch" lang={other.tag()} onclick={switch}>
                    { lang.t(T::LanguageSwitch) }
                </button>
            </section>
        </div>
    }
}
