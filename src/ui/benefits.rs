//! "What connections outside work bring": the five benefits as a short
//! list, then one 「こんな例も」 story per channel, each under its area's name.

use yew::prelude::*;

use crate::domain::content::area_text;
use crate::domain::content_text::{ContentText, BENEFITS};
use crate::domain::i18n::Lang;
use crate::domain::questionnaire::Area;

// A view function, not a `#[component]`: it holds no state, and each
// component costs about 0.7 KB of gzipped wasm.
pub fn benefits(lang: Lang) -> Html {
    let benefits = BENEFITS.iter().map(|b| html! { <li>{ lang.t(*b) }</li> });
    let examples = Area::ALL.iter().filter_map(|&area| {
        let text = area_text(area);
        text.example.map(|ex| {
            html! {
                <li>
                    <span class="area-tag">{ text.name.get(lang) }</span>
                    <p>{ ex.get(lang) }</p>
                </li>
            }
        })
    });
    html! {
        <section class="card benefits" aria-labelledby="benefits-h">
            <h2 id="benefits-h">{ lang.t(ContentText::BenefitsTitle) }</h2>
            <ul class="benefit-list">{ for benefits }</ul>
            <h3>{ lang.t(ContentText::ExampleLabel) }</h3>
            <ul class="example-list">{ for examples }</ul>
        </section>
    }
}
