//! The store: the pure `State` behind a `use_reducer`, the outbox of effects
//! its updates ask for (performed by `ui::effects`), and the two contexts
//! (store and language) with hooks to reach them.

use std::cell::RefCell;
use std::rc::Rc;
use std::thread::LocalKey;

use yew::prelude::*;

use crate::domain::document::Document;
use crate::domain::effect::{Effect, Effects};
use crate::domain::i18n::Lang;
use crate::domain::people::PeopleIndex;
use crate::domain::update::{update, Msg, State};

/// The app's state, and the outbox its updates write their effects to.
#[derive(Clone, Debug)]
pub struct Store(pub State, pub Outbox);

impl Store {
    /// A store whose first effects (e.g. saving an answer given before the
    /// app started) wait in the outbox for the executor's first run.
    pub fn new(state: State, first: Effects) -> Store {
        let outbox = Outbox::default();
        outbox.post(first);
        Store(state, outbox)
    }
}

/// Effects asked for by updates and not yet performed, in order. One outbox
/// is shared by every version of the store: an update's effects are never
/// lost when another update comes before the next render.
#[derive(Clone, Debug, Default)]
pub struct Outbox(Rc<RefCell<Vec<Effect>>>);

impl Outbox {
    fn post(&self, effects: Effects) {
        self.0.borrow_mut().extend(effects);
    }

    /// Everything waiting, oldest first; the outbox is empty afterwards.
    pub fn take(&self) -> Vec<Effect> {
        std::mem::take(&mut *self.0.borrow_mut())
    }
}

/// Identity, not contents: every reduction makes a new `Store`, and the
/// context provider compares stores on each render. Comparing contents would
/// walk the whole document (thousands of records) every time.
impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Reducible for Store {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        // Cheap: the document inside is shared (`State::doc` is an `Rc`).
        let mut next = Rc::unwrap_or_clone(self);
        let effects = update(&mut next.0, msg);
        next.1.post(effects);
        let next = Rc::new(next);
        CURRENT.set(Some(next.clone()));
        next
    }
}

thread_local! {
    /// The store as of the last reduction (a handle is a snapshot taken at
    /// render time, so a save right after a dispatch would see stale state).
    static CURRENT: RefCell<Option<Rc<Store>>> = const { RefCell::new(None) };
}

/// The app's state as of the last message (or `fallback`'s when none was
/// reduced yet): what a save or another tab's change must start from.
pub fn current_state(fallback: &Store) -> State {
    CURRENT
        .with_borrow(Option::clone)
        .map_or_else(|| fallback.0.clone(), |s| s.0.clone())
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

/// The people index of the shown document, rebuilt only when it changes
/// and shared by every screen (see `memo`).
#[hook]
pub fn use_people_index() -> Shared<PeopleIndex> {
    let doc = use_doc();
    let shown = doc.clone();
    thread_local! {
        static INDEX: AppMemo<(u64, u64), PeopleIndex> = const { AppMemo::new() };
    }
    Shared(memo(&INDEX, doc.version(), move |_| {
        PeopleIndex::build(&shown)
    }))
}

/// One value derived from the shown document, kept for the whole app: when
/// the screen that made it unmounts and comes back, it reuses what it
/// computed from a thousand records instead of computing it again. Each use
/// declares its own slot, so the value's type and what it depends on are
/// checked by the compiler:
/// `thread_local! { static ORDER: AppMemo<Deps, Value> = const { AppMemo::new() }; }`
pub struct AppMemo<D, T>(RefCell<Option<(D, Rc<T>)>>);

impl<D, T> AppMemo<D, T> {
    /// An empty slot.
    pub const fn new() -> Self {
        AppMemo(RefCell::new(None))
    }
}

impl<D, T> Default for AppMemo<D, T> {
    fn default() -> Self {
        Self::new()
    }
}

/// The value in `slot` if it was made from equal `deps`, else `f(&deps)`,
/// kept there. `deps` must hold everything the value depends on
/// (`State::version()` for the document). Not a hook: it keeps no
/// per-component state.
pub fn memo<D: PartialEq + 'static, T: 'static>(
    slot: &'static LocalKey<AppMemo<D, T>>,
    deps: D,
    f: impl FnOnce(&D) -> T,
) -> Rc<T> {
    slot.with(|slot| {
        if let Some((kept, value)) = &*slot.0.borrow() {
            if *kept == deps {
                return value.clone();
            }
        }
        let value = Rc::new(f(&deps));
        *slot.0.borrow_mut() = Some((deps, value.clone()));
        value
    })
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
