//! Home: a dashboard once there is something to show — this week's actions,
//! follow-ups coming due, the latest scores with the change since the
//! previous self-check, and one suggested next step. On a first visit it
//! explains what Tsunagari is for and how to begin.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::content::{area_text, ITEMS};
use crate::domain::document::ActionId;
use crate::domain::i18n::{format_date, Lang, T};
use crate::domain::phone_text::{self, PT};
use crate::domain::plan::{group, next_step, ActionFilter, NextStep};
use crate::domain::plan_text::P;
use crate::domain::planner::PlanMsg;
use crate::domain::route::Route;
use crate::domain::scoring;
use crate::domain::update::Msg;
use crate::ui::action_list::ActionList;
use crate::ui::backup_reminder::BackupReminder;
use crate::ui::store::{app_memo, use_doc, use_lang, use_people_index, use_read_only, use_store};

/// How many follow-ups the dashboard lists before linking to the people screen.
const FOLLOW_UPS_SHOWN: usize = 2;
/// How many of this week's actions show before "Show more": home stays
/// about two phone screens tall.
const WEEK_SHOWN: usize = 2;

/// The first visit, on one phone screen: what this is for, how long the
/// self-check takes, that nothing leaves the device, and one start button.
fn first_visit(lang: Lang, start: T) -> Html {
    html! {
        <div class="screen home first-visit">
            <h1 tabindex="-1">{ lang.t(T::IntroTitle) }</h1>
            <p class="lead">{ lang.t(T::IntroBody) }</p>
            <ul class="first-facts">
                <li>
                    <svg class="icon clock" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                        <circle cx="8" cy="8" r="6.5" /><path d="M8 4.5V8l2.5 1.5" />
                    </svg>
                    { lang.t(PT::FirstVisitTime) }{ lang.t(T::Colon) }{ phone_text::check_size(lang, ITEMS.len()) }
                </li>
                <li class="privacy">
                    { lock_icon() }
                    { lang.t(PT::FirstVisitPrivate) }
                </li>
            </ul>
            <p class="start"><a class="button primary start-button" id="start-check" href={Route::Assessment.hash()}>{ lang.t(start) }</a></p>
            // Below the start button, so it never pushes it out of the first screen.
            <crate::ui::welcome_note::WelcomeNote />
        </div>
    }
}

