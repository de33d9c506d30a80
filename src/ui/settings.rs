//! Settings and data: language, how much space the app uses, persistent
//! storage, export, kept copies of unreadable data, and deleting everything.

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::i18n::{self, Lang};
use crate::domain::settings_text::SettingsText;
use crate::domain::sync;
use crate::domain::update::{Deletion, Msg, ViewMsg};
use crate::files;
use crate::storage;
use crate::ui::confirm_button::ConfirmButton;
use crate::ui::export_button::ExportButton;
use crate::ui::home_screen::HomeScreenAdvice;
use crate::ui::hooks::use_forget_on_leave;
use crate::ui::restore_backup::RestoreBackup;
use crate::ui::store::{use_lang, use_store, StoreHandle};

/// What the browser said about persistent storage.
#[derive(Clone, Copy, PartialEq)]
enum Persist {
    Checking,
    Granted,
    Denied,
    Unsupported,
}

#[component]
pub fn Settings() -> Html {
    let lang = use_lang();
    let store = use_store();
    let (persist, ask_persist) = use_persist();
    let deletion = store.0.deletion;
    use_forget_on_leave(&store, |s| s.deletion.is_some(), ViewMsg::ForgetDeletion);
    // Reading every key is not free with a large document: only after a change.
    let used = *use_memo((store.0.changes, store.0.doc.revision, deletion), |_| {
        storage::bytes_used()
    });
    // The confirm buttons are gone afterwards: focus goes to what happened.
    use_effect_with(deletion, |&d| {
        if d.is_some() {
            browser::focus_selector("#delete-result");
        }
    });
    let confirm_delete = {
        let store = store.clone();
        Callback::from(move |()| {
            let lineage = sync::new_lineage(clock::new_id());
            store.dispatch(Msg::DeleteAll { lineage });
        })
    };
    let last_export = store.0.doc.settings.last_export.map_or_else(
        || lang.t(SettingsText::NeverExported).to_string(),
        |d| i18n::format_date(lang, d),
    );

    html! {
        <div class="screen settings">
            <h1 tabindex="-1">{ lang.t(SettingsText::Title) }</h1>
            { language_section(lang, &store) }
            { backup_section(lang, last_export) }
            <RestoreBackup />
            { storage_section(lang, used, *persist, ask_persist) }
            { delete_section(lang, deletion, confirm_delete) }
        </div>
    }
}

/// What the browser says about persistent storage (asked once on mount),
/// and the callback that asks for it.
#[hook]
fn use_persist() -> (UseStateHandle<Persist>, Callback<MouseEvent>) {
    let persist = use_state(|| Persist::Checking);
    {
        let persist = persist.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                persist.set(Persist::from(storage::is_persisted().await));
            });
        });
    }
    let ask = {
        let persist = persist.clone();
        Callback::from(move |_| {
            let persist = persist.clone();
            wasm_bindgen_futures::spawn_local(async move {
                persist.set(Persist::from(storage::request_persist().await));
            });
        })
    };
    (persist, ask)
}

impl From<Option<bool>> for Persist {
    fn from(answer: Option<bool>) -> Self {
        match answer {
            Some(true) => Persist::Granted,
            Some(false) => Persist::Denied,
            None => Persist::Unsupported,
        }
    }
}

fn language_section(lang: Lang, store: &StoreHandle) -> Html {
    let set_lang = |l: Lang| {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Msg::SetLang(l)))
    };
    html! {
        <section class="card" aria-labelledby="lang-h">
            <h2 id="lang-h">{ lang.t(SettingsText::LanguageHeading) }</h2>
            <p>{ lang.t(SettingsText::LanguageHelp) }</p>
            <div class="button-row" role="group" aria-labelledby="lang-h">
                <button type="button" class="button" lang="ja" aria-pressed={(lang == Lang::Ja).to_string()}
                    onclick={set_lang(Lang::Ja)}>{ lang.t(SettingsText::Japanese) }</button>
                <button type="button" class="button" lang="en" aria-pressed={(lang == Lang::En).to_string()}
                    onclick={set_lang(Lang::En)}>{ lang.t(SettingsText::English) }</button>
            </div>
        </section>
    }
}

