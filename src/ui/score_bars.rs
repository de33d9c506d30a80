//! Labelled score bars per area: the readable form of the radar chart, with
//! the change since the previous assessment when there is one. Bars are SVG
//! so no inline style is needed under the strict CSP.

use yew::prelude::*;

use crate::domain::content::area_text;
use crate::domain::content_text::{change_short, ContentText};
use crate::domain::i18n::{self, Lang, UiText};
use crate::domain::scoring::{Band, Change, Scores};

/// What the bars show: the scores, and the previous ones for the change.
pub struct ScoreBarsProps<'a> {
    pub scores: &'a Scores,
    pub previous: Option<&'a Scores>,
}

pub fn band_text(lang: Lang, band: Band) -> &'static str {
    lang.t(match band {
        Band::Start => UiText::BandStart,
        Band::Growing => UiText::BandGrowing,
        Band::Strong => UiText::BandStrong,
    })
}

// A view function, not a `#[component]`: it holds no state, and each
// component costs about 0.7 KB of gzipped wasm.
pub fn score_bars(lang: Lang, props: ScoreBarsProps) -> Html {
    let rows = props.scores.areas.iter().map(|&(area, score)| {
        let name = area_text(area).name.get(lang);
        let Some(score) = score else {
            // Mostly "doesn't apply": say so rather than show a bare dash.
            let why = if props.scores.too_few.contains(&area) { lang.t(ContentText::TooFewShort) } else { "—" };
            return html! { <li class="bar-row"><span class="bar-name">{ name }</span><span class="bar-value">{ why }</span></li> };
        };
        let delta = props
            .previous
            .and_then(|p| p.get(area))
            .map(|before| change_short(lang, Change::between(before, score)))
            .map(|d| html! { <span class="delta">{ " · " }{ d }</span> });
        let band = Band::of(score);
        html! {
            <li class="bar-row">
                <span class="bar-name">{ name }</span>
                <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="bar-track" x="0" y="0" width="100" height="10" rx="2" />
                    <rect class={classes!("bar-fill", band_class(band))} x="0" y="0" width={score.to_string()} height="10" rx="2" />
                </svg>
                <span class="bar-value">
                    { i18n::score_text(lang, score) }
                    <span class="band">{ " · " }{ band_text(lang, band) }</span>
                    { delta }
                </span>
            </li>
        }
    });
    html! {
        <ul class="bars">{ for rows }</ul>
    }
}

pub fn band_class(band: Band) -> &'static str {
    match band {
        Band::Start => "band-start",
        Band::Growing => "band-growing",
        Band::Strong => "band-strong",
    }
}
