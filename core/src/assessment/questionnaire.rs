//! The self-assessment's vocabulary: areas, answer scales and items. The
//! items themselves (the words) live in `content.rs`; this file only says
//! what an item is, so scoring and the UI never depend on the wording.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// The eight areas of the article's guidance. The order here is the order on
/// screen and in the radar chart. `Strengths` (knowing and sharing what you
/// can offer) was split out of `Career` in schema 2 so each area has 4–5 items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    Hobbies,
    Events,
    Social,
    Strengths,
    Career,
    Trust,
    Keep,
    Mindset,
}

impl Area {
    pub const ALL: [Area; 8] = [
        Area::Hobbies,
        Area::Events,
        Area::Social,
        Area::Strengths,
        Area::Career,
        Area::Trust,
        Area::Keep,
        Area::Mindset,
    ];
}

/// How an item is answered. Both scales have five steps, stored as 1..=5,
/// and each step means the same in Japanese and English (a test pins the
/// tables against each other): frequency runs from "not doing it" to
/// "always", agreement is bipolar with a true middle in both languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// not doing it … always (for stems that describe a habit, 〜しています)
    Frequency,
    /// not like me … like me, with a neutral middle
    Agreement,
}

/// The stored value of a "doesn't apply to me" answer. Steps are 1..=5, so
/// 0 can never be mistaken for one; scoring leaves it out.
pub const NOT_APPLICABLE: u8 = 0;

const FREQUENCY_JA: [&str; 5] = [
    "していない",
    "あまりしていない",
    "ときどきしている",
    "よくしている",
    "いつもしている",
];
const FREQUENCY_EN: [&str; 5] = ["I don't", "Rarely", "Sometimes", "Often", "Always"];
const AGREEMENT_JA: [&str; 5] = [
    "あてはまらない",
    "あまりあてはまらない",
    "どちらともいえない",
    "ややあてはまる",
    "あてはまる",
];
const AGREEMENT_EN: [&str; 5] = [
    "Not like me",
    "Not much like me",
    "Neither / not sure",
    "Somewhat like me",
    "Like me",
];

impl Scale {
    pub const STEPS: u8 = 5;

    /// Label of step `value` (1..=5) in `lang`.
    pub fn label(self, value: u8, lang: Lang) -> &'static str {
        let i = usize::from(value.clamp(1, 5) - 1);
        self.labels(lang)[i]
    }

    /// All five labels, lowest step first.
    pub fn labels(self, lang: Lang) -> &'static [&'static str; 5] {
        match (self, lang) {
            (Scale::Frequency, Lang::Ja) => &FREQUENCY_JA,
            (Scale::Frequency, Lang::En) => &FREQUENCY_EN,
            (Scale::Agreement, Lang::Ja) => &AGREEMENT_JA,
            (Scale::Agreement, Lang::En) => &AGREEMENT_EN,
        }
    }
}

/// Why an item may not apply to someone. Each reason has its own answer
/// label ("I don't go to events yet") and, where a first step makes sense,
/// a first-step tip that replaces the item's usual tip.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NotApplicable {
    /// Not in any group, hobby or volunteer activity yet.
    NoGroup,
    /// Does not go to meetups or online events yet.
    NoEvents,
    /// Has no social network account.
    NoAccount,
    /// Has not been introduced to anyone or offered anything yet.
    NoIntroductions,
    /// Side business or start-up is not something they are considering.
    NotConsidering,
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
    // Knowing and sharing what you offer
    KnowStrengths,
    MakeSkillsKnown,
    TellWhatYouWant,
    // Network into work
    LongTermTrust,
    AcceptIntroductions,
    ThankIntroducer,
    ReportBack,
    KnowWhatYouWant,
    ActWithoutFear,
    SideBusiness,
    TrustedPartners,
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
    PeopleToAsk,
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
    // Schema 2: one kind per moment that has its own message.
    ThankAfterMeeting,
    InviteForCoffee,
    ReplyToOffer,
    ShareUseful,
    AskAdvice,
    AskIntroduction,
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
    /// Offered as a "doesn't apply to me" answer, with its reason.
    pub na: Option<NotApplicable>,
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
    /// A short 「こんな例も」 story of where a connection in this area led,
    /// in the app's own words; areas without a channel of their own have none.
    pub example: Option<Bilingual>,
}
