//! The self-introduction builder (キャリアの棚卸し): four guided answers
//! (experience and strengths, what I can offer, what I want to do next,
//! interests) become a 30-second self-introduction and a longer profile
//! text in the user's language. The user may rewrite either text; their
//! version is kept as typed until they ask for a fresh one.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// Kept in the document (`Document::intro`) and so in exported plan files.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfIntro {
    /// What I have done and what I am good at.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub experience: String,
    /// What I can offer others.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub offer: String,
    /// What I would like to do next.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub next: String,
    /// My interests outside work.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub interests: String,
    /// The user's own wording of the short introduction; empty means the
    /// generated text is shown.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub short_text: String,
    /// The user's own wording of the profile text; empty as above.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub long_text: String,
}

/// One of the four guided answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The experience I bring.
    Experience,
    /// What I can offer others.
    Offer,
    /// What I would like to do next.
    Next,
    /// My interests outside work.
    Interests,
}

impl Part {
    /// The four parts, in the order the builder asks them.
    pub const ALL: [Part; 4] = [Part::Experience, Part::Offer, Part::Next, Part::Interests];
}

/// Longest accepted answer or text, in characters (a profile, not a book).
pub const MAX_CHARS: usize = 2000;

impl SelfIntro {
    /// The user's answer for `part`.
    pub fn part(&self, part: Part) -> &str {
        match part {
            Part::Experience => &self.experience,
            Part::Offer => &self.offer,
            Part::Next => &self.next,
            Part::Interests => &self.interests,
        }
    }

    /// Sets the answer for `part`, cut to `MAX_CHARS`.
    pub fn set_part(&mut self, part: Part, text: String) {
        let text: String = text.chars().take(MAX_CHARS).collect();
        match part {
            Part::Experience => self.experience = text,
            Part::Offer => self.offer = text,
            Part::Next => self.next = text,
            Part::Interests => self.interests = text,
        }
    }

    /// True when nothing has been written yet.
    pub fn is_empty(&self) -> bool {
        Part::ALL.iter().all(|p| self.part(*p).trim().is_empty())
            && self.short_text.is_empty()
            && self.long_text.is_empty()
    }

    /// The short introduction to show: the user's own, or the generated one.
    pub fn short_shown(&self, lang: Lang) -> String {
        if self.short_text.trim().is_empty() {
            short_intro(self, lang)
        } else {
            self.short_text.clone()
        }
    }

    /// The profile text to show: the user's own, or the generated one.
    pub fn long_shown(&self, lang: Lang) -> String {
        if self.long_text.trim().is_empty() {
            long_intro(self, lang)
        } else {
            self.long_text.clone()
        }
    }
}

/// An answer as a phrase: trimmed, lines joined, without a closing 。 or .
/// so it can sit inside a sentence.
fn phrase(s: &str) -> String {
    let joined = s
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    joined
        .trim_end_matches(['。', '.', '、', ',', '！', '!'])
        .trim()
        .to_string()
}

/// A self-introduction of about 30 seconds spoken (a few short sentences),
/// built only from what the user wrote; empty answers are left out.
pub fn short_intro(intro: &SelfIntro, lang: Lang) -> String {
    let [exp, offer, next, interests] = Part::ALL.map(|p| phrase(intro.part(p)));
    let mut out: Vec<String> = Vec::new();
    match lang.built() {
        Lang::Ja => {
            out.push("はじめまして。".into());
            if !exp.is_empty() {
                out.push(format!("{exp}。"));
            }
            if !offer.is_empty() {
                out.push(format!("{offer}でしたら、お役に立てると思います。"));
            }
            if !next.is_empty() {
                out.push(format!("これからは、{next}に取り組みたいと考えています。"));
            }
            if !interests.is_empty() {
                out.push(format!("{interests}にも関心があります。"));
            }
            out.push("どうぞよろしくお願いいたします。".into());
            out.concat()
        }
        Lang::En => {
            out.push("Nice to meet you.".into());
            if !exp.is_empty() {
                out.push(format!("{exp}."));
            }
            if !offer.is_empty() {
                out.push(format!("I'd be glad to help with {offer}."));
            }
            if !next.is_empty() {
                out.push(format!("Next, I'd like to {next}."));
            }
            if !interests.is_empty() {
                out.push(format!("I'm also interested in {interests}."));
            }
            out.join(" ")
        }
    }
}

