//! A button that downloads the whole document as a JSON file and records
//! the export date (which quiets the backup reminder).

use yew::prelude::*;

use crate::clock;
use crate::domain::document;
use crate::domain::settings_text::S;
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
            let name = format!("tsunagari-plan-{today}.json");
            let text = document::encode_pretty(&store.0.doc);
            if files::download(&name, "application/json", &text) {
                store.dispatch(Msg::Exported { on: today });
            }
        })
    };
    html! {
        <button type="button" class={classes!("button", "export-button", props.primary.then_some("primary"))} {onclick}>
            { lang.t(S::ExportNow) }
        </button>
    }
}
