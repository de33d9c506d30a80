//! One export's buttons: download, and "share" where the phone's share
//! sheet takes the file. Both make the file within the tap (the sheet
//! needs the gesture) and report through `on_note`.

use yew::prelude::*;

use super::export::{Export, ExportNote};
use crate::clock;
use crate::domain::files_ui_text::FilesScreenText;
use crate::domain::i18n::Lang;
use crate::domain::plan_file::NameStyle;
use crate::domain::share_text::ShareText;
use crate::domain::update::Msg;
use crate::files;
use crate::share::{self, Shared};
use crate::ui::store::StoreHandle;

/// What every export's buttons share.
#[derive(Clone)]
pub struct ExportCtx {
    pub lang: Lang,
    pub store: StoreHandle,
    pub names: NameStyle,
    pub on_note: Callback<Option<ExportNote>>,
    /// Per export (`Export as usize`): whether the share sheet takes it.
    pub can_share: [bool; 4],
}

/// The buttons of export `kind`, labelled `label` and described by the
/// paragraph with id `help`.
pub fn export_buttons(
    ctx: &ExportCtx,
    kind: Export,
    label: FilesScreenText,
    help: &'static str,
) -> Html {
    let lang = ctx.lang;
    let on_download = download(ctx, kind);
    let on_share = share(ctx, kind);
    html! {
        <p class="button-row">
            <button type="button" class={classes!("button", (kind == Export::Full).then_some("primary"))}
                id={kind.id()} aria-describedby={help} onclick={on_download}>
                { lang.t(label) }</button>
            if ctx.can_share[kind as usize] {
                <button type="button" class="button share-button" id={kind.share_id()}
                    aria-label={lang.t(kind.share_label())} aria-describedby={help}
                    onclick={on_share}>{ lang.t(ShareText::Share) }</button>
            }
        </p>
    }
}

/// Downloads the file, says how it went, and records a full export.
fn download(ctx: &ExportCtx, kind: Export) -> Callback<MouseEvent> {
    let (lang, names) = (ctx.lang, ctx.names);
    let (store, on_note) = (ctx.store.clone(), ctx.on_note.clone());
    Callback::from(move |_: MouseEvent| {
        let (name, contents) = kind.made(&store.0.doc, lang, names);
        let ok = files::download(&name, kind.mime(), &contents);
        let note = if ok {
            ExportNote::Done
        } else {
            ExportNote::Failed
        };
        on_note.emit(Some(note));
        if ok && kind == Export::Full {
            store.dispatch(Msg::Exported { on: clock::today() });
        }
    })
}

/// Hands the file to the share sheet; a full export shared counts as saved.
fn share(ctx: &ExportCtx, kind: Export) -> Callback<MouseEvent> {
    let (lang, names) = (ctx.lang, ctx.names);
    let (store, on_note) = (ctx.store.clone(), ctx.on_note.clone());
    Callback::from(move |_: MouseEvent| {
        // Made and handed over within the click: the sheet needs the gesture.
        let (name, contents) = kind.made(&store.0.doc, lang, names);
        let started = share::share_file(&name, kind.mime(), &contents);
        let (store, on_note) = (store.clone(), on_note.clone());
        on_note.emit(None);
        wasm_bindgen_futures::spawn_local(async move {
            shared(share::outcome(started).await, kind, &store, &on_note);
        });
    })
}

fn shared(
    outcome: Shared,
    kind: Export,
    store: &StoreHandle,
    on_note: &Callback<Option<ExportNote>>,
) {
    match outcome {
        Shared::Done => {
            on_note.emit(Some(ExportNote::Shared));
            if kind == Export::Full {
                store.dispatch(Msg::Exported { on: clock::today() });
            }
        }
        // Closing the sheet is a choice, not a problem: nothing to say or record.
        Shared::Cancelled => {}
        Shared::Failed => on_note.emit(Some(ExportNote::ShareFailed)),
    }
}
