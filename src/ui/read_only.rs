//! The read-only view of a shared plan: the banner that says so (with the way
//! back to the user's own data) and the notice shown instead of screens that
//! edit data.

use yew::prelude::*;

use crate::domain::files_ui_text::FilesScreenText;
use crate::domain::i18n::UiText;
use crate::domain::route::Route;
use crate::domain::update::{Msg, ViewMsg};
use crate::ui::store::{use_lang, use_store};

#[component]
pub fn ReadOnlyBanner() -> Html {
    let lang = use_lang();
    let store = use_store();
    if !store.0.read_only() {
        return html! {};
    }
    let close = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Msg::View(ViewMsg::CloseReadOnly)))
    };
    html! {
        <section class="read-only-banner" id="read-only-banner" aria-labelledby="read-only-h">
            <p id="read-only-h" class="read-only-title"><strong>{ lang.t(FilesScreenText::ViewingBanner) }</strong></p>
            <p class="read-only-detail no-print">{ lang.t(FilesScreenText::ViewingDetail) }</p>
            <button type="button" class="button primary no-print" id="return-to-my-data" onclick={close}>
                { lang.t(FilesScreenText::ReturnToMine) }</button>
        </section>
    }
}

/// Instead of an editing screen while a plan is open read-only.
#[component]
pub fn ReadOnlyNotice() -> Html {
    let lang = use_lang();
    html! {
        <div class="screen read-only-notice">
            <h1 tabindex="-1">{ lang.t(FilesScreenText::ViewingBanner) }</h1>
            <p>{ lang.t(FilesScreenText::ReadOnlyScreen) }</p>
            <p class="screen-actions">
                <a class="button" href={Route::Home.hash()}>{ lang.t(UiText::NavHome) }</a>
                <a class="button" href={Route::Results.hash()}>{ lang.t(UiText::NavResults) }</a>
            </p>
        </div>
    }
}
