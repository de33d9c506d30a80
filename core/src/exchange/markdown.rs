//! Markdown export of the plan: the latest self-check results (scores per
//! area, recommended next steps), open actions by due date, and people with
//! their next follow-up. Everything the user typed is escaped, so a name
//! like `*Tom* <b>` prints as typed instead of turning into formatting.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::content::area_text;
use crate::document::{Action, Document, Person, PersonId, Status};
use crate::files_text::{self, FileText};
use crate::follow_up;
use crate::i18n::{self, Lang, UiText};
use crate::scoring::{self, Band};
use crate::sorting;

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
    match lang.built() {
        Lang::Ja => format!("（{s}）"),
        Lang::En => format!(" ({s})"),
    }
}

fn list_separator(lang: Lang) -> &'static str {
    match lang.built() {
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
    let mut w = Writer {
        lang,
        today,
        colon: lang.t(UiText::Colon),
        md: String::new(),
        // One lookup table, not a search of every person per line.
        people: doc.people.iter().map(|p| (p.id, p)).collect(),
    };
    w.push(&format!("# {}", lang.t(FileText::PlanTitle)));
    w.push("");
    w.push(&format!(
        "{}{}{}",
        lang.t(FileText::MadeOn),
        w.colon,
        w.date(today)
    ));
    w.push("");
    w.results(doc);
    w.open_actions(doc);
    w.people(doc);
    w.push("---");
    w.push("");
    w.push(lang.t(FileText::PrivacyFooter));
    w.md
}

/// The document being written, with what every section needs.
struct Writer<'a> {
    lang: Lang,
    today: NaiveDate,
    colon: &'static str,
    md: String,
    people: HashMap<PersonId, &'a Person>,
}

