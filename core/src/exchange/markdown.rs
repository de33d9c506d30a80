//! Markdown export of the plan: the latest self-check results (scores per
//! area, recommended next steps), open actions by due date, and people with
//! their next follow-up. Everything the user typed is escaped, so a name
//! like `*Tom* <b>` prints as typed instead of turning into formatting.

use chrono::NaiveDate;

use crate::content::area_text;
use crate::document::{Action, Document, PersonId, Status};
use crate::files_text::{self, F};
use crate::follow_up;
use crate::i18n::{self, Lang, T};
use crate::scoring::{self, Band};

/// How many next steps to list, as on the results page.
pub const RECOMMENDATION_COUNT: usize = 5;

/// The file name for `today`: `tsunagari-plan-2026-11-23.md`.
pub fn file_name(today: NaiveDate) -> String {
    crate::plan_file::file_name(today).replace(".tsunagari.json", ".md")
}

/// Escapes text for use inline in Markdown (CommonMark): every character
/// that can start formatting, a link, HTML or a table cell boundary gets a
/// backslash, and line breaks become spaces so text stays in its list item.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '<' | '>' | '(' | ')' | '#' | '+'
            | '-' | '.' | '!' | '|' | '~' | '&' | '"' | '=' | ':' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c if c.is_control() && c != '\t' => {}
            c => out.push(c),
        }
    }
    out
}

/// "（x）" in Japanese, " (x)" in English.
fn paren(lang: Lang, s: &str) -> String {
    match lang {
        Lang::Ja => format!("（{s}）"),
        Lang::En => format!(" ({s})"),
    }
}

fn list_separator(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "、",
        Lang::En => ", ",
    }
}

fn band(lang: Lang, b: Band) -> &'static str {
    lang.t(b.text())
}

