//! The self-assessment's vocabulary: areas, answer scales and items. The
//! items themselves (the words) live in `content.rs`; this file only says
//! what an item is, so scoring and the UI never depend on the wording.

use serde::{Deserialize, Serialize};

use super::i18n::Lang;

/// The seven areas of the article's guidance. The order here is the order on
/// screen and in the radar chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Hobbies,
    Events,
    Social,
    Career,
    Trust,
    Keep,
    Mindset,
}

impl Area {
    pub const ALL: [Area; 7] = [
        Area::Hobbies,
        Area::Events,
        Area::Social,
        Area::Career,
        Area::Trust,
        Area::Keep,
        Area::Mindset,
    ];
}

/// How an item is answered. Both scales have five steps, stored as 1..=5.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// never … always
    Frequency,
    /// disagree … agree
    Agreement,
}

impl Scale {
    pub const STEPS: u8 = 5;

    /// Label of step `value` (1..=5) in `lang`.
    pub fn label(self, value: u8, lang: Lang) -> &'static str {
        let i = usize::from(value.clamp(1, 5) - 1);
        match (self, lang) {
            (Scale::Frequency, Lang::Ja) => {
                ["まったくない", "たまに", "ときどき", "よくある", "いつも"][i]
            }
            (Scale::Frequency, Lang::En) => ["Never", "Rarely", "Sometimes", "Often", "Always"][i],
            (Scale::Agreement, Lang::Ja) => [
                "あてはまらない",
                "あまりあてはまらない",
                "どちらともいえない",
                "ややあてはまる",
                "あてはまる",
            ][i],
            (Scale::Agreement, Lang::En) => [
                "Not at all like me",
                "A little like me",
                "Somewhat like me",
                "Mostly like me",
                "Very much like me",
            ][i],
        }
    }
}

/// Stable key of an item, stored in saved answers (e.g. `"hob.enjoy"`).
/// Wording can change freely; the key never does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemId(pub &'static str);

/// A text in both UI languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bilingual {
    pub ja: &'static str,
    pub en: &'static str,
}

impl Bilingual {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.ja,
            Lang::En => self.en,
        }
    }
}

/// Which article checklist point an item covers; tests check every point is
/// covered by at least one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Point {
    // Hobbies and volunteering
    EnjoyableActivity,
    AttendRegularly,
    StartConversations,
    CuriousAboutOthers,
    // Meetups and online events
    PurposeBeforehand,
    ShortSelfIntro,
    PreparedQuestions,
    FollowUpThanks,
    // Social networks
    CompleteProfile,
    PostRegularly,
    CommentAndReact,
    OnlineToOffline,
    // Network into work
    KnowStrengths,
    LongTermTrust,
    AcceptIntroductions,
    ThankIntroducer,
    KnowWhatYouWant,
    ActWithoutFear,
    // Trust and giving value
    KeepPromises,
    ExpressThanks,
    ListenMore,
    RegularContact,
    GiveAndTake,
    OfferKnowledge,
    ShareInformation,
    // Keeping the network alive
    RegularFollowUp,
    CheerSuccesses,
    ShareGrowth,
    ThankSmallHelp,
    IntroducePeople,
    // Mindset
    NotTooLate,
    ReadyToBegin,
}

/// The kind of plan action a tip turns into (used by the planner).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    FollowUp,
    Thank,
    Congratulate,
    ShareProgress,
    KeepPromise,
    Introduce,
    AttendEvent,
    PostOrComment,
    PrepareSelfIntro,
    PrepareQuestions,
    Reflect,
    Custom,
}

/// A recommended action for an item the user does not yet do well.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tip {
    /// What to do, as an imperative one-liner (polite form in Japanese).
    pub action: Bilingual,
    /// One line on why it helps.
    pub why: Bilingual,
    pub kind: ActionKind,
}

/// One question of the self-assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    pub id: ItemId,
    pub area: Area,
    pub point: Point,
    pub scale: Scale,
    /// True when agreeing is the *less* helpful answer (e.g. "it feels too
    /// late for me"); scoring flips such items so 100 is always the good end.
    pub reversed: bool,
    pub question: Bilingual,
    pub tip: Tip,
}

/// Names and explanations for an area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaText {
    pub name: Bilingual,
    /// Short name for the radar chart axis.
    pub short: Bilingual,
    /// Why this area matters, written for someone whose score here is low:
    /// encouraging, concrete, never judgemental.
    pub why_it_matters: Bilingual,
}
