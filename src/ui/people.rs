//! The people list: search by name, tag, interests or place; filter by
//! channel and tag; sort by name, channel, last contact or next follow-up.
//! The index and each sort order are built once per document change; a
//! keystroke only filters precomputed keys and renders one page of rows.

use chrono::NaiveDate;
use yew::prelude::*;

use crate::clock;
use crate::domain::i18n::{format_date, join_list, Lang, UiText};
use crate::domain::people::{search, sorted, Filter, PeopleIndex, Row, SortBy};
use crate::domain::plan_text::{self, PlanText, CHANNELS};
use crate::domain::route::Route;
use crate::ui::hooks::use_painted;
use crate::ui::select_field::SelectField;
use crate::ui::store::{memo, use_lang, use_people_index, use_read_only, AppMemo, Shared};
use crate::ui::text_field::{InputKind, TextField};

const PAGE: usize = 30;
/// Rows in the list's first look (more than a phone shows); the rest of
/// the page follows once it is painted.
const FIRST_LOOK: usize = 4;

thread_local! {
    /// Each sort order, built once per document change.
    static ORDER: AppMemo<(Shared<PeopleIndex>, SortBy), Vec<usize>> = const { AppMemo::new() };
    /// The tags in use (key, as written), for the tag filter.
    static TAGS: AppMemo<Shared<PeopleIndex>, Vec<(String, String)>> = const { AppMemo::new() };
}

#[component]
pub fn People() -> Html {
    let lang = use_lang();
    let index = use_people_index();
    let read_only = use_read_only();
    let filter = use_state(Filter::default);
    let sort = use_state(SortBy::default);
    let limit = use_state(|| PAGE);
    let painted = use_painted(true);
    let empty = index.rows.is_empty();

    html! {
        <div class="screen people">
            <h1 tabindex="-1">{ lang.t(PlanText::PeopleTitle) }</h1>
            <p>{ lang.t(PlanText::PeopleIntro) }</p>
            if !read_only {
                <p class="screen-actions no-print">
                    <a class="button primary" id="add-person" href={Route::PersonNew.hash()}>{ lang.t(PlanText::AddPerson) }</a>
                </p>
            }
            if empty {
                <p class="empty">{ lang.t(PlanText::NoPeopleYet) }</p>
            } else {
                { filters(lang, &index, &filter, &sort, &limit) }
                { results(lang, &index, &filter, *sort, &limit, painted) }
            }
        </div>
    }
}

/// Search, sort and the channel and tag filters.
fn filters(
    lang: Lang,
    index: &Shared<PeopleIndex>,
    filter: &UseStateHandle<Filter>,
    sort: &UseStateHandle<SortBy>,
    limit: &UseStateHandle<usize>,
) -> Html {
    let tags = memo(&TAGS, index.clone(), |index| index.tags());
    let set_text = {
        let (filter, limit) = (filter.clone(), limit.clone());
        Callback::from(move |text: String| {
            limit.set(PAGE);
            filter.set(Filter {
                text,
                ..(*filter).clone()
            })
        })
    };
    let set_channel = set_filter(filter, |k, f| f.channel = plan_text::channel_from_key(&k));
    let set_tag = set_filter(filter, |k, f| f.tag = (!k.is_empty()).then_some(k));
    let set_sort = {
        let sort = sort.clone();
        Callback::from(move |k: String| sort.set(SortBy::from_key(&k).unwrap_or_default()))
    };
    html! {
        <div class="filters no-print" role="search">
            <TextField id="people-search" label={lang.t(PlanText::Search)} kind={InputKind::Search}
                hint={AttrValue::from(lang.t(PlanText::SearchHint))} value={filter.text.clone()} on_input={set_text} />
            <SelectField id="people-sort" label={lang.t(PlanText::SortBy)} value={sort.key()} options={sort_options(lang)} on_change={set_sort} />
            <SelectField id="people-channel" label={lang.t(PlanText::FilterChannel)}
                value={filter.channel.map(plan_text::channel_key).unwrap_or("")} options={channel_options(lang)} on_change={set_channel} />
            if !tags.is_empty() {
                <SelectField id="people-tag" label={lang.t(PlanText::FilterTag)}
                    value={filter.tag.clone().unwrap_or_default()} options={tag_options(lang, &tags)} on_change={set_tag} />
            }
        </div>
    }
}

