//! The pure core of Tsunagari: questionnaire content, scoring, the saved
//! document and its migrations, routes, the ja/en string table and the update
//! function. Nothing here touches the browser; time and ids come in as values.

pub mod content;
pub mod document;
pub mod i18n;
pub mod questionnaire;
pub mod reminder;
pub mod route;
pub mod scoring;
pub mod settings_text;
pub mod update;
