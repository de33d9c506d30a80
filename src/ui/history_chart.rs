//! A small line chart of one score over time (0–100), drawn as SVG with
//! geometry attributes only (no inline styles under the CSP). It is a
//! picture; the history table carries the same figures as text.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::domain::decimal::one_place;

#[derive(Properties, PartialEq)]
pub struct HistoryChartProps {
    /// Oldest first; None where that assessment had no score here.
    pub points: Vec<(NaiveDate, Option<u8>)>,
}

const W: f64 = 300.0;
const H: f64 = 120.0;
const PAD: f64 = 10.0;

fn xy(i: usize, n: usize, score: u8) -> (f64, f64) {
    let x = if n <= 1 {
        W / 2.0
    } else {
        PAD + (W - 2.0 * PAD) * i as f64 / (n - 1) as f64
    };
    let y = H - PAD - (H - 2.0 * PAD) * f64::from(score) / 100.0;
    (x, y)
}

#[component]
pub fn HistoryChart(props: &HistoryChartProps) -> Html {
    let n = props.points.len();
    let scored: Vec<(f64, f64)> = props
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, (_, s))| s.map(|s| xy(i, n, s)))
        .collect();
    let line = scored
        .iter()
        .map(|&(x, y)| format!("{},{}", one_place(x), one_place(y)))
        .collect::<Vec<_>>()
        .join(" ");
    let grid = [0u8, 50, 100].map(|v| {
        let y = one_place(xy(0, 1, v).1);
        html! { <line class="chart-grid" x1={one_place(PAD)} x2={one_place(W - PAD)} y1={y.clone()} y2={y} /> }
    });
    let dots = scored.iter().map(|(x, y)| {
        html! { <circle class="chart-dot" cx={one_place(*x)} cy={one_place(*y)} r="4" /> }
    });
    html! {
        <svg class="history-chart" viewBox={format!("0 0 {} {}", W as u32, H as u32)} aria-hidden="true" focusable="false">
            { for grid }
            if scored.len() > 1 { <polyline class="chart-line" points={line} /> }
            { for dots }
        </svg>
    }
}
