//! Results of the latest assessment, in the order that leads somewhere on a
//! phone: what is going well, three next steps (each one tap from the
//! plan), the picture by area (radar and bars, the overall figure only as a
//! quiet reference), and then why the areas with room to grow matter, folded.

mod next_steps;
mod strengths;
mod why_areas;

use yew::prelude::*;

use crate::domain::content_text::{change_sentence, ContentText};
use crate::domain::i18n::{self, Lang, UiText};
use crate::domain::next_steps::next_steps;
use crate::domain::phone_text::PhoneText;
use crate::domain::plan_text::PlanText;
use crate::domain::route::Route;
use crate::domain::scoring;
use crate::ui::benefits::benefits;
use crate::ui::radar_chart::RadarChart;
use crate::ui::score_bars::{score_bars, ScoreBarsProps};
use crate::ui::store::{use_doc, use_lang, use_read_only, use_store};

use next_steps::next_steps_card;
use strengths::strengths_card;
use why_areas::why_areas;

/// How many next steps the results page suggests.
const RECOMMENDATION_COUNT: usize = 3;

#[component]
pub fn Results() -> Html {
    let lang = use_lang();
    let store = use_store();
    let shown = use_doc();
    let read_only = use_read_only();
    let doc = &*shown;
    let Some(latest) = doc.latest_assessment() else {
        return no_results(lang, read_only);
    };
    let scores = scoring::score(&latest.answers);
    let previous = doc
        .previous_assessment()
        .map(|a| scoring::score(&a.answers));
    let overall = scores.overall.unwrap_or(0);
    let recs = next_steps(&latest.answers, RECOMMENDATION_COUNT);

    let change = previous
        .as_ref()
        .and_then(|p| p.overall)
        .map(|before| change_sentence(lang, scoring::Change::between(before, overall)));
    let history = doc.assessments.len() >= 2;

    html! {
        <div class="screen results">
            <h1 tabindex="-1">{ lang.t(UiText::ResultsTitle) }</h1>
            <p class="muted">{ lang.t(UiText::TakenOn) }{ lang.t(UiText::Colon) }{ i18n::format_date(lang, latest.date) }</p>
            if let Some(change) = change {
                <p class="delta">{ change }</p>
            }
            <p class="results-note">{ lang.t(ContentText::ResultsNote) }</p>
            { strengths_card(lang, &scores) }
            { next_steps_card(lang, &store, doc, read_only, &recs) }
            <section class="card" aria-labelledby="areas-h">
                <h2 id="areas-h">{ lang.t(PhoneText::PictureTitle) }</h2>
                <div class="score-visuals">
                    <RadarChart scores={scores.clone()} />
                    { score_bars(lang, ScoreBarsProps { scores: &scores, previous: previous.as_ref() }) }
                </div>
                // The overall figure is a quiet reference, never a headline mark.
                <p class="overall-score">{ lang.t(PhoneText::OverallHint) }{ lang.t(UiText::Colon) }{ i18n::score_text(lang, overall) }</p>
                <p class="hint">{ lang.t(PhoneText::OverallNote) }</p>
            </section>
            { why_areas(lang, &scores) }
            { benefits(lang) }
            <p class="screen-actions no-print">
                if !read_only {
                    <a class="button" href={Route::Assessment.hash()}>{ lang.t(UiText::RetakeAssessment) }</a>
                }
                if history {
                    <a class="button" href={Route::History.hash()}>{ lang.t(PlanText::NavHistory) }</a>
                }
            </p>
        </div>
    }
}

/// Before the first self-check: what will show here, and the way to start.
fn no_results(lang: Lang, read_only: bool) -> Html {
    html! {
        <div class="screen results">
            <h1 tabindex="-1">{ lang.t(UiText::ResultsTitle) }</h1>
            <p>{ lang.t(UiText::NoResultsYet) }</p>
            if !read_only {
                <p><a class="button primary" href={Route::Assessment.hash()}>{ lang.t(UiText::StartAssessment) }</a></p>
            }
        </div>
    }
}
