//! Give & take with one person, counted and said gently (never a score).

use yew::prelude::*;

use crate::domain::document::PersonId;
use crate::domain::i18n::{Lang, T};
use crate::domain::people::{Balance, PeopleIndex};
use crate::domain::plan_text::P;

pub fn give_and_take(lang: Lang, index: &PeopleIndex, id: PersonId) -> Html {
    let stats = index.stats(id);
    let colon = lang.t(T::Colon);
    let balance = match stats.balance() {
        Balance::NotYet => P::BalanceNone,
        Balance::Even => P::BalanceEven,
        Balance::GaveMore => P::BalanceGaveMore,
        Balance::ReceivedMore => P::BalanceReceivedMore,
    };
    html! {
        <section class="card" aria-labelledby="give-h">
            <h2 id="give-h">{ lang.t(P::GiveAndTake) }</h2>
            <p class="give-take">
                { lang.t(P::GaveCount) }{ colon }{ stats.gave }{ " · " }
                { lang.t(P::ReceivedCount) }{ colon }{ stats.received }
            </p>
            <p>{ lang.t(balance) }</p>
        </section>
    }
}
