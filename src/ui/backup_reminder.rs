//! The gentle 30-day reminder to export a backup, with a way to snooze it.

use yew::prelude::*;

use crate::clock;
use crate::domain::reminder::{backup_reminder_due, snooze_until};
use crate::domain::settings_text::S;
use crate::domain::update::Msg;
use crate::ui::export_button::ExportButton;
use crate::ui::store::{use_lang, use_store};

#[component]
pub fn BackupReminder() -> Html {
    let lang = use_lang();
    let store = use_store();
    let today = clock::today();
    if !backup_reminder_due(&store.0.doc, today) {
        return html! {};
    }
    let later = {
        let store = store.clone();
        Callback::from(move |_| {
            store.dispatch(Msg::SnoozeReminder {
                until: snooze_until(today),
            })
        })
    };
    html! {
        <section class="notice notice-info backup-reminder" aria-labelledby="reminder-h">
            <h2 id="reminder-h">{ lang.t(S::ReminderTitle) }</h2>
            <p>{ lang.t(S::ReminderBody) }</p>
            <div class="notice-actions">
                <ExportButton primary=true />
                <button type="button" class="button" onclick={later}>{ lang.t(S::ReminderLater) }</button>
            </div>
        </section>
    }
}
