//! Words of the plan-file features (export, import, preview, merge,
//! Markdown and calendar export) in Japanese and English. Fixed strings are
//! the `FileText` table; strings with numbers, names or paths are the small
//! functions below it.

use crate::document::{Cadence, Recurrence};
use crate::i18n::Lang;

crate::string_table! {
    /// Strings of plan files: labels, headings and calendar wording.
    pub enum FileText {
    PlanTitle => "つながり プラン", "Tsunagari plan";
    LatestResults => "最新の診断結果", "Latest self-check results";
    NoResults => "まだ診断結果がありません。", "No self-check results yet.";
    AreaHeader => "分野", "Area";
    ScoreHeader => "スコア", "Score";
    BandHeader => "段階", "Level";
    NotScored => "未回答", "Not answered";
    Recommendations => "おすすめの次の一歩", "Recommended next steps";
    NoRecommendations => "どの項目もよくできています。今のつながりを大切に続けていきましょう。", "You are doing well on every item. Keep caring for the connections you have.";
    OpenActions => "これからの行動", "Open actions";
    NoOpenActions => "予定している行動はありません。", "No open actions.";
    NoDueDate => "予定日なし", "No planned date";
    Overdue => "予定日を過ぎています", "past its planned date";
    PeopleAndFollowUps => "つながりと次の連絡", "People and next follow-ups";
    NoPeople => "まだ登録した人はいません。", "No people added yet.";
    NextFollowUp => "次の連絡", "Next follow-up";
    NoFollowUp => "連絡の間隔は決めていません", "No follow-up rhythm set";
    LastContact => "前回の連絡", "Last contact";
    With => "関係する人", "With";
    Repeats => "繰り返し", "Repeats";
    ActionFallback => "行動", "Action";
    Unnamed => "名前未設定", "Unnamed";
    MadeOn => "作成日", "Made on";
    CalendarName => "つながり", "Tsunagari";
    PrivacyFooter => "このファイルは、つながりアプリがこの端末の中で作成しました。", "This file was made by the Tsunagari app on this device.";
    PreviewAssessments => "診断", "Self-checks";
    PreviewPeople => "人", "People";
    PreviewInteractions => "やりとりの記録", "Interactions";
    PreviewActions => "行動", "Actions";
    PreviewDateRange => "期間", "Dates";
    PreviewExportedAt => "書き出した日時", "Exported";
    PreviewAppVersion => "作成したアプリのバージョン", "Made with app version";
    PreviewSchemaVersion => "データ形式のバージョン", "Data format version";
    }
}

/// The contact cadence as the planner labels it (one wording everywhere).
pub fn cadence(lang: Lang, c: Cadence) -> &'static str {
    crate::plan_text::cadence_label(lang, c)
}

/// The repeat rule as the planner labels it; None for a one-off action.
pub fn recurrence(lang: Lang, r: Recurrence) -> Option<String> {
    (r != Recurrence::None).then(|| crate::plan_text::recurrence_text(lang, r))
}

/// "人物3" / "Person 3": the stand-in name in a file exported for sharing.
pub fn person_label(lang: Lang, n: usize) -> String {
    match lang.built() {
        Lang::Ja => format!("人物{n}"),
        Lang::En => format!("Person {n}"),
    }
}

/// Calendar title of a follow-up: "山田さんに連絡" / "Follow up with Yamada".
pub fn follow_up_summary(lang: Lang, name: &str) -> String {
    match lang.built() {
        Lang::Ja => format!("{name}さんに連絡"),
        Lang::En => format!("Follow up with {name}"),
    }
}

/// "5.0 MB" / "320 KB": sizes in messages, in decimal units as file
/// managers show them.
pub fn size(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        let tenths = (bytes as u64 * 10 + 500_000) / 1_000_000;
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}

/// Added/updated counts of one collection after a merge, for the summary.
pub fn merge_line(lang: Lang, what: FileText, added: usize, updated: usize) -> String {
    match lang.built() {
        Lang::Ja => format!("{}：{added}件追加、{updated}件更新", lang.t(what)),
        Lang::En => format!("{}: {added} added, {updated} updated", lang.t(what)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages() {
        crate::i18n::check_table::<FileText>(&[]);
    }

    #[test]
    fn sizes_read_like_file_managers() {
        assert_eq!(size(5_000_000), "5.0 MB");
        assert_eq!(size(5_250_001), "5.3 MB");
        assert_eq!(size(320_000), "320 KB");
        assert_eq!(size(1), "1 KB");
    }

    #[test]
    fn recurrence_and_labels() {
        assert_eq!(recurrence(Lang::Ja, Recurrence::None), None);
        assert_eq!(
            recurrence(Lang::En, Recurrence::EveryDays(10)).as_deref(),
            Some("Every 10 days")
        );
        assert_eq!(
            cadence(Lang::Ja, Cadence::Monthly),
            "1か月ごと",
            "same wording as the planner"
        );
        assert_eq!(person_label(Lang::Ja, 3), "人物3");
        assert_eq!(person_label(Lang::En, 3), "Person 3");
        assert_eq!(
            merge_line(Lang::En, FileText::PreviewPeople, 2, 1),
            "People: 2 added, 1 updated"
        );
    }
}
