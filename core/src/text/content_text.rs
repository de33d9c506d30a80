//! The ja/en words around the self-check that carry the article's message:
//! the reader's situation, what a network outside work brings, how results
//! are read (strengths first, bands, change since last time) and the
//! 「こんな例も」 label. Kept apart from the UI table so content can change
//! without touching other screens' strings.

use crate::i18n::Lang;
use crate::questionnaire::Bilingual;
use crate::scoring::Change;

crate::string_table! {
    /// Strings of the self-check's message and results wording.
    pub enum ContentText {
    // The reader's situation, where they first meet the app.
    WelcomeTitle => "これまでの経験は、これからも必要とされています", "Your experience is still needed";
    WelcomeBody => "早期退職をすすめられたり、役職定年を迎えたりして、戸惑いを感じている方も少なくありません。会社の中で積み重ねてきた力は、会社の外でも生きます。社外のつながりは、今から育てても決して遅くありません。", "Many people feel unsettled when they are encouraged to take early retirement, or when reaching a certain age means stepping down from their post. The strengths you built up inside a company count outside it too, and it is not too late to grow connections beyond work.";
    // Where results are explained.
    ResultsNote => "この結果は成績ではなく、今の様子を映したものです。早期退職や役職定年を前に迷うことがあっても、長く働いてきた経験はそれだけで大きな強みです。できているところを足場に、気になる分野から一つずつ始めましょう。", "These results are not a grade; they are a picture of where you are today. Even if early retirement or stepping down from a post has left you unsure, years of experience are a strength in themselves. Build on what already goes well, and start with one area at a time.";
    // What a network outside work brings.
    BenefitsTitle => "社外のつながりがもたらすもの", "What connections outside work bring";
    BenefitView => "視野が広がる：ちがう業界や考え方の人と話すと、思い込みがほどけ、新しい発想が生まれます。", "A wider view: talking with people from other fields and walks of life loosens old assumptions and sparks new ideas.";
    BenefitLearning => "学びが増える：人との交流から、新しい知識や技術を自然に身につけられます。", "More learning: you pick up new knowledge and skills naturally from the people you meet.";
    BenefitSupport => "心の支えになる：信頼できる人がいると、気持ちが軽くなり、落ち着いて次を考えられます。", "Peace of mind: people you trust lighten the load and help you think calmly about what comes next.";
    BenefitWork => "仕事の機会が広がる：紹介や協力の話から、再就職・副業・起業の道が開けることがあります。", "Work opportunities: introductions and joint projects can open the way to a new job, side work or a business of your own.";
    BenefitCrisis => "困ったときの助けになる：思わぬ出来事が起きたとき、相談できる人がいることが安心につながります。", "Help in hard times: when something unexpected happens, knowing whom to ask is a real comfort.";
    // Results wording.
    StrengthsTitle => "できていること", "What already goes well";
    TooFewTitle => "点数を出していない分野", "Areas without a score";
    TooFewBody => "「該当しない」の回答が多かったため、点数は出していません。始めたくなったときの最初の一歩を、おすすめに入れてあります。", "Most of these didn't apply to you yet, so they have no score. Where it makes sense, a first step is among the recommendations.";
    TooFewShort => "回答が少ないため点数なし", "too few answers to score";
    ExampleLabel => "こんな例も", "For example";
    FirstStepLabel => "最初の一歩", "A first step";
    // The self-introduction builder.
    IntroTitle => "自己紹介をつくる（キャリアの棚卸し）", "Build your self-introduction (take stock of your career)";
    IntroLead => "これまでの経験を振り返り、四つの問いに答えてみましょう。答えから、30秒で話せる自己紹介と、SNSや交流会のプロフィールに使える文章ができます。どちらも自由に書き直せます。内容はこの端末の中だけに保存され、プランのファイルにも入ります。", "Look back on your experience and answer four questions. From your answers you get a self-introduction you can say in 30 seconds, and a longer text for a social network or event profile. You can rewrite both freely. Everything stays on this device and is included in your plan file.";
    PartExperience => "これまでの経験と強み", "Your experience and strengths";
    HintExperience => "例：メーカーで30年、品質管理と後輩の育成に携わってきました", "e.g. I spent 30 years in manufacturing, in quality control and training younger staff";
    PartOffer => "人の役に立てること", "What you can offer others";
    HintOffer => "例：現場の改善の進め方や、若手の相談相手", "e.g. improving how a workplace runs, and mentoring";
    PartNext => "これからやってみたいこと", "What you'd like to do next";
    HintNext => "例：中小企業の品質づくりを手伝う仕事", "e.g. help small companies improve their quality";
    PartInterests => "関心のあること・趣味", "Interests and hobbies";
    HintInterests => "例：写真と山歩き、地域のボランティア", "e.g. photography, hill walking and local volunteering";
    ShortTitle => "30秒の自己紹介", "30-second self-introduction";
    LongTitle => "プロフィール用の文章", "Profile text";
    TextHint => "自由に書き直せます。書き直した文章は、そのまま保存されます。", "Rewrite it as you like; your version is kept as you wrote it.";
    Regenerate => "答えから作り直す", "Rebuild from my answers";
    Print => "印刷する", "Print";
    IntroEmpty => "上の問いに答えると、ここに文章ができます。", "Answer the questions above and your text appears here.";
    IntroLink => "自己紹介づくりへ", "Open the self-introduction builder";
    NaHelp => "あてはまる経験がまだない質問には「該当しない」を選べます（数字キー0）。その質問は点数に含めません。", "Where a question is about something you haven't done yet, you can choose \"Doesn't apply to me\" (key 0). It is left out of the score.";
    }
}

