//! The pure core of Tsunagari: questionnaire content, scoring, the saved
//! document and its migrations, routes, the ja/en string table and the update
//! function. Nothing here touches the browser; time and ids come in as values.

pub mod backups;
pub mod contacts_text;
pub mod content;
pub mod content_text;
pub mod decimal;
pub mod document;
pub mod early_answer;
pub mod files_text;
pub mod files_ui_text;
pub mod follow_up;
pub mod forms;
pub mod history;
pub mod i18n;
pub mod ics;
pub mod markdown;
pub mod next_steps;
pub mod people;
pub mod persona;
pub mod phone_text;
pub mod plan;
pub mod plan_file;
pub mod plan_text;
pub mod planner;
pub mod platform;
pub mod questionnaire;
pub mod reminder;
pub mod review;
pub mod route;
pub mod sample;
pub mod schedule;
pub mod scoring;
pub mod self_intro;
pub mod settings_text;
pub mod share_text;
pub mod stored;
pub mod sync;
pub mod update;
pub mod update_text;
pub mod value_de;
pub mod vcard;
