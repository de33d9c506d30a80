//! The plan-files screen: export (full backup, a file to share, Markdown,
//! calendar, print view) and import. An imported file is read and checked
//! first and shown as a preview; nothing of the user's data changes until
//! they choose Replace (after a backup they can restore), Merge, or Open
//! read-only. Files can be picked or dropped anywhere on the screen.

mod drop_target;
mod export;
mod export_buttons;
mod export_section;
mod import;
mod import_choices;
mod import_error;
mod import_section;
mod name_choice;
mod preview;
mod status;

use yew::prelude::*;

use crate::domain::files_ui_text::FilesScreenText;
use crate::domain::update::{ImportOutcome, Msg, ViewMsg};
use crate::files as file_door;
use crate::ui::contacts::Contacts;
use crate::ui::hooks::use_focus_when;
use crate::ui::restore_backup::RestoreBackup;
use crate::ui::store::{use_lang, use_store};

use drop_target::use_drop_target;
use export_section::{export_section, use_export};
use import::{use_import, Import, ImportCtx};
use import_section::import_section;
use status::status;

/// The app version written into exported files.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[component]
pub fn Files() -> Html {
    let lang = use_lang();
    let store = use_store();
    let outcome = store.0.import_outcome;
    let (import, read_file) = use_import(&store);
    let drop = use_drop_target(read_file.clone());
    let export = use_export();
    use_outcome_closes_preview(&store, &import);

    // Focus follows the result: the preview heading once a file is read,
    // the status line after a choice.
    use_focus_when(
        "#import-preview-h",
        matches!(*import, Import::Ready(_)).then_some(()),
    );
    use_focus_when("#files-status", outcome);

    // A file dropped on another screen (see `App`).
    {
        let read_file = read_file.clone();
        use_effect_with((), move |_| {
            if let Some(file) = file_door::take_handed_over() {
                read_file.emit(file);
            }
        });
    }

    let status = status(lang, outcome.as_ref());
    let import = import_section(
        &ImportCtx {
            lang,
            store: store.clone(),
            import,
        },
        drop.dragging,
        &read_file,
    );
    html! {
        <div class={classes!("screen", "files", drop.dragging.then_some("is-dragging"))}
            ondragover={drop.ondragover} ondragleave={drop.ondragleave} ondrop={drop.ondrop}>
            <h1 tabindex="-1">{ lang.t(FilesScreenText::Title) }</h1>
            <p>{ lang.t(FilesScreenText::Intro) }</p>
            { status }
            { import }
            <RestoreBackup />
            { export_section(lang, &store, &export) }
            <Contacts />
        </div>
    }
}

/// The last import's outcome belongs to this visit of the screen: it is
/// forgotten when the screen opens. A choice that happened (not a failed
/// backup) closes the preview.
#[hook]
fn use_outcome_closes_preview(
    store: &crate::ui::store::StoreHandle,
    import: &UseStateHandle<Import>,
) {
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            store.dispatch(Msg::View(ViewMsg::ForgetImportOutcome))
        });
    }
    let import = import.clone();
    use_effect_with(store.0.import_outcome, move |outcome| {
        if matches!(outcome, Some(o) if !matches!(o, ImportOutcome::BackupFailed(_))) {
            import.set(Import::Idle);
        }
    });
}
