//! The weekly review: what I did this week, who I was in touch with, who
//! to contact next week (the three most overdue follow-ups are ticked
//! already, and the screen says how many more are due), and one
//! thing I learned. Saving records the review and creates next week's actions.

mod candidates;
mod next_week_form;
mod past_reviews;
mod week_lists;

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::clock;
use crate::domain::document::PersonId;
use crate::domain::i18n::{format_date, Lang};
use crate::domain::network::review_contacts;
use crate::domain::people::PeopleIndex;
use crate::domain::plan_text::{self, PlanText};
use crate::domain::review::{past_reviews, summarize, WeekSummary};
use crate::domain::route::Route;
use crate::ui::store::{memo, use_lang, use_people_index, use_store, AppMemo, Shared, StoreHandle};

use next_week_form::{next_week_form, use_next_week, NextWeekForm};
use past_reviews::past_reviews as past_list;
use week_lists::{done_this_week, met_this_week};

/// What the review shows, derived from the document.
#[derive(PartialEq)]
pub struct ReviewView {
    pub summary: WeekSummary,
    /// Titles of the actions done this week.
    pub done: Vec<String>,
    /// Earlier reviews: title and note.
    pub past: Vec<(String, String)>,
    /// People offered as "contact next week": those due, then those met.
    pub candidates: Vec<PersonId>,
}

/// Everything the review derives from the document, computed once per
/// change, so typing in the "learned" box never walks the actions or the log.
fn review_view(
    store: &StoreHandle,
    index: &Shared<PeopleIndex>,
    today: NaiveDate,
    lang: Lang,
) -> Rc<ReviewView> {
    thread_local! {
        static VIEW: AppMemo<(Shared<PeopleIndex>, NaiveDate, Lang), ReviewView> =
            const { AppMemo::new() };
    }
    let (store, index) = (store.clone(), index.clone());
    // The language is a dependency too: the done list holds shown titles.
    memo(&VIEW, (index.clone(), today, lang), move |(_, today, _)| {
        let doc = &store.0.doc;
        let summary = summarize(doc, &index, *today);
        let done = doc
            .actions
            .iter()
            .filter(|a| summary.done.contains(&a.id))
            .map(|a| crate::domain::plan::shown_title(a, lang).into_owned())
            .collect();
        let past = past_reviews(doc)
            .into_iter()
            .take(10)
            .map(|a| (a.title.clone(), a.note.clone()))
            .collect();
        let candidates = review_contacts::candidates(&summary);
        ReviewView {
            summary,
            done,
            past,
            candidates,
        }
    })
}

#[component]
pub fn Review() -> Html {
    let lang = use_lang();
    let store = use_store();
    let index = use_people_index();
    let today = clock::today();
    let view = review_view(&store, &index, today, lang);
    let saved = use_state(|| None::<usize>);
    let next_week = use_next_week(&view);
    let week_start = view.summary.week_start;
    let week_label = format!(
        "{} – {}",
        format_date(lang, week_start),
        format_date(lang, crate::domain::schedule::week_end(week_start))
    );

    html! {
        <div class="screen review">
            <h1 tabindex="-1">{ lang.t(PlanText::ReviewTitle) }</h1>
            <p>{ lang.t(PlanText::ReviewIntro) }</p>
            <p class="muted">{ week_label }</p>
            <p id="review-status" class="status" role="status" tabindex="-1">
                if let Some(n) = *saved {
                    { lang.t(PlanText::ReviewSaved) }{ plan_text::count_text(lang, n) }{ " " }
                    <a href={Route::Plan.hash()}>{ lang.t(PlanText::SeeAllPlan) }</a>
                }
            </p>
            { done_this_week(lang, &view.done) }
            { met_this_week(lang, &index.0, &view.summary.met) }
            { next_week_form(&NextWeekForm { lang, store: &store, index: &index, view: &view, saved: &saved }, &next_week) }
            { past_list(lang, &view.past) }
        </div>
    }
}