/// A drawn lock rather than an emoji, which some systems cannot show.
fn lock_icon() -> Html {
    html! {
        <svg class="icon lock" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M5 7V5a3 3 0 0 1 6 0v2" />
            <rect x="3" y="7" width="10" height="8" rx="1.5" />
        </svg>
    }
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
        let shown = shown.clone();
        let index = index.clone();
        app_memo("home.derived", (index.clone(), today), move |(_, today)| {
            let doc = &*shown;
            let groups = group(&doc.actions, ActionFilter::default(), *today);
            let week: Vec<usize> = groups.due_this_week().collect();
            let step = next_step(doc, &groups, &index, *today);
            let due: Vec<_> = index
                .due_by_week_end(*today)
                .into_iter()
                .map(|r| (r.id, r.name.clone(), r.next_follow_up))
                .collect();
            (Rc::new(week), step, due)
        })
    };
    let scores = {
        let shown = shown.clone();
        app_memo("home.scores", shown.version(), move |_| {
            let doc = &*shown;
            (
                doc.latest_assessment()
                    .map(|a| (a.date, scoring::score(&a.answers))),
                doc.previous_assessment()
                    .map(|a| scoring::score(&a.answers)),
            )
        })
    };
    {
        let notice = notice.clone();
        use_effect_with((*notice).clone(), move |n| {
            if n.is_some() {
                browser::focus_selector("#home-status");
            }
        });
    }
    let (week, step, due) = &*derived;
    let has_data = !doc.assessments.is_empty() || !doc.people.is_empty() || !doc.actions.is_empty();
    let start_label = match (&doc.draft, doc.assessments.is_empty()) {
        (Some(_), _) => T::ResumeAssessment,
        (None, true) => T::StartAssessment,
        (None, false) => T::RetakeAssessment,
    };
    let on_notice = {
        let notice = notice.clone();
        Callback::from(move |s: String| notice.set(Some(s)))
    };

    let suggestion = match *step {
        NextStep::TakeAssessment => html! {
            <>
                <p>{ lang.t(P::NextStepAssessment) }</p>
                <p><a class="button primary" href={Route::Assessment.hash()}>{ lang.t(start_label) }</a></p>
            </>
        },
        NextStep::DoAction(id) => {
            let title = doc
                .actions
                .iter()
                .find(|a| a.id == id)
                .map(|a| crate::domain::plan::shown_title(a, lang).into_owned())
                .unwrap_or_default();
            html! {
                <p>{ lang.t(P::NextStepDoAction) }<a href={Route::ActionEdit(id).hash()}>{ title }</a></p>
            }
        }
        NextStep::FollowUp(p) => html! {
            <p>{ lang.t(P::NextStepFollowUp) }<a href={Route::Person(p).hash()}>{ index.name(p).unwrap_or("").to_string() }</a></p>
        },
        NextStep::AddTip(item) => {
            let text = scoring::item(item.0)
                .map(|i| match doc.latest_assessment() {
                    Some(a) => scoring::tip_for(i, &a.answers).action.get(lang),
                    None => i.tip.action.get(lang),
                })
                .unwrap_or("");
            let add = {
                let store = store.clone();
                let notice = notice.clone();
                Callback::from(move |_| {
                    store.dispatch(Msg::Plan(PlanMsg::AddTip {
                        id: ActionId(clock::new_id()),
                        item,
                        lang,
                        today: clock::today(),
                        now: clock::now(),
                    }));
                    notice.set(Some(lang.t(P::AddedToPlan).to_string()));
                })
            };
            html! {
                <>
                    <p>{ lang.t(P::NextStepAddTip) }<strong>{ text }</strong></p>
                    <button type="button" class="button primary" id="home-add-tip" onclick={add}>{ lang.t(P::AddToPlan) }</button>
                </>
            }
        }
        NextStep::AddPerson => html! {
            <>
                <p>{ lang.t(P::NextStepAddPerson) }</p>
                <p><a class="button primary" href={Route::PersonNew.hash()}>{ lang.t(P::AddPerson) }</a></p>
            </>
        },
        NextStep::WeeklyReview => html! {
            <>
                <p>{ lang.t(P::NextStepReview) }</p>
                <p><a class="button primary" href={Route::Review.hash()}>{ lang.t(P::NavReview) }</a></p>
            </>
        },
    };
    let colon = lang.t(T::Colon);
    let follow_ups = due.iter().take(FOLLOW_UPS_SHOWN).map(|(id, name, date)| {
        let overdue = date.is_some_and(|d| d < today);
        html! {
            <li class="person-row compact">
                <a class="person-name" href={Route::Person(*id).hash()}>{ name.clone() }</a>
                if overdue { <span class="badge overdue">{ lang.t(P::OverdueBadge) }</span> }
                if let Some(d) = date {
                    <span class="meta">{ lang.t(P::NextFollowUp) }{ colon }{ format_date(lang, *d) }</span>
                }
            </li>
        }
    });
    // The latest self-check in brief: when, the strongest area and the
    // change in words; the numbers are on the results screen.
    let history = doc.assessments.len() >= 2;
    let latest = scores.0.as_ref().map(|(date, s)| {
        let change = scores
            .1
            .as_ref()
            .and_then(|p| crate::domain::history::overall_change(p, s))
            .map(|d| html! { <span class="delta">{ " · " }{ crate::domain::content_text::change_of(lang, d) }</span> });
        let strongest = s.strongest().map(|(a, _)| area_text(a).name.get(lang));
        html! {
            <section class="card" id="home-scores" aria-labelledby="home-scores-h">
                <h2 id="home-scores-h">{ lang.t(P::HomeScores) }</h2>
                // When and how it moved, on one line: home stays about two phone screens.
                <p class="muted">{ lang.t(T::TakenOn) }{ colon }{ format_date(lang, *date) }{ change }</p>
                if let Some(a) = strongest { <p>{ lang.t(T::Strongest) }{ colon }<strong>{ a }</strong></p> }
                <p class="link-row no-print">
                    <a class="more-link" href={Route::Results.hash()}>{ lang.t(T::ViewResults) }</a>
                    if history { <a class="more-link" href={Route::History.hash()}>{ lang.t(P::NavHistory) }</a> }
                </p>
            </section>
        }
    });

    if !has_data && !read_only {
        return first_visit(lang, start_label);
    }
    html! {
        <div class="screen home">
            <h1 tabindex="-1">{ lang.t(T::IntroTitle) }</h1>
            <p id="home-status" class="status" role="status" tabindex="-1">{ (*notice).clone().unwrap_or_default() }</p>
            if !read_only {
                <section class="card next-step no-print" id="home-next-step" aria-labelledby="home-next-h">
                    <h2 id="home-next-h">{ lang.t(P::NextStep) }</h2>
                    { suggestion }
                </section>
            }
            if has_data {
                <section class="card" id="home-week" aria-labelledby="home-week-h">
                    <h2 id="home-week-h">{ lang.t(P::HomeWeekTitle) }</h2>
                    <ActionList items={week.clone()} index={index.clone()} {today} page={WEEK_SHOWN}
                        empty={lang.t(P::HomeNoActions)} on_notice={on_notice} />
                    <p><a class="more-link" href={Route::Plan.hash()}>{ lang.t(P::SeeAllPlan) }</a></p>
                </section>
                <section class="card" id="home-follow-ups" aria-labelledby="home-follow-h">
                    <h2 id="home-follow-h">{ lang.t(P::HomeFollowUps) }</h2>
                    if due.is_empty() {
                        <p class="muted">{ lang.t(P::HomeNoFollowUps) }</p>
                    } else {
                        <ul class="people-list">{ for follow_ups }</ul>
                    }
                    <p><a class="more-link" href={Route::People.hash()}>{ lang.t(P::SeeAllPeople) }</a></p>
                </section>
            }
            { latest }
            // The backup reminder waits below what the user came for.
            if !read_only { <BackupReminder /> }
        </div>
    }
}
