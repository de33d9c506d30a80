//! The plan-files screen: export (full backup, a file to share, Markdown,
//! calendar, print view) and import. An imported file is read and checked
//! first and shown as a preview; nothing of the user's data changes until
//! they choose Replace (after a backup they can restore), Merge, or Open
//! read-only. Files can be picked or dropped anywhere on the screen.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::backups::Reason;
use crate::domain::document::Document;
use crate::domain::files_text::F;
use crate::domain::files_ui_text::{self as text, FU};
use crate::domain::i18n::Lang;
use crate::domain::plan_file::{
    self, ImportError, Imported, MergeReport, NameStyle, Sharing, DEFAULT_LIMITS,
};
use crate::domain::route::Route;
use crate::domain::share_text::SH;
use crate::domain::update::Msg;
use crate::domain::{ics, markdown};
use crate::files::{self, ReadError};
use crate::share::{self, Shared};
use crate::ui::contacts::Contacts;
use crate::ui::restore_backup::{take_backup, RestoreBackup};
use crate::ui::store::{use_lang, use_store};

/// The app version written into exported files.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Clone, PartialEq)]
enum Import {
    Idle,
    Reading,
    /// The file is not a plan file we can use (the error says why and where).
    Invalid(ImportError),
    /// The browser could not read the file at all.
    Unreadable,
    Ready(Rc<Ready>),
}

#[derive(PartialEq)]
struct Ready {
    file_name: String,
    imported: Imported,
    /// Record times that lay in the future and were capped (`cap_times`).
    capped: usize,
}

/// What the last choice did, for the status line.
#[derive(Clone, PartialEq)]
enum Outcome {
    Replaced,
    BackupFailed,
    MergeBackupFailed,
    Merged(MergeReport),
    MergedNothing,
}

#[derive(Clone, Copy, PartialEq)]
enum ExportNote {
    Done,
    Failed,
    Shared,
    ShareFailed,
}

/// The files the screen exports.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Export {
    Full = 0,
    Shared = 1,
    Markdown = 2,
    Ics = 3,
}

impl Export {
    const ALL: [Export; 4] = [Export::Full, Export::Shared, Export::Markdown, Export::Ics];

    fn mime(self) -> &'static str {
        match self {
            Export::Full | Export::Shared => "application/json",
            Export::Markdown => "text/markdown;charset=utf-8",
            Export::Ics => "text/calendar;charset=utf-8",
        }
    }

    /// A name of the right kind, for asking whether the sheet takes it.
    fn probe_name(self) -> &'static str {
        match self {
            Export::Full | Export::Shared => "tsunagari-plan.tsunagari.json",
            Export::Markdown => "tsunagari-plan.md",
            Export::Ics => "tsunagari-plan.ics",
        }
    }

    fn id(self) -> &'static str {
        match self {
            Export::Full => "export-json",
            Export::Shared => "export-shared",
            Export::Markdown => "export-markdown",
            Export::Ics => "export-ics",
        }
    }

    fn share_id(self) -> &'static str {
        match self {
            Export::Full => "share-json",
            Export::Shared => "share-shared",
            Export::Markdown => "share-markdown",
            Export::Ics => "share-ics",
        }
    }

    fn share_label(self) -> SH {
        match self {
            Export::Full => SH::ShareFull,
            Export::Shared => SH::ShareShared,
            Export::Markdown => SH::ShareMarkdown,
            Export::Ics => SH::ShareIcs,
        }
    }
}

/// The name and text of an export of `doc`, made now.
fn made(kind: Export, doc: &Document, lang: Lang, names: NameStyle) -> (String, String) {
    let today = clock::today();
    match kind {
        Export::Full => {
            let file = plan_file::export_json(doc, Sharing::Full, APP_VERSION, today, clock::now());
            (file.file_name, file.contents)
        }
        Export::Shared => {
            let sharing = Sharing::Anonymized { names, lang };
            let file = plan_file::export_json(doc, sharing, APP_VERSION, today, clock::now());
            let name = file
                .file_name
                .replacen("tsunagari-plan-", "tsunagari-plan-shared-", 1);
            (name, file.contents)
        }
        Export::Markdown => (
            markdown::file_name(today),
            markdown::export(doc, lang, today),
        ),
        Export::Ics => (
            ics::file_name(today),
            ics::export(doc, lang, today, clock::now()),
        ),
    }
}

