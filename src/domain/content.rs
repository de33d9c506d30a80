//! The words of the self-assessment: all 30 items with their tips, and the names and explanations of each area.

use super::questionnaire::{
    ActionKind, Area, AreaText, Bilingual, Item, ItemId, Point, Scale, Tip,
};

pub static ITEMS: [Item; 30] = [
    // ── Hobbies & volunteering ─────────────────────────────────────────
    Item {
        id: ItemId("hob.enjoy"),
        area: Area::Hobbies,
        point: Point::EnjoyableActivity,
        scale: Scale::Agreement,
        reversed: false,
        question: Bilingual {
            ja: "心から楽しめる趣味やボランティア活動があります",
            en: "I have a hobby or volunteer activity that I truly enjoy",
        },
        tip: Tip {
            action: Bilingual {
                ja: "興味のある活動を一つ選び、体験会や見学に申し込む",
                en: "Pick one activity you'd enjoy and sign up for a taster session or visit",
            },
            why: Bilingual {
                ja: "好きなことなら無理なく続けられ、その中で自然と仲間ができていきます。",
                en: "When you enjoy something, sticking with it is easy, and that's where friendships grow.",
            },
            kind: ActionKind::AttendEvent,
        },
    },
    Item {
        id: ItemId("hob.regular"),
        area: Area::Hobbies,
        point: Point::AttendRegularly,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "同じ活動やサークルに、続けて顔を出しています",
            en: "I keep showing up at the same activity or group",
        },
        tip: Tip {
            action: Bilingual {
                ja: "参加している活動の次回の日程を、手帳やカレンダーに入れる",
                en: "Put the next session of your group or activity in your calendar",
            },
            why: Bilingual {
                ja: "何度も顔を合わせるうちに名前を覚えてもらえ、打ち解けやすくなります。",
                en: "Being a familiar face is what lets people remember you and open up.",
            },
            kind: ActionKind::AttendEvent,
        },
    },
    Item {
        id: ItemId("hob.conversation"),
        area: Area::Hobbies,
        point: Point::StartConversations,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "集まりでは、初めて会う人にも自分から声をかけています",
            en: "At gatherings, I start conversations with people I haven't met before",
        },
        tip: Tip {
            action: Bilingual {
                ja: "次の集まりで、初めての人一人に自分から話しかける",
                en: "Start a conversation with one new person at your next gathering",
            },
            why: Bilingual {
                ja: "肩書きの関係ない場では、ひと言のあいさつがそのまま自然な関係の入り口になります。",
                en: "Where job titles don't matter, a simple hello is often all it takes to get to know someone.",
            },
            kind: ActionKind::AttendEvent,
        },
    },
    Item {
        id: ItemId("hob.curious"),
        area: Area::Hobbies,
        point: Point::CuriousAboutOthers,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "会話では、相手の好きなことや経験に関心を持って尋ねています",
            en: "In conversation, I show interest in the other person's passions and experiences",
        },
        tip: Tip {
            action: Bilingual {
                ja: "次に会う人に、その人が夢中になっていることを一つ聞いてみる",
                en: "Ask the next person you meet about something they love doing",
            },
            why: Bilingual {
                ja: "自分に関心を向けてもらえると人は安心し、信頼が生まれやすくなります。",
                en: "People warm to those who take a real interest in them, and trust follows.",
            },
            kind: ActionKind::PrepareQuestions,
        },
    },
    // ── Meetups & online events ────────────────────────────────────────
    Item {
        id: ItemId("evt.purpose"),
        area: Area::Events,
        point: Point::PurposeBeforehand,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "交流会やイベントの前に、参加する目的を決めています",
            en: "Before a meetup or online event, I decide what I want to get out of it",
        },
        tip: Tip {
            action: Bilingual {
                ja: "次に参加するイベントの目的を、一行で書いておく",
                en: "Write down in one line why you're going to your next event",
            },
            why: Bilingual {
                ja: "目的がはっきりしていると、誰と何を話せばよいか迷わずにすみます。",
                en: "A clear aim tells you who to talk to and what to ask.",
            },
            kind: ActionKind::Reflect,
        },
    },
    Item {
        id: ItemId("evt.intro"),
        area: Area::Events,
        point: Point::ShortSelfIntro,
        scale: Scale::Agreement,
        reversed: false,
        question: Bilingual {
            ja: "得意分野や関心を短く伝えられる自己紹介を用意しています",
            en: "I have a short self-introduction ready that covers my strengths and interests",
        },
        tip: Tip {
            action: Bilingual {
                ja: "30秒で話せる自己紹介を書き、声に出して練習する",
                en: "Write a 30-second self-introduction and practise it out loud",
            },
            why: Bilingual {
                ja: "要点をしぼった短い紹介は相手の記憶に残り、会話のきっかけにもなります。",
                en: "A short, focused introduction makes you memorable and gets the conversation going.",
            },
            kind: ActionKind::PrepareSelfIntro,
        },
    },
    Item {
        id: ItemId("evt.questions"),
        area: Area::Events,
        point: Point::PreparedQuestions,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "イベントの前に、相手に聞いてみたい質問を考えています",
            en: "Before an event, I think of a few questions I'd like to ask people",
        },
        tip: Tip {
            action: Bilingual {
                ja: "次の交流会に向けて、相手に聞きたい質問を三つ用意する",
                en: "Prepare three questions to ask people at your next event",
            },
            why: Bilingual {
                ja: "質問の用意があれば、会話が途切れる心配が減り、落ち着いて話せます。",
                en: "With a few questions in your pocket, pauses stop being a worry and you can relax.",
            },
            kind: ActionKind::PrepareQuestions,
        },
    },
    Item {
        id: ItemId("evt.follow_up"),
        area: Area::Events,
        point: Point::FollowUpThanks,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "交流会で知り合った人には、後日お礼のメッセージを送っています",
            en: "After an event, I send a thank-you message to the people I met",
        },
        tip: Tip {
            action: Bilingual {
                ja: "最近知り合った人に、お礼のメッセージを一通送る",
                en: "Send a short thank-you message to someone you met recently",
            },
            why: Bilingual {
                ja: "出会いの後のひと言が、その場限りで終わらない関係の始まりになります。",
                en: "A quick note afterwards turns a one-off meeting into the start of a relationship.",
            },
            kind: ActionKind::FollowUp,
        },
    },
    // ── Social networks ────────────────────────────────────────────────
    Item {
        id: ItemId("sns.profile"),
        area: Area::Social,
        point: Point::CompleteProfile,
        scale: Scale::Agreement,
        reversed: false,
        question: Bilingual {
            ja: "SNSのプロフィールに、経歴や得意なことを具体的に書いています",
            en: "My social media profile clearly describes my background and skills",
        },
        tip: Tip {
            action: Bilingual {
                ja: "SNSのプロフィールに、得意なことを一行書き足す",
                en: "Add one line about what you're good at to your social media profile",
            },
            why: Bilingual {
                ja: "具体的なプロフィールは、初めて訪れた人にも安心感と信頼感を与えます。",
                en: "A specific profile helps people who don't know you yet feel they can trust you.",
            },
            kind: ActionKind::Custom,
        },
    },
    Item {
        id: ItemId("sns.post"),
        area: Area::Social,
        point: Point::PostRegularly,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "自分の専門や関心のあるテーマについて、SNSで発信しています",
            en: "I post on social media about my field or topics I care about",
        },
        tip: Tip {
            action: Bilingual {
                ja: "仕事や趣味で最近学んだことを、短く一つ投稿する",
                en: "Post one short thing you've learned recently, at work or through a hobby",
            },
            why: Bilingual {
                ja: "発信を続けると、同じ関心を持つ人があなたを見つけやすくなります。",
                en: "Posting steadily makes it easier for people with the same interests to find you.",
            },
            kind: ActionKind::PostOrComment,
        },
    },
    Item {
        id: ItemId("sns.comment"),
        area: Area::Social,
        point: Point::CommentAndReact,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "気になった投稿には、コメントや「いいね」で反応しています",
            en: "I comment on or react to posts that catch my interest",
        },
        tip: Tip {
            action: Bilingual {
                ja: "知り合いの投稿三つに、ひと言コメントを残す",
                en: "Leave a short comment on three posts by people you know",
            },
            why: Bilingual {
                ja: "発信するだけでなく応えることで、やり取りが一方通行でなくなります。",
                en: "Replying to others, not just posting, is what makes it a two-way relationship.",
            },
            kind: ActionKind::PostOrComment,
        },
    },
    Item {
        id: ItemId("sns.offline"),
        area: Area::Social,
        point: Point::OnlineToOffline,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "オンラインで親しくなった人と、実際に会う機会を作っています",
            en: "When I get on well with someone online, I suggest meeting in person",
        },
        tip: Tip {
            action: Bilingual {
                ja: "オンラインでよくやり取りする人を一人、お茶に誘ってみる",
                en: "Invite someone you often chat with online to meet for coffee",
            },
            why: Bilingual {
                ja: "顔を合わせて話すことで、画面越しでは築きにくい深い信頼が生まれます。",
                en: "Meeting face to face builds a depth of trust that's hard to reach through a screen.",
            },
            kind: ActionKind::FollowUp,
        },
    },
    // ── Turning connections into work ──────────────────────────────────
    Item {
        id: ItemId("car.strengths"),
        area: Area::Career,
        point: Point::KnowStrengths,
        scale: Scale::Agreement,
        reversed: false,
        question: Bilingual {
            ja: "自分の強みと、これからやってみたいことを言葉にできます",
            en: "I can put into words both my strengths and what I'd like to do next",
        },
        tip: Tip {
            action: Bilingual {
                ja: "自分の強みを三つと、やってみたいことを一つ書き出す",
                en: "Write down three of your strengths and one thing you'd like to do next",
            },
            why: Bilingual {
                ja: "強みや希望が伝わっていると、周りの人が合う話を思い出してくれやすくなります。",
                en: "When people know what you're good at and what you want, they think of you when a fitting chance comes up.",
            },
            kind: ActionKind::Reflect,
        },
    },
    Item {
        id: ItemId("car.long_term"),
        area: Area::Career,
        point: Point::LongTermTrust,
        scale: Scale::Agreement,
        reversed: false,
        question: Bilingual {
            ja: "見返りを急がず、長い目で人との関係を育てています",
            en: "I nurture relationships for the long run, without expecting anything back quickly",
        },
        tip: Tip {
            action: Bilingual {
                ja: "大切にしたい人に、用件なしで近況をたずねる",
                en: "Check in with someone you value, with no request attached",
            },
            why: Bilingual {
                ja: "急がずに育てた関係からこそ、仕事の話が自然に生まれてきます。",
                en: "Work tends to come up naturally in relationships that were never rushed.",
            },
            kind: ActionKind::FollowUp,
        },
    },
    Item {
        id: ItemId("car.accept"),
        area: Area::Career,
        point: Point::AcceptIntroductions,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "紹介や誘いを受けたときは、前向きに応じるようにしています",
            en: "When someone offers me an introduction or invitation, I say yes and see where it leads",
        },
        tip: Tip {
            action: Bilingual {
                ja: "届いている誘いや紹介の一つに、「ぜひ」と返事をする",
                en: "Reply \"yes, gladly\" to one invitation or introduction you've received",
            },
            why: Bilingual {
                ja: "思いがけない紹介が、新しい仕事や分野への入り口になることがあります。",
                en: "An unexpected introduction can be the doorway to new work or a new field.",
            },
            kind: ActionKind::FollowUp,
        },
    },
    Item {
        id: ItemId("car.thank_introducer"),
        area: Area::Career,
        point: Point::ThankIntroducer,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "人を紹介してもらったら、紹介者にお礼とその後の様子を伝えています",
            en: "When someone introduces me to a person, I thank them and tell them how it went",
        },
        tip: Tip {
            action: Bilingual {
                ja: "以前だれかを紹介してくれた人に、お礼と近況を伝える",
                en: "Thank someone who once introduced you, and let them know how it turned out",
            },
            why: Bilingual {
                ja: "紹介者への感謝は、その人との関係もいっそう深めてくれます。",
                en: "Thanking the person who connected you deepens that relationship too, and they'll be glad to help again.",
            },
            kind: ActionKind::Thank,
        },
    },
    Item {
        id: ItemId("car.act"),
        area: Area::Career,
        point: Point::ActWithoutFear,
        scale: Scale::Agreement,
        reversed: false,
        question: Bilingual {
            ja: "うまくいくか分からなくても、まず一歩を踏み出せます",
            en: "Even when I'm not sure it will work out, I can take the first step",
        },
        tip: Tip {
            action: Bilingual {
                ja: "気になっていたことを一つ、今週中に小さく試してみる",
                en: "Try one thing you've been curious about this week, on a small scale",
            },
            why: Bilingual {
                ja: "小さく動いてみることで、考えているだけでは見えない可能性が開けます。",
                en: "Small experiments open up possibilities you'd never see just by thinking about them.",
            },
            kind: ActionKind::Custom,
        },
    },
    // ── Trust & giving value ───────────────────────────────────────────
    Item {
        id: ItemId("tru.promises"),
        area: Area::Trust,
        point: Point::KeepPromises,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "ちょっとした約束でも、きちんと守るようにしています",
            en: "I keep my word, even on small things",
        },
        tip: Tip {
            action: Bilingual {
                ja: "最近交わした約束を振り返り、一つを今週中に果たす",
                en: "Look back at a recent promise and follow through on it this week",
            },
            why: Bilingual {
                ja: "小さな約束を守り続けることが、何よりも確かな信頼の土台になります。",
                en: "Keeping small promises, again and again, is the surest foundation of trust.",
            },
            kind: ActionKind::KeepPromise,
        },
    },
    Item {
        id: ItemId("tru.thanks"),
        area: Area::Trust,
        point: Point::ExpressThanks,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "助言や手助けをもらったら、感謝を言葉にして伝えています",
            en: "When someone helps or advises me, I tell them I'm grateful",
        },
        tip: Tip {
            action: Bilingual {
                ja: "最近力になってくれた人に、感謝の気持ちを言葉で伝える",
                en: "Tell someone who helped you recently how much it meant to you",
            },
            why: Bilingual {
                ja: "感謝がきちんと伝わると、相手は「また力になりたい」と感じてくれます。",
                en: "A clear thank-you makes people glad they helped, and happy to help again.",
            },
            kind: ActionKind::Thank,
        },
    },
    Item {
        id: ItemId("tru.listen"),
        area: Area::Trust,
        point: Point::ListenMore,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "会話では、自分が話すより相手の話に耳を傾けています",
            en: "In conversation, I listen more than I talk",
        },
        tip: Tip {
            action: Bilingual {
                ja: "次の会話では、相手の話を最後まで聞いてから応える",
                en: "In your next conversation, let the other person finish before you respond",
            },
            why: Bilingual {
                ja: "しっかり聴いてもらえたと感じると、人は心を開いてくれます。",
                en: "When people feel truly heard, they open up to you.",
            },
            kind: ActionKind::Custom,
        },
    },
    Item {
        id: ItemId("tru.contact"),
        area: Area::Trust,
        point: Point::RegularContact,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "しばらく会っていない人にも、ときどき連絡を取っています",
            en: "I get in touch now and then with people I haven't seen for a while",
        },
        tip: Tip {
            action: Bilingual {
                ja: "しばらく連絡していない人に、近況をたずねる短いメッセージを送る",
                en: "Send a short \"how are you?\" to someone you haven't heard from in a while",
            },
            why: Bilingual {
                ja: "ときどき連絡を取り合うことで、時間が経っても関係が薄れずにすみます。",
                en: "A little contact now and then keeps a connection from fading over time.",
            },
            kind: ActionKind::FollowUp,
        },
    },
    Item {
        id: ItemId("tru.give_take"),
        area: Area::Trust,
        point: Point::GiveAndTake,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "受け取るだけでなく、自分からも何かを返すようにしています",
            en: "I make a point of giving back, not only receiving",
        },
        tip: Tip {
            action: Bilingual {
                ja: "お世話になっている人へのお返しを一つ考えて、実行する",
                en: "Think of one way to give back to someone who has helped you, and do it",
            },
            why: Bilingual {
                ja: "お互いに与え合う関係は、一方通行の関係よりもずっと長続きします。",
                en: "Relationships where both sides give last far longer than one-way ones.",
            },
            kind: ActionKind::Custom,
        },
    },
    Item {
        id: ItemId("tru.offer"),
        area: Area::Trust,
        point: Point::OfferKnowledge,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "自分の知識を貸したり、役立つ情報を人に伝えたりしています",
            en: "I offer my know-how or pass on useful information to people who could use it",
        },
        tip: Tip {
            action: Bilingual {
                ja: "知り合いの役に立ちそうな記事や情報を、一つ送る",
                en: "Send someone an article or tip you think they'd find useful",
            },
            why: Bilingual {
                ja: "先に価値を差し出す人は「頼れる人」として覚えられ、やがてチャンスが巡ってきます。",
                en: "People who give value first are remembered as someone to count on, and opportunities come back around.",
            },
            kind: ActionKind::Custom,
        },
    },
    // ── Keeping connections alive ──────────────────────────────────────
    Item {
        id: ItemId("kee.follow_up"),
        area: Area::Keep,
        point: Point::RegularFollowUp,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "一度会っただけの人とも、その後のやり取りを続けています",
            en: "I stay in touch with people even after meeting them only once",
        },
        tip: Tip {
            action: Bilingual {
                ja: "一度だけ会った人に、そのときの話題の続きを送る",
                en: "Follow up with someone you've met only once, picking up where you left off",
            },
            why: Bilingual {
                ja: "一度きりで終わらせないことで、出会いが本当のつながりへと育ちます。",
                en: "Not letting it end after one meeting is how an encounter grows into a real connection.",
            },
            kind: ActionKind::FollowUp,
        },
    },
    Item {
        id: ItemId("kee.cheer"),
        area: Area::Keep,
        point: Point::CheerSuccesses,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "知り合いの新しい挑戦や成功を、言葉や行動で応援しています",
            en: "I cheer people on when they take on something new or succeed",
        },
        tip: Tip {
            action: Bilingual {
                ja: "新しいことに挑戦している知り合いに、応援のメッセージを送る",
                en: "Send an encouraging message to someone who's trying something new",
            },
            why: Bilingual {
                ja: "挑戦を後押ししてくれた人のことを、相手は長く覚えているものです。",
                en: "People long remember who backed them when they tried something new.",
            },
            kind: ActionKind::Congratulate,
        },
    },
    Item {
        id: ItemId("kee.share_growth"),
        area: Area::Keep,
        point: Point::ShareGrowth,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "自分の近況や学んだことを、周りの人と分かち合っています",
            en: "I share my news and what I've been learning with people I know",
        },
        tip: Tip {
            action: Bilingual {
                ja: "最近の出来事や学びを一つ、親しい人に伝える",
                en: "Tell someone close one piece of news or something you've learned lately",
            },
            why: Bilingual {
                ja: "あなたの近況が相手の刺激になり、お互いに話しやすい関係が深まります。",
                en: "Your news can inspire others, and gives them a reason to share theirs.",
            },
            kind: ActionKind::ShareProgress,
        },
    },
    Item {
        id: ItemId("kee.thank_small"),
        area: Area::Keep,
        point: Point::ThankSmallHelp,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "ちょっとした手助けにも、その都度お礼を伝えています",
            en: "I say thank you even for small favours, every time",
        },
        tip: Tip {
            action: Bilingual {
                ja: "今週受けた小さな手助けに、ひと言お礼を送る",
                en: "Send a quick thank-you for a small favour someone did you this week",
            },
            why: Bilingual {
                ja: "小さなことへの感謝の積み重ねが、心地よい関係を長く保ちます。",
                en: "Noticing the small things keeps relationships warm for years.",
            },
            kind: ActionKind::Thank,
        },
    },
    Item {
        id: ItemId("kee.introduce"),
        area: Area::Keep,
        point: Point::IntroducePeople,
        scale: Scale::Frequency,
        reversed: false,
        question: Bilingual {
            ja: "気が合いそうな知り合い同士を、お互いに紹介しています",
            en: "I introduce people I know to each other when I think they'd get along",
        },
        tip: Tip {
            action: Bilingual {
                ja: "話が合いそうな知り合い二人を思い浮かべ、引き合わせる",
                en: "Think of two people who'd click, and introduce them",
            },
            why: Bilingual {
                ja: "人と人をつなぐと双方から喜ばれ、あなたへの信頼もいっそう厚くなります。",
                en: "Connecting people earns thanks from both sides and deepens their trust in you.",
            },
            kind: ActionKind::Introduce,
        },
    },
    // ── Mindset ────────────────────────────────────────────────────────
    Item {
        id: ItemId("min.too_late"),
        area: Area::Mindset,
        point: Point::NotTooLate,
        scale: Scale::Agreement,
        reversed: true,
        question: Bilingual {
            ja: "今から新しいつながりを作るのは、もう遅いと感じます",
            en: "I feel it's too late for me to start building new connections",
        },
        tip: Tip {
            action: Bilingual {
                ja: "自分の経験が誰かの役に立ちそうな場面を、三つ書き出す",
                en: "Write down three situations where your experience could help someone",
            },
            why: Bilingual {
                ja: "つながりづくりに遅すぎることはなく、あなたの経験を求めている人はたくさんいます。",
                en: "It's never too late, and plenty of people need exactly the experience you have.",
            },
            kind: ActionKind::Reflect,
        },
    },
    Item {
        id: ItemId("min.ready"),
        area: Area::Mindset,
        point: Point::ReadyToBegin,
        scale: Scale::Agreement,
        reversed: false,
        question: Bilingual {
            ja: "社外でのつながりづくりを、今から始めてみようと思えます",
            en: "I feel ready to start building connections outside work now",
        },
        tip: Tip {
            action: Bilingual {
                ja: "今週できる小さな一歩を一つ決めて、予定に入れる",
                en: "Choose one small step for this week and put it in your calendar",
            },
            why: Bilingual {
                ja: "大きな決心はいりません。小さな一歩が、次の出会いを連れてきてくれます。",
                en: "No big decision needed: one small step is what leads to the next encounter.",
            },
            kind: ActionKind::Reflect,
        },
    },
];

