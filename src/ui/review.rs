//! The weekly review: what I did this week, who I was in touch with, who
//! to contact next week (the three most overdue follow-ups are ticked
//! already, and the screen says how many more are due), and one
//! thing I learned. Saving records the review and creates next week's actions.

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::document::{ActionId, PersonId};
use crate::domain::i18n::{format_date, T};
use crate::domain::phone_text;
use crate::domain::plan_text::{self, P};
use crate::domain::planner::PlanMsg;
use crate::domain::review::{past_reviews, review_actions, summarize, ReviewInput};
use crate::domain::route::Route;
use crate::domain::update::Msg;
use crate::ui::store::{app_memo, use_lang, use_people_index, use_store};
use crate::ui::text_field::{InputKind, TextField};

/// At most this many people are offered as "contact next week".
const MAX_CANDIDATES: usize = 30;
/// At most this many are ticked at the start (the most overdue), so one
/// review never plans a long list of contacts at once.
const PRESELECTED: usize = 3;

#[component]
pub fn Review() -> Html {
    let lang = use_lang();
    let store = use_store();
    let index = use_people_index();
    let today = clock::today();
    // Everything derived from the document is computed once per change, so
    // typing in the "learned" box never walks the actions or the log.
    let view = {
        let store = store.clone();
        let index = index.clone();
        app_memo("review", (index.clone(), today), move |(_, today)| {
            let doc = &store.0.doc;
            let summary = summarize(doc, &index, *today);
            let done: Vec<String> = doc
                .actions
                .iter()
                .filter(|a| summary.done.contains(&a.id))
                .map(|a| crate::domain::plan::shown_title(a, lang).into_owned())
                .collect();
            let past: Vec<(String, String)> = past_reviews(doc)
                .into_iter()
                .take(10)
                .map(|a| (a.title.clone(), a.note.clone()))
                .collect();
            let mut candidates: Vec<PersonId> = summary.due_next_week.clone();
            for (p, _) in &summary.met {
                if !candidates.contains(p) {
                    candidates.push(*p);
                }
            }
            candidates.truncate(MAX_CANDIDATES);
            (summary, done, past, candidates)
        })
    };
    let (summary, done_titles, past, candidates) = &*view;
    let learned = use_state(String::new);
    let share = use_state(|| false);
    // The most overdue follow-ups are pre-ticked; the other people due and
    // those met this week are offered.
    let contact = {
        let view = view.clone();
        use_state(move || {
            view.0
                .due_next_week
                .iter()
                .take(PRESELECTED)
                .copied()
                .collect::<Vec<PersonId>>()
        })
    };
    let saved = use_state(|| None::<usize>);

    let onsubmit = {
        let store = store.clone();
        let index = index.clone();
        let learned = learned.clone();
        let share = share.clone();
        let contact = contact.clone();
        let saved = saved.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let input = ReviewInput {
                learned: (*learned).clone(),
                contact: (*contact).clone(),
                share: *share,
            };
            let ids: Vec<ActionId> = (0..input.contact.len() + 3)
                .map(|_| ActionId(clock::new_id()))
                .collect();
            let (today, now) = (clock::today(), clock::now());
            let created = review_actions(&store.0.doc, &index, &input, lang, today, now, &ids)
                .len()
                .saturating_sub(1);
            store.dispatch(Msg::Plan(PlanMsg::SubmitReview {
                input,
                lang,
                ids,
                today,
                now,
            }));
            learned.set(String::new());
            share.set(false);
            saved.set(Some(created));
            browser::focus_selector("#review-status");
        })
    };
    let name = |p: &PersonId| index.name(*p).unwrap_or("").to_string();
    let done_items = done_titles.iter().map(|t| html! { <li>{ t.clone() }</li> });
    let met_items = summary.met.iter().map(|(p, n)| {
        html! { <li><a href={Route::Person(*p).hash()}>{ name(p) }</a>{ format!(" ({})", plan_text::count_text(lang, *n as usize)) }</li> }
    });
    let checkboxes = candidates.iter().map(|p| {
        let checked = contact.contains(p);
        let box_id = format!("review-contact-{p}");
        let toggle = {
            let contact = contact.clone();
            let p = *p;
            Callback::from(move |_: Event| {
                let mut v = (*contact).clone();
                if let Some(i) = v.iter().position(|q| *q == p) {
                    v.remove(i);
                } else {
                    v.push(p);
                }
                contact.set(v);
            })
        };
        let due = index.row(*p).and_then(|r| r.next_follow_up);
        html! {
            <li class="check">
                <input type="checkbox" id={box_id.clone()} {checked} onchange={toggle} />
                <label for={box_id}>
                    { name(p) }
                    if let Some(d) = due { <span class="muted">{ format!("{}{}{}", lang.t(P::NextFollowUp), lang.t(T::Colon), format_date(lang, d)) }</span> }
                </label>
            </li>
        }
    });
    let past_items = past.iter().map(|(title, note)| {
        html! {
            <li>
                <strong>{ title.clone() }</strong>
                if !note.is_empty() { <p>{ note.clone() }</p> }
            </li>
        }
    });
    let on_learned = {
        let learned = learned.clone();
        let saved = saved.clone();
        Callback::from(move |v: String| {
            saved.set(None);
            learned.set(v)
        })
    };
    let on_share = {
        let share = share.clone();
        Callback::from(move |_: Event| share.set(!*share))
    };
    let week_label = format!(
        "{} – {}",
        format_date(lang, summary.week_start),
        format_date(lang, crate::domain::schedule::week_end(summary.week_start))
    );

    html! {
        <div class="screen review">
            <h1 tabindex="-1">{ lang.t(P::ReviewTitle) }</h1>
            <p>{ lang.t(P::ReviewIntro) }</p>
            <p class="muted">{ week_label }</p>
            <p id="review-status" class="status" role="status" tabindex="-1">
                if let Some(n) = *saved {
                    { lang.t(P::ReviewSaved) }{ plan_text::count_text(lang, n) }{ " " }
                    <a href={Route::Plan.hash()}>{ lang.t(P::SeeAllPlan) }</a>
                }
            </p>
            <section class="card" aria-labelledby="review-done-h">
                <h2 id="review-done-h">{ lang.t(P::ReviewDone) }</h2>
                if done_titles.is_empty() {
                    <p class="muted">{ lang.t(P::ReviewNoneDone) }</p>
                } else {
                    <ul>{ for done_items }</ul>
                }
            </section>
            <section class="card" aria-labelledby="review-met-h">
                <h2 id="review-met-h">{ lang.t(P::ReviewMet) }</h2>
                if summary.met.is_empty() {
                    <p class="muted">{ lang.t(P::ReviewNoneMet) }</p>
                } else {
                    <ul>{ for met_items }</ul>
                }
            </section>
            <form class="card form" {onsubmit} novalidate=true aria-labelledby="review-next-h">
                <h2 id="review-next-h">{ lang.t(P::ReviewContact) }</h2>
                if candidates.is_empty() {
                    <p class="muted">{ lang.t(P::ReviewNoContacts) }</p>
                } else {
                    <fieldset>
                        <legend>{ lang.t(P::ReviewContactHelp) }</legend>
                        if summary.due_next_week.len() > PRESELECTED {
                            <p class="hint" id="review-more-due">{ phone_text::more_due(lang, summary.due_next_week.len() - PRESELECTED) }</p>
                        }
                        <ul class="checks">{ for checkboxes }</ul>
                    </fieldset>
                }
                <TextField id="review-learned" label={lang.t(P::ReviewLearned)} kind={InputKind::MultiLine}
                    value={(*learned).clone()} on_input={on_learned} />
                <p class="check">
                    <input type="checkbox" id="review-share" checked={*share} onchange={on_share} />
                    <label for="review-share">{ lang.t(P::ReviewShare) }</label>
                </p>
                <button type="submit" class="button primary" id="review-save">{ lang.t(P::ReviewSubmit) }</button>
            </form>
            if !past.is_empty() {
                <section class="card" aria-labelledby="review-past-h">
                    <h2 id="review-past-h">{ lang.t(P::PastReviews) }</h2>
                    <ul class="past-reviews">{ for past_items }</ul>
                </section>
            }
        </div>
    }
}
