//! The Markdown export of the sample plan in both languages: sections,
//! scores, action order, follow-ups, and escaping of hostile user text.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::*;
use tsunagari::domain::content::area_text;
use tsunagari::domain::document::*;
use tsunagari::domain::i18n::{score_text, Lang};
use tsunagari::domain::markdown;
use tsunagari::domain::scoring;

fn lines_starting<'a>(md: &'a str, prefix: &str) -> Vec<&'a str> {
    md.lines().filter(|l| l.starts_with(prefix)).collect()
}

#[test]
fn japanese_plan_has_results_actions_and_people() {
    let md = markdown::export(&sample(), Lang::Ja, d(2026, 11, 23));
    assert!(md.starts_with("# つながり プラン\n\n作成日：2026年11月23日\n"));
    assert!(md.contains("## 最新の診断結果（2026年11月1日）\n"));
    assert!(md.contains("総合スコア：**52点**（育っています）\n"));

    let scores = scoring::score(&sample().latest_assessment().unwrap().answers);
    let rows = lines_starting(&md, "| ");
    assert_eq!(rows.len(), 2 + 8, "header, alignment and one row per area");
    for ((area, score), row) in scores.areas.iter().zip(&rows[2..]) {
        let expected = format!(
            "| {} | {} |",
            area_text(*area).name.ja,
            score_text(Lang::Ja, score.unwrap())
        );
        assert!(row.starts_with(&expected), "{row}");
    }
    assert_eq!(lines_starting(&md, "1. ").len(), 1);
    assert_eq!(
        md.lines()
            .filter(|l| l.len() > 3
                && l.as_bytes()[0].is_ascii_digit()
                && l[1..].starts_with(". **"))
            .count(),
        markdown::RECOMMENDATION_COUNT
    );

    let actions = lines_starting(&md, "- [ ] ");
    assert_eq!(
        actions,
        [
            "- [ ] 2026年11月20日（予定日を過ぎています）：Post a short update — 繰り返し：毎週",
            "- [ ] 2026年11月24日：近況を振り返る — 繰り返し：10日ごと",
            "- [ ] 2026年11月25日：山田さんにお礼を伝える（関係する人：山田 太郎）",
            "- [ ] 2026年11月30日：佐藤さんと鈴木さんを紹介する（関係する人：佐藤、鈴木　花子） — 繰り返し：2週間ごと",
            "- [ ] 2026年12月1日：交流会に参加する; 名刺, 自己紹介を準備 — 繰り返し：毎月",
            "- [ ] 予定日なし：自己紹介を30秒にまとめる",
        ]
    );
    assert!(
        !md.contains("Send thanks to John"),
        "done actions are left out"
    );
    assert!(
        !md.contains("スキップした行動"),
        "skipped actions are left out"
    );

    let people: Vec<&str> = md
        .split("## つながりと次の連絡\n\n")
        .nth(1)
        .unwrap()
        .lines()
        .take_while(|l| l.starts_with("- "))
        .collect();
    assert_eq!(
        people,
        [
            "- John Smith — 次の連絡：2026年5月3日（予定日を過ぎています）（3か月ごと）、前回の連絡：2026年2月3日",
            "- 鈴木　花子 — 次の連絡：2026年11月5日（予定日を過ぎています）（半年ごと）、前回の連絡：2026年5月5日",
            "- 佐藤 — 次の連絡：2026年11月8日（予定日を過ぎています）（毎週）、前回の連絡：2026年11月1日",
            "- 名前未設定 — 次の連絡：2026年11月24日（2週間ごと）、前回の連絡：2026年11月10日",
            "- 山田 太郎 — 次の連絡：2026年11月30日（1か月ごと）、前回の連絡：2026年10月30日",
            "- 田中さん😊 — 連絡の間隔は決めていません",
        ]
    );
}

#[test]
fn english_plan_is_in_english() {
    let md = markdown::export(&sample(), Lang::En, d(2026, 11, 23));
    for heading in [
        "# Tsunagari plan",
        "## Latest self-check results (1 Nov 2026)",
        "### Recommended next steps",
        "## Open actions",
        "## People and next follow-ups",
    ] {
        assert!(md.lines().any(|l| l == heading), "{heading}");
    }
    assert!(md.contains("Overall score: **52 points** (Growing)"));
    assert!(md.contains(
        "- [ ] 20 Nov 2026 (past its planned date): Post a short update — Repeats: Every week\n"
    ));
    assert!(md.contains(
        "- 山田 太郎 — Next follow-up: 30 Nov 2026 (Every month) · Last contact: 30 Oct 2026\n"
    ));
    assert!(
        !md.contains('（') && !md.contains('：'),
        "no Japanese punctuation"
    );
}

#[test]
fn user_text_is_escaped() {
    let mut doc = Document::default();
    doc.people.push(person(
        1,
        "*Tom* <script>alert(1)</script> | [x](https://evil.example)",
        Cadence::Weekly,
        Some(d(2026, 11, 20)),
    ));
    doc.actions.push(action(
        2,
        "# not a heading\n- not an item `code`",
        None,
        &[1],
    ));
    let md = markdown::export(&doc, Lang::En, d(2026, 11, 23));
    assert!(!md.contains("<script>"));
    assert!(!md.contains("](http"));
    assert!(md.contains(
        "\\*Tom\\* \\<script\\>alert\\(1\\)\\</script\\> \\| \\[x\\]\\(https\\://evil\\.example\\)"
    ));
    assert!(md.contains(": \\# not a heading \\- not an item \\`code\\` (With: \\*Tom\\*"));
    // Each action stays on one line.
    assert_eq!(lines_starting(&md, "- [ ] ").len(), 1);
}

#[test]
fn an_empty_plan_says_so() {
    for lang in Lang::ALL {
        let md = markdown::export(&Document::default(), lang, d(2026, 11, 23));
        let expected = match lang {
            Lang::Ja => [
                "まだ診断結果がありません。",
                "予定している行動はありません。",
                "まだ登録した人はいません。",
            ],
            Lang::En => [
                "No self-check results yet.",
                "No open actions.",
                "No people added yet.",
            ],
        };
        for e in expected {
            assert!(md.contains(e), "{lang:?}: {e}");
        }
    }
}
