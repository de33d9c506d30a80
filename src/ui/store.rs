//! The store: the pure `State` behind a `use_reducer`, and the two contexts
//! (store and language) with hooks to reach them.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::document::Document;
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

/// The document on screen: a plan opened read-only while one is, else the
/// user's own. Screens that show data read it through here; only code that
/// changes the user's own data (and the save effect) uses `store.0.doc`.
#[derive(Clone)]
pub struct ShownDoc(StoreHandle);

impl ShownDoc {
    /// Changes whenever the shown document may have: for memo keys.
    pub fn version(&self) -> (u64, u64) {
        self.0 .0.version()
    }
}

impl std::ops::Deref for ShownDoc {
    type Target = Document;
    fn deref(&self) -> &Document {
        self.0 .0.shown()
    }
}

#[hook]
pub fn use_doc() -> ShownDoc {
    ShownDoc(use_store())
}

/// True while a plan is open read-only: screens hide every control that
/// would change data.
#[hook]
pub fn use_read_only() -> bool {
    use_store().0.read_only()
}

/// A shared, derived value (an index built once per document change) passed
/// as a prop. Equality is identity, so comparing props never walks the data.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The people index of the shown document, rebuilt only when it changes.
#[hook]
pub fn use_people_index() -> Shared<crate::domain::people::PeopleIndex> {
    let doc = use_doc();
    let memo = {
        let doc = doc.clone();
        use_memo(doc.version(), move |_| {
            crate::domain::people::PeopleIndex::build(&doc)
        })
    };
    Shared(memo.clone())
}

/// State of a form being filled in: a draft value changed by small edits
/// applied to the latest draft (never a stale copy), so fast typing is safe.
#[derive(Clone, Debug, PartialEq)]
pub struct Form<T>(pub T);

pub type Edit<T> = Rc<dyn Fn(&mut T)>;

impl<T: Clone + 'static> Reducible for Form<T> {
    type Action = Edit<T>;

    fn reduce(self: Rc<Self>, edit: Edit<T>) -> Rc<Self> {
        let mut next = self.0.clone();
        edit(&mut next);
        Rc::new(Form(next))
    }
}

/// A callback that stores the emitted string into one field of a form.
pub fn field_setter<T: Clone + 'static>(
    form: &UseReducerHandle<Form<T>>,
    set: fn(&mut T, String),
) -> Callback<String> {
    let form = form.clone();
    Callback::from(move |v: String| form.dispatch(Rc::new(move |d: &mut T| set(d, v.clone()))))
}
