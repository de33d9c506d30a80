//! The three choices for a read file — Replace (after a backup), Merge
//! (after a backup when it changes anything), Open read-only — and Cancel.

use std::rc::Rc;

use yew::prelude::*;

use super::import::{Import, ImportCtx, Ready};
use crate::browser;
use crate::domain::files_ui_text::FilesScreenText;
use crate::domain::update::{ImportHow, Msg, ViewMsg};

pub fn import_choices(ctx: &ImportCtx, ready: &Rc<Ready>) -> Html {
    let lang = ctx.lang;
    // The core decides what follows (a backup first, the outcome, where to
    // go next): the choice only sends it.
    let choose = |choice: fn(&Ready) -> Msg| {
        let (store, ready) = (ctx.store.clone(), ready.clone());
        Callback::from(move |_: MouseEvent| store.dispatch(choice(&ready)))
    };
    let cancel = {
        let import = ctx.import.clone();
        Callback::from(move |_| {
            import.set(Import::Idle);
            browser::focus_selector("#import-file");
        })
    };
    let item = |id: &'static str,
                help: &'static str,
                label: FilesScreenText,
                note: FilesScreenText,
                onclick| {
        let class = classes!("button", (id == "import-replace").then_some("primary"));
        html! {
            <li>
                <button type="button" {class} {id} {onclick}
                    aria-describedby={help}>{ lang.t(label) }</button>
                <p id={help} class="muted">{ lang.t(note) }</p>
            </li>
        }
    };
    html! {
        <>
            <h3>{ lang.t(FilesScreenText::ChooseHeading) }</h3>
            <ul class="import-choices">
                { item("import-replace", "import-replace-help", FilesScreenText::ReplaceButton, FilesScreenText::ReplaceHelp, choose(replace)) }
                { item("import-merge", "import-merge-help", FilesScreenText::MergeButton, FilesScreenText::MergeHelp, choose(merge)) }
                { item("import-view", "import-view-help", FilesScreenText::ViewButton, FilesScreenText::ViewHelp, choose(view)) }
            </ul>
            <p><button type="button" class="button" id="import-cancel" onclick={cancel}>
                { lang.t(FilesScreenText::Cancel) }</button></p>
        </>
    }
}

/// Replace: the core asks for a backup first; without it, nothing is replaced.
fn replace(ready: &Ready) -> Msg {
    import(ready, ImportHow::Replace)
}

/// Merge: a merge changes records too, so the core keeps today's data first
/// (when the merge changes anything). A file made for sharing only adds.
fn merge(ready: &Ready) -> Msg {
    let how = if ready.imported.shared {
        ImportHow::MergeShared
    } else {
        ImportHow::Merge
    };
    import(ready, how)
}

fn import(ready: &Ready, how: ImportHow) -> Msg {
    Msg::Import {
        how,
        doc: Box::new(ready.imported.document.clone()),
    }
}

/// Open read-only: the file is shown on its home screen, nothing is stored.
fn view(ready: &Ready) -> Msg {
    Msg::View(ViewMsg::OpenReadOnly(Box::new(
        ready.imported.document.clone(),
    )))
}
