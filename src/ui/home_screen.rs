//! Safari on iPhone/iPad outside the Home Screen: why and how to add
//! Tsunagari there (`domain::platform`). Renders nothing elsewhere.

use yew::prelude::*;

use crate::browser;
use crate::domain::platform;
use crate::domain::settings_text::SettingsText;
use crate::ui::store::use_lang;

#[component]
pub fn HomeScreenAdvice() -> Html {
    let lang = use_lang();
    if !platform::suggest_home_screen(&browser::platform()) {
        return html! {};
    }
    html! {
        <section class="notice notice-info home-screen-advice" aria-labelledby="home-screen-h">
            <h2 id="home-screen-h">{ lang.t(SettingsText::HomeScreenTitle) }</h2>
            <p>{ lang.t(SettingsText::HomeScreenWhy) }</p>
            <p>{ lang.t(SettingsText::HomeScreenSteps) }</p>
            <p>{ lang.t(SettingsText::HomeScreenCarry) }</p>
        </section>
    }
}
