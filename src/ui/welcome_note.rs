//! A short, respectful word to the reader about their situation (early
//! retirement, stepping down at a set age) and that their experience is
//! still needed. Self-contained so the home screen shows it with one line.

use yew::prelude::*;

use crate::domain::content_text::ContentText;
use crate::ui::store::use_lang;

#[component]
pub fn WelcomeNote() -> Html {
    let lang = use_lang();
    html! {
        <section class="card welcome-note" aria-labelledby="welcome-note-h">
            <h2 id="welcome-note-h">{ lang.t(ContentText::WelcomeTitle) }</h2>
            <p>{ lang.t(ContentText::WelcomeBody) }</p>
        </section>
    }
}
