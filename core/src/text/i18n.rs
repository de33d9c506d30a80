//! The ja/en string tables. Shared UI strings are `UiText` keys; each
//! screen or feature has its own table (`PlanText`, `FilesScreenText`, …).
//! `ja()` and `en()` are exhaustive matches, so a key without a translation
//! does not compile.
//! Strings with numbers or dates are small functions next to the table.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The two UI languages; Japanese is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Japanese.
    #[default]
    Ja,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Japanese first.
    pub const ALL: [Lang; 2] = [Lang::Ja, Lang::En];

    /// BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }

    /// Picks the UI language from the browser's preference list: Japanese is
    /// the default; English only when the browser prefers English over Japanese.
    pub fn from_preferences<'a>(prefs: impl IntoIterator<Item = &'a str>) -> Lang {
        for p in prefs {
            let p = p.to_ascii_lowercase();
            if p == "ja" || p.starts_with("ja-") {
                return Lang::Ja;
            }
            if p == "en" || p.starts_with("en-") {
                return Lang::En;
            }
        }
        Lang::Ja
    }

    /// The text of any string-table key in this language.
    pub fn t<K: Text>(self, key: K) -> &'static str {
        match self.built() {
            Lang::Ja => key.ja(),
            Lang::En => key.en(),
        }
    }

    /// The language text is shown in: `self`, except in a build for one
    /// language (the cargo features `only-ja` / `only-en`, the first-visit
    /// modules, which the loader picks by the language the app will use),
    /// where it is a constant, so the compiler leaves the other language's
    /// text out. Every text function matches on this, not on `self`.
    #[inline(always)]
    pub const fn built(self) -> Lang {
        if cfg!(feature = "only-ja") {
            Lang::Ja
        } else if cfg!(feature = "only-en") {
            Lang::En
        } else {
            self
        }
    }
}

/// A key of a ja/en string table (see `string_table!`).
pub trait Text: Copy + std::fmt::Debug + 'static {
    /// Every key of the table, in declaration order.
    const ALL: &'static [Self];
    /// The Japanese text.
    fn ja(self) -> &'static str;
    /// The English text.
    fn en(self) -> &'static str;
}

