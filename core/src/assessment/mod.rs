//! The self-check: questions and answer scales, content and tips, scoring, next steps, history, the self-introduction builder, the shell's early answer.

pub mod content;
pub mod early_answer;
pub mod history;
pub mod next_steps;
pub mod questionnaire;
pub mod scoring;
pub mod self_intro;
