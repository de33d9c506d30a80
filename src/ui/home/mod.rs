//! Home: a dashboard once there is something to show (`dashboard`); on a
//! first visit it explains what Tsunagari is for and how to begin.

mod add_tip;
pub mod dashboard;
mod first_visit;
mod follow_ups;
mod latest_scores;
mod next_step;
mod this_week;

use yew::prelude::*;

use crate::domain::document::Document;
use crate::domain::i18n::UiText;
use crate::ui::store::{use_doc, use_lang, use_read_only};

use first_visit::first_visit;

pub use dashboard::HomeCtx;

/// The first visit, or the dashboard once there is something to show.
#[component]
pub fn Home() -> Html {
    let lang = use_lang();
    let shown = use_doc();
    let read_only = use_read_only();
    let doc = &*shown;
    let start_label = match (&doc.draft, doc.assessments.is_empty()) {
        (Some(_), _) => UiText::ResumeAssessment,
        (None, true) => UiText::StartAssessment,
        (None, false) => UiText::RetakeAssessment,
    };
    if !has_data(doc) && !read_only {
        return first_visit(lang, start_label);
    }
    // The first-visit module leaves the dashboard to the full app: a first
    // visit reaches it only once the self-check is done (issue #16: it
    // would cost a first visit about 27 KB gzip).
    #[cfg(not(feature = "full"))]
    return html! { <crate::first_visit::Handover /> };
    #[cfg(feature = "full")]
    html! { <dashboard::Dashboard {start_label} /> }
}

/// Whether there is anything for the dashboard to show; a self-check under
/// way alone is not (the first visit offers to resume it).
fn has_data(doc: &Document) -> bool {
    !doc.assessments.is_empty() || !doc.people.is_empty() || !doc.actions.is_empty()
}
