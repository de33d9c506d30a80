//! The export card: a full backup, a file to share (names hidden), Markdown,
//! a calendar file and the print view, each with a line saying what it is.

use std::rc::Rc;

use yew::prelude::*;

use super::export::{Export, ExportNote};
use super::export_buttons::{export_buttons, ExportCtx};
use super::name_choice::name_choice;
use crate::domain::files_ui_text::FilesScreenText;
use crate::domain::i18n::Lang;
use crate::domain::plan_file::NameStyle;
use crate::domain::route::Route;
use crate::domain::share_text::ShareText;
use crate::share;
use crate::ui::store::StoreHandle;

/// The export card's state: the last export's note, how names are written
/// in a shared file, and which files the share sheet takes.
pub struct ExportState {
    export_note: UseStateHandle<Option<ExportNote>>,
    names: UseStateHandle<NameStyle>,
    can_share: Rc<[bool; 4]>,
}

#[hook]
pub fn use_export() -> ExportState {
    ExportState {
        export_note: use_state(|| None::<ExportNote>),
        names: use_state(|| NameStyle::Numbered),
        can_share: use_memo((), |_| {
            Export::ALL.map(|k| share::can_share_file(k.probe_name(), k.mime()))
        }),
    }
}

// A view function, not a `#[component]`: each component costs about 0.7 KB
// of gzipped wasm, so only the screen holds state.
pub fn export_section(lang: Lang, store: &StoreHandle, state: &ExportState) -> Html {
    let ExportState {
        export_note,
        names,
        can_share,
    } = state;
    let on_note = {
        let export_note = export_note.clone();
        Callback::from(move |n| export_note.set(n))
    };
    let ctx = ExportCtx {
        lang,
        store: store.clone(),
        names: **names,
        on_note,
        can_share: **can_share,
    };
    let buttons = |kind, label, help| export_buttons(&ctx, kind, label, help);
    let status = export_note.map(|n| match n {
        ExportNote::Done => lang.t(FilesScreenText::Downloaded),
        ExportNote::Failed => lang.t(FilesScreenText::DownloadFailed),
        ExportNote::Shared => lang.t(ShareText::Shared),
        ExportNote::ShareFailed => lang.t(ShareText::ShareFailed),
    });
    html! {
        <section class="card" aria-labelledby="export-h">
            <h2 id="export-h">{ lang.t(FilesScreenText::ExportHeading) }</h2>
            <p id="export-status" class="status" role="status">{ status.unwrap_or_default() }</p>
            if can_share.iter().any(|&c| c) {
                <p class="muted" id="share-hint">{ lang.t(ShareText::ShareHint) }</p>
            }
            <h3>{ lang.t(FilesScreenText::FullHeading) }</h3>
            <p id="full-help">{ lang.t(FilesScreenText::FullHelp) }</p>
            { buttons(Export::Full, FilesScreenText::FullButton, "full-help") }
            <h3>{ lang.t(FilesScreenText::SharedHeading) }</h3>
            <p id="shared-help">{ lang.t(FilesScreenText::SharedHelp) }</p>
            <fieldset class="choices">
                <legend>{ lang.t(FilesScreenText::NamesLegend) }</legend>
                { name_choice(lang, names, NameStyle::Numbered, "share-numbered", FilesScreenText::NamesNumbered) }
                { name_choice(lang, names, NameStyle::Initials, "share-initials", FilesScreenText::NamesInitials) }
                <p class="muted" id="share-names-note">{ lang.t(FilesScreenText::NamesNote) }</p>
            </fieldset>
            { buttons(Export::Shared, FilesScreenText::SharedButton, "shared-help") }
            <h3>{ lang.t(FilesScreenText::OtherHeading) }</h3>
            <p id="markdown-help">{ lang.t(FilesScreenText::MarkdownHelp) }</p>
            { buttons(Export::Markdown, FilesScreenText::MarkdownButton, "markdown-help") }
            <p id="ics-help">{ lang.t(FilesScreenText::IcsHelp) }</p>
            { buttons(Export::Ics, FilesScreenText::IcsButton, "ics-help") }
            <p id="print-help">{ lang.t(FilesScreenText::PrintHelp) }</p>
            <p><a class="button" id="open-print" href={Route::Print.hash()}
                aria-describedby="print-help">{ lang.t(FilesScreenText::PrintLink) }</a></p>
        </section>
    }
}
