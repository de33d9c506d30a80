//! The plan screen: actions grouped into overdue, today, this week, later,
//! no date and done, filtered by area and person, with progress per area.
//! Groups are computed once per document change or filter change.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::clock;
use crate::domain::content::area_text;
use crate::domain::document::Action;
use crate::domain::forms::{area_from_key, area_key};
use crate::domain::i18n::Lang;
use crate::domain::people::PeopleIndex;
use crate::domain::plan::{first_look_rows, group, progress, ActionFilter, AreaProgress};
use crate::domain::plan_text::{self, PlanText};
use crate::domain::questionnaire::Area;
use crate::domain::route::Route;
use crate::ui::action_list::{self, ActionList};
use crate::ui::after_paint::AfterPaint;
use crate::ui::hooks::use_focus_when;
use crate::ui::person_select::PersonSelect;
use crate::ui::select_field::SelectField;
use crate::ui::store::{memo, use_doc, use_lang, use_people_index, use_read_only, AppMemo, Shared};

/// The six groups, in the order shown.
type GroupLists = [Rc<Vec<usize>>; 6];

thread_local! {
    static GROUPS: AppMemo<((u64, u64), ActionFilter, NaiveDate), GroupLists> = const { AppMemo::new() };
    static PROGRESS: AppMemo<(u64, u64), Vec<AreaProgress>> = const { AppMemo::new() };
}

/// Each group's section id and heading, in the order of `GroupLists`.
const SECTIONS: [(&str, PlanText); 6] = [
    ("plan-overdue", PlanText::Overdue),
    ("plan-today", PlanText::Today),
    ("plan-this-week", PlanText::ThisWeek),
    ("plan-later", PlanText::Upcoming),
    ("plan-no-date", PlanText::NoDate),
    ("plan-done", PlanText::DoneList),
];

/// Actions in the screen's first look (more than a phone shows below the
/// filters); the other actions and groups follow once it is painted
/// (`first_look_rows`).
const FIRST_LOOK: usize = 3;

/// What every group section needs.
struct GroupCtx<'a> {
    lang: Lang,
    index: &'a Shared<PeopleIndex>,
    today: NaiveDate,
    on_notice: &'a Callback<String>,
    /// What is done is looked at less often: listed on request.
    done_open: &'a UseStateHandle<bool>,
}

#[component]
pub fn Plan() -> Html {
    let lang = use_lang();
    let shown = use_doc();
    let read_only = use_read_only();
    let index = use_people_index();
    let today = clock::today();
    let filter = use_state(ActionFilter::default);
    let notice = use_state(|| None::<String>);
    let done_open = use_state(|| false);
    use_focus_when("#plan-status", (*notice).clone());

    let groups = memo(
        &GROUPS,
        (shown.version(), *filter, today),
        |(_, f, today)| group_lists(&shown.actions, *f, *today),
    );
    let progress = memo(&PROGRESS, shown.version(), |_| progress(&shown.actions));
    let on_notice = {
        let notice = notice.clone();
        Callback::from(move |s: String| notice.set(Some(s)))
    };
    let ctx = GroupCtx {
        lang,
        index: &index,
        today,
        on_notice: &on_notice,
        done_open: &done_open,
    };
    // Fixed when the screen opens: a group never moves between the parts,
    // so a filter or a closed action leaves every other element (and focus)
    // where it is.
    let first = use_state(|| first_look(&groups));
    let (sections, later) = group_sections(&ctx, &groups, &first);

    html! {
        <div class="screen plan">
            <h1 tabindex="-1">{ lang.t(PlanText::PlanTitle) }</h1>
            <p>{ lang.t(PlanText::PlanIntro) }</p>
            if !read_only {
                <p class="screen-actions no-print">
                    <a class="button primary" id="add-action" href={Route::ActionNew { person: None }.hash()}>{ lang.t(PlanText::AddAction) }</a>
                    <a class="button" href={Route::Review.hash()}>{ lang.t(PlanText::NavReview) }</a>
                </p>
            }
            <p id="plan-status" class="status" role="status" tabindex="-1">{ (*notice).clone().unwrap_or_default() }</p>
            { filters(lang, &filter) }
            { for sections }
            <AfterPaint>
                { for later }
                { progress_card(lang, &progress) }
            </AfterPaint>
        </div>
    }
}

