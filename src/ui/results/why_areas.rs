//! Why the areas with room to grow matter, each folded under its name.

use yew::prelude::*;

use crate::domain::content::area_text;
use crate::domain::content_text::{example_text, ContentText};
use crate::domain::i18n::Lang;
use crate::domain::phone_text::PhoneText;
use crate::domain::questionnaire::Area;
use crate::domain::route::Route;
use crate::domain::scoring::Scores;

pub fn why_areas(lang: Lang, scores: &Scores) -> Html {
    let weak = scores.weak_areas();
    if weak.is_empty() {
        return html! {};
    }
    let items = weak.into_iter().map(|(area, _)| {
        let text = area_text(area);
        html! {
            <details class="why-area">
                <summary>{ text.name.get(lang) }</summary>
                <p>{ text.why_it_matters.get(lang) }</p>
                if let Some(ex) = text.example {
                    <p class="example">{ example_text(lang, &ex) }</p>
                }
                if area == Area::Strengths {
                    <p><a class="more-link" href={Route::Intro.hash()}>{ lang.t(ContentText::IntroLink) }</a></p>
                }
            </details>
        }
    });
    html! {
        <section class="card explanations" aria-labelledby="why-h">
            <h2 id="why-h">{ lang.t(PhoneText::ExplanationsTitle) }</h2>
            { for items }
        </section>
    }
}
