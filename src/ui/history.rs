//! Assessment history: each area's score over time as a small chart with
//! the latest change, and the same figures as one card per self-check (the
//! text version, readable at 320 px where a wide table is not).

use chrono::NaiveDate;
use yew::prelude::*;

use crate::domain::content::area_text;
use crate::domain::history::{change, overall_change, series, snapshots, Snapshot};
use crate::domain::i18n::{self, format_date, Lang, UiText};
use crate::domain::phone_text::PhoneText;
use crate::domain::plan_text::PlanText;
use crate::domain::questionnaire::Area;
use crate::domain::route::Route;
use crate::ui::history_chart::HistoryChart;
use crate::ui::store::{memo, use_doc, use_lang, use_read_only, AppMemo};

thread_local! {
    static SNAPSHOTS: AppMemo<(u64, u64), Vec<Snapshot>> = const { AppMemo::new() };
}

#[component]
pub fn History() -> Html {
    let lang = use_lang();
    let shown = use_doc();
    let read_only = use_read_only();
    let snaps = memo(&SNAPSHOTS, shown.version(), |_| {
        snapshots(&shown.assessments)
    });
    if snaps.is_empty() {
        return html! {
            <div class="screen history">
                <h1 tabindex="-1">{ lang.t(PlanText::HistoryTitle) }</h1>
                <p>{ lang.t(UiText::NoResultsYet) }</p>
                if !read_only {
                    <p><a class="button primary" href={Route::Assessment.hash()}>{ lang.t(UiText::StartAssessment) }</a></p>
                }
            </div>
        };
    }
    html! {
        <div class="screen history">
            <h1 tabindex="-1">{ lang.t(PlanText::HistoryTitle) }</h1>
            <p>{ lang.t(PlanText::HistoryIntro) }</p>
            if snaps.len() < 2 { <p class="muted">{ lang.t(PlanText::HistoryNeedsTwo) }</p> }
            <p class="visually-hidden">{ lang.t(PlanText::HistoryChartLabel) }</p>
            <ul class="history-grid">
                { charts(lang, &snaps) }
            </ul>
            <section aria-labelledby="history-entries-h">
                <h2 id="history-entries-h">{ lang.t(PhoneText::HistoryCardsTitle) }</h2>
                <ul class="history-entries">{ for snaps.iter().rev().map(|s| entry(lang, s)) }</ul>
            </section>
        </div>
    }
}

/// The overall chart, then one per area, each with the latest change.
fn charts(lang: Lang, snaps: &[Snapshot]) -> Html {
    let latest = &snaps[snaps.len() - 1].scores;
    let previous = (snaps.len() >= 2).then(|| &snaps[snaps.len() - 2].scores);
    let card = |title: String, points, score, delta| Chart {
        title,
        points,
        score,
        delta,
        has_previous: previous.is_some(),
    };
    let overall_points: Vec<_> = snaps.iter().map(|s| (s.date, s.scores.overall)).collect();
    let overall = card(
        lang.t(UiText::OverallScore).to_string(),
        overall_points,
        latest.overall,
        previous.and_then(|p| overall_change(p, latest)),
    );
    let areas = Area::ALL.iter().map(|&area| {
        card(
            area_text(area).name.get(lang).to_string(),
            series(snaps, area),
            latest.get(area),
            previous.and_then(|p| change(p, latest, area)),
        )
    });
    std::iter::once(overall)
        .chain(areas)
        .map(|c| chart_card(lang, c))
        .collect()
}

/// One chart card's figures.
struct Chart {
    title: String,
    points: Vec<(NaiveDate, Option<u8>)>,
    score: Option<u8>,
    delta: Option<i32>,
    has_previous: bool,
}

fn chart_card(lang: Lang, c: Chart) -> Html {
    let delta_text = c
        .delta
        .map(|d| crate::domain::content_text::change_of(lang, d))
        .unwrap_or_else(|| {
            format!(
                "{}{}—",
                lang.t(PlanText::ChangeSincePrevious),
                lang.t(UiText::Colon)
            )
        });
    let points = c.points;
    html! {
        <li class="card history-card">
            <h2>{ c.title }</h2>
            <HistoryChart {points} />
            <p>
                { score_value(lang, c.score) }
                if c.has_previous {
                    <span class="delta">{ " · " }{ delta_text }</span>
                }
            </p>
        </li>
    }
}

fn score_value(lang: Lang, v: Option<u8>) -> String {
    v.map(|v| i18n::score_text(lang, v))
        .unwrap_or_else(|| "—".into())
}

/// One self-check as text: its date and every score.
fn entry(lang: Lang, s: &Snapshot) -> Html {
    let rows = Area::ALL.iter().map(|a| {
        html! { <><dt>{ area_text(*a).name.get(lang) }</dt><dd>{ score_value(lang, s.scores.get(*a)) }</dd></> }
    });
    html! {
        <li class="card history-entry">
            <h3>{ format_date(lang, s.date) }</h3>
            <dl class="facts">
                <dt>{ lang.t(UiText::OverallScore) }</dt><dd>{ score_value(lang, s.scores.overall) }</dd>
                { for rows }
            </dl>
        </li>
    }
}