/// A select's callback that changes one part of the filter.
fn set_filter(
    filter: &UseStateHandle<Filter>,
    change: impl Fn(String, &mut Filter) + 'static,
) -> Callback<String> {
    let filter = filter.clone();
    Callback::from(move |k: String| {
        let mut next = (*filter).clone();
        change(k, &mut next);
        filter.set(next)
    })
}

type Options = Vec<(AttrValue, AttrValue)>;

fn sort_options(lang: Lang) -> Options {
    SortBy::ALL
        .iter()
        .map(|s| {
            let label = match s {
                SortBy::Name => PlanText::SortName,
                SortBy::Channel => PlanText::SortChannel,
                SortBy::LastContact => PlanText::SortLastContact,
                SortBy::NextFollowUp => PlanText::SortNextFollowUp,
            };
            (AttrValue::from(s.key()), AttrValue::from(lang.t(label)))
        })
        .collect()
}

fn channel_options(lang: Lang) -> Options {
    let mut channels = vec![(
        AttrValue::from(""),
        AttrValue::from(lang.t(PlanText::AllChannels)),
    )];
    channels.extend(CHANNELS.iter().map(|c| {
        (
            AttrValue::from(plan_text::channel_key(*c)),
            AttrValue::from(plan_text::channel_label(lang, *c)),
        )
    }));
    channels
}

fn tag_options(lang: Lang, tags: &[(String, String)]) -> Options {
    let mut options = vec![(
        AttrValue::from(""),
        AttrValue::from(lang.t(PlanText::AllTags)),
    )];
    options.extend(
        tags.iter()
            .map(|(k, t)| (AttrValue::from(k.clone()), AttrValue::from(t.clone()))),
    );
    options
}

/// How many match, then one page of them and a button for the next page.
fn results(
    lang: Lang,
    index: &Shared<PeopleIndex>,
    filter: &Filter,
    sort: SortBy,
    limit: &UseStateHandle<usize>,
    painted: bool,
) -> Html {
    let order = memo(&ORDER, (index.clone(), sort), |(index, sort)| {
        sorted(index, *sort)
    });
    let (rows, total) = search(index, &order, filter, **limit);
    let today = clock::today();
    let more = (total > rows.len()).then(|| {
        let limit = limit.clone();
        html! {
            <button type="button" class="button show-more" onclick={Callback::from(move |_| limit.set(*limit + PAGE))}>
                { lang.t(PlanText::ShowMore) }{ format!(" ({})", total - rows.len()) }
            </button>
        }
    });
    html! {
        <>
            <p class="muted" role="status" id="people-count">{ plan_text::count_text(lang, total) }</p>
            if total == 0 {
                <p class="empty">{ lang.t(PlanText::NoMatches) }</p>
            } else {
                // One keyed list before and after the paint (`use_painted`).
                <ul class="people-list">
                    { for rows.iter().take(if painted { rows.len() } else { FIRST_LOOK }).map(|r| person_row(lang, r, today)) }
                </ul>
                { more }
            }
        </>
    }
}

fn person_row(lang: Lang, r: &Row, today: NaiveDate) -> Html {
    let colon = lang.t(UiText::Colon);
    let next = r.next_follow_up.map(|d| {
        let due = d <= today;
        html! {
            <span class="meta">
                { lang.t(PlanText::NextFollowUp) }{ colon }{ format_date(lang, d) }
                if due { { " " }<span class="badge overdue">{ lang.t(PlanText::FollowUpDue) }</span> }
            </span>
        }
    });
    let last = match r.last_contact {
        Some(d) => plan_text::days_ago(lang, d, today),
        None => lang.t(PlanText::NeverContacted).to_string(),
    };
    html! {
        <li class="person-row" key={r.id.to_string()}>
            <a class="person-name" href={Route::Person(r.id).hash()}>{ r.name.clone() }</a>
            <p class="action-meta">
                <span class="meta">{ plan_text::channel_label(lang, r.channel) }</span>
                <span class="meta">{ lang.t(PlanText::LastContact) }{ colon }{ last }</span>
                { next }
                if !r.tags.is_empty() { <span class="meta tags">{ join_list(lang, &r.tags) }</span> }
            </p>
        </li>
    }
}
