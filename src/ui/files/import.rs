//! The state of an import (idle, reading, refused, ready to choose) and the
//! hook that reads a picked or dropped file into it.

use std::rc::Rc;

use yew::prelude::*;

use crate::clock;
use crate::domain::i18n::Lang;
use crate::domain::plan_file::{self, ImportError, Imported, DEFAULT_LIMITS};
use crate::domain::update::{Msg, ViewMsg};
use crate::files::{self, ReadError};
use crate::ui::store::StoreHandle;

#[derive(Clone, PartialEq)]
pub enum Import {
    Idle,
    Reading,
    /// The file is not a plan file we can use (the error says why and where).
    Invalid(ImportError),
    /// The browser could not read the file at all.
    Unreadable,
    Ready(Rc<Ready>),
}

#[derive(PartialEq)]
pub struct Ready {
    pub file_name: String,
    pub imported: Imported,
    /// Record times that lay in the future and were capped (`cap_times`).
    pub capped: usize,
}

/// What the import card's parts share: the store (whose state holds the
/// last choice's outcome) and the import.
#[derive(Clone)]
pub struct ImportCtx {
    pub lang: Lang,
    pub store: StoreHandle,
    pub import: UseStateHandle<Import>,
}

/// The import state and a callback that reads a file into it (the last
/// choice's outcome is old news then).
#[hook]
pub fn use_import(store: &StoreHandle) -> (UseStateHandle<Import>, Callback<web_sys::File>) {
    let import = use_state(|| Import::Idle);
    let read_file = {
        let (import, store) = (import.clone(), store.clone());
        Callback::from(move |file: web_sys::File| {
            store.dispatch(Msg::View(ViewMsg::ForgetImportOutcome));
            import.set(Import::Reading);
            let import = import.clone();
            wasm_bindgen_futures::spawn_local(async move {
                import.set(read(file).await);
            });
        })
    };
    (import, read_file)
}

/// Reads and checks `file`: nothing is stored here, only the preview made.
async fn read(file: web_sys::File) -> Import {
    let file_name = file.name();
    let limit = DEFAULT_LIMITS.max_bytes;
    let bytes = match files::read_bytes(&file, limit).await {
        Err(ReadError::TooLarge { size }) => {
            return Import::Invalid(ImportError::TooLarge { size, limit })
        }
        Err(ReadError::Failed) => return Import::Unreadable,
        Ok(bytes) => bytes,
    };
    match clock::measure("tsunagari:import", || {
        plan_file::import(&bytes, &DEFAULT_LIMITS)
    }) {
        Ok(mut imported) => Import::Ready(Rc::new(Ready {
            // Future-dated records never win later merges.
            capped: plan_file::cap_times(&mut imported.document, clock::now()),
            file_name,
            imported,
        })),
        Err(e) => Import::Invalid(e),
    }
}
