//! `use_form`: a draft edited field by field, and the one submit path every
//! form follows — validate, then either save or show the errors and put
//! focus on the first field that needs attention (so nothing typed is lost
//! and the user sees what to fix).

use yew::prelude::*;

use crate::browser;
use crate::domain::forms::Errors;
use crate::ui::store::Form;

/// A form's draft and its current errors.
pub struct FormHandle<T: Clone + 'static> {
    pub draft: UseReducerHandle<Form<T>>,
    pub errors: UseStateHandle<Errors>,
}

impl<T: Clone + 'static> FormHandle<T> {
    /// The submit handler: `validate` the draft; on success clear the
    /// errors and `save` the checked fields, otherwise show the errors and
    /// focus the first field with one.
    pub fn on_submit<V>(
        &self,
        validate: impl Fn(&T) -> Result<V, Errors> + 'static,
        save: impl Fn(V) + 'static,
    ) -> Callback<SubmitEvent> {
        let draft = self.draft.clone();
        let errors = self.errors.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match validate(&draft.0) {
                Ok(fields) => {
                    errors.set(Errors::default());
                    save(fields);
                }
                Err(e) => {
                    if let Some(f) = e.first() {
                        browser::focus_selector(&format!("#{}", f.id()));
                    }
                    errors.set(e);
                }
            }
        })
    }
}

/// A form whose draft starts as `init()`.
#[hook]
pub fn use_form<T, F>(init: F) -> FormHandle<T>
where
    T: Clone + 'static,
    F: FnOnce() -> T,
{
    FormHandle {
        draft: use_reducer(move || Form(init())),
        errors: use_state(Errors::default),
    }
}
