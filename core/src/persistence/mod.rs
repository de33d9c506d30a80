//! The saved document, its reading and migrations, the stored layout, the save protocol across tabs, dated backups, carrying unsaved changes across a reload, backup reminders and the platform facts behind them.

pub mod backups;
pub mod carry;
pub mod document;
pub mod platform;
pub mod reminder;
pub mod stored;
pub mod sync;
pub mod value_de;
