//! Give & take with one person, counted and said gently (never a score).

use yew::prelude::*;

use crate::domain::document::PersonId;
use crate::domain::i18n::{Lang, UiText};
use crate::domain::people::{Balance, PeopleIndex};
use crate::domain::plan_text::PlanText;

pub fn give_and_take(lang: Lang, index: &PeopleIndex, id: PersonId) -> Html {
    let stats = index.stats(id);
    let colon = lang.t(UiText::Colon);
    let balance = match stats.balance() {
        Balance::NotYet => PlanText::BalanceNone,
        Balance::Even => PlanText::BalanceEven,
        Balance::GaveMore => PlanText::BalanceGaveMore,
        Balance::ReceivedMore => PlanText::BalanceReceivedMore,
    };
    html! {
        <section class="card" aria-labelledby="give-h">
            <h2 id="give-h">{ lang.t(PlanText::GiveAndTake) }</h2>
            <p class="give-take">
                { lang.t(PlanText::GaveCount) }{ colon }{ stats.gave }{ " · " }
                { lang.t(PlanText::ReceivedCount) }{ colon }{ stats.received }
            </p>
            <p>{ lang.t(balance) }</p>
        </section>
    }
}
