//! Page-wide keyboard shortcuts for one screen: listens on the document
//! while mounted, so keys work wherever focus is (also right after a reload,
//! when focus is on `<body>`).

use yew::prelude::*;

use crate::browser;

#[derive(Properties, PartialEq)]
pub struct KeyShortcutsProps {
    pub on_key: Callback<KeyboardEvent>,
}

#[component]
pub fn KeyShortcuts(props: &KeyShortcutsProps) -> Html {
    let on_key = props.on_key.clone();
    use_effect_with(on_key, |on_key| {
        let on_key = on_key.clone();
        let listener = browser::KeyListener::new(move |e| on_key.emit(e));
        move || drop(listener)
    });
    html! {}
}
