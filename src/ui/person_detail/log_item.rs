//! One contact-log entry: date, kind and note, and a confirmed delete.

use yew::prelude::*;

use crate::domain::document::Interaction;
use crate::domain::i18n::{format_date, Lang, UiText};
use crate::domain::phone_text::PhoneText;
use crate::domain::plan_text;
use crate::domain::planner::PlanMsg;
use crate::domain::update::Msg;
use crate::ui::confirm_button::ConfirmButton;
use crate::ui::store::StoreHandle;

pub fn log_item(lang: Lang, store: &StoreHandle, read_only: bool, i: &Interaction) -> Html {
    let del = {
        let (store, id) = (store.clone(), i.id);
        Callback::from(move |_| store.dispatch(Msg::Plan(PlanMsg::DeleteInteraction { id })))
    };
    let date = format_date(lang, i.date);
    let name = format!(
        "{}{}{}",
        lang.t(PhoneText::DeleteThisEntry),
        lang.t(UiText::Colon),
        date
    );
    html! {
        <li class="log-item" key={i.id.to_string()}>
            <p>
                <strong>{ date.clone() }</strong>{ " " }
                { plan_text::interaction_label(lang, i.kind) }
                if !i.note.is_empty() { { " — " }{ i.note.clone() } }
            </p>
            if !read_only {
                <ConfirmButton label={lang.t(PhoneText::DeleteThisEntry)} on_confirm={del} accessible_name={name} />
            }
        </li>
    }
}
