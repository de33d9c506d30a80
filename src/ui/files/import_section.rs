//! The import card: pick (or drop) a plan file, see why it was refused, or
//! see its preview and choose what to do with it.

use yew::prelude::*;

use super::import::{Import, ImportCtx};
use super::import_error::import_error;
use super::preview::preview;
use crate::domain::files_ui_text::FilesScreenText;
use crate::files;

pub fn import_section(
    ctx: &ImportCtx,
    dragging: bool,
    read_file: &Callback<web_sys::File>,
) -> Html {
    let lang = ctx.lang;
    let invalid = match &*ctx.import {
        Import::Invalid(e) => Some(e.message(lang)),
        Import::Unreadable => Some(lang.t(FilesScreenText::ReadFailed).to_string()),
        _ => None,
    };
    let described = if invalid.is_some() {
        "import-help import-error"
    } else {
        "import-help"
    };
    html! {
        <section class="card" aria-labelledby="import-h">
            <h2 id="import-h">{ lang.t(FilesScreenText::ImportHeading) }</h2>
            <p id="import-help">{ lang.t(FilesScreenText::ImportHelp) }</p>
            <div class={classes!("drop-zone", dragging.then_some("active"))}>
                <label for="import-file" class="file-label">{ lang.t(FilesScreenText::ImportLabel) }</label>
                <input type="file" id="import-file" name="import-file" accept=".json,application/json"
                    aria-describedby={described} aria-invalid={invalid.as_ref().map(|_| "true")}
                    onchange={pick_handler(read_file)} />
                <p class="muted drop-hint">
                    { lang.t(if dragging { FilesScreenText::DropNow } else { FilesScreenText::DropHint }) }
                </p>
            </div>
            if *ctx.import == Import::Reading {
                <p role="status">{ lang.t(FilesScreenText::Reading) }</p>
            }
            { import_error(lang, invalid.as_deref()) }
            if let Import::Ready(ready) = &*ctx.import {
                { preview(ctx, ready) }
            }
        </section>
    }
}

/// The file input's change handler.
fn pick_handler(read_file: &Callback<web_sys::File>) -> Callback<Event> {
    let read_file = read_file.clone();
    Callback::from(move |e: Event| {
        if let Some(file) = files::picked_file(&e) {
            read_file.emit(file);
        }
        // Picking the same file again (after fixing it) reads it again.
        files::reset_picker(&e);
    })
}
