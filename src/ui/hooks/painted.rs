//! `use_painted`: whether a screen's first look has been painted, so what
//! lies below it is drawn after that (`clock::after_paint`), in the same
//! list as the rows above it.

use yew::prelude::*;

use crate::clock;

/// False when the component first renders, true from the task after the
/// next paint on (the component then renders again). Where nothing waits
/// (`waits` false when it first renders) it is true from the start, with
/// no second render.
#[hook]
pub fn use_painted(waits: bool) -> bool {
    let painted = use_state(|| !waits);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            if !*painted {
                clock::after_paint(move || painted.set(true));
            }
        });
    }
    *painted
}