#[component]
pub fn Files() -> Html {
    let lang = use_lang();
    let store = use_store();
    let import = use_state(|| Import::Idle);
    let outcome = use_state(|| None::<Outcome>);
    let export_note = use_state(|| None::<ExportNote>);
    let names = use_state(|| NameStyle::Numbered);
    let dragging = use_state(|| false);

    // Focus follows the result: the preview heading once a file is read,
    // the status line after a choice.
    {
        let ready = matches!(*import, Import::Ready(_));
        use_effect_with(ready, |&ready| {
            if ready {
                browser::focus_selector("#import-preview-h");
            }
        });
    }
    {
        let has_outcome = outcome.is_some();
        use_effect_with((*outcome).clone(), move |_| {
            if has_outcome {
                browser::focus_selector("#files-status");
            }
        });
    }

    let read_file = {
        let import = import.clone();
        let outcome = outcome.clone();
        Callback::from(move |file: web_sys::File| {
            let file_name = file.name();
            outcome.set(None);
            import.set(Import::Reading);
            let import = import.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let limit = DEFAULT_LIMITS.max_bytes;
                let next = match files::read_bytes(&file, limit).await {
                    Err(ReadError::TooLarge { size }) => {
                        Import::Invalid(ImportError::TooLarge { size, limit })
                    }
                    Err(ReadError::Failed) => Import::Unreadable,
                    Ok(bytes) => match clock::measure("tsunagari:import", || {
                        plan_file::import(&bytes, &DEFAULT_LIMITS)
                    }) {
                        Ok(mut imported) => Import::Ready(Rc::new(Ready {
                            // Future-dated records never win later merges.
                            capped: plan_file::cap_times(&mut imported.document, clock::now()),
                            file_name,
                            imported,
                        })),
                        Err(e) => Import::Invalid(e),
                    },
                };
                import.set(next);
            });
        })
    };
    // A file dropped on another screen (see `App`).
    {
        let read_file = read_file.clone();
        use_effect_with((), move |_| {
            if let Some(file) = files::take_handed_over() {
                read_file.emit(file);
            }
        });
    }
    let on_pick = {
        let read_file = read_file.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = files::picked_file(&e) {
                read_file.emit(file);
            }
            // Picking the same file again (after fixing it) reads it again.
            files::reset_picker(&e);
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if files::drags_files(&e) {
                e.prevent_default(); // allows the drop
                if !*dragging {
                    dragging.set(true);
                }
            }
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        let read_file = read_file.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default(); // never let the browser open the file instead
            dragging.set(false);
            if let Some(file) = files::dropped_file(&e) {
                read_file.emit(file);
            }
        })
    };

    // ── Export: each file is downloaded, or handed to the share sheet ──
    let can_share = use_memo((), |_| {
        Export::ALL.map(|k| share::can_share_file(k.probe_name(), k.mime()))
    });
    let export_file = {
        let store = store.clone();
        let names = names.clone();
        move |kind: Export| made(kind, &store.0.doc, lang, *names)
    };
    let on_download = {
        let store = store.clone();
        let export_note = export_note.clone();
        let export_file = export_file.clone();
        move |kind: Export| {
            let store = store.clone();
            let export_note = export_note.clone();
            let export_file = export_file.clone();
            Callback::from(move |_: MouseEvent| {
                let (name, contents) = export_file(kind);
                let ok = files::download(&name, kind.mime(), &contents);
                export_note.set(Some(if ok {
                    ExportNote::Done
                } else {
                    ExportNote::Failed
                }));
                if ok && kind == Export::Full {
                    store.dispatch(Msg::Exported { on: clock::today() });
                }
            })
        }
    };
    let on_share = {
        let store = store.clone();
        let export_note = export_note.clone();
        move |kind: Export| {
            let store = store.clone();
            let export_note = export_note.clone();
            let export_file = export_file.clone();
            Callback::from(move |_: MouseEvent| {
                // Made and handed over within the click: the sheet needs the gesture.
                let (name, contents) = export_file(kind);
                let started = share::share_file(&name, kind.mime(), &contents);
                let store = store.clone();
                let export_note = export_note.clone();
                export_note.set(None);
                wasm_bindgen_futures::spawn_local(async move {
                    match share::outcome(started).await {
                        Shared::Done => {
                            export_note.set(Some(ExportNote::Shared));
                            if kind == Export::Full {
                                store.dispatch(Msg::Exported { on: clock::today() });
                            }
                        }
                        // Closing the sheet is a choice, not a problem: nothing to say or record.
                        Shared::Cancelled => {}
                        Shared::Failed => export_note.set(Some(ExportNote::ShareFailed)),
                    }
                });
            })
        }
    };
    let export_buttons = |kind: Export, label: FU, help: &'static str| {
        let share_button = can_share[kind as usize].then(|| {
            html! {
                <button type="button" class="button share-button" id={kind.share_id()}
                    aria-label={lang.t(kind.share_label())} aria-describedby={help}
                    onclick={on_share(kind)}>{ lang.t(SH::Share) }</button>
            }
        });
        html! {
            <p class="button-row">
                <button type="button" class={classes!("button", (kind == Export::Full).then_some("primary"))}
                    id={kind.id()} aria-describedby={help} onclick={on_download(kind)}>
                    { lang.t(label) }</button>
                { share_button }
            </p>
        }
    };
    let name_choice = |style: NameStyle, id: &'static str, label: FU| {
        let checked = *names == style;
        let names = names.clone();
        let onchange = Callback::from(move |_| names.set(style));
        html! {
            <div class="choice-row">
                <input type="radio" name="share-names" {id} {checked} {onchange} />
                <label for={id}>{ lang.t(label) }</label>
            </div>
        }
    };

    // ── Import choices ──
    let cancel = {
        let import = import.clone();
        Callback::from(move |_| {
            import.set(Import::Idle);
            browser::focus_selector("#import-file");
        })
    };
    let choices = match &*import {
        Import::Ready(ready) => {
            let replace = {
                let store = store.clone();
                let import = import.clone();
                let outcome = outcome.clone();
                let ready = ready.clone();
                Callback::from(move |_| {
                    // The backup comes first: without it, nothing is replaced.
                    if !take_backup(&store.0.doc, Reason::Replace) {
                        outcome.set(Some(Outcome::BackupFailed));
                        return;
                    }
                    let doc = ready.imported.document.clone();
                    store.dispatch(Msg::ReplaceDocument(Box::new(doc)));
                    import.set(Import::Idle);
                    outcome.set(Some(Outcome::Replaced));
                })
            };
            let merge = {
                let store = store.clone();
                let import = import.clone();
                let outcome = outcome.clone();
                let ready = ready.clone();
                Callback::from(move |_| {
                    let doc = ready.imported.document.clone();
                    // The same pure merge the store runs, for the report. A
                    // file made for sharing only adds what is new.
                    let shared = ready.imported.shared;
                    let merge = if shared {
                        plan_file::merge_shared
                    } else {
                        plan_file::merge
                    };
                    let (_, report) = merge(&store.0.doc, &doc);
                    // A merge changes records too: today's data is kept first.
                    if !report.is_empty() && !take_backup(&store.0.doc, Reason::Merge) {
                        outcome.set(Some(Outcome::MergeBackupFailed));
                        return;
                    }
                    store.dispatch(if shared {
                        Msg::MergeSharedDocument(Box::new(doc))
                    } else {
                        Msg::MergeDocument(Box::new(doc))
                    });
                    import.set(Import::Idle);
                    outcome.set(Some(if report.is_empty() {
                        Outcome::MergedNothing
                    } else {
                        Outcome::Merged(report)
                    }));
                })
            };
            let view = {
                let store = store.clone();
                let ready = ready.clone();
                Callback::from(move |_| {
                    let doc = ready.imported.document.clone();
                    store.dispatch(Msg::OpenReadOnly(Box::new(doc)));
                    browser::set_hash(&Route::Home.hash());
                })
            };
            preview(lang, ready, replace, merge, view, cancel)
        }
        _ => html! {},
    };

    let invalid = match &*import {
        Import::Invalid(e) => Some(e.message(lang)),
        Import::Unreadable => Some(lang.t(FU::ReadFailed).to_string()),
        _ => None,
    };
    let described = if invalid.is_some() {
        "import-help import-error"
    } else {
        "import-help"
    };
    let status = (*outcome).clone().map(|o| match o {
        Outcome::Replaced => html! { <p>{ lang.t(FU::Replaced) }</p> },
        Outcome::BackupFailed => html! { <p class="field-error">{ lang.t(FU::BackupFailed) }</p> },
        Outcome::MergeBackupFailed => {
            html! { <p class="field-error">{ lang.t(FU::MergeBackupFailed) }</p> }
        }
        Outcome::MergedNothing => html! { <p>{ lang.t(FU::MergedNothing) }</p> },
        Outcome::Merged(report) => html! {
            <>
                <p>{ lang.t(FU::Merged) }</p>
                <ul class="merge-report" id="merge-report">
                    { for report.lines(lang).into_iter().map(|l| html! { <li>{ l }</li> }) }
                </ul>
            </>
        },
    });
    let export_status = export_note.map(|n| match n {
        ExportNote::Done => lang.t(FU::Downloaded),
        ExportNote::Failed => lang.t(FU::DownloadFailed),
        ExportNote::Shared => lang.t(SH::Shared),
        ExportNote::ShareFailed => lang.t(SH::ShareFailed),
    });

    html! {
        <div class={classes!("screen", "files", dragging.then_some("is-dragging"))}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}>
            <h1 tabindex="-1">{ lang.t(FU::Title) }</h1>
            <p>{ lang.t(FU::Intro) }</p>
            <div id="files-status" class="status" role="status" tabindex="-1">{ status }</div>

            <section class="card" aria-labelledby="import-h">
                <h2 id="import-h">{ lang.t(FU::ImportHeading) }</h2>
                <p id="import-help">{ lang.t(FU::ImportHelp) }</p>
                <div class={classes!("drop-zone", dragging.then_some("active"))}>
                    <label for="import-file" class="file-label">{ lang.t(FU::ImportLabel) }</label>
                    <input type="file" id="import-file" name="import-file" accept=".json,application/json"
                        aria-describedby={described} aria-invalid={invalid.as_ref().map(|_| "true")}
                        onchange={on_pick} />
                    <p class="muted drop-hint">
                        { lang.t(if *dragging { FU::DropNow } else { FU::DropHint }) }
                    </p>
                </div>
                if *import == Import::Reading {
                    <p role="status">{ lang.t(FU::Reading) }</p>
                }
                <div id="import-error" class="import-error" role="alert">
                    if let Some(message) = &invalid {
                        <p class="field-error"><strong>{ lang.t(FU::ErrorIntro) }</strong>{ if lang == Lang::En { " " } else { "" } }
                            <span class="import-error-message">{ message.clone() }</span></p>
                        <p>{ lang.t(FU::NothingChanged) }</p>
                    }
                </div>
                { choices }
            </section>

            <RestoreBackup />

            <section class="card" aria-labelledby="export-h">
                <h2 id="export-h">{ lang.t(FU::ExportHeading) }</h2>
                <p id="export-status" class="status" role="status">{ export_status.unwrap_or_default() }</p>

                if can_share.iter().any(|&c| c) {
                    <p class="muted" id="share-hint">{ lang.t(SH::ShareHint) }</p>
                }

                <h3>{ lang.t(FU::FullHeading) }</h3>
                <p id="full-help">{ lang.t(FU::FullHelp) }</p>
                { export_buttons(Export::Full, FU::FullButton, "full-help") }

                <h3>{ lang.t(FU::SharedHeading) }</h3>
                <p id="shared-help">{ lang.t(FU::SharedHelp) }</p>
                <fieldset class="choices">
                    <legend>{ lang.t(FU::NamesLegend) }</legend>
                    { name_choice(NameStyle::Numbered, "share-numbered", FU::NamesNumbered) }
                    { name_choice(NameStyle::Initials, "share-initials", FU::NamesInitials) }
                    <p class="muted" id="share-names-note">{ lang.t(FU::NamesNote) }</p>
                </fieldset>
                { export_buttons(Export::Shared, FU::SharedButton, "shared-help") }

                <h3>{ lang.t(FU::OtherHeading) }</h3>
                <p id="markdown-help">{ lang.t(FU::MarkdownHelp) }</p>
                { export_buttons(Export::Markdown, FU::MarkdownButton, "markdown-help") }
                <p id="ics-help">{ lang.t(FU::IcsHelp) }</p>
                { export_buttons(Export::Ics, FU::IcsButton, "ics-help") }
                <p id="print-help">{ lang.t(FU::PrintHelp) }</p>
                <p><a class="button" id="open-print" href={Route::Print.hash()}
                    aria-describedby="print-help">{ lang.t(FU::PrintLink) }</a></p>
            </section>

            <Contacts />
        </div>
    }
}

