//! The people list: search by name, tag, interests or place; filter by
//! channel and tag; sort by name, channel, last contact or next follow-up.
//! The index and each sort order are built once per document change; a
//! keystroke only filters precomputed keys and renders one page of rows.

use std::rc::Rc;

use yew::prelude::*;

use crate::clock;
use crate::domain::i18n::{format_date, join_list, T};
use crate::domain::people::{search, sorted, Filter, SortBy};
use crate::domain::plan_text::{self, CHANNELS, P};
use crate::domain::route::Route;
use crate::ui::select_field::SelectField;
use crate::ui::store::{app_memo, use_lang, use_people_index, use_read_only};
use crate::ui::text_field::{InputKind, TextField};

const PAGE: usize = 30;

#[component]
pub fn People() -> Html {
    let lang = use_lang();
    let index = use_people_index();
    let read_only = use_read_only();
    let today = clock::today();
    let filter = use_state(Filter::default);
    let sort = use_state(SortBy::default);
    let limit = use_state(|| PAGE);

    let order = {
        let index = index.clone();
        app_memo("people.order", (index.clone(), *sort), move |(_, sort)| {
            Rc::new(sorted(&index, *sort))
        })
    };
    let (rows, total) = search(&index, &order, &filter, *limit);

    let set_text = {
        let filter = filter.clone();
        let limit = limit.clone();
        Callback::from(move |text: String| {
            limit.set(PAGE);
            filter.set(Filter {
                text,
                ..(*filter).clone()
            })
        })
    };
    let set_channel = {
        let filter = filter.clone();
        Callback::from(move |k: String| {
            filter.set(Filter {
                channel: plan_text::channel_from_key(&k),
                ..(*filter).clone()
            })
        })
    };
    let set_tag = {
        let filter = filter.clone();
        Callback::from(move |k: String| {
            filter.set(Filter {
                tag: (!k.is_empty()).then_some(k),
                ..(*filter).clone()
            })
        })
    };
    let set_sort = {
        let sort = sort.clone();
        Callback::from(move |k: String| sort.set(SortBy::from_key(&k).unwrap_or_default()))
    };
    let sorts: Vec<_> = SortBy::ALL
        .iter()
        .map(|s| {
            let label = match s {
                SortBy::Name => P::SortName,
                SortBy::Channel => P::SortChannel,
                SortBy::LastContact => P::SortLastContact,
                SortBy::NextFollowUp => P::SortNextFollowUp,
            };
            (AttrValue::from(s.key()), AttrValue::from(lang.t(label)))
        })
        .collect();
    let mut channels = vec![(AttrValue::from(""), AttrValue::from(lang.t(P::AllChannels)))];
    channels.extend(CHANNELS.iter().map(|c| {
        (
            AttrValue::from(plan_text::channel_key(*c)),
            AttrValue::from(plan_text::channel_label(lang, *c)),
        )
    }));
    let tags = {
        let index = index.clone();
        app_memo("people.tags", index.clone(), move |_| index.tags())
    };
    let mut tag_options = vec![(AttrValue::from(""), AttrValue::from(lang.t(P::AllTags)))];
    tag_options.extend(
        tags.iter()
            .map(|(k, t)| (AttrValue::from(k.clone()), AttrValue::from(t.clone()))),
    );

    let colon = lang.t(T::Colon);
    let items = rows.iter().map(|r| {
        let next = r.next_follow_up.map(|d| {
            let due = d <= today;
            html! {
                <span class="meta">
                    { lang.t(P::NextFollowUp) }{ colon }{ format_date(lang, d) }
                    if due { { " " }<span class="badge overdue">{ lang.t(P::FollowUpDue) }</span> }
                </span>
            }
        });
        let last = match r.last_contact {
            Some(d) => plan_text::days_ago(lang, d, today),
            None => lang.t(P::NeverContacted).to_string(),
        };
        html! {
            <li class="person-row" key={r.id.to_string()}>
                <a class="person-name" href={Route::Person(r.id).hash()}>{ r.name.clone() }</a>
                <p class="action-meta">
                    <span class="meta">{ plan_text::channel_label(lang, r.channel) }</span>
                    <span class="meta">{ lang.t(P::LastContact) }{ colon }{ last }</span>
                    { next }
                    if !r.tags.is_empty() { <span class="meta tags">{ join_list(lang, &r.tags) }</span> }
                </p>
            </li>
        }
    });
    let more = (total > rows.len()).then(|| {
        let limit = limit.clone();
        html! {
            <button type="button" class="button show-more" onclick={Callback::from(move |_| limit.set(*limit + PAGE))}>
                { lang.t(P::ShowMore) }{ format!(" ({})", total - rows.len()) }
            </button>
        }
    });
    let empty = index.rows.is_empty();

    html! {
        <div class="screen people">
            <h1 tabindex="-1">{ lang.t(P::PeopleTitle) }</h1>
            <p>{ lang.t(P::PeopleIntro) }</p>
            if !read_only {
                <p class="screen-actions no-print">
                    <a class="button primary" id="add-person" href={Route::PersonNew.hash()}>{ lang.t(P::AddPerson) }</a>
                </p>
            }
            if empty {
                <p class="empty">{ lang.t(P::NoPeopleYet) }</p>
            } else {
                <div class="filters no-print" role="search">
                    <TextField id="people-search" label={lang.t(P::Search)} kind={InputKind::Search}
                        hint={AttrValue::from(lang.t(P::SearchHint))} value={filter.text.clone()} on_input={set_text} />
                    <SelectField id="people-sort" label={lang.t(P::SortBy)} value={sort.key()} options={sorts} on_change={set_sort} />
                    <SelectField id="people-channel" label={lang.t(P::FilterChannel)}
                        value={filter.channel.map(plan_text::channel_key).unwrap_or("")} options={channels} on_change={set_channel} />
                    if !tags.is_empty() {
                        <SelectField id="people-tag" label={lang.t(P::FilterTag)}
                            value={filter.tag.clone().unwrap_or_default()} options={tag_options} on_change={set_tag} />
                    }
                </div>
                <p class="muted" role="status" id="people-count">{ plan_text::count_text(lang, total) }</p>
                if total == 0 {
                    <p class="empty">{ lang.t(P::NoMatches) }</p>
                } else {
                    <ul class="people-list">{ for items }</ul>
                    { more }
                }
            }
        </div>
    }
}