/// A longer text for a profile (social network, meetup sign-up), in
/// headed sections; empty answers are left out.
pub fn long_intro(intro: &SelfIntro, lang: Lang) -> String {
    let heads: [&str; 4] = match lang.built() {
        Lang::Ja => [
            "これまでの経験と強み",
            "お役に立てること",
            "これから取り組みたいこと",
            "関心のあること",
        ],
        Lang::En => [
            "Experience and strengths",
            "How I can help",
            "What I'd like to do next",
            "Interests",
        ],
    };
    let sections: Vec<String> = Part::ALL
        .iter()
        .zip(heads)
        .filter(|(p, _)| !intro.part(**p).trim().is_empty())
        .map(|(p, h)| match lang.built() {
            Lang::Ja => format!("【{h}】\n{}", intro.part(*p).trim()),
            Lang::En => format!("{h}\n{}", intro.part(*p).trim()),
        })
        .collect();
    sections.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled() -> SelfIntro {
        SelfIntro {
            experience: "メーカーで30年、品質管理と後輩の育成に携わってきました。".into(),
            offer: "現場の改善の進め方".into(),
            next: "中小企業の品質づくりを手伝う仕事".into(),
            interests: "写真と山歩き".into(),
            ..SelfIntro::default()
        }
    }

    #[test]
    fn short_intro_uses_every_answer_once_in_natural_japanese() {
        let t = short_intro(&filled(), Lang::Ja);
        assert_eq!(
            t,
            "はじめまして。メーカーで30年、品質管理と後輩の育成に携わってきました。現場の改善の進め方でしたら、お役に立てると思います。これからは、中小企業の品質づくりを手伝う仕事に取り組みたいと考えています。写真と山歩きにも関心があります。どうぞよろしくお願いいたします。"
        );
        assert!(!t.contains("。。"));
        // About 30 seconds spoken: Japanese is read at roughly 300 characters a minute.
        assert!(t.chars().count() <= 160);
    }

    #[test]
    fn english_intro_and_empty_answers_left_out() {
        let intro = SelfIntro {
            experience: "I spent 30 years in manufacturing quality control.".into(),
            next: "help small firms build good habits".into(),
            ..SelfIntro::default()
        };
        assert_eq!(
            short_intro(&intro, Lang::En),
            "Nice to meet you. I spent 30 years in manufacturing quality control. Next, I'd like to help small firms build good habits."
        );
        let long = long_intro(&intro, Lang::En);
        assert!(long.starts_with("Experience and strengths\n"));
        assert!(!long.contains("How I can help"));
        assert_eq!(long_intro(&SelfIntro::default(), Lang::Ja), "");
    }

    #[test]
    fn the_users_own_wording_wins_until_cleared() {
        let mut intro = filled();
        assert_eq!(intro.short_shown(Lang::Ja), short_intro(&intro, Lang::Ja));
        intro.short_text = "自分の言葉で書いた紹介".into();
        assert_eq!(intro.short_shown(Lang::Ja), "自分の言葉で書いた紹介");
        intro.long_text = "プロフィール".into();
        assert_eq!(intro.long_shown(Lang::En), "プロフィール");
        intro.short_text.clear();
        assert!(intro.short_shown(Lang::Ja).starts_with("はじめまして"));
    }

    #[test]
    fn answers_are_capped_and_round_trip() {
        let mut intro = SelfIntro::default();
        assert!(intro.is_empty());
        intro.set_part(Part::Offer, "あ".repeat(MAX_CHARS + 10));
        assert_eq!(intro.offer.chars().count(), MAX_CHARS);
        let json = serde_json::to_string(&filled()).unwrap();
        assert_eq!(serde_json::from_str::<SelfIntro>(&json).unwrap(), filled());
        assert_eq!(serde_json::to_string(&SelfIntro::default()).unwrap(), "{}");
    }
}

#[cfg(test)]
mod enum_tests {
    use super::*;
    use crate::enum_check::check_all;

    /// Exhaustive: a new variant does not compile until it has a place in `ALL`.
    fn part_position(p: Part) -> usize {
        match p {
            Part::Experience => 0,
            Part::Offer => 1,
            Part::Next => 2,
            Part::Interests => 3,
        }
    }

    #[test]
    fn parts_are_listed_once_and_each_has_its_own_field() {
        check_all(&Part::ALL, part_position);
        let mut intro = SelfIntro::default();
        for (i, p) in Part::ALL.into_iter().enumerate() {
            intro.set_part(p, i.to_string());
        }
        for (i, p) in Part::ALL.into_iter().enumerate() {
            assert_eq!(intro.part(p), i.to_string());
        }
    }
}