fn backup_section(lang: Lang, last_export: String) -> Html {
    let backups = storage::backup_keys();
    html! {
        <section class="card" aria-labelledby="backup-h">
            <h2 id="backup-h">{ lang.t(SettingsText::BackupHeading) }</h2>
            <p>{ lang.t(SettingsText::ExportHelp) }</p>
            <p>{ lang.t(SettingsText::LastExport) }{ lang.t(crate::domain::i18n::UiText::Colon) }{ last_export }</p>
            <ExportButton primary=true />
            if !backups.is_empty() {
                <h3>{ lang.t(SettingsText::UnreadableBackups) }</h3>
                <ul class="backup-list">{ for backups.iter().map(|key| backup_row(lang, key)) }</ul>
            }
        </section>
    }
}

/// One kept copy of unreadable data, with a button that downloads it.
fn backup_row(lang: Lang, key: &str) -> Html {
    let download = {
        let key = key.to_string();
        Callback::from(move |_| {
            if let Some(text) = storage::download_text(&key) {
                let name = format!("tsunagari-unreadable-{}.txt", clock::today());
                files::download(&name, "text/plain;charset=utf-8", &text);
            }
        })
    };
    html! {
        <li><code>{ key.to_string() }</code>{ " " }
            <button type="button" class="button" onclick={download}>{ lang.t(SettingsText::DownloadCopy) }</button></li>
    }
}

fn storage_section(
    lang: Lang,
    used: usize,
    persist: Persist,
    ask_persist: Callback<MouseEvent>,
) -> Html {
    let used_text = crate::domain::decimal::kilobytes(used as u64);
    let persist_text = match persist {
        Persist::Checking => SettingsText::PersistChecking,
        Persist::Granted => SettingsText::PersistGranted,
        Persist::Denied => SettingsText::PersistDenied,
        Persist::Unsupported => SettingsText::PersistUnknown,
    };
    html! {
        <section class="card" aria-labelledby="storage-h">
            <h2 id="storage-h">{ lang.t(SettingsText::StorageHeading) }</h2>
            <p>{ lang.t(SettingsText::StorageUsed) }{ lang.t(crate::domain::i18n::UiText::Colon) }<strong class="storage-used">{ used_text }</strong></p>
            <p class="muted">{ lang.t(SettingsText::StorageQuotaNote) }</p>
            <h3>{ lang.t(SettingsText::PersistHeading) }</h3>
            <p>{ lang.t(SettingsText::PersistHelp) }</p>
            <p class="persist-status" role="status">{ lang.t(persist_text) }</p>
            if persist == Persist::Denied {
                <button type="button" class="button" onclick={ask_persist}>{ lang.t(SettingsText::PersistAsk) }</button>
            }
            <HomeScreenAdvice />
        </section>
    }
}

fn delete_section(lang: Lang, deletion: Option<Deletion>, confirm_delete: Callback<()>) -> Html {
    let body = match deletion {
        None => html! {
            <ConfirmButton id="delete-all" label={lang.t(SettingsText::DeleteStart)}
                question={AttrValue::from(lang.t(SettingsText::DeleteConfirmQuestion))}
                yes={AttrValue::from(lang.t(SettingsText::DeleteConfirm))}
                no={AttrValue::from(lang.t(SettingsText::DeleteCancel))}
                on_confirm={confirm_delete} />
        },
        Some(Deletion::Done) => {
            html! { <p id="delete-result" role="status" tabindex="-1">{ lang.t(SettingsText::Deleted) }</p> }
        }
        Some(Deletion::Failed) => {
            html! { <p id="delete-result" role="alert" class="field-error" tabindex="-1">{ lang.t(SettingsText::DeleteFailed) }</p> }
        }
    };
    html! {
        <section class="card danger-zone" aria-labelledby="delete-h">
            <h2 id="delete-h">{ lang.t(SettingsText::DeleteHeading) }</h2>
            <p>{ lang.t(SettingsText::DeleteHelp) }</p>
            { body }
        </section>
    }
}
