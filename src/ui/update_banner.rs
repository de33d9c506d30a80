//! The "new version ready" banner. Registers the service worker when the app
//! mounts; when a newer build has been installed and is waiting, offers to
//! reload into it. The choice stays with the user: nothing reloads by itself,
//! and "Later" keeps the current version until the next visit.

use yew::prelude::*;

use crate::domain::update_text::UpdateText;
use crate::service_worker;
use crate::ui::store::use_lang;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Phase {
    Idle,
    Ready,
    Applying,
    Dismissed,
}

#[component]
pub fn UpdateBanner() -> Html {
    let lang = use_lang();
    let phase = use_state(|| Phase::Idle);
    {
        let phase = phase.clone();
        use_effect_with((), move |_| {
            service_worker::register(move || phase.set(Phase::Ready));
        });
    }
    let reload = {
        let phase = phase.clone();
        Callback::from(move |_: MouseEvent| {
            phase.set(Phase::Applying);
            service_worker::apply_update();
        })
    };
    let later = {
        let phase = phase.clone();
        Callback::from(move |_: MouseEvent| phase.set(Phase::Dismissed))
    };
    let applying = *phase == Phase::Applying;
    let content = match *phase {
        Phase::Idle | Phase::Dismissed => html! {},
        Phase::Ready | Phase::Applying => html! {
            <div class="notice notice-update">
                <p><strong>{ lang.t(UpdateText::UpdateReady) }</strong></p>
                <p>{ lang.t(UpdateText::UpdateBody) }</p>
                <div class="notice-actions">
                    <button type="button" class="button primary update-reload" disabled={applying} onclick={reload}>
                        { lang.t(if applying { UpdateText::Updating } else { UpdateText::ReloadToUpdate }) }
                    </button>
                    <button type="button" class="button" disabled={applying} onclick={later}>{ lang.t(UpdateText::Later) }</button>
                </div>
            </div>
        },
    };
    // The live region is always in the page so screen readers announce what appears in it.
    html! {
        <div class="update-region" role="status">{ content }</div>
    }
}
