//! Site header: app name, main navigation and the language switch.

use yew::prelude::*;

use crate::domain::files_ui_text::FU;
use crate::domain::i18n::{Lang, T};
use crate::domain::plan_text::P;
use crate::domain::route::Route;
use crate::domain::update::Msg;
use crate::ui::store::{use_lang, use_store};

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub route: Route,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = use_lang();
    let store = use_store();
    let other = match lang {
        Lang::Ja => Lang::En,
        Lang::En => Lang::Ja,
    };
    let switch = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Msg::SetLang(other)))
    };
    let link = |route: Route, key: &dyn Fn(Lang) -> &'static str| {
        let current = (props.route.section() == route).then_some("page");
        html! {
            <li><a href={route.hash()} aria-current={current}>{ key(lang) }</a></li>
        }
    };
    html! {
        <header class="site-header">
            <a class="brand" href={Route::Home.hash()}>
                <span class="brand-mark" aria-hidden="true">{ "◯" }</span>
                { lang.t(T::AppName) }
            </a>
            <nav aria-label={lang.t(T::MainNavigation)}>
                <ul>
                    { link(Route::Home, &|l| l.t(T::NavHome)) }
                    { link(Route::Plan, &|l| l.t(T::NavPlan)) }
                    { link(Route::People, &|l| l.t(T::NavPeople)) }
                    { link(Route::Review, &|l| l.t(P::NavReview)) }
                    { link(Route::Assessment, &|l| l.t(T::NavAssessment)) }
                    { link(Route::Results, &|l| l.t(T::NavResults)) }
                    { link(Route::History, &|l| l.t(P::NavHistory)) }
                    { link(Route::Files, &|l| l.t(FU::NavFiles)) }
                    { link(Route::Settings, &|l| l.t(T::NavSettings)) }
                </ul>
            </nav>
            // The switch names the other language in that language, marked with its `lang`.
            <button type="button" class="lang-switch" lang={other.tag()} onclick={switch}>
                { lang.t(T::LanguageSwitch) }
            </button>
        </header>
    }
}