/// The five benefits, in the order the section lists them.
pub const BENEFITS: [ContentText; 5] = [
    ContentText::BenefitView,
    ContentText::BenefitLearning,
    ContentText::BenefitSupport,
    ContentText::BenefitWork,
    ContentText::BenefitCrisis,
];

/// The change of a score since last time, as a sentence:
/// 「前回より7点上がりました」 / "7 points higher than last time".
pub fn change_sentence(lang: Lang, change: Change) -> String {
    match (lang.built(), change) {
        (Lang::Ja, Change::Up(d)) => format!("前回より{d}点上がりました"),
        (Lang::Ja, Change::Down(d)) => format!("前回より{d}点下がりました"),
        (Lang::Ja, Change::Same) => "前回と同じです".to_string(),
        (Lang::En, Change::Up(d)) => format!("{d} points higher than last time"),
        (Lang::En, Change::Down(d)) => format!("{d} points lower than last time"),
        (Lang::En, Change::Same) => "The same as last time".to_string(),
    }
}

/// `change_sentence` for a signed difference (now − before).
pub fn change_of(lang: Lang, delta: i32) -> String {
    let d = u8::try_from(delta.unsigned_abs()).unwrap_or(u8::MAX);
    let change = match delta.signum() {
        1 => Change::Up(d),
        -1 => Change::Down(d),
        _ => Change::Same,
    };
    change_sentence(lang, change)
}

/// The short form for a score row: 「前回より＋7点」 / "+7 since last time".
pub fn change_short(lang: Lang, change: Change) -> String {
    match (lang.built(), change) {
        (Lang::Ja, Change::Up(d)) => format!("前回より＋{d}点"),
        (Lang::Ja, Change::Down(d)) => format!("前回より−{d}点"),
        (Lang::Ja, Change::Same) => "前回と同じ".to_string(),
        (Lang::En, Change::Up(d)) => format!("+{d} since last time"),
        (Lang::En, Change::Down(d)) => format!("−{d} since last time"),
        (Lang::En, Change::Same) => "same as last time".to_string(),
    }
}

/// An area's example with its label, when it has one.
pub fn example_text(lang: Lang, example: &Bilingual) -> String {
    match lang.built() {
        Lang::Ja => format!("{}：{}", lang.t(ContentText::ExampleLabel), example.ja),
        Lang::En => format!("{}: {}", lang.t(ContentText::ExampleLabel), example.en),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{check_table, Text};

    #[test]
    fn every_key_has_both_languages() {
        check_table::<ContentText>(&[]);
    }

    #[test]
    fn the_situation_is_named_where_the_reader_arrives() {
        let body = ContentText::WelcomeBody.ja();
        assert!(
            body.contains("早期退職")
                && body.contains("役職定年")
                && body.contains("遅くありません")
        );
        let en = ContentText::WelcomeBody.en();
        assert!(en.contains("early retirement") && en.contains("not too late"));
    }

    #[test]
    fn change_reads_as_words_in_both_languages() {
        assert_eq!(
            change_sentence(Lang::Ja, Change::Up(7)),
            "前回より7点上がりました"
        );
        assert_eq!(
            change_sentence(Lang::En, Change::Up(7)),
            "7 points higher than last time"
        );
        assert_eq!(
            change_sentence(Lang::Ja, Change::Down(3)),
            "前回より3点下がりました"
        );
        assert_eq!(change_short(Lang::Ja, Change::Up(7)), "前回より＋7点");
        assert_eq!(change_short(Lang::En, Change::Same), "same as last time");
    }
}
