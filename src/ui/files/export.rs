//! The files the screen exports, and how each is made from the document.

use crate::clock;
use crate::domain::document::Document;
use crate::domain::i18n::Lang;
use crate::domain::plan_file::{self, NameStyle, Sharing};
use crate::domain::share_text::ShareText;
use crate::domain::{ics, markdown};

use super::APP_VERSION;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Export {
    Full = 0,
    Shared = 1,
    Markdown = 2,
    Ics = 3,
}

/// What the last export did, for its status line.
#[derive(Clone, Copy, PartialEq)]
pub enum ExportNote {
    Done,
    Failed,
    Shared,
    ShareFailed,
}

impl Export {
    pub const ALL: [Export; 4] = [Export::Full, Export::Shared, Export::Markdown, Export::Ics];

    pub fn mime(self) -> &'static str {
        match self {
            Export::Full | Export::Shared => "application/json",
            Export::Markdown => "text/markdown;charset=utf-8",
            Export::Ics => "text/calendar;charset=utf-8",
        }
    }

    /// A name of the right kind, for asking whether the sheet takes it.
    pub fn probe_name(self) -> &'static str {
        match self {
            Export::Full | Export::Shared => "tsunagari-plan.tsunagari.json",
            Export::Markdown => "tsunagari-plan.md",
            Export::Ics => "tsunagari-plan.ics",
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Export::Full => "export-json",
            Export::Shared => "export-shared",
            Export::Markdown => "export-markdown",
            Export::Ics => "export-ics",
        }
    }

    pub fn share_id(self) -> &'static str {
        match self {
            Export::Full => "share-json",
            Export::Shared => "share-shared",
            Export::Markdown => "share-markdown",
            Export::Ics => "share-ics",
        }
    }

    pub fn share_label(self) -> ShareText {
        match self {
            Export::Full => ShareText::ShareFull,
            Export::Shared => ShareText::ShareShared,
            Export::Markdown => ShareText::ShareMarkdown,
            Export::Ics => ShareText::ShareIcs,
        }
    }

    /// The name and text of this export of `doc`, made now.
    pub fn made(self, doc: &Document, lang: Lang, names: NameStyle) -> (String, String) {
        let today = clock::today();
        match self {
            Export::Full => {
                let file =
                    plan_file::export_json(doc, Sharing::Full, APP_VERSION, today, clock::now());
                (file.file_name, file.contents)
            }
            Export::Shared => {
                let sharing = Sharing::Anonymized { names, lang };
                let file = plan_file::export_json(doc, sharing, APP_VERSION, today, clock::now());
                let name = file
                    .file_name
                    .replacen("tsunagari-plan-", "tsunagari-plan-shared-", 1);
                (name, file.contents)
            }
            Export::Markdown => (
                markdown::file_name(today),
                markdown::export(doc, lang, today),
            ),
            Export::Ics => (
                ics::file_name(today),
                ics::export(doc, lang, today, clock::now()),
            ),
        }
    }
}
