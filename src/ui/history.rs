//! Assessment history: each area's score over time as a small chart with
//! the latest change, and the same figures as one card per self-check (the
//! text version, readable at 320 px where a wide table is not).

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::content::area_text;
use crate::domain::history::{change, overall_change, series, snapshots};
use crate::domain::i18n::{self, format_date, T};
use crate::domain::phone_text::PT;
use crate::domain::plan_text::P;
use crate::domain::questionnaire::Area;
use crate::domain::route::Route;
use crate::ui::history_chart::HistoryChart;
use crate::ui::store::{app_memo, use_doc, use_lang, use_read_only};

#[component]
pub fn History() -> Html {
    let lang = use_lang();
    let shown = use_doc();
    let read_only = use_read_only();
    let snaps = {
        let shown = shown.clone();
        app_memo("history", shown.version(), move |_| {
            Rc::new(snapshots(&shown.assessments))
        })
    };
    if snaps.is_empty() {
        return html! {
            <div class="screen history">
                <h1 tabindex="-1">{ lang.t(P::HistoryTitle) }</h1>
                <p>{ lang.t(T::NoResultsYet) }</p>
                if !read_only {
                    <p><a class="button primary" href={Route::Assessment.hash()}>{ lang.t(T::StartAssessment) }</a></p>
                }
            </div>
        };
    }
    let latest = &snaps[snaps.len() - 1].scores;
    let previous = (snaps.len() >= 2).then(|| &snaps[snaps.len() - 2].scores);
    let delta_text = |d: Option<i32>| {
        d.map(|d| crate::domain::content_text::change_of(lang, d))
            .unwrap_or_else(|| format!("{}{}—", lang.t(P::ChangeSincePrevious), lang.t(T::Colon)))
    };
    let overall_points: Vec<_> = snaps.iter().map(|s| (s.date, s.scores.overall)).collect();
    let card = |title: String, points: Vec<_>, score: Option<u8>, delta: Option<i32>| {
        html! {
            <li class="card history-card">
                <h2>{ title }</h2>
                <HistoryChart {points} />
                <p>
                    { score.map(|s| i18n::score_text(lang, s)).unwrap_or_else(|| "—".into()) }
                    if previous.is_some() {
                        <span class="delta">{ " · " }{ delta_text(delta) }</span>
                    }
                </p>
            </li>
        }
    };
    let overall_card = card(
        lang.t(T::OverallScore).to_string(),
        overall_points,
        latest.overall,
        previous.and_then(|p| overall_change(p, latest)),
    );
    let area_cards = Area::ALL.iter().map(|&area| {
        card(
            area_text(area).name.get(lang).to_string(),
            series(&snaps, area),
            latest.get(area),
            previous.and_then(|p| change(p, latest, area)),
        )
    });
    let value = |v: Option<u8>| {
        v.map(|v| i18n::score_text(lang, v))
            .unwrap_or_else(|| "—".into())
    };
    let entries = snaps.iter().rev().map(|s| {
        let rows = Area::ALL.iter().map(|a| {
            html! { <><dt>{ area_text(*a).name.get(lang) }</dt><dd>{ value(s.scores.get(*a)) }</dd></> }
        });
        html! {
            <li class="card history-entry">
                <h3>{ format_date(lang, s.date) }</h3>
                <dl class="facts">
                    <dt>{ lang.t(T::OverallScore) }</dt><dd>{ value(s.scores.overall) }</dd>
                    { for rows }
                </dl>
            </li>
        }
    });
    html! {
        <div class="screen history">
            <h1 tabindex="-1">{ lang.t(P::HistoryTitle) }</h1>
            <p>{ lang.t(P::HistoryIntro) }</p>
            if snaps.len() < 2 { <p class="muted">{ lang.t(P::HistoryNeedsTwo) }</p> }
            <p class="visually-hidden">{ lang.t(P::HistoryChartLabel) }</p>
            <ul class="history-grid">
                { overall_card }
                { for area_cards }
            </ul>
            <section aria-labelledby="history-entries-h">
                <h2 id="history-entries-h">{ lang.t(PT::HistoryCardsTitle) }</h2>
                <ul class="history-entries">{ for entries }</ul>
            </section>
        </div>
    }
}
