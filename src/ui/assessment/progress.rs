//! Where the user is in the self-check: a bar, "3 / 24", and the same
//! spoken politely to screen readers as it changes.

use yew::prelude::*;

use crate::domain::i18n::{self, Lang, UiText};

/// Question `pos` (from 0) of `total`.
pub fn progress(lang: Lang, pos: usize, total: usize) -> Html {
    let n = pos + 1;
    html! {
        <div class="progress">
            <progress max={total.to_string()} value={n.to_string()}
                aria-label={lang.t(UiText::QuestionProgress)}></progress>
            <span class="progress-count" aria-hidden="true">{ i18n::progress(n, total) }</span>
            <span class="visually-hidden" aria-live="polite">{ i18n::progress_spoken(lang, n, total) }</span>
        </div>
    }
}