/// Declares a string table: an enum of keys with exhaustive ja and en
/// matches. Features keep their own tables (one enum each) so that adding
/// strings in one feature never touches another's file.
#[macro_export]
macro_rules! string_table {
    ($(#[$doc:meta])* $vis:vis enum $name:ident { $( $key:ident => $ja:literal , $en:literal ;)* }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name { $(#[doc = $en] $key),* }
        impl $crate::i18n::Text for $name {
            const ALL: &'static [$name] = &[$($name::$key),*];
            fn ja(self) -> &'static str { match self { $($name::$key => $ja),* } }
            fn en(self) -> &'static str { match self { $($name::$key => $en),* } }
        }
    };
}

/// Checks a table: both languages present, Japanese actually Japanese
/// (except the listed keys, e.g. loanwords). For each table's tests.
pub fn check_table<K: Text + PartialEq>(ascii_ja_allowed: &[K]) {
    for &k in K::ALL {
        assert!(!k.ja().trim().is_empty(), "{k:?} has no Japanese text");
        assert!(!k.en().trim().is_empty(), "{k:?} has no English text");
        if !ascii_ja_allowed.contains(&k) {
            assert!(
                !k.ja().is_ascii(),
                "{k:?}: Japanese text looks untranslated: {}",
                k.ja()
            );
        }
    }
}

string_table! {
    /// Strings shared by every screen, and those of the self-assessment.
    pub enum UiText {
    AppName => "つながり", "Tsunagari";
    Tagline => "仕事の外に、これからを支えるつながりを。", "Connections outside work that carry you forward.";
    SkipToContent => "本文へ移動", "Skip to content";
    NavHome => "ホーム", "Home";
    NavAssessment => "自己診断", "Self-check";
    NavResults => "結果", "Results";
    NavPlan => "プラン", "Plan";
    NavPeople => "人脈", "People";
    NavSettings => "設定", "Settings";
    MainNavigation => "メインメニュー", "Main menu";
    LanguageSwitch => "English", "日本語";
    PrivacyNote => "入力した内容はこのブラウザの中だけに保存されます。サーバーへの送信やアカウント登録はありません。", "Everything you enter stays in this browser. Nothing is sent to a server, and there is no account.";
    IntroTitle => "社外のつながりを、自分のペースで育てましょう", "Grow connections outside work, at your own pace";
    IntroBody => "役職定年や早期退職が見えてきて、これからの働き方を考え始めた方へ。会社の外のつながりを確かめ、できることから一つずつ育てていくためのアプリです。", "For anyone whose working life is reaching a turning point, such as a role that ends at a set age or an offer of early retirement. Take stock of your connections outside work and grow them one small step at a time.";
    StartAssessment => "自己診断を始める", "Start the self-check";
    ResumeAssessment => "自己診断の続きから", "Continue the self-check";
    RetakeAssessment => "もう一度診断する", "Take the self-check again";
    ViewResults => "結果を見る", "View results";
    AssessmentTitle => "自己診断", "Self-check";
    AssessmentHelp => "今のご自分に近いものを選んでください。数字キー1〜5で選び、Enterキーで次へ進めます。まだ経験のないことには「該当しない」（数字キー0）を選べ、点数には含めません。", "Choose what fits you best right now. Press 1–5 to choose and Enter to continue. For something you haven't done yet you can choose \"Doesn't apply to me\" (key 0); it is left out of the score.";
    Back => "戻る", "Back";
    Next => "次へ", "Next";
    SeeResults => "結果を見る", "See my results";
    ChooseAnAnswer => "答えを一つ選んでください。", "Please choose an answer.";
    QuestionProgress => "質問の進み具合", "Question progress";
    ResultsTitle => "診断結果", "Your results";
    OverallScore => "総合スコア", "Overall score";
    AreaScores => "分野ごとのスコア", "Scores by area";
    RadarChartLabel => "分野ごとのスコアのレーダーチャート", "Radar chart of scores by area";
    NotAnswered => "未回答", "not answered";
    Strongest => "いちばんの強み", "Your strongest area";
    Weakest => "伸びしろが大きい分野", "Area with the most room to grow";
    WhyItMatters => "この分野が大切な理由", "Why this area matters";
    NextActions => "おすすめの次の一歩", "Recommended next steps";
    NextActionsIntro => "点数の低かった項目から、今週できる小さな行動を選びました。", "Small steps for this week, starting from the items with the lowest scores.";
    NoRecommendations => "どの項目もよくできています。今のつながりを大切に続けていきましょう。", "You are doing well on every item. Keep caring for the connections you have.";
    Colon => "：", ": ";
    WhyLabel => "理由：", "Why: ";
    BandStart => "これから", "Just starting";
    BandGrowing => "育っています", "Growing";
    BandStrong => "よくできています", "Going well";
    ScoreOutOf => "／100", "/100";
    NoResultsYet => "まだ診断結果がありません。自己診断を受けると、分野ごとのスコアとおすすめの行動が表示されます。", "No results yet. Take the self-check to see scores by area and recommended steps.";
    PreviousResults => "これまでの診断", "Earlier results";
    TakenOn => "受けた日", "Taken on";
    StorageProblemTitle => "保存データを読み込めませんでした", "Your saved data could not be read";
    StorageProblemBody => "このブラウザに保存されていたデータを読み込めませんでした。元のデータは消さずに別の場所に保管してあります。ダウンロードして保管するか、内容を確認してから新しく始めてください。新しく始めるまで、保存は行いません。", "The data saved in this browser could not be read. The original has been kept untouched in a separate place. You can download it to keep it, and start fresh when you are ready. Nothing will be saved until you choose to start fresh.";
    DownloadRawData => "元のデータをダウンロード", "Download the original data";
    StartFresh => "新しく始める（元のデータは保管したまま）", "Start fresh (the original stays kept)";
    SaveHeldUpTitle => "まだ保存できていません", "Not saved yet";
    SaveHeldUpBody => "ほかのつながりのタブでの保存がまだ終わっていない（またはこの画面に届いていない）ため、この画面の変更はまだ保存されていません。入力内容はこの画面を開いている間は保たれ、少ししてから（または次に変更したときに）もう一度保存します。ほかのつながりのタブを閉じるか再読み込みすると、保存できるようになります。", "The changes on this page are not saved yet: a save in another Tsunagari tab has not finished (or has not reached this page). What you entered is kept while this page stays open, and saving is tried again shortly (or with your next change). Closing or reloading the other Tsunagari tabs lets it save.";
    SaveFailedTitle => "保存できませんでした", "Could not save";
    SaveFailedBody => "ブラウザが保存を受け付けませんでした（容量不足やプライベートモードの可能性があります）。入力内容はこの画面を閉じるまで保たれます。今のうちにデータを書き出してください。", "The browser refused to save (it may be full or in private mode). What you entered is kept while this page stays open. Please export your data now.";
    Close => "閉じる", "Close";
    Footer => "つながり — データはすべてこの端末の中に。", "Tsunagari — all your data stays on this device.";
    }
}

/// Joins names in a running list: 佐藤、鈴木 / Sato, Suzuki.
pub fn join_list<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    items.join(match lang.built() {
        Lang::Ja => "、",
        Lang::En => ", ",
    })
}

