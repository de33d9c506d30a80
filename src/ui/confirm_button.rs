//! A destructive button that asks once more in place ("Delete" → "Yes,
//! delete" / "Keep it"), so nothing is lost to a stray click or key press.

use yew::prelude::*;

use crate::domain::plan_text::P;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct ConfirmButtonProps {
    pub label: AttrValue,
    pub on_confirm: Callback<()>,
    /// Extra sentence shown while asking (what else goes with it).
    #[prop_or_default]
    pub detail: Option<AttrValue>,
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

#[component]
pub fn ConfirmButton(props: &ConfirmButtonProps) -> Html {
    let lang = use_lang();
    let asking = use_state(|| false);
    let yes_ref = use_node_ref();
    {
        let yes_ref = yes_ref.clone();
        use_effect_with(*asking, move |&asking| {
            if asking {
                if let Some(el) = yes_ref.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    if !*asking {
        let asking = asking.clone();
        return html! {
            <button type="button" class="button danger" id={props.id.clone()}
                onclick={Callback::from(move |_| asking.set(true))}>{ props.label.clone() }</button>
        };
    }
    let yes = {
        let asking = asking.clone();
        let on_confirm = props.on_confirm.clone();
        Callback::from(move |_| {
            asking.set(false);
            on_confirm.emit(());
        })
    };
    let no = Callback::from(move |_| asking.set(false));
    html! {
        <div class="confirm" role="group" aria-label={props.label.clone()}>
            <p class="confirm-question">{ lang.t(P::ConfirmDelete) }
                if let Some(d) = &props.detail { { " " }{ d.clone() } }
            </p>
            <button type="button" class="button danger" ref={yes_ref} onclick={yes}>{ lang.t(P::ConfirmYes) }</button>
            <button type="button" class="button" onclick={no}>{ lang.t(P::ConfirmNo) }</button>
        </div>
    }
}
