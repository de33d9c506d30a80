//! The print view (`#/print`): the latest results, recommended next steps,
//! open actions and next follow-ups on plain paper-friendly pages, with a
//! heading and the date. The print button opens the browser's dialog; print
//! styles leave out navigation and buttons. Works on a plan opened read-only.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::browser;
use crate::clock;
use crate::domain::content::area_text;
use crate::domain::document::{Action, Document, Status};
use crate::domain::files_text::FileText;
use crate::domain::files_ui_text::{self as text, FilesScreenText};
use crate::domain::follow_up::follow_ups;
use crate::domain::i18n::{format_date, score_text, Lang, UiText};
use crate::domain::people::PeopleIndex;
use crate::domain::plan_text;
use crate::domain::route::Route;
use crate::domain::scoring::{self, Band};
use crate::domain::sorting;
use crate::ui::score_bars::{band_text, score_bars, ScoreBarsProps};
use crate::ui::store::{use_doc, use_lang, use_people_index};

const RECOMMENDATIONS: usize = 5;

#[component]
pub fn PrintView() -> Html {
    let lang = use_lang();
    let doc = use_doc();
    let index = use_people_index();
    let today = clock::today();
    let print = Callback::from(|_| browser::print());
    html! {
        <div class="screen print-view">
            <h1 tabindex="-1">{ lang.t(FilesScreenText::PrintTitle) }</h1>
            <p class="print-date">{ text::printed_on(lang, today) }</p>
            <p class="no-print">{ lang.t(FilesScreenText::PrintIntro) }</p>
            <p class="screen-actions no-print">
                <button type="button" class="button primary" id="print-now" onclick={print}>{ lang.t(FilesScreenText::PrintButton) }</button>
                <a class="button" href={Route::Files.hash()}>{ lang.t(FilesScreenText::BackToFiles) }</a>
            </p>
            <section class="print-section" aria-labelledby="print-results-h">
                <h2 id="print-results-h">{ lang.t(FilesScreenText::PrintResults) }</h2>
                { results(lang, &doc) }
            </section>
            { plan_section(lang, &doc, &index, today) }
            { people_section(lang, &doc) }
        </div>
    }
}

/// The latest self-check: date, overall score, bars and recommendations.
fn results(lang: Lang, doc: &Document) -> Html {
    let Some(latest) = doc.latest_assessment() else {
        return html! { <p>{ lang.t(FileText::NoResults) }</p> };
    };
    let colon = lang.t(UiText::Colon);
    let scores = scoring::score(&latest.answers);
    let recs = scoring::recommendations(&latest.answers, RECOMMENDATIONS);
    let overall = scores.overall.map(|o| {
        html! {
            <p class="print-overall">
                { lang.t(UiText::OverallScore) }{ colon }<strong>{ score_text(lang, o) }</strong>
                { plan_text::paren(lang, band_text(lang, Band::of(o))) }
            </p>
        }
    });
    let rec_items = recs.iter().map(|r| {
        html! {
            <li>{ r.tip.action.get(lang) }
                <span class="muted">{ plan_text::paren(lang, area_text(r.item.area).name.get(lang)) }</span></li>
        }
    });
    html! {
        <>
            <p class="muted">{ lang.t(UiText::TakenOn) }{ colon }{ format_date(lang, latest.date) }</p>
            { overall }
            { score_bars(lang, ScoreBarsProps { scores: &scores, previous: None }) }
            <h3>{ lang.t(FileText::Recommendations) }</h3>
            if recs.is_empty() {
                <p>{ lang.t(FileText::NoRecommendations) }</p>
            } else {
                <ol class="print-list">{ for rec_items }</ol>
            }
        </>
    }
}

/// Open actions, dated ones first.
fn plan_section(lang: Lang, doc: &Document, index: &PeopleIndex, today: NaiveDate) -> Html {
    let mut open: Vec<_> = doc
        .actions
        .iter()
        .filter(|a| a.status == Status::Todo)
        .collect();
    sorting::sort_by_key(&mut open, |a| (a.due.is_none(), a.due));
    html! {
        <section class="print-section" aria-labelledby="print-plan-h">
            <h2 id="print-plan-h">{ lang.t(FilesScreenText::PrintPlan) }</h2>
            if open.is_empty() {
                <p>{ lang.t(FileText::NoOpenActions) }</p>
            } else {
                <table class="print-table" id="print-actions">
                    <thead><tr>
                        <th scope="col">{ lang.t(crate::domain::plan_text::PlanText::Due) }</th>
                        <th scope="col">{ lang.t(FileText::PreviewActions) }</th>
                        <th scope="col">{ lang.t(crate::domain::plan_text::PlanText::FieldKind) }</th>
                        <th scope="col">{ lang.t(FileText::With) }</th>
                    </tr></thead>
                    <tbody>{ for open.iter().map(|a| action_row(lang, a, index, today)) }</tbody>
                </table>
            }
        </section>
    }
}

fn action_row(lang: Lang, a: &Action, index: &PeopleIndex, today: NaiveDate) -> Html {
    let due = a.due.map_or_else(
        || lang.t(FileText::NoDueDate).to_string(),
        |d| format_date(lang, d),
    );
    let overdue = a.due.is_some_and(|d| d < today);
    let people: Vec<&str> = a.people.iter().filter_map(|p| index.name(*p)).collect();
    html! {
        <tr>
            <td>{ due }if overdue { { " " }<span class="badge overdue">{ lang.t(FileText::Overdue) }</span> }</td>
            <td>{ crate::domain::plan::shown_title(a, lang).into_owned() }</td>
            <td>{ plan_text::kind_label(lang, a.kind) }</td>
            <td>{ crate::domain::i18n::join_list(lang, &people) }</td>
        </tr>
    }
}

/// The next follow-up with each person.
fn people_section(lang: Lang, doc: &Document) -> Html {
    let follow = follow_ups(doc);
    let follow_rows = follow.iter().map(|f| {
        html! {
            <tr>
                <td>{ format_date(lang, f.next) }</td>
                <td>{ f.person.name.clone() }</td>
                <td>{ format_date(lang, f.last_contact) }</td>
            </tr>
        }
    });
    html! {
        <section class="print-section" aria-labelledby="print-people-h">
            <h2 id="print-people-h">{ lang.t(FilesScreenText::PrintPeople) }</h2>
            if follow.is_empty() {
                <p>{ lang.t(FileText::NoFollowUp) }</p>
            } else {
                <table class="print-table" id="print-follow-ups">
                    <thead><tr>
                        <th scope="col">{ lang.t(FileText::NextFollowUp) }</th>
                        <th scope="col">{ lang.t(FileText::PreviewPeople) }</th>
                        <th scope="col">{ lang.t(FileText::LastContact) }</th>
                    </tr></thead>
                    <tbody>{ for follow_rows }</tbody>
                </table>
            }
        </section>
    }
}
