//! Site header: app name and the main menu of five destinations. On a
//! phone the menu is a bar at the bottom of the screen, within reach of the
//! thumb; on a wide screen it sits in the header. Everything else (weekly
//! review, history, files, settings, language) is one level down, on "More".

use yew::prelude::*;

use crate::domain::i18n::{Lang, UiText};
use crate::domain::phone_text::PhoneText;
use crate::domain::route::{Route, Tab};
use crate::ui::store::{use_doc, use_lang};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub route: Route,
}

/// A small line drawing for each destination (the label always shows too).
fn icon(tab: Tab) -> Html {
    let shapes = match tab {
        Tab::Home => html! { <path d="M3 11 12 4l9 7M5.5 9.5V20h5v-6h3v6h5V9.5" /> },
        Tab::Check => {
            html! { <><rect x="5" y="3.5" width="14" height="17" rx="2" /><path d="m8.5 12 2.5 2.5 4.5-5" /></> }
        }
        Tab::Plan => {
            html! { <><rect x="3.5" y="5" width="17" height="15" rx="2" /><path d="M3.5 10h17M8 3v4M16 3v4" /></> }
        }
        Tab::People => {
            html! { <><circle cx="9" cy="8.5" r="3.5" /><path d="M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6" /><circle cx="17" cy="9" r="2.5" /><path d="M16.5 14.2c2.8.2 5 2.3 5 5.3" /></> }
        }
        Tab::More => {
            html! { <><circle cx="5.5" cy="12" r="1.6" /><circle cx="12" cy="12" r="1.6" /><circle cx="18.5" cy="12" r="1.6" /></> }
        }
    };
    html! {
        <svg class="nav-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">{ shapes }</svg>
    }
}

fn label(lang: Lang, tab: Tab) -> &'static str {
    match tab {
        Tab::Home => lang.t(UiText::NavHome),
        Tab::Check => lang.t(PhoneText::NavCheck),
        Tab::Plan => lang.t(UiText::NavPlan),
        Tab::People => lang.t(UiText::NavPeople),
        Tab::More => lang.t(PhoneText::NavMore),
    }
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = use_lang();
    let doc = use_doc();
    // The self-check and its results are one destination: the results once
    // there are any (they lead to a retake), the questions before.
    let check = if doc.assessments.is_empty() {
        Route::Assessment
    } else {
        Route::Results
    };
    let current_tab = props.route.tab();
    let item = |tab: Tab, route: Route| {
        let current = (current_tab == tab).then_some("page");
        html! {
            <li>
                <a href={route.hash()} aria-current={current} class="nav-item">
                    { icon(tab) }
                    <span class="nav-label">{ label(lang, tab) }</span>
                </a>
            </li>
        }
    };
    html! {
        <header class="site-header">
            <a class="brand" href={Route::Home.hash()}>
                <span class="brand-mark" aria-hidden="true">{ "◯" }</span>
                { lang.t(UiText::AppName) }
            </a>
            <nav class="main-nav" aria-label={lang.t(UiText::MainNavigation)}>
                <ul>
                    { item(Tab::Home, Route::Home) }
                    { item(Tab::Check, check) }
                    { item(Tab::Plan, Route::Plan) }
                    { item(Tab::People, Route::People) }
                    { item(Tab::More, Route::More) }
                </ul>
            </nav>
        </header>
    }
}
