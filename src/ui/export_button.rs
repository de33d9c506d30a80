//! A button that downloads the whole document as a plan file (the same
//! full export as the plan-files screen) and records the export date (which
//! quiets the backup reminder).

use yew::prelude::*;

use crate::clock;
use crate::domain::plan_file::{self, Sharing};
use crate::domain::settings_text::SettingsText;
use crate::domain::update::Msg;
use crate::files;
use crate::ui::store::{use_lang, use_store};

#[derive(Properties, PartialEq)]
pub struct ExportButtonProps {
    #[prop_or_default]
    pub primary: bool,
}

#[component]
pub fn ExportButton(props: &ExportButtonProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let onclick = {
        let store = store.clone();
        Callback::from(move |_| {
            let today = clock::today();
            let file = plan_file::export_json(
                &store.0.doc,
                Sharing::Full,
                crate::ui::files::APP_VERSION,
                today,
                clock::now(),
            );
            if files::download(&file.file_name, "application/json", &file.contents) {
                store.dispatch(Msg::Exported { on: today });
            }
        })
    };
    html! {
        <button type="button" class={classes!("button", "export-button", props.primary.then_some("primary"))} {onclick}>
            { lang.t(SettingsText::ExportNow) }
        </button>
    }
}
