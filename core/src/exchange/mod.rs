//! Files in and out: plan files (export, anonymise, import, validate, merge), calendar, Markdown and vCard.

pub mod ics;
pub mod markdown;
pub mod merge_preview;
pub mod plan_file;
pub mod vcard;
