//! A row's compact "more" menu (`<details>`): its body joins the page only
//! while the menu is open, so a list of rows builds a third fewer elements
//! each time its screen is shown (switching screens was over its 16 ms
//! budget, most of it spent building elements).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RowMenuProps {
    /// The summary's visible text.
    pub label: AttrValue,
    /// The summary's accessible name (the label and what the row is).
    pub aria_label: AttrValue,
    pub children: Html,
}

#[component]
pub fn RowMenu(props: &RowMenuProps) -> Html {
    let open = use_state(|| false);
    // The browser opens and closes <details> itself; the body follows its
    // state, read from the element when it says it toggled.
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_unchecked_into::<web_sys::Element>()
                    .has_attribute("open"),
            )
        })
    };
    html! {
        <details class="row-menu" {ontoggle}>
            <summary class="button" aria-label={props.aria_label.clone()}>{ props.label.clone() }</summary>
            if *open {
                <div class="row-menu-body">{ props.children.clone() }</div>
            }
        </details>
    }
}
