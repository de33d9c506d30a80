//! The dated backups (`domain::backups`) and "restore": shown while any
//! backup exists. Restoring asks first, then swaps: the core asks for the
//! current data to be kept as a new backup before the chosen one is put back
//! (as an ordinary change, so saving and other tabs follow). Nothing is ever
//! removed by restoring.

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::backups::Entry;
use crate::domain::files_ui_text::{self, FilesScreenText};
use crate::domain::update::{Msg, RestoreOutcome, ViewMsg};
use crate::storage;
use crate::ui::confirm_button::ConfirmButton;
use crate::ui::hooks::use_forget_on_leave;
use crate::ui::store::{use_lang, use_store};

#[component]
pub fn RestoreBackup() -> Html {
    let lang = use_lang();
    let store = use_store();
    let status = store.0.restore_outcome.map(|outcome| match outcome {
        RestoreOutcome::Restored => FilesScreenText::Restored,
        RestoreOutcome::BackupFailed => FilesScreenText::RestoreBackupFailed,
        RestoreOutcome::Unreadable => FilesScreenText::RestoreFailed,
    });
    use_forget_on_leave(
        &store,
        |s| s.restore_outcome.is_some(),
        ViewMsg::ForgetRestoreOutcome,
    );
    use_effect_with(status, move |status| {
        if status.is_some() {
            browser::focus_selector("#restore-status");
        }
    });
    // Read on render: a small index, current after every change.
    let list = storage::backups();
    if list.is_empty() && status.is_none() {
        return html! {};
    }
    let restore = |entry: &Entry| {
        let (store, key) = (store.clone(), entry.key.clone());
        Callback::from(move |()| {
            store.dispatch(match storage::read_backup(&key) {
                Some(doc) => Msg::Restore(Box::new(doc)),
                None => Msg::View(ViewMsg::RestoreUnreadable),
            });
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
