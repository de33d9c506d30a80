//! The radar chart of area scores, drawn as SVG. It is a picture with a
//! text alternative naming every area's score; the same figures are listed
//! as bars next to it.

use yew::prelude::*;

use crate::domain::content::area_text;
use crate::domain::content_text::ContentText;
use crate::domain::decimal::one_place;
use crate::domain::i18n::{self, Lang, UiText};
use crate::domain::questionnaire::Area;
use crate::domain::scoring::Scores;
use crate::ui::store::use_lang;

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    pub scores: Scores,
}

const CENTER: f64 = 160.0;
// Room around the chart for labels large enough to read on a phone.
const RADIUS: f64 = 95.0;

/// The direction of each area's axis, clockwise from straight up: eight
/// axes 45° apart, written out because `sin` and `cos` would bring the
/// maths library (about 8 KB of wasm) to every first visit for eight
/// constant points.
const AXES: [(f64, f64); 8] = {
    const H: f64 = std::f64::consts::FRAC_1_SQRT_2;
    [
        (0.0, -1.0),
        (H, -H),
        (1.0, 0.0),
        (H, H),
        (0.0, 1.0),
        (-H, H),
        (-1.0, 0.0),
        (-H, -H),
    ]
};
// One axis per area.
const _: () = assert!(Area::ALL.len() == AXES.len());

/// Point on axis `i` at `fraction` of the radius; axis 0 points up.
fn point(i: usize, fraction: f64) -> (f64, f64) {
    let (dx, dy) = AXES[i % AXES.len()];
    (
        CENTER + RADIUS * fraction * dx,
        CENTER + RADIUS * fraction * dy,
    )
}

fn polygon(n: usize, fraction: impl Fn(usize) -> f64) -> String {
    (0..n)
        .map(|i| {
            let (x, y) = point(i, fraction(i));
            format!("{},{}", one_place(x), one_place(y))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[component]
pub fn RadarChart(props: &RadarChartProps) -> Html {
    let lang = use_lang();
    let n = props.scores.areas.len();
    let grid = [0.25, 0.5, 0.75, 1.0]
        .map(|f| html! { <polygon class="radar-grid" points={polygon(n, |_| f)} /> });
    let axes = (0..n).map(|i| {
        let (x, y) = point(i, 1.0);
        html! { <line class="radar-axis" x1={one_place(CENTER)} y1={one_place(CENTER)} x2={one_place(x)} y2={one_place(y)} /> }
    });
    let scores: Vec<f64> = props
        .scores
        .areas
        .iter()
        .map(|(_, s)| f64::from(s.unwrap_or(0)) / 100.0)
        .collect();
    // An area without a score (too few answers that apply) gets no dot: the
    // line passes the centre there, but no point claims a score of 0.
    let dots = props
        .scores
        .areas
        .iter()
        .enumerate()
        .filter(|(_, (_, s))| s.is_some())
        .map(|(i, _)| {
            let (x, y) = point(i, scores[i]);
            html! { <circle class="radar-dot" cx={one_place(x)} cy={one_place(y)} r="4" /> }
        });
    let figures = figures(lang, &props.scores);
    html! {
        <svg class="radar" viewBox="-80 0 480 320" role="img" aria-labelledby="radar-title"
            aria-describedby="radar-desc" focusable="false">
            <title id="radar-title">{ lang.t(UiText::RadarChartLabel) }</title>
            <desc id="radar-desc">{ i18n::list_text(lang, &figures) }</desc>
            { for grid }
            { for axes }
            <polygon class="radar-area" points={polygon(n, |i| scores[i])} />
            { for dots }
            { labels(lang, &props.scores) }
        </svg>
    }
}

/// Each area's short name outside its axis.
fn labels(lang: Lang, scores: &Scores) -> Html {
    scores
        .areas
        .iter()
        .enumerate()
        .map(|(i, (area, _))| {
            let (x, y) = point(i, 1.22);
            let anchor = if (x - CENTER).abs() < 5.0 {
                "middle"
            } else if x > CENTER {
                "start"
            } else {
                "end"
            };
            html! {
                <text class="radar-label" x={one_place(x)} y={one_place(y + 8.0)} text-anchor={anchor}>
                    { area_text(*area).short.get(lang) }
                </text>
            }
        })
        .collect()
}

/// The text alternative carries the figures themselves (the labelled bars
/// beside the chart repeat them for sighted readers).
fn figures(lang: Lang, scores: &Scores) -> Vec<String> {
    scores
        .areas
        .iter()
        .map(|(area, score)| {
            let value = match score {
                Some(s) => i18n::score_text(lang, *s),
                None if scores.too_few.contains(area) => {
                    lang.t(ContentText::TooFewShort).to_string()
                }
                None => lang.t(UiText::NotAnswered).to_string(),
            };
            format!(
                "{}{}{}",
                area_text(*area).name.get(lang),
                lang.t(UiText::Colon),
                value
            )
        })
        .collect()
}