/// The whole plan as a Markdown document in `lang`. `today` marks overdue
/// actions and follow-ups.
pub fn export(doc: &Document, lang: Lang, today: NaiveDate) -> String {
    let colon = lang.t(T::Colon);
    let date = |d: NaiveDate| i18n::format_date(lang, d);
    let mut md = String::new();
    let mut push = |s: &str| {
        md.push_str(s);
        md.push('\n');
    };

    push(&format!("# {}", lang.t(F::PlanTitle)));
    push("");
    push(&format!("{}{colon}{}", lang.t(F::MadeOn), date(today)));
    push("");

    // Results
    match doc.latest_assessment() {
        None => {
            push(&format!("## {}", lang.t(F::LatestResults)));
            push("");
            push(lang.t(F::NoResults));
            push("");
        }
        Some(latest) => {
            push(&format!(
                "## {}{}",
                lang.t(F::LatestResults),
                paren(lang, &date(latest.date))
            ));
            push("");
            let scores = scoring::score(&latest.answers);
            if let Some(overall) = scores.overall {
                push(&format!(
                    "{}{colon}**{}**{}",
                    lang.t(T::OverallScore),
                    i18n::score_text(lang, overall),
                    paren(lang, band(lang, Band::of(overall)))
                ));
                push("");
            }
            push(&format!(
                "| {} | {} | {} |",
                lang.t(F::AreaHeader),
                lang.t(F::ScoreHeader),
                lang.t(F::BandHeader)
            ));
            push("| --- | ---: | --- |");
            for (area, score) in &scores.areas {
                let name = area_text(*area).name.get(lang);
                match score {
                    Some(s) => push(&format!(
                        "| {name} | {} | {} |",
                        i18n::score_text(lang, *s),
                        band(lang, Band::of(*s))
                    )),
                    None => push(&format!("| {name} | — | {} |", lang.t(F::NotScored))),
                }
            }
            push("");
            push(&format!("### {}", lang.t(F::Recommendations)));
            push("");
            let recs = scoring::recommendations(&latest.answers, RECOMMENDATION_COUNT);
            if recs.is_empty() {
                push(lang.t(F::NoRecommendations));
            }
            for (n, r) in recs.iter().enumerate() {
                push(&format!(
                    "{}. **{}** — {}",
                    n + 1,
                    r.tip.action.get(lang),
                    r.tip.why.get(lang)
                ));
            }
            push("");
        }
    }

    // Open actions
    push(&format!("## {}", lang.t(F::OpenActions)));
    push("");
    let mut open: Vec<&Action> = doc
        .actions
        .iter()
        .filter(|a| a.status == Status::Todo)
        .collect();
    // Dated first, soonest first; undated last, in list order.
    open.sort_by_key(|a| (a.due.is_none(), a.due));
    if open.is_empty() {
        push(lang.t(F::NoOpenActions));
    }
    // One lookup table, not a search of every person per line.
    let people: std::collections::HashMap<PersonId, &crate::document::Person> =
        doc.people.iter().map(|p| (p.id, p)).collect();
    let name_of = |id: PersonId| {
        people.get(&id).map(|p| {
            if p.name.trim().is_empty() {
                lang.t(F::Unnamed).to_string()
            } else {
                escape(p.name.trim())
            }
        })
    };
    for a in open {
        let when = match a.due {
            Some(d) if d < today => format!("{}{}", date(d), paren(lang, lang.t(F::Overdue))),
            Some(d) => date(d),
            None => lang.t(F::NoDueDate).to_string(),
        };
        let title = if a.title.trim().is_empty() {
            lang.t(F::ActionFallback).to_string()
        } else {
            escape(a.title.trim())
        };
        let mut line = format!("- [ ] {when}{colon}{title}");
        let names: Vec<String> = a.people.iter().filter_map(|&p| name_of(p)).collect();
        if !names.is_empty() {
            line.push_str(&paren(
                lang,
                &format!(
                    "{}{colon}{}",
                    lang.t(F::With),
                    names.join(list_separator(lang))
                ),
            ));
        }
        if let Some(r) = files_text::recurrence(lang, a.recurrence) {
            line.push_str(&format!(" — {}{colon}{r}", lang.t(F::Repeats)));
        }
        push(&line);
    }
    push("");

    // People
    push(&format!("## {}", lang.t(F::PeopleAndFollowUps)));
    push("");
    if doc.people.is_empty() {
        push(lang.t(F::NoPeople));
    }
    let follow_ups = follow_up::follow_ups(doc);
    for f in &follow_ups {
        let mut next = date(f.next);
        if f.next < today {
            next.push_str(&paren(lang, lang.t(F::Overdue)));
        }
        push(&format!(
            "- {} — {}{colon}{next}{}{}{}{colon}{}",
            name_of(f.person.id).unwrap_or_default(),
            lang.t(F::NextFollowUp),
            paren(lang, files_text::cadence(lang, f.person.cadence)),
            match lang {
                Lang::Ja => "、",
                Lang::En => " · ",
            },
            lang.t(F::LastContact),
            date(f.last_contact),
        ));
    }
    let followed: std::collections::HashSet<PersonId> =
        follow_ups.iter().map(|f| f.person.id).collect();
    for p in &doc.people {
        if !followed.contains(&p.id) {
            push(&format!(
                "- {} — {}",
                name_of(p.id).unwrap_or_default(),
                lang.t(F::NoFollowUp)
            ));
        }
    }
    push("");
    push("---");
    push("");
    push(lang.t(F::PrivacyFooter));
    md
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_cannot_format() {
        assert_eq!(escape("*Tom* <b>"), "\\*Tom\\* \\<b\\>");
        assert_eq!(escape("[x](javascript:1)"), "\\[x\\]\\(javascript\\:1\\)");
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("# 1. - +"), "\\# 1\\. \\- \\+");
        assert_eq!(escape("line\r\nnext"), "line next");
        assert_eq!(escape("山田　太郎"), "山田　太郎");
        assert_eq!(escape("a\\b"), "a\\\\b");
    }

    #[test]
    fn file_name_matches_the_plan_file() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(file_name(d), "tsunagari-plan-2026-11-23.md");
    }
}