impl Writer<'_> {
    fn push(&mut self, s: &str) {
        self.md.push_str(s);
        self.md.push('\n');
    }

    fn date(&self, d: NaiveDate) -> String {
        i18n::format_date(self.lang, d)
    }

    fn t(&self, key: FileText) -> &'static str {
        self.lang.t(key)
    }

    /// The person's name as written in the file; None for someone not in it.
    fn name_of(&self, id: PersonId) -> Option<String> {
        self.people.get(&id).map(|p| {
            if p.name.trim().is_empty() {
                self.t(FileText::Unnamed).to_string()
            } else {
                escape(p.name.trim())
            }
        })
    }

    /// The latest self-check: overall score, the table of areas and the
    /// recommended next steps.
    fn results(&mut self, doc: &Document) {
        let lang = self.lang;
        let Some(latest) = doc.latest_assessment() else {
            self.push(&format!("## {}", self.t(FileText::LatestResults)));
            self.push("");
            self.push(self.t(FileText::NoResults));
            self.push("");
            return;
        };
        let heading = format!(
            "## {}{}",
            self.t(FileText::LatestResults),
            paren(lang, &self.date(latest.date))
        );
        self.push(&heading);
        self.push("");
        let scores = scoring::score(&latest.answers);
        if let Some(overall) = scores.overall {
            self.push(&format!(
                "{}{}**{}**{}",
                lang.t(UiText::OverallScore),
                self.colon,
                i18n::score_text(lang, overall),
                paren(lang, band(lang, Band::of(overall)))
            ));
            self.push("");
        }
        self.score_table(&scores);
        self.recommendations(&latest.answers);
    }

    fn score_table(&mut self, scores: &scoring::Scores) {
        let lang = self.lang;
        self.push(&format!(
            "| {} | {} | {} |",
            self.t(FileText::AreaHeader),
            self.t(FileText::ScoreHeader),
            self.t(FileText::BandHeader)
        ));
        self.push("| --- | ---: | --- |");
        for (area, score) in &scores.areas {
            let name = area_text(*area).name.get(lang);
            let row = match score {
                Some(s) => format!(
                    "| {name} | {} | {} |",
                    i18n::score_text(lang, *s),
                    band(lang, Band::of(*s))
                ),
                None => format!("| {name} | — | {} |", self.t(FileText::NotScored)),
            };
            self.push(&row);
        }
        self.push("");
    }

    fn recommendations(&mut self, answers: &scoring::Answers) {
        self.push(&format!("### {}", self.t(FileText::Recommendations)));
        self.push("");
        let recs = scoring::recommendations(answers, RECOMMENDATION_COUNT);
        if recs.is_empty() {
            self.push(self.t(FileText::NoRecommendations));
        }
        for (n, r) in recs.iter().enumerate() {
            let line = format!(
                "{}. **{}** — {}",
                n + 1,
                r.tip.action.get(self.lang),
                r.tip.why.get(self.lang)
            );
            self.push(&line);
        }
        self.push("");
    }

    /// Open actions: dated first, soonest first; undated last, in list order.
    fn open_actions(&mut self, doc: &Document) {
        self.push(&format!("## {}", self.t(FileText::OpenActions)));
        self.push("");
        let mut open: Vec<&Action> = doc
            .actions
            .iter()
            .filter(|a| a.status == Status::Todo)
            .collect();
        sorting::sort_by_key(&mut open, |a| (a.due.is_none(), a.due));
        if open.is_empty() {
            self.push(self.t(FileText::NoOpenActions));
        }
        for a in open {
            let line = self.action_line(a);
            self.push(&line);
        }
        self.push("");
    }

    fn action_line(&self, a: &Action) -> String {
        let (lang, colon) = (self.lang, self.colon);
        let when = match a.due {
            Some(d) if d < self.today => {
                format!("{}{}", self.date(d), paren(lang, self.t(FileText::Overdue)))
            }
            Some(d) => self.date(d),
            None => self.t(FileText::NoDueDate).to_string(),
        };
        let title = if a.title.trim().is_empty() {
            self.t(FileText::ActionFallback).to_string()
        } else {
            escape(a.title.trim())
        };
        let mut line = format!("- [ ] {when}{colon}{title}");
        let names: Vec<String> = a.people.iter().filter_map(|&p| self.name_of(p)).collect();
        if !names.is_empty() {
            let with = format!(
                "{}{colon}{}",
                self.t(FileText::With),
                names.join(list_separator(lang))
            );
            line.push_str(&paren(lang, &with));
        }
        if let Some(r) = files_text::recurrence(lang, a.recurrence) {
            line.push_str(&format!(" — {}{colon}{r}", self.t(FileText::Repeats)));
        }
        line
    }

    /// Everyone with a rhythm, soonest follow-up first, then everyone else.
    fn people(&mut self, doc: &Document) {
        self.push(&format!("## {}", self.t(FileText::PeopleAndFollowUps)));
        self.push("");
        if doc.people.is_empty() {
            self.push(self.t(FileText::NoPeople));
        }
        let follow_ups = follow_up::follow_ups(doc);
        for f in &follow_ups {
            let line = self.follow_up_line(f);
            self.push(&line);
        }
        let followed: HashSet<PersonId> = follow_ups.iter().map(|f| f.person.id).collect();
        for p in &doc.people {
            if !followed.contains(&p.id) {
                let line = format!(
                    "- {} — {}",
                    self.name_of(p.id).unwrap_or_default(),
                    self.t(FileText::NoFollowUp)
                );
                self.push(&line);
            }
        }
        self.push("");
    }

    fn follow_up_line(&self, f: &follow_up::FollowUp<'_>) -> String {
        let (lang, colon) = (self.lang, self.colon);
        let mut next = self.date(f.next);
        if f.next < self.today {
            next.push_str(&paren(lang, self.t(FileText::Overdue)));
        }
        format!(
            "- {} — {}{colon}{next}{}{}{}{colon}{}",
            self.name_of(f.person.id).unwrap_or_default(),
            self.t(FileText::NextFollowUp),
            paren(lang, files_text::cadence(lang, f.person.cadence)),
            match lang.built() {
                Lang::Ja => "、",
                Lang::En => " · ",
            },
            self.t(FileText::LastContact),
            self.date(f.last_contact),
        )
    }
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
