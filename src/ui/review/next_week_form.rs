//! The review's form: whom to contact next week, one thing learned, whether
//! to share it; saving records the review and plans next week's contacts.

use std::rc::Rc;

use yew::prelude::*;

use super::candidates::{candidates, CandidatesView};
use super::ReviewView;
use crate::browser;
use crate::clock;
use crate::domain::document::{ActionId, PersonId};
use crate::domain::i18n::Lang;
use crate::domain::network::review_contacts;
use crate::domain::people::PeopleIndex;
use crate::domain::plan_text::PlanText;
use crate::domain::planner::PlanMsg;
use crate::domain::review::{review_actions, ReviewInput};
use crate::domain::update::Msg;
use crate::ui::store::{Shared, StoreHandle};
use crate::ui::text_field::{InputKind, TextField};

/// What the form holds while the user fills it in.
pub struct NextWeek {
    learned: UseStateHandle<String>,
    share: UseStateHandle<bool>,
    contact: UseStateHandle<Vec<PersonId>>,
}

#[hook]
pub fn use_next_week(view: &Rc<ReviewView>) -> NextWeek {
    // The most overdue follow-ups are pre-ticked; the other people due and
    // those met this week are offered.
    let view = view.clone();
    NextWeek {
        learned: use_state(String::new),
        share: use_state(|| false),
        contact: use_state(move || review_contacts::preselected(&view.summary)),
    }
}

/// What the form shows and where it reports.
pub struct NextWeekForm<'a> {
    pub lang: Lang,
    pub store: &'a StoreHandle,
    pub index: &'a Shared<PeopleIndex>,
    pub view: &'a ReviewView,
    /// How many actions the last save created (for the status line).
    pub saved: &'a UseStateHandle<Option<usize>>,
}

// A view function, not a `#[component]` (each costs about 0.7 KB of
// gzipped wasm): the screen holds the state.
pub fn next_week_form(props: &NextWeekForm, state: &NextWeek) -> Html {
    let NextWeekForm { lang, index, .. } = *props;
    let NextWeek {
        learned,
        share,
        contact,
    } = state;
    let onsubmit = submit_handler(props, state);
    let on_learned = {
        let (learned, saved) = (learned.clone(), props.saved.clone());
        Callback::from(move |v: String| {
            saved.set(None);
            learned.set(v)
        })
    };
    let on_share = {
        let share = share.clone();
        Callback::from(move |_: Event| share.set(!*share))
    };
    let view = props.view;
    html! {
        <form class="card form" {onsubmit} novalidate=true aria-labelledby="review-next-h">
            <h2 id="review-next-h">{ lang.t(PlanText::ReviewContact) }</h2>
            { candidates(lang, &index.0, &CandidatesView {
                candidates: &view.candidates,
                more_due: review_contacts::more_due(&view.summary),
                contact: contact.clone(),
            }) }
            <TextField id="review-learned" label={lang.t(PlanText::ReviewLearned)} kind={InputKind::MultiLine}
                value={(**learned).clone()} on_input={on_learned} />
            <p class="check">
                <input type="checkbox" id="review-share" checked={**share} onchange={on_share} />
                <label for="review-share">{ lang.t(PlanText::ReviewShare) }</label>
            </p>
            <button type="submit" class="button primary" id="review-save">{ lang.t(PlanText::ReviewSubmit) }</button>
        </form>
    }
}

/// Saving: records the review, clears the form and says what was planned.
fn submit_handler(props: &NextWeekForm, state: &NextWeek) -> Callback<SubmitEvent> {
    let NextWeek {
        learned,
        share,
        contact,
    } = state;
    let lang = props.lang;
    let (store, index, learned, share, contact, saved) = (
        props.store.clone(),
        props.index.clone(),
        learned.clone(),
        share.clone(),
        contact.clone(),
        props.saved.clone(),
    );
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        let input = ReviewInput {
            learned: (*learned).clone(),
            contact: (*contact).clone(),
            share: *share,
        };
        let created = save_review(&store, &index.0, input, lang);
        learned.set(String::new());
        share.set(false);
        saved.set(Some(created));
        browser::focus_selector("#review-status");
    })
}

/// Records the review and plans next week; returns how many actions that
/// creates besides the review itself (for the status line).
fn save_review(store: &StoreHandle, index: &PeopleIndex, input: ReviewInput, lang: Lang) -> usize {
    let ids: Vec<ActionId> = (0..input.contact.len() + 3)
        .map(|_| ActionId(clock::new_id()))
        .collect();
    let (today, now) = (clock::today(), clock::now());
    let created = review_actions(&store.0.doc, index, &input, lang, today, now, &ids)
        .len()
        .saturating_sub(1);
    store.dispatch(Msg::Plan(PlanMsg::SubmitReview {
        input,
        lang,
        ids,
        today,
        now,
    }));
    created
}
