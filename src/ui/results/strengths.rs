//! "What is going well": the strongest areas in words (never a grade), and
//! the areas with too few answers to say anything about.

use yew::prelude::*;

use crate::domain::content::area_text;
use crate::domain::content_text::ContentText;
use crate::domain::i18n::{self, Lang, UiText};
use crate::domain::next_steps::strengths;
use crate::domain::phone_text::PhoneText;
use crate::domain::scoring::{Band, Scores};
use crate::ui::score_bars::band_text;

/// How many strongest areas it names.
const STRENGTHS: usize = 2;

// View functions, not `#[component]`s: they hold no state, and each
// component costs about 0.7 KB of gzipped wasm.
pub fn strengths_card(lang: Lang, scores: &Scores) -> Html {
    let strong = strengths(scores, STRENGTHS)
        .into_iter()
        .map(|(area, score)| {
            html! {
                <li>
                    <strong>{ area_text(area).name.get(lang) }</strong>
                    <span class="muted">{ " · " }{ band_text(lang, Band::of(score)) }</span>
                </li>
            }
        });
    let names: Vec<_> = scores
        .too_few
        .iter()
        .map(|a| area_text(*a).name.get(lang))
        .collect();
    let too_few = i18n::join_list(lang, &names);
    html! {
        <section class="card strengths" aria-labelledby="strengths-h">
            <h2 id="strengths-h">{ lang.t(PhoneText::StrengthsTitle) }</h2>
            <p>{ lang.t(PhoneText::StrengthsIntro) }</p>
            <ul class="strength-list">{ for strong }</ul>
            if !scores.too_few.is_empty() {
                <p class="too-few">
                    <span class="named-label">{ lang.t(ContentText::TooFewTitle) }{ lang.t(UiText::Colon) }</span>{ too_few }
                </p>
                <p class="muted">{ lang.t(ContentText::TooFewBody) }</p>
            }
        </section>
    }
}
