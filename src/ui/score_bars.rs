//! Labelled score bars per area: the readable form of the radar chart, with
//! the change since the previous assessment when there is one. Bars are SVG
//! so no inline style is needed under the strict CSP.

use yew::prelude::*;

use crate::domain::content::area_text;
use crate::domain::i18n::{self, Lang, T};
use crate::domain::plan_text::{self, P};
use crate::domain::scoring::{Band, Scores};

#[derive(Properties, PartialEq)]
pub struct ScoreBarsProps {
    pub scores: Scores,
    #[prop_or_default]
    pub previous: Option<Scores>,
}

pub fn band_text(lang: Lang, band: Band) -> &'static str {
    lang.t(match band {
        Band::Start => T::BandStart,
        Band::Growing => T::BandGrowing,
        Band::Strong => T::BandStrong,
    })
}

#[component]
pub fn ScoreBars(props: &ScoreBarsProps) -> Html {
    let lang = crate::ui::store::use_lang();
    let rows = props.scores.areas.iter().map(|&(area, score)| {
        let name = area_text(area).name.get(lang);
        let Some(score) = score else {
            return html! { <li class="bar-row"><span class="bar-name">{ name }</span><span class="bar-value">{ "—" }</span></li> };
        };
        let delta = props
            .previous
            .as_ref()
            .and_then(|p| p.get(area))
            .map(|before| i32::from(score) - i32::from(before))
            // The change in words ("5点上がりました"), not a bare "(+5)".
            .map(|d| html! { <span class="delta">{ lang.t(P::ChangeSincePrevious) }{ lang.t(T::Colon) }{ plan_text::change_text(lang, d) }</span> });
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
