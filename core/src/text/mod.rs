//! The ja/en string tables (one per screen or feature), dates, numbers and list joining.

pub mod contacts_text;
pub mod content_text;
pub mod decimal;
pub mod files_text;
pub mod files_ui_text;
pub mod i18n;
pub mod phone_text;
pub mod plan_text;
pub mod settings_text;
pub mod share_text;
pub mod update_text;
