//! The gentle reminder to export a backup, with a way to snooze it: every
//! 30 days, or every 7 where the browser may delete the data
//! (`platform::reminder_days`), together with the Home Screen advice.

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::platform;
use crate::domain::reminder::{backup_reminder_due_every, snooze_for};
use crate::domain::settings_text::SettingsText;
use crate::domain::update::Msg;
use crate::storage;
use crate::ui::export_button::ExportButton;
use crate::ui::home_screen::HomeScreenAdvice;
use crate::ui::store::{use_lang, use_store};

#[component]
pub fn BackupReminder() -> Html {
    let lang = use_lang();
    let store = use_store();
    let today = clock::today();
    // None until the browser answers (then the shorter interval holds).
    let persisted = use_state(|| None::<bool>);
    {
        let persisted = persisted.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                persisted.set(storage::is_persisted().await);
            });
        });
    }
    let days = platform::reminder_days(&browser::platform(), *persisted);
    if !backup_reminder_due_every(&store.0.doc, today, days) {
        return html! {};
    }
    let later = {
        let store = store.clone();
        Callback::from(move |_| {
            store.dispatch(Msg::SnoozeReminder {
                until: snooze_for(today, days),
            })
        })
    };
    let (body, later_text) = if days < 30 {
        (
            SettingsText::ReminderBodyWeekly,
            SettingsText::ReminderLaterWeekly,
        )
    } else {
        (SettingsText::ReminderBody, SettingsText::ReminderLater)
    };
    html! {
        <>
        <section class="notice notice-info backup-reminder" aria-labelledby="reminder-h">
            <h2 id="reminder-h">{ lang.t(SettingsText::ReminderTitle) }</h2>
            <p>{ lang.t(body) }</p>
            <div class="notice-actions">
                <ExportButton primary=true />
                <button type="button" class="button" onclick={later}>{ lang.t(later_text) }</button>
            </div>
        </section>
        <HomeScreenAdvice />
        </>
    }
}
