//! The files screen's status line: what the last import choice did (focus
//! moves here, so a screen reader hears it).

use yew::prelude::*;

use crate::domain::backups::Reason;
use crate::domain::files_ui_text::FilesScreenText;
use crate::domain::i18n::Lang;
use crate::domain::update::ImportOutcome;

// View functions, not `#[component]`s, where a part holds no state: each
// component costs about 0.7 KB of gzipped wasm.
pub fn status(lang: Lang, outcome: Option<&ImportOutcome>) -> Html {
    let line = |key: FilesScreenText| html! { <p>{ lang.t(key) }</p> };
    let error = |key: FilesScreenText| html! { <p class="field-error">{ lang.t(key) }</p> };
    let status = outcome.map(|o| match o {
        ImportOutcome::Replaced => line(FilesScreenText::Replaced),
        ImportOutcome::BackupFailed(Reason::Replace) => error(FilesScreenText::BackupFailed),
        ImportOutcome::BackupFailed(_) => error(FilesScreenText::MergeBackupFailed),
        ImportOutcome::MergedNothing => line(FilesScreenText::MergedNothing),
        ImportOutcome::Merged(report) => html! {
            <>
                <p>{ lang.t(FilesScreenText::Merged) }</p>
                <ul class="merge-report" id="merge-report">
                    { for report.lines(lang).into_iter().map(|l| html! { <li>{ l }</li> }) }
                </ul>
            </>
        },
    });
    html! {
        <div id="files-status" class="status" role="status" tabindex="-1">{ status }</div>
    }
}
