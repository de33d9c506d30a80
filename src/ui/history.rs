//! Assessment history: each area's score over time as a small chart with
//! the latest change, and the same figures in a table as the text version.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::content::area_text;
use crate::domain::history::{change, overall_change, series, snapshots};
use crate::domain::i18n::{self, format_date, T};
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
    let head = Area::ALL
        .iter()
        .map(|a| html! { <th scope="col">{ area_text(*a).short.get(lang) }</th> });
    let rows = snaps.iter().rev().map(|s| {
        let cells = Area::ALL.iter().map(|a| {
            html! { <td>{ s.scores.get(*a).map(|v| v.to_string()).unwrap_or_else(|| "—".into()) }</td> }
        });
        html! {
            <tr>
                <th scope="row">{ format_date(lang, s.date) }</th>
                <td>{ s.scores.overall.map(|v| v.to_string()).unwrap_or_else(|| "—".into()) }</td>
                { for cells }
            </tr>
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
            <section class="card" aria-labelledby="history-table-h">
                <h2 id="history-table-h">{ lang.t(P::HistoryTable) }</h2>
                <div class="table-scroll">
                    <table class="history" id="history-table">
                        <thead><tr>
                            <th scope="col">{ lang.t(P::Date) }</th>
                            <th scope="col">{ lang.t(T::OverallScore) }</th>
                            { for head }
                        </tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            </section>
        </div>
    }
}
