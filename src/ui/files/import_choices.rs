//! The three choices for a read file — Replace (after a backup), Merge
//! (after a backup when it changes anything), Open read-only — and Cancel.

use std::rc::Rc;

use yew::prelude::*;

use super::import::{Import, ImportCtx, Outcome, Ready};
use crate::browser;
use crate::domain::backups::Reason;
use crate::domain::exchange::merge_preview::merge_report;
use crate::domain::files_ui_text::FU;
use crate::domain::route::Route;
use crate::domain::update::Msg;
use crate::ui::restore_backup::take_backup;
use crate::ui::store::StoreHandle;

pub fn import_choices(ctx: &ImportCtx, ready: &Rc<Ready>) -> Html {
    let lang = ctx.lang;
    let choose = |choice: fn(&StoreHandle, &Ready) -> Option<Outcome>| {
        let (ctx, ready) = (ctx.clone(), ready.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(done) = choice(&ctx.store, &ready) else {
                return;
            };
            // A choice that did not happen (no backup) keeps the preview.
            if !matches!(done, Outcome::BackupFailed | Outcome::MergeBackupFailed) {
                ctx.import.set(Import::Idle);
            }
            ctx.outcome.set(Some(done));
        })
    };
    let cancel = {
        let import = ctx.import.clone();
        Callback::from(move |_| {
            import.set(Import::Idle);
            browser::focus_selector("#import-file");
        })
    };
    let item = |id: &'static str, help: &'static str, label: FU, note: FU, onclick| {
        let class = classes!("button", (id == "import-replace").then_some("primary"));
        html! {
            <li>
                <button type="button" {class} {id} {onclick}
                    aria-describedby={help}>{ lang.t(label) }</button>
                <p id={help} class="muted">{ lang.t(note) }</p>
            </li>
        }
    };
    html! {
        <>
            <h3>{ lang.t(FU::ChooseHeading) }</h3>
            <ul class="import-choices">
                { item("import-replace", "import-replace-help", FU::ReplaceButton, FU::ReplaceHelp, choose(replace)) }
                { item("import-merge", "import-merge-help", FU::MergeButton, FU::MergeHelp, choose(merge)) }
                { item("import-view", "import-view-help", FU::ViewButton, FU::ViewHelp, choose(view)) }
            </ul>
            <p><button type="button" class="button" id="import-cancel" onclick={cancel}>
                { lang.t(FU::Cancel) }</button></p>
        </>
    }
}

/// Replace: the backup comes first; without it, nothing is replaced.
fn replace(store: &StoreHandle, ready: &Ready) -> Option<Outcome> {
    if !take_backup(&store.0.doc, Reason::Replace) {
        return Some(Outcome::BackupFailed);
    }
    let doc = ready.imported.document.clone();
    store.dispatch(Msg::ReplaceDocument(Box::new(doc)));
    Some(Outcome::Replaced)
}

/// Merge: a merge changes records too, so today's data is kept first.
fn merge(store: &StoreHandle, ready: &Ready) -> Option<Outcome> {
    let doc = ready.imported.document.clone();
    let shared = ready.imported.shared;
    let report = merge_report(&store.0.doc, &doc, shared);
    if !report.is_empty() && !take_backup(&store.0.doc, Reason::Merge) {
        return Some(Outcome::MergeBackupFailed);
    }
    store.dispatch(if shared {
        Msg::MergeSharedDocument(Box::new(doc))
    } else {
        Msg::MergeDocument(Box::new(doc))
    });
    Some(if report.is_empty() {
        Outcome::MergedNothing
    } else {
        Outcome::Merged(report)
    })
}

/// Open read-only: the file is shown on the home screen, nothing is stored.
fn view(store: &StoreHandle, ready: &Ready) -> Option<Outcome> {
    let doc = ready.imported.document.clone();
    store.dispatch(Msg::OpenReadOnly(Box::new(doc)));
    browser::set_hash(&Route::Home.hash());
    None
}
