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
    /// Hobbies and volunteering: groups where people meet as equals.
    Hobbies,
    /// Meetups and online events.
    Events,
    /// Social networks: a profile and posts that let people find you.
    Social,
    /// Knowing and sharing what you can offer.
    Strengths,
    /// Turning connections into work.
    Career,
    /// Trust and giving value to others.
    Trust,
    /// Keeping connections alive over time.
    Keep,
    /// Mindset and the people you can ask for support.
    Mindset,
}

impl Area {
    /// Every area, in the order shown on screen and in the radar chart.
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
    /// How many steps each scale has.
    pub const STEPS: u8 = 5;

    /// Label of step `value` (1..=5) in `lang`.
    pub fn label(self, value: u8, lang: Lang) -> &'static str {
        let i = usize::from(value.clamp(1, 5) - 1);
        self.labels(lang)[i]
    }

    /// All five labels, lowest step first.
    pub fn labels(self, lang: Lang) -> &'static [&'static str; 5] {
        match (self, lang.built()) {
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
    /// The Japanese text.
    pub ja: &'static str,
    /// The English text.
    pub en: &'static str,
}

impl Bilingual {
    /// Both texts. A build for one language keeps only its own (both fields
    /// then name it): the other literal never reaches the binary.
    pub const fn new(ja: &'static str, en: &'static str) -> Bilingual {
        if cfg!(feature = "only-ja") {
            Bilingual { ja, en: ja }
        } else if cfg!(feature = "only-en") {
            Bilingual { ja: en, en }
        } else {
            Bilingual { ja, en }
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang.built() {
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
    /// Has an activity they enjoy outside work.
    EnjoyableActivity,
    /// Takes part regularly.
    AttendRegularly,
    /// Starts conversations there.
    StartConversations,
    /// Is curious about the other people.
    CuriousAboutOthers,
    // Meetups and online events
    /// Decides a purpose before going.
    PurposeBeforehand,
    /// Has a short self-introduction ready.
    ShortSelfIntro,
    /// Prepares a few questions to ask.
    PreparedQuestions,
    /// Follows up with thanks afterwards.
    FollowUpThanks,
    // Social networks
    /// Keeps a complete profile.
    CompleteProfile,
    /// Posts regularly.
    PostRegularly,
    /// Comments on and reacts to others' posts.
    CommentAndReact,
    /// Turns online contacts into meetings.
    OnlineToOffline,
    // Knowing and sharing what you offer
    /// Knows their own strengths.
    KnowStrengths,
    /// Lets others know their skills.
    MakeSkillsKnown,
    /// Says what they would like to do.
    TellWhatYouWant,
    // Network into work
    /// Builds trust over the long term rather than asking for work.
    LongTermTrust,
    /// Accepts introductions.
    AcceptIntroductions,
    /// Thanks the person who introduced them.
    ThankIntroducer,
    /// Reports back on how an introduction went.
    ReportBack,
    /// Knows what work they want.
    KnowWhatYouWant,
    /// Acts without fear of failing.
    ActWithoutFear,
    /// Considers a side business or start-up.
    SideBusiness,
    /// Has trusted partners to work with.
    TrustedPartners,
    // Trust and giving value
    /// Keeps promises.
    KeepPromises,
    /// Expresses thanks.
    ExpressThanks,
    /// Listens more than they talk.
    ListenMore,
    /// Keeps in regular contact.
    RegularContact,
    /// Gives as well as takes.
    GiveAndTake,
    /// Offers their knowledge.
    OfferKnowledge,
    /// Shares useful information.
    ShareInformation,
    // Keeping the network alive
    /// Follows up regularly.
    RegularFollowUp,
    /// Cheers others' successes.
    CheerSuccesses,
    /// Shares their own growth.
    ShareGrowth,
    /// Thanks people even for small help.
    ThankSmallHelp,
    /// Introduces people to each other.
    IntroducePeople,
    // Mindset
    /// Believes it is not too late.
    NotTooLate,
    /// Is ready to begin now.
    ReadyToBegin,
    /// Has people to ask for advice.
    PeopleToAsk,
}

impl Point {
    /// Every checklist point, in the article's order.
    pub const ALL: [Point; 38] = [
        Point::EnjoyableActivity,
        Point::AttendRegularly,
        Point::StartConversations,
        Point::CuriousAboutOthers,
        Point::PurposeBeforehand,
        Point::ShortSelfIntro,
        Point::PreparedQuestions,
        Point::FollowUpThanks,
        Point::CompleteProfile,
        Point::PostRegularly,
        Point::CommentAndReact,
        Point::OnlineToOffline,
        Point::KnowStrengths,
        Point::MakeSkillsKnown,
        Point::TellWhatYouWant,
        Point::LongTermTrust,
        Point::AcceptIntroductions,
        Point::ThankIntroducer,
        Point::ReportBack,
        Point::KnowWhatYouWant,
        Point::ActWithoutFear,
        Point::SideBusiness,
        Point::TrustedPartners,
        Point::KeepPromises,
        Point::ExpressThanks,
        Point::ListenMore,
        Point::RegularContact,
        Point::GiveAndTake,
        Point::OfferKnowledge,
        Point::ShareInformation,
        Point::RegularFollowUp,
        Point::CheerSuccesses,
        Point::ShareGrowth,
        Point::ThankSmallHelp,
        Point::IntroducePeople,
        Point::NotTooLate,
        Point::ReadyToBegin,
        Point::PeopleToAsk,
    ];
}

/// The kind of plan action a tip turns into (used by the planner).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// Get back in touch with someone.
    FollowUp,
    /// Thank someone for their help.
    Thank,
    /// Cheer on or congratulate a new step.
    Congratulate,
    /// Share one's own news and progress.
    ShareProgress,
    /// Keep a promise made to someone.
    KeepPromise,
    /// Introduce two people to each other.
    Introduce,
    /// Attend an event or gathering.
    AttendEvent,
    /// Post or comment on a social network.
    PostOrComment,
    /// Prepare a self-introduction.
    PrepareSelfIntro,
    /// Prepare questions to ask.
    PrepareQuestions,
    /// Reflect and sort out one's thoughts.
    Reflect,
    /// Anything else, in the user's words.
    Custom,
    // Schema 2: one kind per moment that has its own message.
    /// Thank someone after meeting them.
    ThankAfterMeeting,
    /// Invite someone for a coffee.
    InviteForCoffee,
    /// Reply to an offer or introduction.
    ReplyToOffer,
    /// Pass on something useful.
    ShareUseful,
    /// Ask someone for advice.
    AskAdvice,
    /// Ask someone for an introduction.
    AskIntroduction,
}

impl ActionKind {
    /// Every kind, in the order the action form offers them (the most common
    /// moments first, "other" last).
    pub const ALL: [ActionKind; 18] = [
        ActionKind::ThankAfterMeeting,
        ActionKind::FollowUp,
        ActionKind::InviteForCoffee,
        ActionKind::ReplyToOffer,
        ActionKind::ShareUseful,
        ActionKind::AskAdvice,
        ActionKind::AskIntroduction,
        ActionKind::Thank,
        ActionKind::Congratulate,
        ActionKind::ShareProgress,
        ActionKind::KeepPromise,
        ActionKind::Introduce,
        ActionKind::AttendEvent,
        ActionKind::PostOrComment,
        ActionKind::PrepareSelfIntro,
        ActionKind::PrepareQuestions,
        ActionKind::Reflect,
        ActionKind::Custom,
    ];
}

/// A recommended action for an item the user does not yet do well.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tip {
    /// What to do, as an imperative one-liner (polite form in Japanese).
    pub action: Bilingual,
    /// One line on why it helps.
    pub why: Bilingual,
    /// The kind of plan action the tip becomes.
    pub kind: ActionKind,
}

/// One question of the self-assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stable key, stored in saved answers.
    pub id: ItemId,
    /// The area the item counts towards.
    pub area: Area,
    /// The article's checklist point it covers.
    pub point: Point,
    /// How it is answered.
    pub scale: Scale,
    /// True when agreeing is the *less* helpful answer (e.g. "it feels too
    /// late for me"); scoring flips such items so 100 is always the good end.
    pub reversed: bool,
    /// Offered as a "doesn't apply to me" answer, with its reason.
    pub na: Option<NotApplicable>,
    /// The question as shown.
    pub question: Bilingual,
    /// What to do when the answer is low.
    pub tip: Tip,
}

/// Names and explanations for an area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaText {
    /// The area's full name.
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

#[cfg(test)]
mod enum_tests {
    use super::*;
    use crate::enum_check::{check_all, check_keys, check_serde};

    /// Exhaustive: a new variant does not compile until it has a place in `ALL`.
    fn area_position(v: Area) -> usize {
        match v {
            Area::Hobbies => 0,
            Area::Events => 1,
            Area::Social => 2,
            Area::Strengths => 3,
            Area::Career => 4,
            Area::Trust => 5,
            Area::Keep => 6,
            Area::Mindset => 7,
        }
    }

    /// Exhaustive: a new variant does not compile until it has a place in `ALL`.
    fn kind_position(v: ActionKind) -> usize {
        match v {
            ActionKind::ThankAfterMeeting => 0,
            ActionKind::FollowUp => 1,
            ActionKind::InviteForCoffee => 2,
            ActionKind::ReplyToOffer => 3,
            ActionKind::ShareUseful => 4,
            ActionKind::AskAdvice => 5,
            ActionKind::AskIntroduction => 6,
            ActionKind::Thank => 7,
            ActionKind::Congratulate => 8,
            ActionKind::ShareProgress => 9,
            ActionKind::KeepPromise => 10,
            ActionKind::Introduce => 11,
            ActionKind::AttendEvent => 12,
            ActionKind::PostOrComment => 13,
            ActionKind::PrepareSelfIntro => 14,
            ActionKind::PrepareQuestions => 15,
            ActionKind::Reflect => 16,
            ActionKind::Custom => 17,
        }
    }

    /// Exhaustive: a new variant does not compile until it has a place in `ALL`.
    fn point_position(v: Point) -> usize {
        match v {
            Point::EnjoyableActivity => 0,
            Point::AttendRegularly => 1,
            Point::StartConversations => 2,
            Point::CuriousAboutOthers => 3,
            Point::PurposeBeforehand => 4,
            Point::ShortSelfIntro => 5,
            Point::PreparedQuestions => 6,
            Point::FollowUpThanks => 7,
            Point::CompleteProfile => 8,
            Point::PostRegularly => 9,
            Point::CommentAndReact => 10,
            Point::OnlineToOffline => 11,
            Point::KnowStrengths => 12,
            Point::MakeSkillsKnown => 13,
            Point::TellWhatYouWant => 14,
            Point::LongTermTrust => 15,
            Point::AcceptIntroductions => 16,
            Point::ThankIntroducer => 17,
            Point::ReportBack => 18,
            Point::KnowWhatYouWant => 19,
            Point::ActWithoutFear => 20,
            Point::SideBusiness => 21,
            Point::TrustedPartners => 22,
            Point::KeepPromises => 23,
            Point::ExpressThanks => 24,
            Point::ListenMore => 25,
            Point::RegularContact => 26,
            Point::GiveAndTake => 27,
            Point::OfferKnowledge => 28,
            Point::ShareInformation => 29,
            Point::RegularFollowUp => 30,
            Point::CheerSuccesses => 31,
            Point::ShareGrowth => 32,
            Point::ThankSmallHelp => 33,
            Point::IntroducePeople => 34,
            Point::NotTooLate => 35,
            Point::ReadyToBegin => 36,
            Point::PeopleToAsk => 37,
        }
    }

    #[test]
    fn areas_are_listed_once_with_their_stored_keys_and_texts() {
        check_all(&Area::ALL, area_position);
        check_serde(&Area::ALL);
        check_keys(
            &Area::ALL,
            crate::forms::area_key,
            crate::forms::area_from_key,
        );
        for area in Area::ALL {
            let t = crate::content::area_text(area);
            for lang in Lang::ALL {
                assert!(!t.name.get(lang).trim().is_empty(), "{area:?} {lang:?}");
                assert!(!t.short.get(lang).trim().is_empty(), "{area:?} {lang:?}");
            }
        }
    }

    #[test]
    fn action_kinds_are_listed_once_with_their_stored_keys_and_labels() {
        check_all(&ActionKind::ALL, kind_position);
        check_serde(&ActionKind::ALL);
        check_keys(
            &ActionKind::ALL,
            crate::plan_text::kind_key,
            crate::plan_text::kind_from_key,
        );
        for lang in Lang::ALL {
            let mut seen = std::collections::BTreeSet::new();
            for kind in ActionKind::ALL {
                let label = crate::plan_text::kind_label(lang, kind);
                assert!(seen.insert(label), "{kind:?} {lang:?} label repeats");
            }
        }
    }

    #[test]
    fn points_are_listed_once() {
        check_all(&Point::ALL, point_position);
    }
}
