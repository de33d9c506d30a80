//! Home: what Tsunagari is for, the privacy promise, and the way in.

use yew::prelude::*;

use crate::domain::i18n::{self, T};
use crate::domain::route::Route;
use crate::domain::scoring;
use crate::ui::backup_reminder::BackupReminder;
use crate::ui::store::{use_lang, use_store};

#[component]
pub fn Home() -> Html {
    let lang = use_lang();
    let store = use_store();
    let doc = &store.0.doc;
    let start_label = match (&doc.draft, doc.assessments.is_empty()) {
        (Some(_), _) => T::ResumeAssessment,
        (None, true) => T::StartAssessment,
        (None, false) => T::RetakeAssessment,
    };
    let latest = doc.latest_assessment().map(|a| {
        let overall = scoring::score(&a.answers).overall.unwrap_or(0);
        html! {
            <section class="card" aria-labelledby="home-latest">
                <h2 id="home-latest">{ lang.t(T::OverallScore) }</h2>
                <p class="big-score">{ overall }<small>{ lang.t(T::ScoreOutOf) }</small></p>
                <p>{ lang.t(T::TakenOn) }{ ": " }{ i18n::format_date(lang, a.date) }</p>
                <a class="button" href={Route::Results.hash()}>{ lang.t(T::ViewResults) }</a>
            </section>
        }
    });
    html! {
        <div class="screen home">
            <h1 tabindex="-1">{ lang.t(T::IntroTitle) }</h1>
            <BackupReminder />
            <p class="lead">{ lang.t(T::IntroBody) }</p>
            <p class="privacy"><span aria-hidden="true">{ "🔒 " }</span>{ lang.t(T::PrivacyNote) }</p>
            <p><a class="button primary" href={Route::Assessment.hash()}>{ lang.t(start_label) }</a></p>
            { latest }
        </div>
    }
}
