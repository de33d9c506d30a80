//! `use_focus_when`: move focus to an element when something appears, so a
//! screen reader (and a keyboard user) lands on the news, not on the button
//! that caused it.

use yew::prelude::*;

use crate::browser;

/// Focuses `selector` after each render in which `shown` changed to `Some`.
/// A new value (another notice, another outcome) focuses again; `None`
/// leaves focus where it is.
#[hook]
pub fn use_focus_when<T>(selector: &'static str, shown: Option<T>)
where
    T: PartialEq + 'static,
{
    use_effect_with(shown, move |shown| {
        if shown.is_some() {
            browser::focus_selector(selector);
        }
    });
}