/// Points covered by an item other than its primary `point` (an item can ask about two closely related points).
pub fn secondary_points(id: ItemId) -> &'static [Point] {
    match id.0 {
        "car.strengths" => &[Point::KnowWhatYouWant],
        "tru.offer" => &[Point::ShareInformation],
        _ => &[],
    }
}

pub fn area_text(area: Area) -> AreaText {
    match area {
        Area::Hobbies => AreaText {
            name: Bilingual {
                ja: "趣味・ボランティア",
                en: "Hobbies & volunteering",
            },
            short: Bilingual {
                ja: "趣味",
                en: "Hobbies",
            },
            why_it_matters: Bilingual {
                ja: "肩書きを離れた趣味やボランティアの場では、素顔で付き合える仲間ができやすく、仕事だけでなく人生全体の支えになります。気になる活動に一度顔を出してみるだけでも、十分な始まりです。",
                en: "Away from job titles, hobbies and volunteering make it easy to form genuine friendships that support you in all of life, not just work. Simply dropping in on one activity that interests you is a perfectly good start.",
            },
        },
        Area::Events => AreaText {
            name: Bilingual {
                ja: "異業種交流会・オンラインイベント",
                en: "Meetups & online events",
            },
            short: Bilingual {
                ja: "交流会",
                en: "Events",
            },
            why_it_matters: Bilingual {
                ja: "交流会やオンラインイベントでは、ふだんの仕事では出会えない業界の人と話せ、新しい見方に触れられます。オンラインなら自宅から気軽に参加できるので、まずは一つ申し込んでみるだけで大丈夫です。",
                en: "Meetups and online events connect you with people from industries you'd never meet at work, and with fresh ways of thinking. Online events can be joined from home, so signing up for just one is a fine first step.",
            },
        },
        Area::Social => AreaText {
            name: Bilingual {
                ja: "SNS",
                en: "Social networks",
            },
            short: Bilingual {
                ja: "SNS",
                en: "Social",
            },
            why_it_matters: Bilingual {
                ja: "SNSは、あなたの経験や関心を知ってもらい、同じ関心を持つ人と出会える身近な道具です。プロフィールを少し整えたり、コメントを一つ残したりするところから始めれば十分です。",
                en: "Social networks are an easy way to let people know your experience and interests, and to find others who share them. Tidying up your profile or leaving a single comment is plenty to begin with.",
            },
        },
        Area::Career => AreaText {
            name: Bilingual {
                ja: "人脈を仕事につなげる",
                en: "Turning connections into work",
            },
            short: Bilingual {
                ja: "仕事",
                en: "Work",
            },
            why_it_matters: Bilingual {
                ja: "新しい仕事の話は、知り合いからの紹介や、時間をかけて育てた信頼から生まれることが少なくありません。自分の強みを書き出してみるといった小さな準備が、きっかけをつかむ力になります。",
                en: "New work often arrives through an introduction or a relationship built on trust over time. Small preparation, like writing down your strengths, helps you recognise those chances and take them.",
            },
        },
        Area::Trust => AreaText {
            name: Bilingual {
                ja: "信頼と価値の提供",
                en: "Trust & giving value",
            },
            short: Bilingual {
                ja: "信頼",
                en: "Trust",
            },
            why_it_matters: Bilingual {
                ja: "本当のつながりは、知り合った後の日々のやり取りの中で少しずつ育っていきます。約束を守る、お礼を言うといった身近なことから、今日にでも始められます。",
                en: "Real connections grow through everyday dealings after you first meet, not from swapping business cards. It starts with simple things like keeping your word and saying thank you, and you can begin today.",
            },
        },
        Area::Keep => AreaText {
            name: Bilingual {
                ja: "つながりを保つ",
                en: "Keeping connections alive",
            },
            short: Bilingual {
                ja: "関係維持",
                en: "Nurturing",
            },
            why_it_matters: Bilingual {
                ja: "出会った人との関係は、少し気にかけ続けるだけで、長く支え合える財産になります。短いメッセージを一通送るだけでも、立派な一歩です。",
                en: "A little ongoing attention turns the people you meet into lasting, mutual support. Even sending one short message is a real step forward.",
            },
        },
        Area::Mindset => AreaText {
            name: Bilingual {
                ja: "心構え",
                en: "Mindset",
            },
            short: Bilingual {
                ja: "心構え",
                en: "Mindset",
            },
            why_it_matters: Bilingual {
                ja: "社外でのつながりづくりに、遅すぎるということはありません。これまで積み重ねてきた経験はあなたの大きな強みなので、できることから一つずつ始めていきましょう。",
                en: "It's never too late to build connections outside work. The experience you've built up is a real strength, so begin with whatever small step feels doable.",
            },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn all_points() -> Vec<Point> {
        use Point::*;
        vec![
            EnjoyableActivity,
            AttendRegularly,
            StartConversations,
            CuriousAboutOthers,
            PurposeBeforehand,
            ShortSelfIntro,
            PreparedQuestions,
            FollowUpThanks,
            CompleteProfile,
            PostRegularly,
            CommentAndReact,
            OnlineToOffline,
            KnowStrengths,
            LongTermTrust,
            AcceptIntroductions,
            ThankIntroducer,
            KnowWhatYouWant,
            ActWithoutFear,
            KeepPromises,
            ExpressThanks,
            ListenMore,
            RegularContact,
            GiveAndTake,
            OfferKnowledge,
            ShareInformation,
            RegularFollowUp,
            CheerSuccesses,
            ShareGrowth,
            ThankSmallHelp,
            IntroducePeople,
            NotTooLate,
            ReadyToBegin,
        ]
    }

    fn filled(b: &Bilingual) -> bool {
        !b.ja.trim().is_empty() && !b.en.trim().is_empty() && !b.ja.is_ascii()
    }

    #[test]
    fn every_article_point_is_covered_by_an_item() {
        let covered: BTreeSet<Point> = ITEMS
            .iter()
            .flat_map(|i| std::iter::once(i.point).chain(secondary_points(i.id).iter().copied()))
            .collect();
        for p in all_points() {
            assert!(covered.contains(&p), "{p:?} has no question");
        }
    }

    #[test]
    fn every_article_point_has_a_recommended_action() {
        // Each item carries exactly one tip, and every point is some item's
        // primary or secondary point, so points map to at least one tip.
        for item in ITEMS.iter() {
            assert!(filled(&item.tip.action), "{:?} tip action", item.id);
            assert!(filled(&item.tip.why), "{:?} tip why", item.id);
        }
    }

    #[test]
    fn every_item_and_area_has_both_languages() {
        for item in ITEMS.iter() {
            assert!(filled(&item.question), "{:?} question", item.id);
        }
        for area in Area::ALL {
            let t = area_text(area);
            // Names may be loanwords such as "SNS"; explanations must be Japanese.
            let named = |b: &Bilingual| !b.ja.trim().is_empty() && !b.en.trim().is_empty();
            assert!(named(&t.name) && named(&t.short), "{area:?} names");
            assert!(filled(&t.why_it_matters), "{area:?} explanation");
        }
    }

    #[test]
    fn scale_labels_exist_in_both_languages() {
        use crate::domain::i18n::Lang;
        for scale in [Scale::Frequency, Scale::Agreement] {
            let mut seen = BTreeSet::new();
            for step in 1..=Scale::STEPS {
                for lang in Lang::ALL {
                    assert!(!scale.label(step, lang).is_empty());
                }
                seen.insert(scale.label(step, Lang::Ja));
            }
            assert_eq!(seen.len(), 5, "labels of {scale:?} are distinct");
        }
    }

    #[test]
    fn item_ids_are_unique_and_items_follow_area_order() {
        let ids: BTreeSet<_> = ITEMS.iter().map(|i| i.id).collect();
        assert_eq!(ids.len(), ITEMS.len());
        let areas: Vec<_> = ITEMS.iter().map(|i| i.area).collect();
        let mut sorted = areas.clone();
        sorted.sort();
        assert_eq!(
            areas, sorted,
            "items are grouped by area in Area::ALL order"
        );
        for area in Area::ALL {
            assert!(ITEMS.iter().any(|i| i.area == area), "{area:?} has items");
        }
    }

    #[test]
    fn only_the_too_late_belief_is_reversed() {
        let reversed: Vec<_> = ITEMS
            .iter()
            .filter(|i| i.reversed)
            .map(|i| i.point)
            .collect();
        assert_eq!(reversed, vec![Point::NotTooLate]);
    }

    #[test]
    fn texts_are_short_enough_for_a_phone() {
        for item in ITEMS.iter() {
            assert!(item.question.ja.chars().count() <= 70, "{:?}", item.id);
            assert!(item.question.en.chars().count() <= 120, "{:?}", item.id);
        }
    }
}