/// The preview of a read file and the three choices.
fn preview(
    lang: Lang,
    ready: &Ready,
    replace: Callback<MouseEvent>,
    merge: Callback<MouseEvent>,
    view: Callback<MouseEvent>,
    cancel: Callback<MouseEvent>,
) -> Html {
    let s = &ready.imported.summary;
    let row = |label: &'static str, value: String| {
        html! { <><dt>{ label }</dt><dd>{ value }</dd></> }
    };
    let dates = s.date_range.map_or_else(
        || lang.t(FU::NoDates).to_string(),
        |(from, to)| text::date_range(lang, from, to),
    );
    html! {
        <section class="import-preview" id="import-preview" aria-labelledby="import-preview-h">
            <h3 id="import-preview-h" tabindex="-1">{ lang.t(FU::PreviewHeading) }</h3>
            <dl class="facts" id="import-summary">
                { row(lang.t(FU::FileName), ready.file_name.clone()) }
                { row(lang.t(F::PreviewAssessments), text::count(lang, s.assessments)) }
                { row(lang.t(F::PreviewPeople), text::count(lang, s.people)) }
                { row(lang.t(F::PreviewInteractions), text::count(lang, s.interactions)) }
                { row(lang.t(F::PreviewActions), text::count(lang, s.actions)) }
                { row(lang.t(F::PreviewDateRange), dates) }
                { row(lang.t(F::PreviewExportedAt), text::exported_at(lang, s.exported_at, clock::utc_offset_minutes(s.exported_at))) }
                { row(lang.t(F::PreviewAppVersion), s.app_version.clone()) }
                { row(lang.t(F::PreviewSchemaVersion), s.schema_version.to_string()) }
            </dl>
            if ready.imported.shared {
                <p class="notice notice-info" id="import-shared">{ lang.t(FU::SharedFileNotice) }</p>
            }
            if ready.capped > 0 {
                <p class="notice notice-info" id="import-capped">{ text::capped_times(lang, ready.capped) }</p>
            }
            <h3>{ lang.t(FU::ChooseHeading) }</h3>
            <ul class="import-choices">
                <li>
                    <button type="button" class="button primary" id="import-replace" onclick={replace}
                        aria-describedby="import-replace-help">{ lang.t(FU::ReplaceButton) }</button>
                    <p id="import-replace-help" class="muted">{ lang.t(FU::ReplaceHelp) }</p>
                </li>
                <li>
                    <button type="button" class="button" id="import-merge" onclick={merge}
                        aria-describedby="import-merge-help">{ lang.t(FU::MergeButton) }</button>
                    <p id="import-merge-help" class="muted">{ lang.t(FU::MergeHelp) }</p>
                </li>
                <li>
                    <button type="button" class="button" id="import-view" onclick={view}
                        aria-describedby="import-view-help">{ lang.t(FU::ViewButton) }</button>
                    <p id="import-view-help" class="muted">{ lang.t(FU::ViewHelp) }</p>
                </li>
            </ul>
            <p><button type="button" class="button" id="import-cancel" onclick={cancel}>
                { lang.t(FU::Cancel) }</button></p>
        </section>
    }
}
