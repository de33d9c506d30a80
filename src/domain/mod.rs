//! The pure core of Tsunagari: questionnaire content, scoring, the saved
//! document and its migrations, routes, the ja/en string table and the update
//! function. Nothing here touches the browser; time and ids come in as values.

pub mod content;
pub mod document;
pub mod files_text;
pub mod follow_up;
pub mod i18n;
pub mod ics;
pub mod markdown;
pub mod plan_file;
pub mod questionnaire;
pub mod route;
pub mod scoring;
pub mod update;
