//! One way of writing names in a shared file (numbered or initials).

use yew::prelude::*;

use crate::domain::files_ui_text::FilesScreenText;
use crate::domain::i18n::Lang;
use crate::domain::plan_file::NameStyle;

pub fn name_choice(
    lang: Lang,
    names: &UseStateHandle<NameStyle>,
    style: NameStyle,
    id: &'static str,
    label: FilesScreenText,
) -> Html {
    let checked = **names == style;
    let onchange = {
        let names = names.clone();
        Callback::from(move |_| names.set(style))
    };
    html! {
        <div class="choice-row">
            <input type="radio" name="share-names" {id} {checked} {onchange} />
            <label for={id}>{ lang.t(label) }</label>
        </div>
    }
}
