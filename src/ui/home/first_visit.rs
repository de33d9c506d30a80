//! The first visit, on one phone screen: what this is for, how long the
//! self-check takes, that nothing leaves the device, and one start button.

use yew::prelude::*;

use crate::domain::content::ITEMS;
use crate::domain::i18n::{Lang, UiText};
use crate::domain::phone_text::{self, PhoneText};
use crate::domain::route::Route;
use crate::ui::welcome_note::WelcomeNote;

/// `start` is the start button's words: start, resume or retake, as fits.
pub fn first_visit(lang: Lang, start: UiText) -> Html {
    html! {
        <div class="screen home first-visit">
            <h1 tabindex="-1">{ lang.t(UiText::IntroTitle) }</h1>
            <p class="lead">{ lang.t(UiText::IntroBody) }</p>
            <ul class="first-facts">
                <li>
                    <svg class="icon clock" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                        <circle cx="8" cy="8" r="6.5" /><path d="M8 4.5V8l2.5 1.5" />
                    </svg>
                    { lang.t(PhoneText::FirstVisitTime) }{ lang.t(UiText::Colon) }{ phone_text::check_size(lang, ITEMS.len()) }
                </li>
                <li class="privacy">
                    { lock_icon() }
                    { lang.t(PhoneText::FirstVisitPrivate) }
                </li>
            </ul>
            <p class="start"><a class="button primary start-button" id="start-check" href={Route::Assessment.hash()}>{ lang.t(start) }</a></p>
            // Below the start button, so it never pushes it out of the first screen.
            <WelcomeNote />
        </div>
    }
}

/// A drawn lock rather than an emoji, which some systems cannot show.
fn lock_icon() -> Html {
    html! {
        <svg class="icon lock" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M5 7V5a3 3 0 0 1 6 0v2" />
            <rect x="3" y="7" width="10" height="8" rx="1.5" />
        </svg>
    }
}
