//! The frame every edit screen shares: its title, the form, and one alert
//! at the top when something needs fixing (each field says what), so a
//! screen reader hears it once.

use yew::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::plan_text::PlanText;

/// One edit screen: `class` names the screen, `fields` go inside the form,
/// `after` (e.g. a delete button) below it.
pub struct FormScreen {
    pub class: &'static str,
    pub title: &'static str,
    pub onsubmit: Callback<SubmitEvent>,
    pub has_errors: bool,
    pub fields: Html,
    pub after: Html,
}

// A view function, not a `#[component]`: it holds no state, and each
// component costs about 0.7 KB of gzipped wasm.
pub fn form_screen(lang: Lang, screen: FormScreen) -> Html {
    html! {
        <div class={classes!("screen", screen.class)}>
            <h1 tabindex="-1">{ screen.title }</h1>
            <form onsubmit={screen.onsubmit} novalidate=true class="form">
                if screen.has_errors {
                    <p class="form-error" role="alert">{ lang.t(PlanText::FormHasErrors) }</p>
                }
                { screen.fields }
            </form>
            { screen.after }
        </div>
    }
}

/// The (value, label) pairs of a select, from any list.
pub fn options<T: Copy>(
    items: &[T],
    key: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> Vec<(AttrValue, AttrValue)> {
    items
        .iter()
        .map(|&i| (AttrValue::from(key(i)), AttrValue::from(label(i))))
        .collect()
}
