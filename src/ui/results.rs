//! Results of the latest assessment, in the order that leads somewhere on a
//! phone: what is going well, three next steps (each one tap from the
//! plan), the picture by area (radar and bars, the overall figure only as a
//! quiet reference), and then why the areas with room to grow matter, folded.

use yew::prelude::*;

use crate::clock;
use crate::domain::content::area_text;
use crate::domain::content_text::{change_sentence, example_text, C};
use crate::domain::document::ActionId;
use crate::domain::i18n::{self, T};
use crate::domain::next_steps::{next_steps, strengths};
use crate::domain::phone_text::PT;
use crate::domain::plan::tip_is_planned;
use crate::domain::plan_text::P;
use crate::domain::planner::PlanMsg;
use crate::domain::questionnaire::{ActionKind, Area};
use crate::domain::route::Route;
use crate::domain::scoring::{self, Band};
use crate::domain::update::Msg;
use crate::ui::benefits::benefits;
use crate::ui::radar_chart::RadarChart;
use crate::ui::score_bars::{band_text, score_bars, ScoreBarsProps};
use crate::ui::store::{use_doc, use_lang, use_read_only, use_store};

/// How many next steps the results page suggests.
const RECOMMENDATION_COUNT: usize = 3;
/// How many strongest areas it names.
const STRENGTHS: usize = 2;

