//! Why a file was refused, in the user's language, and the reassurance that
//! nothing changed. The live region is always there so the message is read.

use yew::prelude::*;

use crate::domain::files_ui_text::FilesScreenText;
use crate::domain::i18n::Lang;

pub fn import_error(lang: Lang, message: Option<&str>) -> Html {
    let space = if lang == Lang::En { " " } else { "" };
    html! {
        <div id="import-error" class="import-error" role="alert">
            if let Some(message) = message {
                <p class="field-error"><strong>{ lang.t(FilesScreenText::ErrorIntro) }</strong>{ space }
                    <span class="import-error-message">{ message.to_string() }</span></p>
                <p>{ lang.t(FilesScreenText::NothingChanged) }</p>
            }
        </div>
    }
}