/// "7 / 30"
pub fn progress(current: usize, total: usize) -> String {
    format!("{current} / {total}")
}

/// "質問 7（全30問）" / "Question 7 of 30" — the spoken form of the progress.
pub fn progress_spoken(lang: Lang, current: usize, total: usize) -> String {
    match lang.built() {
        Lang::Ja => format!("質問 {current}（全{total}問）"),
        Lang::En => format!("Question {current} of {total}"),
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// 2026年11月23日 / 23 Nov 2026
pub fn format_date(lang: Lang, d: NaiveDate) -> String {
    match lang.built() {
        Lang::Ja => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Lang::En => format!(
            "{} {} {}",
            d.day(),
            MONTHS_EN[d.month0() as usize],
            d.year()
        ),
    }
}

/// A list read aloud as one sentence: "a、b、c" / "a, b, c".
pub fn list_text(lang: Lang, items: &[String]) -> String {
    items.join(match lang.built() {
        Lang::Ja => "、",
        Lang::En => ", ",
    })
}

/// A 0–100 score as shown: "72点" / "72 points".
pub fn score_text(lang: Lang, score: u8) -> String {
    match lang.built() {
        Lang::Ja => format!("{score}点"),
        Lang::En => format!("{score} points"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages() {
        check_table(&[UiText::LanguageSwitch]);
    }

    #[test]
    fn language_from_browser_preferences() {
        assert_eq!(Lang::from_preferences(["en-US", "ja"]), Lang::En);
        assert_eq!(Lang::from_preferences(["ja-JP", "en"]), Lang::Ja);
        assert_eq!(Lang::from_preferences(["fr", "en-GB"]), Lang::En);
        assert_eq!(Lang::from_preferences(["fr", "de"]), Lang::Ja);
        assert_eq!(Lang::from_preferences([]), Lang::Ja);
    }

    #[test]
    fn the_first_paint_shell_matches_the_home_screen() {
        // index.html paints the home screen's heading and lead before the
        // wasm loads, in both languages (CSS shows one); identical text keeps
        // the swap invisible (and LCP early).
        let shell = include_str!("../../../index.html");
        for lang in [Lang::Ja, Lang::En] {
            let class = format!("shell-{}", lang.tag());
            for key in [UiText::IntroTitle, UiText::IntroBody] {
                let span = format!("<span class=\"{class}\">{}</span>", lang.t(key));
                assert!(shell.contains(&span), "index.html lacks {span}");
            }
        }
    }

    #[test]
    fn dates_read_naturally() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(format_date(Lang::Ja, d), "2026年11月23日");
        assert_eq!(format_date(Lang::En, d), "23 Nov 2026");
        let tags = vec!["趣味".to_string(), "IT".to_string()];
        assert_eq!(join_list(Lang::Ja, &tags), "趣味、IT");
        assert_eq!(join_list(Lang::En, &["a", "b"]), "a, b");
    }
}

#[cfg(test)]
mod enum_tests {
    use super::*;
    use crate::enum_check::{check_all, check_serde, serde_name};

    /// Exhaustive: a new variant does not compile until it has a place in `ALL`.
    fn lang_position(l: Lang) -> usize {
        match l {
            Lang::Ja => 0,
            Lang::En => 1,
        }
    }

    #[test]
    fn languages_are_listed_once_and_stored_by_their_tag() {
        check_all(&Lang::ALL, lang_position);
        check_serde(&Lang::ALL);
        for l in Lang::ALL {
            assert_eq!(serde_name(l), l.tag());
        }
    }
}
