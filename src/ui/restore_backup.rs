//! The dated backups (`domain::backups`) and "restore": shown while any
//! backup exists. Restoring asks first, then swaps: the current data becomes
//! a new backup before the chosen one is put back (as an ordinary change,
//! so saving and other tabs follow). Nothing is ever removed by restoring.

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::backups::{Entry, Reason};
use crate::domain::document::Document;
use crate::domain::files_ui_text::{self, FilesScreenText};
use crate::domain::update::Msg;
use crate::storage;
use crate::ui::confirm_button::ConfirmButton;
use crate::ui::store::{use_lang, use_store};

/// Keeps a dated backup of `doc` (see `storage::take_backup`). False when
/// the browser refused: then nothing may be replaced.
pub fn take_backup(doc: &Document, reason: Reason) -> bool {
    storage::take_backup(doc, reason, clock::now(), clock::new_id())
}

#[component]
pub fn RestoreBackup() -> Html {
    let lang = use_lang();
    let store = use_store();
    let status = use_state(|| None::<FilesScreenText>);
    {
        let shown = status.is_some();
        use_effect_with(*status, move |_| {
            if shown {
                browser::focus_selector("#restore-status");
            }
        });
    }
    // Read on render: a small index, current after every change.
    let list = storage::backups();
    if list.is_empty() && status.is_none() {
        return html! {};
    }
    let restore = |entry: &Entry| {
        let (store, status, key) = (store.clone(), status.clone(), entry.key.clone());
        Callback::from(move |()| {
            let Some(doc) = storage::read_backup(&key) else {
                status.set(Some(FilesScreenText::RestoreFailed));
                return;
            };
            // The swap: today's data is kept first, or nothing changes.
            if !take_backup(&store.0.doc, Reason::Restore) {
                status.set(Some(FilesScreenText::RestoreBackupFailed));
                return;
            }
            store.dispatch(Msg::ReplaceDocument(Box::new(doc)));
            status.set(Some(FilesScreenText::Restored));
        })
    };
    let items = list.iter().enumerate().map(|(n, entry)| {
        let id = format!("restore-{n}");
        html! {
            <li class="backup-item">
                <p class="backup-when">{ files_ui_text::backup_label(lang, entry, entry.at.map(clock::utc_offset_minutes).unwrap_or(0)) }</p>
                <p class="muted"><small>{ files_ui_text::backup_counts(lang, entry) }</small></p>
                <ConfirmButton id={AttrValue::from(id)} label={lang.t(FilesScreenText::RestoreButton)}
                    question={AttrValue::from(lang.t(FilesScreenText::RestoreQuestion))}
                    yes={AttrValue::from(lang.t(FilesScreenText::RestoreYes))}
                    no={AttrValue::from(lang.t(FilesScreenText::Cancel))}
                    on_confirm={restore(entry)} />
            </li>
        }
    });
    html! {
        <section class="card restore-backup no-print" aria-labelledby="restore-h">
            <h2 id="restore-h">{ lang.t(FilesScreenText::RestoreHeading) }</h2>
            if !list.is_empty() {
                <p>{ lang.t(FilesScreenText::RestoreHelp) }</p>
                <ul class="backup-list">{ for items }</ul>
            }
            <p id="restore-status" class="status" role="status" tabindex="-1">
                { status.map(|s| lang.t(s)).unwrap_or_default() }
            </p>
        </section>
    }
}
