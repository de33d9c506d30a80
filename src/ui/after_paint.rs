//! `AfterPaint`: what a screen shows below its first look, added once the
//! first look is painted, so switching screens answers a tap within a frame.

use yew::prelude::*;

use crate::ui::hooks::use_painted;

#[derive(Properties, PartialEq)]
pub struct AfterPaintProps {
    pub children: Html,
}

/// Renders nothing when it first appears and its children from the task
/// after the next paint on; from then on it renders them like any parent,
/// so a later change (a search, a filter) shows at once.
#[component]
pub fn AfterPaint(props: &AfterPaintProps) -> Html {
    if use_painted(true) {
        props.children.clone()
    } else {
        Html::default()
    }
}
