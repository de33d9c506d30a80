//! The returning user's home: this week's actions, follow-ups coming due,
//! the latest scores with the change since the previous self-check, and one
//! suggested next step.

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

use super::follow_ups::{follow_ups, DueRow};
use super::latest_scores::latest_scores;
use super::next_step::next_step_card;
use super::this_week::this_week;

/// What the dashboard's parts share.
pub struct HomeCtx {
    pub lang: Lang,
    pub store: StoreHandle,
    pub doc: ShownDoc,
    pub index: Shared<PeopleIndex>,
    /// Says something in the status line (focus moves there).
    pub on_notice: Callback<String>,
}

#[derive(Properties, PartialEq)]
pub struct DashboardProps {
    /// The next-step card's self-check button: start, resume or retake.
    pub start_label: UiText,
}

/// The returning user's home: this week, follow-ups, latest scores and one
/// suggested next step.
#[component]
pub fn Dashboard(props: &DashboardProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let index = use_people_index();
    let today = clock::today();
    let notice = use_state(|| None::<String>);
    let shown = use_doc();
    let read_only = use_read_only();

    let derived = {
        let (shown, index) = (shown.clone(), index.clone());
        thread_local! {
            static DASHBOARD: AppMemo<(Shared<PeopleIndex>, NaiveDate), DashboardData> =
                const { AppMemo::new() };
        }
        memo(&DASHBOARD, (index.clone(), today), move |(_, today)| {
            dashboard(&shown, &index, *today)
        })
    };
    use_focus_when("#home-status", (*notice).clone());
    let (week, step, due) = &*derived;
    let has_data = super::has_data(&shown);
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
                { next_step_card(&home, *step, props.start_label) }
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
type DashboardData = (Rc<Vec<usize>>, NextStep, Vec<DueRow>);

/// Works out the home screen's `DashboardData` for `today`.
fn dashboard(doc: &Document, index: &PeopleIndex, today: NaiveDate) -> DashboardData {
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
