//! People and actions: the people index, plan views, the planner, schedule and repeats, follow-ups, weekly review, form validation.

pub mod closing;
pub mod follow_up;
pub mod forms;
pub mod people;
pub mod plan;
pub mod planner;
pub mod review;
pub mod review_contacts;
pub mod schedule;
