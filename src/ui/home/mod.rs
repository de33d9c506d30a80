//! Home: a dashboard once there is something to show — this week's actions,
//! follow-ups coming due, the latest scores with the change since the
//! previous self-check, and one suggested next step. On a first visit it
//! explains what Tsunagari is for and how to begin.

mod add_tip;
mod first_visit;
mod follow_ups;
mod latest_scores;
mod next_step;
mod this_week;

use std::rc::Rc;

use chrono::NaiveDate;

use yew::prelude::*;

use crate::clock;
use crate::domain::document::Document;
use crate::domain::i18n::{Lang, UiText};
use crate::domain::people::PeopleIndex;
use crate::domain::plan::{group, next_step, ActionFilter, NextStep};
use crate::ui::backup_reminder::BackupReminder;
use crate::ui::hooks::use_focus_when;
use crate::ui::store::{
    memo, use_doc, use_lang, use_people_index, use_read_only, use_store, AppMemo, Shared, ShownDoc,
    StoreHandle,
};

use first_visit::first_visit;
use follow_ups::{follow_ups, DueRow};
use latest_scores::latest_scores;
use next_step::next_step_card;
use this_week::this_week;

/// What the dashboard's parts share.
pub struct HomeCtx {
    pub lang: Lang,
    pub store: StoreHandle,
    pub doc: ShownDoc,
    pub index: Shared<PeopleIndex>,
    /// Says something in the status line (focus moves there).
    pub on_notice: Callback<String>,
}

#[component]
pub fn Home() -> Html {
    let lang = use_lang();
    let store = use_store();
    let index = use_people_index();
    let today = clock::today();
    let notice = use_state(|| None::<String>);
    let shown = use_doc();
    let read_only = use_read_only();
    let doc = &*shown;

    let derived = {
        let (shown, index) = (shown.clone(), index.clone());
        thread_local! {
            static DASHBOARD: AppMemo<(Shared<PeopleIndex>, NaiveDate), Dashboard> =
                const { AppMemo::new() };
        }
        memo(&DASHBOARD, (index.clone(), today), move |(_, today)| {
            dashboard(&shown, &index, *today)
        })
    };
    use_focus_when("#home-status", (*notice).clone());
    let (week, step, due) = &*derived;
    let has_data = !doc.assessments.is_empty() || !doc.people.is_empty() || !doc.actions.is_empty();
    let start_label = match (&doc.draft, doc.assessments.is_empty()) {
        (Some(_), _) => UiText::ResumeAssessment,
        (None, true) => UiText::StartAssessment,
        (None, false) => UiText::RetakeAssessment,
    };
    if !has_data && !read_only {
        return first_visit(lang, start_label);
    }
    let status = (*notice).clone().unwrap_or_default();
    let home = HomeCtx {
        lang,
        store,
        doc: shown.clone(),
        index: index.clone(),
        on_notice: Callback::from(move |s: String| notice.set(Some(s))),
    };

    html! {
        <div class="screen home">
            <h1 tabindex="-1">{ lang.t(UiText::IntroTitle) }</h1>
            <p id="home-status" class="status" role="status" tabindex="-1">{ status }</p>
            if !read_only {
                { next_step_card(&home, *step, start_label) }
            }
            if has_data {
                { this_week(lang, &index, week, &home.on_notice) }
                { follow_ups(lang, due) }
            }
            { latest_scores(lang, &shown) }
            // The backup reminder waits below what the user came for.
            if !read_only { <BackupReminder /> }
        </div>
    }
}

/// This week's actions, the suggested next step, and who is due by Sunday.
type Dashboard = (Rc<Vec<usize>>, NextStep, Vec<DueRow>);

/// Works out the home screen's `Dashboard` for `today`.
fn dashboard(doc: &Document, index: &PeopleIndex, today: NaiveDate) -> Dashboard {
    let groups = group(&doc.actions, ActionFilter::default(), today);
    let week: Vec<usize> = groups.due_this_week().collect();
    let step = next_step(doc, &groups, index, today);
    let due = index
        .due_by_week_end(today)
        .into_iter()
        .map(|r| (r.id, r.name.clone(), r.next_follow_up))
        .collect();
    (Rc::new(week), step, due)
}
