//! Strings of the phone-first layout: the main menu and its "More" screen,
//! the first visit, one-tap answering, the results' order, compact action
//! rows, the weekly review's pre-selection and the history cards.

use crate::i18n::Lang;
use crate::string_table;

string_table! {
    /// Words of the phone-first layout (see the module doc).
    pub enum PhoneText {
    NavCheck => "自己診断", "Self-check";
    NavMore => "その他", "More";
    MoreTitle => "その他", "More";
    MoreIntro => "ときどき使う画面です。", "Screens you will need now and then.";
    MoreReviewHint => "今週の行動と、来週連絡したい人を見直します。", "Look back on the week and choose whom to contact next.";
    MoreHistoryHint => "これまでの自己診断の結果を並べて見られます。", "See your self-check results side by side over time.";
    MoreIntroHint => "これまでの経験から、30秒の自己紹介とプロフィール文をつくります。", "Turn your experience into a 30-second self-introduction and a profile text.";
    MoreFilesHint => "バックアップの保存と読み込み、共有、印刷、カレンダー。", "Save and load a backup, share, print, add to a calendar.";
    MoreSettingsHint => "通知、保存の状態、すべてのデータの削除。", "Reminders, storage status, deleting all data.";
    MoreLanguage => "表示言語", "Language";
    MoreLanguageHint => "画面の言葉を切り替えます。", "Switch the language of the screens.";
    FirstVisitTime => "所要時間", "Time needed";
    FirstVisitPrivate => "入力した内容は、このブラウザの中だけに保存されます。外に送られることはなく、登録も要りません。", "What you enter stays in this browser on this device. Nothing is sent anywhere, and there is no sign-up.";
    TapToAnswer => "いちばん近いものを選ぶと、すぐ次の質問に進みます。", "Choose the answer that fits you best; the next question follows straight away.";
    PreviousQuestion => "前の質問", "Previous question";
    StrengthsTitle => "うまくいっていること", "What is going well";
    StrengthsIntro => "今のあなたの強みです。ここを足がかりにしましょう。", "These are your strengths right now. Build on them.";
    NextStepsTitle => "次の三つの一歩", "Three next steps";
    NextStepsIntro => "伸びしろのある分野から、今週できる小さな行動を選びました。", "Small steps for this week, each from an area with room to grow.";
    PictureTitle => "分野ごとの様子", "The picture by area";
    OverallHint => "全体の目安", "Overall, for reference";
    OverallNote => "点数は今の様子の目安です。良し悪しの評価ではありません。", "The number only describes where things are now. It is not a grade.";
    DeltaNote => "（　）内は前回の診断からの変化です。", "Figures in brackets show the change since your previous self-check.";
    ExplanationsTitle => "それぞれの分野について", "About each area";
    MoreActions => "その他の操作", "More options";
    DeleteThisEntry => "この記録を削除", "Delete this entry";
    HistoryCardsTitle => "診断ごとの結果", "Each self-check";
    ShowMoreOnHome => "ほかの予定と連絡を見る", "See the rest of your plan";
    }
}

/// "30問・約5分" / "30 questions, about 5 minutes": the self-check's size,
/// from the item count (about ten seconds per question, rounded up).
pub fn check_size(lang: Lang, questions: usize) -> String {
    let minutes = (questions * 10).div_ceil(60).max(1);
    match lang.built() {
        Lang::Ja => format!("{questions}問・約{minutes}分"),
        Lang::En => format!("{questions} questions, about {minutes} minutes"),
    }
}

/// The keyboard hint, shown once a key has been pressed: "数字キー1〜6で…".
pub fn keys_hint(lang: Lang, options: usize) -> String {
    match lang.built() {
        Lang::Ja => {
            format!("キーボードでは、数字キー1〜{options}で選び、Enterキーで次へ進めます。")
        }
        Lang::En => format!("With a keyboard: press 1–{options} to choose and Enter to continue."),
    }
}

/// "ほかに期限の近い人が4人います" / "4 more people are due".
pub fn more_due(lang: Lang, n: usize) -> String {
    match (lang.built(), n) {
        (Lang::Ja, n) => {
            format!("ほかに連絡の時期が来ている人が{n}人います。必要なら選んでください。")
        }
        (Lang::En, 1) => "1 more person is due for a contact; tick them if you like.".to_string(),
        (Lang::En, n) => format!("{n} more people are due for a contact; tick them if you like."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_complete() {
        crate::i18n::check_table::<PhoneText>(&[]);
    }

    #[test]
    fn the_self_check_size_follows_the_item_count() {
        assert_eq!(check_size(Lang::Ja, 30), "30問・約5分");
        assert_eq!(check_size(Lang::En, 33), "33 questions, about 6 minutes");
        assert!(keys_hint(Lang::Ja, 6).contains("1〜6"));
        assert!(more_due(Lang::En, 1).starts_with("1 more person"));
    }
}
