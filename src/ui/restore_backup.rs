//! "Restore the previous data": shown while a backup taken before the last
//! import-replace exists. One click puts it back (as an ordinary change, so
//! saving and other tabs follow); the backup is removed once that change is
//! saved, so a refused write or a closed tab never leaves neither copy.

use yew::prelude::*;

use crate::browser;
use crate::domain::files_ui_text::FU;
use crate::domain::update::Msg;
use crate::storage;
use crate::ui::store::{use_lang, use_store};

#[component]
pub fn RestoreBackup() -> Html {
    let lang = use_lang();
    let store = use_store();
    let status = use_state(|| None::<FU>);
    let restoring = use_state(|| false);
    {
        let saved = store.0.pending.is_empty();
        let restoring = restoring.clone();
        use_effect_with((*restoring, saved), move |&(waiting, saved)| {
            if waiting && saved {
                storage::remove_import_backup();
                restoring.set(false);
            }
        });
    }
    {
        let shown = status.is_some();
        use_effect_with(*status, move |_| {
            if shown {
                browser::focus_selector("#restore-status");
            }
        });
    }
    // Read on render: one key, and current after every change.
    let available = storage::has_import_backup();
    if !available && status.is_none() {
        return html! {};
    }
    let restore = {
        let store = store.clone();
        let status = status.clone();
        let restoring = restoring.clone();
        Callback::from(move |_| match storage::import_backup() {
            Some(doc) => {
                store.dispatch(Msg::ReplaceDocument(Box::new(doc)));
                restoring.set(true);
                status.set(Some(FU::Restored));
            }
            None => status.set(Some(FU::RestoreFailed)),
        })
    };
    html! {
        <section class="card restore-backup no-print" aria-labelledby="restore-h">
            <h2 id="restore-h">{ lang.t(FU::RestoreHeading) }</h2>
            if available && !*restoring {
                <p>{ lang.t(FU::RestoreHelp) }</p>
                <p><button type="button" class="button" id="restore-backup" onclick={restore}>
                    { lang.t(FU::RestoreButton) }</button></p>
            }
            <p id="restore-status" class="status" role="status" tabindex="-1">
                { status.map(|s| lang.t(s)).unwrap_or_default() }
            </p>
        </section>
    }
}
