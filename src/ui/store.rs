//! The store: the pure `State` behind a `use_reducer`, and the two contexts
//! (store and language) with hooks to reach them.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::i18n::Lang;
use crate::domain::update::{update, Msg, State};

#[derive(Clone, Debug, PartialEq)]
pub struct Store(pub State);

impl Reducible for Store {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        let mut next = Rc::unwrap_or_clone(self);
        update(&mut next.0, msg);
        Rc::new(next)
    }
}

pub type StoreHandle = UseReducerHandle<Store>;

#[hook]
pub fn use_store() -> StoreHandle {
    use_context::<StoreHandle>().expect("the App provides the store")
}

#[hook]
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or_default()
}
