//! The preview of a read file: what it holds, notes about it, and the
//! choices. Nothing has changed yet while this shows.

use std::rc::Rc;

use yew::prelude::*;

use super::import::{ImportCtx, Ready};
use super::import_choices::import_choices;
use crate::clock;
use crate::domain::files_text::FileText;
use crate::domain::files_ui_text::{self as text, FilesScreenText};

pub fn preview(ctx: &ImportCtx, ready: &Rc<Ready>) -> Html {
    let lang = ctx.lang;
    let s = &ready.imported.summary;
    let row = |label: &'static str, value: String| {
        html! { <><dt>{ label }</dt><dd>{ value }</dd></> }
    };
    let dates = s.date_range.map_or_else(
        || lang.t(FilesScreenText::NoDates).to_string(),
        |(from, to)| text::date_range(lang, from, to),
    );
    let exported_at = text::exported_at(
        lang,
        s.exported_at,
        clock::utc_offset_minutes(s.exported_at),
    );
    html! {
        <section class="import-preview" id="import-preview" aria-labelledby="import-preview-h">
            <h3 id="import-preview-h" tabindex="-1">{ lang.t(FilesScreenText::PreviewHeading) }</h3>
            <dl class="facts" id="import-summary">
                { row(lang.t(FilesScreenText::FileName), ready.file_name.clone()) }
                { row(lang.t(FileText::PreviewAssessments), text::count(lang, s.assessments)) }
                { row(lang.t(FileText::PreviewPeople), text::count(lang, s.people)) }
                { row(lang.t(FileText::PreviewInteractions), text::count(lang, s.interactions)) }
                { row(lang.t(FileText::PreviewActions), text::count(lang, s.actions)) }
                { row(lang.t(FileText::PreviewDateRange), dates) }
                { row(lang.t(FileText::PreviewExportedAt), exported_at) }
                { row(lang.t(FileText::PreviewAppVersion), s.app_version.clone()) }
                { row(lang.t(FileText::PreviewSchemaVersion), s.schema_version.to_string()) }
            </dl>
            if ready.imported.shared {
                <p class="notice notice-info" id="import-shared">{ lang.t(FilesScreenText::SharedFileNotice) }</p>
            }
            if ready.capped > 0 {
                <p class="notice notice-info" id="import-capped">{ text::capped_times(lang, ready.capped) }</p>
            }
            { import_choices(ctx, ready) }
        </section>
    }
}