#[component]
pub fn Results() -> Html {
    let lang = use_lang();
    let store = use_store();
    let shown = use_doc();
    let read_only = use_read_only();
    let doc = &*shown;
    let Some(latest) = doc.latest_assessment() else {
        return html! {
            <div class="screen results">
                <h1 tabindex="-1">{ lang.t(T::ResultsTitle) }</h1>
                <p>{ lang.t(T::NoResultsYet) }</p>
                if !read_only {
                    <p><a class="button primary" href={Route::Assessment.hash()}>{ lang.t(T::StartAssessment) }</a></p>
                }
            </div>
        };
    };
    let scores = scoring::score(&latest.answers);
    let previous = doc
        .previous_assessment()
        .map(|a| scoring::score(&a.answers));
    let overall = scores.overall.unwrap_or(0);
    let recs = next_steps(&latest.answers, RECOMMENDATION_COUNT);

    let strong = strengths(&scores, STRENGTHS)
        .into_iter()
        .map(|(area, score)| {
            html! {
                <li>
                    <strong>{ area_text(area).name.get(lang) }</strong>
                    <span class="muted">{ " · " }{ band_text(lang, Band::of(score)) }</span>
                </li>
            }
        });
    let weak = scores.weak_areas().into_iter().map(|(area, _)| {
        let text = area_text(area);
        html! {
            <details class="why-area">
                <summary>{ text.name.get(lang) }</summary>
                <p>{ text.why_it_matters.get(lang) }</p>
                if let Some(ex) = text.example {
                    <p class="example">{ example_text(lang, &ex) }</p>
                }
                if area == Area::Strengths {
                    <p><a class="more-link" href={Route::Intro.hash()}>{ lang.t(C::IntroLink) }</a></p>
                }
            </details>
        }
    });
    let too_few = i18n::join_list(
        lang,
        &scores
            .too_few
            .iter()
            .map(|a| area_text(*a).name.get(lang))
            .collect::<Vec<_>>(),
    );
    let change = previous
        .as_ref()
        .and_then(|p| p.overall)
        .map(|before| change_sentence(lang, scoring::Change::between(before, overall)));
    let rec_items = recs.iter().map(|r| {
        let tip = r.tip;
        let item = r.item.id;
        let planned = tip_is_planned(doc, item.0);
        let add = {
            let store = store.clone();
            Callback::from(move |_| {
                store.dispatch(Msg::Plan(PlanMsg::AddTip {
                    id: ActionId(clock::new_id()),
                    item,
                    lang,
                    today: clock::today(),
                    now: clock::now(),
                }))
            })
        };
        let button_id = format!("add-tip-{}", item.0.replace('.', "-"));
        html! {
            <li class="recommendation">
                if r.first_step {
                    <p class="rec-first">{ lang.t(C::FirstStepLabel) }</p>
                }
                <p class="rec-action">{ tip.action.get(lang) }</p>
                <p class="rec-why">{ lang.t(T::WhyLabel) }{ tip.why.get(lang) }</p>
                if tip.kind == ActionKind::PrepareSelfIntro {
                    <p><a class="more-link" href={Route::Intro.hash()}>{ lang.t(C::IntroLink) }</a></p>
                }
                <p class="rec-area">{ area_text(r.item.area).name.get(lang) }</p>
                if read_only {
                    <></>
                } else if planned {
                    <p class="rec-added" id={button_id}><span aria-hidden="true">{ "✓ " }</span>{ lang.t(P::AddedToPlan) }
                        { " · " }<a href={Route::Plan.hash()}>{ lang.t(P::SeeAllPlan) }</a></p>
                } else {
                    <button type="button" class="button add-tip" id={button_id} onclick={add}
                        aria-label={format!("{}{}{}", lang.t(P::AddToPlan), lang.t(T::Colon), tip.action.get(lang))}>
                        { lang.t(P::AddToPlan) }
                    </button>
                }
            </li>
        }
    });
    let history = doc.assessments.len() >= 2;

    html! {
        <div class="screen results">
            <h1 tabindex="-1">{ lang.t(T::ResultsTitle) }</h1>
            <p class="muted">{ lang.t(T::TakenOn) }{ lang.t(T::Colon) }{ i18n::format_date(lang, latest.date) }</p>
            if let Some(change) = change {
                <p class="delta">{ change }</p>
            }
            <p class="results-note">{ lang.t(C::ResultsNote) }</p>
            <section class="card strengths" aria-labelledby="strengths-h">
                <h2 id="strengths-h">{ lang.t(PT::StrengthsTitle) }</h2>
                <p>{ lang.t(PT::StrengthsIntro) }</p>
                <ul class="strength-list">{ for strong }</ul>
                if !scores.too_few.is_empty() {
                    <p class="too-few">
                        <span class="named-label">{ lang.t(C::TooFewTitle) }{ lang.t(T::Colon) }</span>{ too_few }
                    </p>
                    <p class="muted">{ lang.t(C::TooFewBody) }</p>
                }
            </section>
            <section class="card next-steps" aria-labelledby="next-h">
                <h2 id="next-h">{ lang.t(PT::NextStepsTitle) }</h2>
                if recs.is_empty() {
                    <p>{ lang.t(T::NoRecommendations) }</p>
                } else {
                    <p>{ lang.t(PT::NextStepsIntro) }</p>
                    <ol class="recommendations">{ for rec_items }</ol>
                }
            </section>
            <section class="card" aria-labelledby="areas-h">
                <h2 id="areas-h">{ lang.t(PT::PictureTitle) }</h2>
                <div class="score-visuals">
                    <RadarChart scores={scores.clone()} />
                    { score_bars(lang, ScoreBarsProps { scores: &scores, previous: previous.as_ref() }) }
                </div>
                // The overall figure is a quiet reference, never a headline mark.
                <p class="overall-score">{ lang.t(PT::OverallHint) }{ lang.t(T::Colon) }{ i18n::score_text(lang, overall) }</p>
                <p class="hint">{ lang.t(PT::OverallNote) }</p>
            </section>
            if !scores.weak_areas().is_empty() {
                <section class="card explanations" aria-labelledby="why-h">
                    <h2 id="why-h">{ lang.t(PT::ExplanationsTitle) }</h2>
                    { for weak }
                </section>
            }
            { benefits(lang) }
            <p class="screen-actions no-print">
                if !read_only {
                    <a class="button" href={Route::Assessment.hash()}>{ lang.t(T::RetakeAssessment) }</a>
                }
                if history {
                    <a class="button" href={Route::History.hash()}>{ lang.t(P::NavHistory) }</a>
                }
            </p>
        </div>
    }
}
