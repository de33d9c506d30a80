//! Notices about storage: unreadable saved data (kept, downloadable, and a
//! deliberate "start fresh"), and saves the browser refused.

use yew::prelude::*;

use crate::clock;
use crate::domain::i18n::T;
use crate::domain::update::{Msg, Persistence};
use crate::files;
use crate::storage;
use crate::ui::store::{use_lang, use_store};

#[component]
pub fn StorageNotice() -> Html {
    let lang = use_lang();
    let store = use_store();
    match &store.0.persistence {
        Persistence::Saving => html! {},
        Persistence::Blocked { backup_key, reason } => {
            let download = {
                let key = backup_key.clone();
                Callback::from(move |_| {
                    if let Some(text) = storage::read_raw(&key) {
                        let name = format!("tsunagari-unreadable-{}.txt", clock::today());
                        files::download(&name, "text/plain;charset=utf-8", &text);
                    }
                })
            };
            let fresh = {
                let store = store.clone();
                Callback::from(move |_| store.dispatch(Msg::StartFresh))
            };
            html! {
                <section class="notice notice-error" role="alert" aria-labelledby="storage-problem-h">
                    <h2 id="storage-problem-h">{ lang.t(T::StorageProblemTitle) }</h2>
                    <p>{ lang.t(T::StorageProblemBody) }</p>
                    <p class="muted"><small>{ reason.clone() }</small></p>
                    <div class="notice-actions">
                        <button type="button" class="button primary" onclick={download}>{ lang.t(T::DownloadRawData) }</button>
                        <button type="button" class="button" onclick={fresh}>{ lang.t(T::StartFresh) }</button>
                    </div>
                </section>
            }
        }
        Persistence::Failing => html! {
            <section class="notice notice-warning" role="alert" aria-labelledby="save-failed-h">
                <h2 id="save-failed-h">{ lang.t(T::SaveFailedTitle) }</h2>
                <p>{ lang.t(T::SaveFailedBody) }</p>
            </section>
        },
    }
}
