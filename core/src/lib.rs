//! The pure core of Tsunagari: questionnaire content, scoring, the saved
//! document and its migrations, routes, the ja/en string table and the update
//! function. Nothing here touches the browser; time and ids come in as values.
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod assessment;
pub mod exchange;
pub mod network;
pub mod persistence;
pub mod text;

#[cfg(test)]
mod enum_check;

pub mod effect;
pub mod persona;
pub mod route;
pub mod sample;
pub mod sorting;
pub mod update;

// Flat paths (`tsunagari_core::document`, the web crate's `domain::document`) stay valid:
// the folders group the modules, the paths name them.
pub use assessment::{
    content, early_answer, history, next_steps, questionnaire, scoring, self_intro,
};
pub use exchange::{ics, markdown, plan_file, vcard};
pub use network::{follow_up, forms, people, plan, planner, review, schedule};
pub use persistence::{backups, carry, document, platform, reminder, stored, sync, value_de};
pub use text::{
    contacts_text, content_text, decimal, files_text, files_ui_text, i18n, phone_text, plan_text,
    settings_text, share_text, update_text,
};