/// The area and person filters.
fn filters(lang: Lang, filter: &UseStateHandle<ActionFilter>) -> Html {
    let on_area = {
        let filter = filter.clone();
        Callback::from(move |k: String| {
            filter.set(ActionFilter {
                area: area_from_key(&k),
                ..*filter
            })
        })
    };
    let on_person = {
        let filter = filter.clone();
        Callback::from(move |k: String| {
            filter.set(ActionFilter {
                person: k.parse().ok(),
                ..*filter
            })
        })
    };
    let mut area_options = vec![(
        AttrValue::from(""),
        AttrValue::from(lang.t(PlanText::AllAreas)),
    )];
    area_options.extend(Area::ALL.iter().map(|a| {
        (
            AttrValue::from(area_key(*a)),
            AttrValue::from(area_text(*a).name.get(lang)),
        )
    }));
    html! {
        <div class="filters no-print" role="group" aria-label={lang.t(PlanText::Filters)}>
            <SelectField id="filter-area" label={lang.t(PlanText::FilterArea)}
                value={filter.area.map(area_key).unwrap_or("")} options={area_options} on_change={on_area} />
            <PersonSelect id="filter-person" label={lang.t(PlanText::FilterPerson)} none_label={lang.t(PlanText::AllPeople)}
                value={filter.person.map(|p| p.to_string()).unwrap_or_default()} on_change={on_person} />
        </div>
    }
}

/// The six groups, in `SECTIONS` order.
fn group_lists(actions: &[Action], filter: ActionFilter, today: NaiveDate) -> GroupLists {
    let g = group(actions, filter, today);
    [
        g.overdue,
        g.today,
        g.this_week,
        g.later,
        g.unscheduled,
        g.done,
    ]
    .map(Rc::new)
}

/// The first look's groups, each with the actions it draws before the
/// paint (`first_look_rows`); the done group shows nothing until opened.
fn first_look(groups: &GroupLists) -> Vec<usize> {
    let lens = groups.each_ref().map(|g| g.len());
    first_look_rows(&lens[..5], action_list::PAGE, FIRST_LOOK)
}

/// The group sections of the first look (`first`, the actions each draws
/// before the paint), and those that follow once it is painted.
fn group_sections(ctx: &GroupCtx, groups: &GroupLists, first: &[usize]) -> (Vec<Html>, Vec<Html>) {
    let mut sections: Vec<Html> = SECTIONS
        .iter()
        .zip(groups.iter())
        .enumerate()
        .map(|(i, ((id, title), items))| {
            let rows = first.get(i).copied();
            group_section(ctx, id, *title, items, rows)
        })
        .collect();
    let later = sections.split_off(first.len());
    (sections, later)
}

/// One group of actions; the done group is folded until asked for. A group
/// of the first look draws `first_look` actions before the paint; one that
/// comes later (`None`) is drawn only when it comes into view.
fn group_section(
    ctx: &GroupCtx,
    id: &'static str,
    title: PlanText,
    items: &Rc<Vec<usize>>,
    first_look: Option<usize>,
) -> Html {
    let later = first_look.is_none();
    let lang = ctx.lang;
    let h = format!("{id}-h");
    let collapsed = id == "plan-done" && !items.is_empty();
    let done_open = ctx.done_open;
    let toggle = collapsed.then(|| {
        let done_open = done_open.clone();
        let label = if *done_open { PlanText::HideDone } else { PlanText::ShowDone };
        html! {
            <button type="button" class="button small" id="plan-done-toggle" aria-expanded={done_open.to_string()}
                onclick={Callback::from(move |_| done_open.set(!*done_open))}>{ lang.t(label) }</button>
        }
    });
    html! {
        <section key={id} class={classes!("card", "plan-group", id, later.then_some("later"))} id={id} aria-labelledby={h.clone()}>
            <h2 id={h}>{ lang.t(title) }{ format!(" ({})", items.len()) }</h2>
            { toggle }
            if !collapsed || **done_open {
                <ActionList items={items.clone()} index={ctx.index.clone()} today={ctx.today}
                    empty={lang.t(PlanText::NothingHere)} on_notice={ctx.on_notice.clone()}
                    first_look={first_look.unwrap_or(usize::MAX)} />
            }
        </section>
    }
}

/// Done out of planned, per area (nothing when no action has an area).
fn progress_card(lang: Lang, progress: &[AreaProgress]) -> Html {
    if progress.is_empty() {
        return Html::default();
    }
    let rows = progress.iter().map(|p| {
        let pct = (p.done * 100).checked_div(p.planned).unwrap_or(0);
        html! {
            <li class="bar-row">
                <span class="bar-name">{ area_text(p.area).name.get(lang) }</span>
                <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="bar-track" x="0" y="0" width="100" height="10" rx="2" />
                    <rect class="bar-fill band-strong" x="0" y="0" width={pct.to_string()} height="10" rx="2" />
                </svg>
                <span class="bar-value">{ plan_text::progress_text(lang, p.done, p.planned) }</span>
            </li>
        }
    });
    html! {
        <section class="card" aria-labelledby="progress-h">
            <h2 id="progress-h">{ lang.t(PlanText::ProgressTitle) }</h2>
            <p class="muted">{ lang.t(PlanText::ProgressNote) }</p>
            <ul class="bars">{ for rows }</ul>
        </section>
    }
}
