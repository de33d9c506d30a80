//! The latest self-check in brief: when, the strongest area and the change
//! in words; the numbers are on the results screen.

use yew::prelude::*;

use crate::domain::content::area_text;
use crate::domain::i18n::{format_date, Lang, UiText};
use crate::domain::plan_text::PlanText;
use crate::domain::route::Route;
use chrono::NaiveDate;

use crate::domain::scoring::{self, Scores};
use crate::ui::store::{memo, AppMemo, ShownDoc};

/// The latest assessment's date and scores, and the previous one's scores.
type Latest = (Option<(NaiveDate, Scores)>, Option<Scores>);

thread_local! {
    static LATEST: AppMemo<(u64, u64), Latest> = const { AppMemo::new() };
}

pub fn latest_scores(lang: Lang, shown: &ShownDoc) -> Html {
    let scores = {
        let shown = shown.clone();
        memo(&LATEST, shown.version(), move |_| {
            let doc = &*shown;
            (
                doc.latest_assessment()
                    .map(|a| (a.date, scoring::score(&a.answers))),
                doc.previous_assessment()
                    .map(|a| scoring::score(&a.answers)),
            )
        })
    };
    let Some((date, s)) = scores.0.as_ref() else {
        return html! {};
    };
    let colon = lang.t(UiText::Colon);
    let history = shown.assessments.len() >= 2;
    let change = scores
        .1
        .as_ref()
        .and_then(|p| crate::domain::history::overall_change(p, s))
        .map(|d| html! { <span class="delta">{ " · " }{ crate::domain::content_text::change_of(lang, d) }</span> });
    let strongest = s.strongest().map(|(a, _)| area_text(a).name.get(lang));
    html! {
        <section class="card" id="home-scores" aria-labelledby="home-scores-h">
            <h2 id="home-scores-h">{ lang.t(PlanText::HomeScores) }</h2>
            // When and how it moved, on one line: home stays about two phone screens.
            <p class="muted">{ lang.t(UiText::TakenOn) }{ colon }{ format_date(lang, *date) }{ change }</p>
            if let Some(a) = strongest { <p>{ lang.t(UiText::Strongest) }{ colon }<strong>{ a }</strong></p> }
            <p class="link-row no-print">
                <a class="more-link" href={Route::Results.hash()}>{ lang.t(UiText::ViewResults) }</a>
                if history { <a class="more-link" href={Route::History.hash()}>{ lang.t(PlanText::NavHistory) }</a> }
            </p>
        </section>
    }
}
