//! Notices about storage: unreadable saved data (kept, downloadable, and a
//! deliberate "start fresh"), saves the browser refused (with an immediate
//! export), a newer app version's data (reload), and changes that arrived
//! from another tab.

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::i18n::{Lang, UiText};
use crate::domain::settings_text::SettingsText;
use crate::domain::sync;
use crate::domain::update::{Msg, Persistence, SyncNotice, ViewMsg};
use crate::files;
use crate::storage;
use crate::ui::export_button::ExportButton;
use crate::ui::store::{use_lang, use_store, StoreHandle};

#[component]
pub fn StorageNotice() -> Html {
    let lang = use_lang();
    let store = use_store();
    let sync = store
        .0
        .sync_notice
        .map(|notice| sync_notice(lang, &store, notice));
    let persistence = match &store.0.persistence {
        // Handing over reloads the page at once: nothing to tell.
        Persistence::Saving | Persistence::HandingOver => html! {},
        Persistence::Blocked { backup_key, reason } => blocked(lang, &store, backup_key, reason),
        Persistence::NewerApp(_) => html! {
            <section class="notice notice-warning" role="alert" aria-labelledby="newer-app-h">
                <h2 id="newer-app-h">{ lang.t(SettingsText::NewerTitle) }</h2>
                <p>{ lang.t(SettingsText::NewerBody) }</p>
                <div class="notice-actions">
                    <button type="button" class="button primary" id="newer-reload"
                        onclick={Callback::from(|_| browser::reload())}>{ lang.t(SettingsText::NewerReload) }</button>
                </div>
            </section>
        },
        Persistence::OtherHome(home) => html! {
            <section class="notice notice-warning" role="alert" aria-labelledby="other-home-h">
                <h2 id="other-home-h">{ lang.t(SettingsText::OtherHomeTitle) }</h2>
                <p>{ lang.t(SettingsText::OtherHomeBody) }</p>
                <p><a class="button primary" href={home.clone()}>{ lang.t(SettingsText::OtherHomeOpen) }</a></p>
            </section>
        },
        Persistence::HeldUp => html! {
            <section class="notice notice-warning" role="alert" aria-labelledby="save-held-up-h">
                <h2 id="save-held-up-h">{ lang.t(UiText::SaveHeldUpTitle) }</h2>
                <p>{ lang.t(UiText::SaveHeldUpBody) }</p>
            </section>
        },
        Persistence::Failing => html! {
            <section class="notice notice-warning" role="alert" aria-labelledby="save-failed-h">
                <h2 id="save-failed-h">{ lang.t(UiText::SaveFailedTitle) }</h2>
                <p>{ lang.t(UiText::SaveFailedBody) }</p>
                <div class="notice-actions"><ExportButton primary=true /></div>
            </section>
        },
    };
    html! { <>{ sync }{ persistence }</> }
}

/// Changes that arrived from another tab, until dismissed.
fn sync_notice(lang: Lang, store: &StoreHandle, notice: SyncNotice) -> Html {
    let dismiss = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Msg::View(ViewMsg::DismissSyncNotice)))
    };
    let text = match notice {
        SyncNotice::Reapplied => SettingsText::SyncReapplied,
        SyncNotice::ClearedElsewhere => SettingsText::SyncCleared,
        SyncNotice::ReplaceNotApplied => SettingsText::SyncReplaceNotApplied,
    };
    html! {
        <section class="notice notice-info sync-notice" role="status">
            <p>{ lang.t(text) }</p>
            <button type="button" class="button" onclick={dismiss}>{ lang.t(UiText::Close) }</button>
        </section>
    }
}

/// Saved data that could not be read: kept under `backup_key`,
/// downloadable, and a deliberate "start fresh".
fn blocked(lang: Lang, store: &StoreHandle, backup_key: &str, reason: &str) -> Html {
    let download = {
        let key = backup_key.to_string();
        Callback::from(move |_| {
            if let Some(text) = storage::download_text(&key) {
                let name = format!("tsunagari-unreadable-{}.txt", clock::today());
                files::download(&name, "text/plain;charset=utf-8", &text);
            }
        })
    };
    let fresh = {
        let store = store.clone();
        Callback::from(move |_| {
            let lineage = sync::new_lineage(clock::new_id());
            store.dispatch(Msg::StartFresh { lineage })
        })
    };
    html! {
        <section class="notice notice-error" role="alert" aria-labelledby="storage-problem-h">
            <h2 id="storage-problem-h">{ lang.t(UiText::StorageProblemTitle) }</h2>
            <p>{ lang.t(UiText::StorageProblemBody) }</p>
            <p class="muted"><small>{ reason.to_string() }</small></p>
            <div class="notice-actions">
                <button type="button" class="button primary" onclick={download}>{ lang.t(UiText::DownloadRawData) }</button>
                <button type="button" class="button" onclick={fresh}>{ lang.t(UiText::StartFresh) }</button>
            </div>
        </section>
    }
}
