//! The words of the self-assessment: all 35 items with their tips, the
//! "doesn't apply" answers and their first steps, and the names,
//! explanations and examples of each area.

use crate::questionnaire::{
    ActionKind, Area, AreaText, Bilingual, Item, ItemId, NotApplicable, Point, Scale, Tip,
};

/// Every item of the self-check, in the order they are asked.
pub static ITEMS: [Item; 35] = [
    Item {
        id: ItemId("hob.enjoy"),
        area: Area::Hobbies,
        point: Point::EnjoyableActivity,
        scale: Scale::Agreement,
        reversed: false,
        na: None,
        question: Bilingual::new("心から楽しめる趣味やボランティア活動があります", "I have a hobby or volunteer activity that I truly enjoy"),
        tip: Tip {
            action: Bilingual::new("興味のある活動を一つ選び、体験会や見学に申し込む", "Pick one activity you'd enjoy and sign up for a taster session or visit"),
            why: Bilingual::new("好きなことなら無理なく続けられ、その中で自然と仲間ができていきます。", "When you enjoy something, sticking with it is easy, and that's where friendships grow."),
            kind: ActionKind::AttendEvent,
        },
    },
    Item {
        id: ItemId("hob.regular"),
        area: Area::Hobbies,
        point: Point::AttendRegularly,
        scale: Scale::Frequency,
        reversed: false,
        na: Some(NotApplicable::NoGroup),
        question: Bilingual::new("同じ活動やサークルに、続けて顔を出しています", "I keep going back to the same activity or group"),
        tip: Tip {
            action: Bilingual::new("参加している活動の次回の日程を、手帳やカレンダーに入れる", "Put the next session of your group or activity in your calendar"),
            why: Bilingual::new("何度も顔を合わせるうちに名前を覚えてもらえ、打ち解けやすくなります。", "Being a familiar face is what lets people remember you and open up."),
            kind: ActionKind::AttendEvent,
        },
    },
    Item {
        id: ItemId("hob.conversation"),
        area: Area::Hobbies,
        point: Point::StartConversations,
        scale: Scale::Frequency,
        reversed: false,
        na: Some(NotApplicable::NoGroup),
        question: Bilingual::new("集まりでは、初めて会う人にも自分から声をかけています", "At gatherings, I start conversations with people I haven't met before"),
        tip: Tip {
            action: Bilingual::new("次の集まりで、初めての人一人に自分から話しかける", "Start a conversation with one new person at your next gathering"),
            why: Bilingual::new("肩書きの関係ない場では、ひと言のあいさつがそのまま自然な関係の入り口になります。", "Where job titles don't matter, a simple hello is often all it takes to get to know someone."),
            kind: ActionKind::AttendEvent,
        },
    },
    Item {
        id: ItemId("hob.curious"),
        area: Area::Hobbies,
        point: Point::CuriousAboutOthers,
        scale: Scale::Frequency,
        reversed: false,
        na: None,
        question: Bilingual::new("会話では、相手の好きなことや経験に関心を持って尋ねています", "In conversation, I ask about the other person's passions and experiences"),
        tip: Tip {
            action: Bilingual::new("次に会う人に、その人が夢中になっていることを一つ聞いてみる", "Ask the next person you meet about something they love doing"),
            why: Bilingual::new("自分に関心を向けてもらえると人は安心し、信頼が生まれやすくなります。", "People warm to those who take a real interest in them, and trust follows."),
            kind: ActionKind::PrepareQuestions,
        },
    },
    Item {
        id: ItemId("evt.purpose"),
        area: Area::Events,
        point: Point::PurposeBeforehand,
        scale: Scale::Frequency,
        reversed: false,
        na: Some(NotApplicable::NoEvents),
        question: Bilingual::new("交流会やイベントの前に、参加する目的を決めています", "Before a meetup or online event, I decide what I want to get out of it"),
        tip: Tip {
            action: Bilingual::new("次に参加するイベントの目的を、一行で書いておく", "Write down in one line why you're going to your next event"),
            why: Bilingual::new("目的がはっきりしていると、誰と何を話せばよいか迷わずにすみます。", "A clear aim tells you who to talk to and what to ask."),
            kind: ActionKind::Reflect,
        },
    },
    Item {
        id: ItemId("evt.intro"),
        area: Area::Events,
        point: Point::ShortSelfIntro,
        scale: Scale::Agreement,
        reversed: false,
        na: None,
        question: Bilingual::new("得意分野や関心を短く伝えられる自己紹介を用意しています", "I have a short self-introduction ready that covers my strengths and interests"),
        tip: Tip {
            action: Bilingual::new("「自己紹介づくり」で30秒の自己紹介を書き、声に出して練習する", "Write a 30-second self-introduction with the self-introduction builder and practise it out loud"),
            why: Bilingual::new("要点をしぼった短い紹介は相手の記憶に残り、会話のきっかけにもなります。", "A short, focused introduction makes you memorable and gets the conversation going."),
            kind: ActionKind::PrepareSelfIntro,
        },
    },
    Item {
        id: ItemId("evt.questions"),
        area: Area::Events,
        point: Point::PreparedQuestions,
        scale: Scale::Frequency,
        reversed: false,
        na: Some(NotApplicable::NoEvents),
        question: Bilingual::new("イベントの前に、相手に聞いてみたい質問を考えています", "Before an event, I think of a few questions I'd like to ask people"),
        tip: Tip {
            action: Bilingual::new("次の交流会に向けて、相手に聞きたい質問を三つ用意する", "Prepare three questions to ask people at your next event"),
            why: Bilingual::new("質問の用意があれば、会話が途切れる心配が減り、落ち着いて話せます。", "With a few questions in your pocket, pauses stop being a worry and you can relax."),
            kind: ActionKind::PrepareQuestions,
        },
    },
    Item {
        id: ItemId("evt.follow_up"),
        area: Area::Events,
        point: Point::FollowUpThanks,
        scale: Scale::Frequency,
        reversed: false,
        na: Some(NotApplicable::NoEvents),
        question: Bilingual::new("交流会で知り合った人には、後日お礼のメッセージを送っています", "After an event, I send a thank-you message to the people I met"),
        tip: Tip {
            action: Bilingual::new("最近知り合った人に、お礼のメッセージを一通送る", "Send a short thank-you message to someone you met recently"),
            why: Bilingual::new("出会いの後のひと言が、その場限りで終わらない関係の始まりになります。", "A quick note afterwards turns a one-off meeting into the start of a relationship."),
            kind: ActionKind::ThankAfterMeeting,
        },
    },
    Item {
        id: ItemId("sns.profile"),
        area: Area::Social,
        point: Point::CompleteProfile,
        scale: Scale::Agreement,
        reversed: false,
        na: Some(NotApplicable::NoAccount),
        question: Bilingual::new("SNSのプロフィールに、経歴や得意なことを具体的に書いています", "My social media profile describes my background and skills in concrete terms"),
        tip: Tip {
            action: Bilingual::new("「自己紹介づくり」の文章をもとに、SNSのプロフィールに得意なことを一行書き足す", "Using your self-introduction, add one line about what you're good at to your social media profile"),
            why: Bilingual::new("具体的なプロフィールは、初めて訪れた人にも安心感と信頼感を与えます。", "A specific profile helps people who don't know you yet feel they can trust you."),
            kind: ActionKind::Custom,
        },
    },
    Item {
        id: ItemId("sns.post"),
        area: Area::Social,
        point: Point::PostRegularly,
        scale: Scale::Frequency,
        reversed: false,
        na: Some(NotApplicable::NoAccount),
        question: Bilingual::new("自分の専門や関心のあるテーマについて、SNSで発信しています", "I post on social media about my field or topics I care about"),
        tip: Tip {
            action: Bilingual::new("仕事や趣味で最近学んだことを、短く一つ投稿する", "Post one short thing you've learned recently, at work or through a hobby"),
            why: Bilingual::new("発信を続けると、同じ関心を持つ人があなたを見つけやすくなります。", "Posting steadily makes it easier for people with the same interests to find you."),
            kind: ActionKind::PostOrComment,
        },
    },
    Item {
        id: ItemId("sns.comment"),
        area: Area::Social,
        point: Point::CommentAndReact,
        scale: Scale::Frequency,
        reversed: false,
        na: Some(NotApplicable::NoAccount),
        question: Bilingual::new("気になった投稿には、コメントや「いいね」で反応しています", "I comment on or react to posts that catch my interest"),
        tip: Tip {
            action: Bilingual::new("知り合いの投稿三つに、ひと言コメントを残す", "Leave a short comment on three posts by people you know"),
            why: Bilingual::new("発信するだけでなく応えることで、やり取りが一方通行でなくなります。", "Replying to others, not just posting, is what makes it a two-way relationship."),
            kind: ActionKind::PostOrComment,
        },
    },
    Item {
        id: ItemId("sns.offline"),
        area: Area::Social,
        point: Point::OnlineToOffline,
        scale: Scale::Frequency,
        reversed: false,
        na: Some(NotApplicable::NoAccount),
        question: Bilingual::new("オンラインで親しくなった人を、実際に会う機会に誘っています", "When I get on well with someone online, I suggest meeting in person"),
        tip: Tip {
            action: Bilingual::new("オンラインでよくやり取りする人を一人、お茶に誘ってみる", "Invite someone you often chat with online to meet for coffee"),
            why: Bilingual::new("顔を合わせて話すことで、画面越しでは築きにくい深い信頼が生まれます。", "Meeting face to face builds a depth of trust that's hard to reach through a screen."),
            kind: ActionKind::InviteForCoffee,
        },
    },
    Item {
        id: ItemId("str.strengths"),
        area: Area::Strengths,
        point: Point::KnowStrengths,
        scale: Scale::Agreement,
        reversed: false,
        na: None,
        question: Bilingual::new("自分の強みを、具体的な言葉で説明できます", "I can describe my strengths in concrete words"),
        tip: Tip {
            action: Bilingual::new("「自己紹介づくり」で、これまでの経験から強みを三つ書き出す", "Use the self-introduction builder to write down three strengths from your experience"),
            why: Bilingual::new("強みが言葉になっていると、初めての人にも自分のことを伝えやすくなります。", "Once your strengths are in words, telling new people about yourself becomes much easier."),
            kind: ActionKind::PrepareSelfIntro,
        },
    },
    Item {
        id: ItemId("str.wants"),
        area: Area::Strengths,
        point: Point::KnowWhatYouWant,
        scale: Scale::Agreement,
        reversed: false,
        na: None,
        question: Bilingual::new("これから取り組みたいことが、自分の中ではっきりしています", "I'm clear in my own mind about what I'd like to do next"),
        tip: Tip {
            action: Bilingual::new("これからやってみたいことを、一文で書いてみる", "Write one sentence about what you'd like to do next"),
            why: Bilingual::new("やりたいことが言葉になると、会いに行く人や参加する場を選びやすくなります。", "When you can name what you want, choosing whom to meet and where to go gets easier."),
            kind: ActionKind::Reflect,
        },
    },
    Item {
        id: ItemId("str.tell"),
        area: Area::Strengths,
        point: Point::TellWhatYouWant,
        scale: Scale::Frequency,
        reversed: false,
        na: None,
        question: Bilingual::new("やってみたいことを、周りの人に話しています", "I tell people around me what I'd like to do next"),
        tip: Tip {
            action: Bilingual::new("やってみたいことを、信頼できる知り合い一人に話してみる", "Tell one person you trust what you'd like to do next"),
            why: Bilingual::new("希望を知っている人は、合う話に出会ったときにあなたを思い出してくれます。", "People who know what you're hoping for think of you when a fitting chance comes up."),
            kind: ActionKind::ShareProgress,
        },
    },
    Item {
        id: ItemId("str.known"),
        area: Area::Strengths,
        point: Point::MakeSkillsKnown,
        scale: Scale::Agreement,
        reversed: false,
        na: None,
        question: Bilingual::new("社外の知り合いも、私が何を得意としているかを知っています", "People I know outside work know what I'm good at"),
        tip: Tip {
            action: Bilingual::new("得意なことが伝わる最近の出来事を、知り合いへの近況や投稿で一つ伝える", "Share one recent example of what you're good at, in a message or a post"),
            why: Bilingual::new("強みは言葉にするだけでなく、人に知ってもらってはじめて機会につながります。", "Strengths open doors once people know about them, not only once you can name them."),
            kind: ActionKind::ShareProgress,
        },
    },
    Item {
        id: ItemId("car.accept"),
        area: Area::Career,
        point: Point::AcceptIntroductions,
        scale: Scale::Frequency,
        reversed: false,
        na: Some(NotApplicable::NoIntroductions),
        question: Bilingual::new("紹介や誘いを受けたときは、前向きに応じています", "When someone offers me an introduction or invitation, I take it up"),
        tip: Tip {
            action: Bilingual::new("届いている誘いや紹介の一つに、「ぜひ」と返事をする", "Reply \"yes, gladly\" to one invitation or introduction you've received"),
            why: Bilingual::new("思いがけない紹介が、新しい仕事や分野への入り口になることがあります。", "An unexpected introduction can be the doorway to new work or a new field."),
            kind: ActionKind::ReplyToOffer,
        },
    },
    Item {
        id: ItemId("car.thank_introducer"),
        area: Area::Career,
        point: Point::ThankIntroducer,
        scale: Scale::Frequency,
        reversed: false,
        na: Some(NotApplicable::NoIntroductions),
        question: Bilingual::new("人を紹介してもらったら、紹介してくれた人にお礼を伝えています", "When someone introduces me to a person, I thank them for it"),
        tip: Tip {
            action: Bilingual::new("以前だれかを紹介してくれた人に、あらためてお礼を伝える", "Thank someone who once introduced you to a person"),
            why: Bilingual::new("紹介者への感謝は、その人との関係もいっそう深めてくれます。", "Thanking the person who connected you deepens that relationship too."),
            kind: ActionKind::Thank,
        },
    },
    Item {
        id: ItemId("car.report_back"),
        area: Area::Career,
        point: Point::ReportBack,
        scale: Scale::Frequency,
        reversed: false,
        na: Some(NotApplicable::NoIntroductions),
        question: Bilingual::new("紹介してもらった後、その後どうなったかを紹介者に知らせています", "After an introduction, I let the person who made it know how things went"),
        tip: Tip {
            action: Bilingual::new("紹介してくれた人に、その後の様子を短く知らせる", "Send the person who introduced you a short note on how it went"),
            why: Bilingual::new("その後を知らせると紹介者は安心し、また力になろうと思ってくれます。", "Hearing how it went reassures them, and makes them glad to help again."),
            kind: ActionKind::ShareProgress,
        },
    },
    Item {
        id: ItemId("car.side"),
        area: Area::Career,
        point: Point::SideBusiness,
        scale: Scale::Frequency,
        reversed: false,
        na: Some(NotApplicable::NotConsidering),
        question: Bilingual::new("副業や起業について、経験のある人に話を聞いています", "I ask people who have done it about side work or starting a business"),
        tip: Tip {
            action: Bilingual::new("副業や起業をしている知り合いに、始めたころの話を聞かせてもらう", "Ask someone you know with a side business or their own company how they got started"),
            why: Bilingual::new("経験者の話には、本には載っていない具体的なヒントと、次の出会いがあります。", "People who have done it share practical hints no book has, and often the next introduction too."),
            kind: ActionKind::AskAdvice,
        },
    },
    Item {
        id: ItemId("car.partner"),
        area: Area::Career,
        point: Point::TrustedPartners,
        scale: Scale::Agreement,
        reversed: false,
        na: None,
        question: Bilingual::new("何かを新しく始めるとき、声をかけられる信頼できる相手がいます", "If I started something new, there is someone I trust whom I could ask to join me"),
        tip: Tip {
            action: Bilingual::new("一緒に何かできそうな人を一人思い浮かべ、お茶に誘って近況を話す", "Think of one person you could imagine working with, and invite them for coffee"),
            why: Bilingual::new("新しい仕事や起業では、お金や知識と同じくらい、信頼できる仲間が支えになります。", "In new work or a business of your own, a partner you trust matters as much as money or know-how."),
            kind: ActionKind::InviteForCoffee,
        },
    },
    Item {
        id: ItemId("tru.promises"),
        area: Area::Trust,
        point: Point::KeepPromises,
        scale: Scale::Frequency,
        reversed: false,
        na: None,
        question: Bilingual::new("ちょっとした約束でも、きちんと守っています", "I keep my word, even on small things"),
        tip: Tip {
            action: Bilingual::new("最近交わした約束を振り返り、一つを今週中に果たす", "Look back at a recent promise and follow through on it this week"),
            why: Bilingual::new("小さな約束を守り続けることが、何よりも確かな信頼の土台になります。", "Keeping small promises, again and again, is the surest foundation of trust."),
            kind: ActionKind::KeepPromise,
        },
    },
    Item {
        id: ItemId("tru.thanks"),
        area: Area::Trust,
        point: Point::ExpressThanks,
        scale: Scale::Frequency,
        reversed: false,
        na: None,
        question: Bilingual::new("手助けや助言をもらったら、小さなことでもお礼を伝えています", "When someone helps or advises me, even in a small way, I thank them"),
        tip: Tip {
            action: Bilingual::new("最近力になってくれた人に、感謝の気持ちを言葉で伝える", "Tell someone who helped you recently how much it meant to you"),
            why: Bilingual::new("感謝がきちんと伝わると、相手は「また力になりたい」と感じてくれます。", "A clear thank-you makes people glad they helped, and happy to help again."),
            kind: ActionKind::Thank,
        },
    },
    Item {
        id: ItemId("tru.listen"),
        area: Area::Trust,
        point: Point::ListenMore,
        scale: Scale::Frequency,
        reversed: false,
        na: None,
        question: Bilingual::new("会話では、自分が話すより相手の話に耳を傾けています", "In conversation, I listen more than I talk"),
        tip: Tip {
            action: Bilingual::new("次の会話では、相手の話を最後まで聞いてから応える", "In your next conversation, let the other person finish before you respond"),
            why: Bilingual::new("しっかり聴いてもらえたと感じると、人は心を開いてくれます。", "When people feel truly heard, they open up to you."),
            kind: ActionKind::Custom,
        },
    },
    Item {
        id: ItemId("tru.offer"),
        area: Area::Trust,
        point: Point::OfferKnowledge,
        scale: Scale::Frequency,
        reversed: false,
        na: None,
        question: Bilingual::new("人が困っているときは、自分の知識や経験で力になっています", "When someone is stuck, I help with what I know and have done"),
        tip: Tip {
            action: Bilingual::new("知り合いが困っていることを一つ思い出し、自分の経験で手伝えることを申し出る", "Think of something a person you know is stuck on, and offer what your experience can give"),
            why: Bilingual::new("先に力を貸す人は「頼れる人」として覚えられ、やがて自分にも助けが巡ってきます。", "People who help first are remembered as someone to count on, and help comes back around."),
            kind: ActionKind::Custom,
        },
    },
    Item {
        id: ItemId("tru.share"),
        area: Area::Trust,
        point: Point::ShareInformation,
        scale: Scale::Frequency,
        reversed: false,
        na: None,
        question: Bilingual::new("知り合いの役に立ちそうな情報を見つけたら、伝えています", "When I come across something useful for someone I know, I pass it on"),
        tip: Tip {
            action: Bilingual::new("知り合いの役に立ちそうな記事や催しの情報を、一つ送る", "Send someone an article or event you think they'd find useful"),
            why: Bilingual::new("「あなたのことを思い出しました」というひと言が、関係を温かく保ちます。", "\"This made me think of you\" keeps a relationship warm."),
            kind: ActionKind::ShareUseful,
        },
    },
    Item {
        id: ItemId("kee.follow_up"),
        area: Area::Keep,
        point: Point::RegularFollowUp,
        scale: Scale::Frequency,
        reversed: false,
        na: None,
        question: Bilingual::new("一度会っただけの人とも、その後のやり取りを続けています", "I stay in touch with people even after meeting them only once"),
        tip: Tip {
            action: Bilingual::new("一度だけ会った人に、そのときの話題の続きを送る", "Follow up with someone you've met only once, picking up where you left off"),
            why: Bilingual::new("一度きりで終わらせないことで、出会いが本当のつながりへと育ちます。", "Not letting it end after one meeting is how an encounter grows into a real connection."),
            kind: ActionKind::FollowUp,
        },
    },
    Item {
        id: ItemId("kee.contact"),
        area: Area::Keep,
        point: Point::RegularContact,
        scale: Scale::Frequency,
        reversed: false,
        na: None,
        question: Bilingual::new("しばらく会っていない人にも、用事がなくても連絡を取っています", "I get in touch with people I haven't seen for a while, even without a reason"),
        tip: Tip {
            action: Bilingual::new("しばらく連絡していない人に、近況をたずねる短いメッセージを送る", "Send a short \"how are you?\" to someone you haven't heard from in a while"),
            why: Bilingual::new("見返りを急がずに連絡を続けることで、時間が経っても関係が薄れずにすみます。", "Keeping in touch without wanting anything back stops a connection from fading over time."),
            kind: ActionKind::FollowUp,
        },
    },
    Item {
        id: ItemId("kee.cheer"),
        area: Area::Keep,
        point: Point::CheerSuccesses,
        scale: Scale::Frequency,
        reversed: false,
        na: None,
        question: Bilingual::new("知り合いの新しい挑戦や成功を、言葉や行動で応援しています", "I cheer people on when they take on something new or succeed"),
        tip: Tip {
            action: Bilingual::new("新しいことに挑戦している知り合いに、応援のメッセージを送る", "Send an encouraging message to someone who's trying something new"),
            why: Bilingual::new("挑戦を後押ししてくれた人のことを、相手は長く覚えているものです。", "People long remember who backed them when they tried something new."),
            kind: ActionKind::Congratulate,
        },
    },
    Item {
        id: ItemId("kee.share_growth"),
        area: Area::Keep,
        point: Point::ShareGrowth,
        scale: Scale::Frequency,
        reversed: false,
        na: None,
        question: Bilingual::new("自分の近況や学んだことを、周りの人と分かち合っています", "I share my news and what I've been learning with people I know"),
        tip: Tip {
            action: Bilingual::new("最近の出来事や学びを一つ、親しい人に伝える", "Tell someone close one piece of news or something you've learned lately"),
            why: Bilingual::new("あなたの近況が相手の刺激になり、お互いに話しやすい関係が深まります。", "Your news can inspire others, and gives them a reason to share theirs."),
            kind: ActionKind::ShareProgress,
        },
    },
    Item {
        id: ItemId("kee.introduce"),
        area: Area::Keep,
        point: Point::IntroducePeople,
        scale: Scale::Frequency,
        reversed: false,
        na: None,
        question: Bilingual::new("気が合いそうな知り合い同士を、お互いに紹介しています", "I introduce people I know to each other when I think they'd get along"),
        tip: Tip {
            action: Bilingual::new("話が合いそうな知り合い二人を思い浮かべ、それぞれに紹介してよいか聞いてみる", "Think of two people who'd click, and ask each of them if they'd like an introduction"),
            why: Bilingual::new("人と人をつなぐと双方から喜ばれ、あなたへの信頼もいっそう厚くなります。", "Connecting people earns thanks from both sides and deepens their trust in you."),
            kind: ActionKind::Introduce,
        },
    },
    Item {
        id: ItemId("min.too_late"),
        area: Area::Mindset,
        point: Point::NotTooLate,
        scale: Scale::Agreement,
        reversed: true,
        na: None,
        question: Bilingual::new("今から新しいつながりを作るのは、もう遅いと感じます", "I feel it's too late for me to start building new connections"),
        tip: Tip {
            action: Bilingual::new("自分の経験が誰かの役に立ちそうな場面を、三つ書き出す", "Write down three situations where your experience could help someone"),
            why: Bilingual::new("つながりづくりに遅すぎることはなく、あなたの経験を求めている人はたくさんいます。", "It's never too late, and plenty of people need exactly the experience you have."),
            kind: ActionKind::Reflect,
        },
    },
    Item {
        id: ItemId("min.ready"),
        area: Area::Mindset,
        point: Point::ReadyToBegin,
        scale: Scale::Agreement,
        reversed: false,
        na: None,
        question: Bilingual::new("社外でのつながりづくりを、今から始めてみようと思えます", "I feel ready to start building connections outside work now"),
        tip: Tip {
            action: Bilingual::new("今週できる小さな一歩を一つ決めて、予定に入れる", "Choose one small step for this week and put it in your calendar"),
            why: Bilingual::new("大きな決心はいりません。小さな一歩が、次の出会いを連れてきてくれます。", "No big decision needed: one small step is what leads to the next encounter."),
            kind: ActionKind::Reflect,
        },
    },
    Item {
        id: ItemId("min.act"),
        area: Area::Mindset,
        point: Point::ActWithoutFear,
        scale: Scale::Agreement,
        reversed: false,
        na: None,
        question: Bilingual::new("うまくいくか分からなくても、まず一歩を踏み出せます", "Even when I'm not sure it will work out, I can take the first step"),
        tip: Tip {
            action: Bilingual::new("気になっていたことを一つ、今週中に小さく試してみる", "Try one thing you've been curious about this week, on a small scale"),
            why: Bilingual::new("小さく動いてみることで、考えているだけでは見えない可能性が開けます。", "Small experiments open up possibilities you'd never see just by thinking about them."),
            kind: ActionKind::Custom,
        },
    },
    Item {
        id: ItemId("min.advice"),
        area: Area::Mindset,
        point: Point::PeopleToAsk,
        scale: Scale::Agreement,
        reversed: false,
        na: None,
        question: Bilingual::new("困ったときに相談できる人が、職場の外にもいます", "Outside work, too, I have people I can turn to when things are hard"),
        tip: Tip {
            action: Bilingual::new("話を聞いてもらえそうな社外の知り合いを一人思い浮かべ、近況を伝える", "Think of one person outside work who'd listen, and tell them how you've been"),
            why: Bilingual::new("気軽に相談できる相手がいると心が軽くなり、いざというときの支えにもなります。", "Having someone to talk to lightens the load, and is a real help when something goes wrong."),
            kind: ActionKind::AskAdvice,
        },
    },
];

/// Points covered by an item other than its primary `point` (an item can ask about two closely related points).
pub fn secondary_points(id: ItemId) -> &'static [Point] {
    match id.0 {
        "tru.thanks" => &[Point::ThankSmallHelp],
        "tru.offer" => &[Point::GiveAndTake],
        "kee.contact" => &[Point::LongTermTrust],
        _ => &[],
    }
}

/// The name, chart label, explanation and example story of `area`.
pub fn area_text(area: Area) -> AreaText {
    match area {
        Area::Hobbies => AreaText {
            name: Bilingual::new("趣味・ボランティア", "Hobbies & volunteering"),
            short: Bilingual::new("趣味", "Hobbies"),
            why_it_matters: Bilingual::new("肩書きを離れた趣味やボランティアの場では、素顔で付き合える仲間ができやすく、仕事だけでなく人生全体の支えになります。気になる活動に一度顔を出してみるだけでも、十分な始まりです。", "Away from job titles, hobbies and volunteering make it easy to form genuine friendships that support you in all of life, not just work. Simply dropping in on one activity that interests you is a perfectly good start."),
            example: Some(Bilingual::new("写真が好きで通っていたサークルの仲間が、デザインの仕事をしている知人を紹介してくれ、経験を生かせる制作の仕事に移った人もいます。", "One person's friends from a photography club introduced them to someone in design, and they moved into creative work that used their experience.")),
        },
        Area::Events => AreaText {
            name: Bilingual::new("異業種交流会・オンラインイベント", "Meetups & online events"),
            short: Bilingual::new("交流会", "Events"),
            why_it_matters: Bilingual::new("交流会やオンラインイベントでは、ふだんの仕事では出会えない業界の人と話せ、新しい見方に触れられます。オンラインなら自宅から気軽に参加できるので、まずは一つ申し込んでみるだけで大丈夫です。", "Meetups and online events connect you with people from industries you'd never meet at work, and with fresh ways of thinking. Online events can be joined from home, so signing up for just one is a fine first step."),
            example: Some(Bilingual::new("異業種の集まりで隣り合った経営者と話が弾み、その縁で、これまでとまったく違う業界に挑戦した人もいます。", "One person got talking with a company owner at a cross-industry meetup, and through that connection took on work in a completely different industry.")),
        },
        Area::Social => AreaText {
            name: Bilingual::new("SNS", "Social networks"),
            short: Bilingual::new("SNS", "Social"),
            why_it_matters: Bilingual::new("SNSは、あなたの経験や関心を知ってもらい、同じ関心を持つ人と出会える身近な道具です。プロフィールを少し整えたり、コメントを一つ残したりするところから始めれば十分です。", "Social networks are an easy way to let people know your experience and interests, and to find others who share them. Tidying up your profile or leaving a single comment is plenty to begin with."),
            example: Some(Bilingual::new("SNSの趣味のグループで知り合った仲間と意気投合し、好きなことを生かした小さなネットショップを一緒に始めた人もいます。", "One person hit it off with members of a hobby group on social media, and together they opened a small online shop built around what they love.")),
        },
        Area::Strengths => AreaText {
            name: Bilingual::new("強みと希望を伝える", "Knowing and sharing what you offer"),
            short: Bilingual::new("強み", "Strengths"),
            why_it_matters: Bilingual::new("長年の経験の中には、社外の人にとって価値のある力がたくさんあります。それを言葉にし、やってみたいことと一緒に周りの人に知ってもらうと、合う話があなたに届きやすくなります。「自己紹介づくり」でキャリアの棚卸しから始めてみましょう。", "Your years of experience hold plenty that people outside your company would value. Putting it into words, and letting people know it along with what you'd like to do next, helps the right chances find you. The self-introduction builder is a good place to take stock."),
            example: None,
        },
        Area::Career => AreaText {
            name: Bilingual::new("人脈を仕事につなげる", "Turning connections into work"),
            short: Bilingual::new("仕事", "Work"),
            why_it_matters: Bilingual::new("新しい仕事や副業・起業の話は、知り合いからの紹介や、時間をかけて育てた信頼から生まれることが少なくありません。紹介にていねいに応え、一緒に動ける仲間を大切にすることが、次の機会につながります。", "New work, side work or a business of your own often comes through an introduction or a relationship built on trust over time. Responding well to introductions and valuing people you could work with both lead to the next chance."),
            example: Some(Bilingual::new("地域のボランティアで出会った仲間と町を元気にする取り組みを始め、それがやがて自分の事業になった人もいます。", "One person started a project to liven up their town with people they met volunteering, and over time it became a business of their own.")),
        },
        Area::Trust => AreaText {
            name: Bilingual::new("信頼と価値の提供", "Trust & giving value"),
            short: Bilingual::new("信頼", "Trust"),
            why_it_matters: Bilingual::new("本当のつながりは、知り合った後の日々のやり取りの中で少しずつ育っていきます。約束を守る、お礼を言う、知っていることで力になるといった身近なことから、今日にでも始められます。", "Real connections grow through everyday dealings after you first meet, not from swapping business cards. It starts with simple things like keeping your word, saying thank you and helping with what you know, and you can begin today."),
            example: None,
        },
        Area::Keep => AreaText {
            name: Bilingual::new("つながりを保つ", "Keeping connections alive"),
            short: Bilingual::new("関係維持", "Nurturing"),
            why_it_matters: Bilingual::new("出会った人との関係は、少し気にかけ続けるだけで、長く支え合える財産になります。短いメッセージを一通送るだけでも、立派な一歩です。", "A little ongoing attention turns the people you meet into lasting, mutual support. Even sending one short message is a real step forward."),
            example: None,
        },
        Area::Mindset => AreaText {
            name: Bilingual::new("心構えと支え", "Mindset & support"),
            short: Bilingual::new("心構え", "Mindset"),
            why_it_matters: Bilingual::new("社外でのつながりづくりに、遅すぎるということはありません。これまで積み重ねてきた経験はあなたの大きな強みです。困ったときに話せる相手がいることも、大きな支えになります。できることから一つずつ始めていきましょう。", "It's never too late to build connections outside work. The experience you've built up is a real strength, and having people to talk to when things are hard is a real support. Begin with whatever small step feels doable."),
            example: None,
        },
    }
}

/// The label of a "doesn't apply" answer: the general words first, then
/// the reason, so the answer reads true for the person choosing it.
pub fn na_label(na: NotApplicable) -> Bilingual {
    match na {
        NotApplicable::NoGroup => Bilingual::new(
            "該当しない（参加している活動がまだない）",
            "Doesn't apply to me (I'm not in a group or activity yet)",
        ),
        NotApplicable::NoEvents => Bilingual::new(
            "該当しない（交流会やイベントにはまだ行っていない）",
            "Doesn't apply to me (I don't go to events yet)",
        ),
        NotApplicable::NoAccount => Bilingual::new(
            "該当しない（SNSは使っていない）",
            "Doesn't apply to me (I don't use social networks)",
        ),
        NotApplicable::NoIntroductions => Bilingual::new(
            "該当しない（紹介や誘いを受けたことがまだない）",
            "Doesn't apply to me (nobody has introduced me or invited me yet)",
        ),
        NotApplicable::NotConsidering => Bilingual::new(
            "該当しない（副業や起業は考えていない）",
            "Doesn't apply to me (it's not something I'm considering)",
        ),
    }
}

/// The first step suggested instead of an item's usual tip when the item
/// does not apply yet ("I don't go to events yet" gets "find one event",
/// not "prepare questions for the next one"). None where not doing it is a
/// choice to respect, not a gap (side business).
pub fn first_step(na: NotApplicable) -> Option<&'static Tip> {
    match na {
        NotApplicable::NoGroup => Some(&FIRST_GROUP),
        NotApplicable::NoEvents => Some(&FIRST_EVENT),
        NotApplicable::NoAccount => Some(&FIRST_ACCOUNT),
        NotApplicable::NoIntroductions => Some(&FIRST_INTRODUCTION),
        NotApplicable::NotConsidering => None,
    }
}

static FIRST_GROUP: Tip = Tip {
    action: Bilingual::new("気になる活動を一つ探し、見学や体験ができる日を調べる", "Look up one activity that interests you and find a day you could go and try it"),
    why: Bilingual::new("最初は見学だけでも十分です。雰囲気が合えば、続けるうちに自然と顔なじみができます。", "Just watching is fine at first. If it feels right, familiar faces come naturally as you keep going."),
    kind: ActionKind::AttendEvent,
};

static FIRST_EVENT: Tip = Tip {
    action: Bilingual::new("自宅から参加できるオンラインの催しを一つ探して、申し込む", "Find one online event you can join from home, and sign up"),
    why: Bilingual::new("最初は聞くだけの参加でもかまいません。場の雰囲気を知ることが、次の一歩を楽にします。", "It's fine just to listen the first time. Knowing what these events feel like makes the next step easier."),
    kind: ActionKind::AttendEvent,
};

static FIRST_ACCOUNT: Tip = Tip {
    action: Bilingual::new("知り合いが使っているSNSを一つ選び、まずは読むだけで始めてみる", "Pick one social network that people you know use, and start by just reading"),
    why: Bilingual::new("発信は後からで大丈夫です。読むだけでも、知り合いの近況や新しい集まりの情報が入ってきます。", "Posting can wait. Even just reading brings you news of people you know and of new gatherings."),
    kind: ActionKind::Custom,
};

static FIRST_INTRODUCTION: Tip = Tip {
    action: Bilingual::new("やってみたいことを、信頼できる知り合い一人に話してみる", "Tell one person you trust what you'd like to do next"),
    why: Bilingual::new("紹介や誘いは、あなたの希望を知っている人から届きます。話すことが最初のきっかけです。", "Introductions and invitations come from people who know what you're hoping for. Telling someone is where it starts."),
    kind: ActionKind::ShareProgress,
};

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn filled(b: &Bilingual) -> bool {
        !b.ja.trim().is_empty() && !b.en.trim().is_empty() && !b.ja.is_ascii()
    }

    #[test]
    fn every_article_point_is_covered_by_an_item() {
        let covered: BTreeSet<Point> = ITEMS
            .iter()
            .flat_map(|i| std::iter::once(i.point).chain(secondary_points(i.id).iter().copied()))
            .collect();
        for p in Point::ALL {
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

    /// The answer scales, pinned step by step: each row is one step and
    /// says the same thing in both languages. Changing a label on one side
    /// only fails here.
    const ALIGNED: [(Scale, [(&str, &str); 5]); 2] = [
        (
            Scale::Frequency,
            [
                ("していない", "I don't"),
                ("あまりしていない", "Rarely"),
                ("ときどきしている", "Sometimes"),
                ("よくしている", "Often"),
                ("いつもしている", "Always"),
            ],
        ),
        (
            Scale::Agreement,
            [
                ("あてはまらない", "Not like me"),
                ("あまりあてはまらない", "Not much like me"),
                ("どちらともいえない", "Neither / not sure"),
                ("ややあてはまる", "Somewhat like me"),
                ("あてはまる", "Like me"),
            ],
        ),
    ];

    #[test]
    fn scales_are_aligned_step_by_step_across_languages() {
        use crate::i18n::Lang;
        for (scale, rows) in ALIGNED {
            for (i, (ja, en)) in rows.iter().enumerate() {
                let step = i as u8 + 1;
                assert_eq!(scale.label(step, Lang::Ja), *ja, "{scale:?} step {step} ja");
                assert_eq!(scale.label(step, Lang::En), *en, "{scale:?} step {step} en");
            }
        }
        // The shape each row must keep, whatever the words: both languages
        // deny on the low steps and affirm on the high ones, and the
        // agreement scale has a true middle in both (a unipolar English
        // scale against a bipolar Japanese one fails here).
        let agree = |step, lang| Scale::Agreement.label(step, lang);
        assert!(
            agree(3, Lang::Ja).contains("どちらとも") && agree(3, Lang::En).contains("Neither")
        );
        for step in 1..=2 {
            assert!(
                agree(step, Lang::Ja).ends_with("ない"),
                "ja step {step} denies"
            );
            assert!(
                agree(step, Lang::En).starts_with("Not"),
                "en step {step} denies"
            );
        }
        for step in 4..=5 {
            assert!(
                !agree(step, Lang::Ja).ends_with("ない")
                    && !agree(step, Lang::En).starts_with("Not")
            );
        }
        let freq = |step, lang| Scale::Frequency.label(step, lang);
        assert!(freq(1, Lang::Ja).ends_with("ていない") && freq(1, Lang::En).contains("don't"));
        // Frequency answers complete stems that end in 〜しています.
        for step in 1..=5 {
            assert!(
                freq(step, Lang::Ja).contains("して"),
                "step {step} fits 〜しています"
            );
        }
    }

    #[test]
    fn frequency_stems_do_not_contain_their_own_frequency() {
        const JA: [&str; 6] = ["いつも", "ときどき", "時々", "たまに", "よく", "その都度"];
        const EN: [&str; 7] = [
            "always",
            "sometimes",
            "now and then",
            "often",
            "never",
            "every time",
            "rarely",
        ];
        for item in ITEMS.iter().filter(|i| i.scale == Scale::Frequency) {
            for w in JA {
                assert!(!item.question.ja.contains(w), "{:?} says {w}", item.id);
            }
            let en = item.question.en.to_lowercase();
            for w in EN {
                assert!(!en.contains(w), "{:?} says {w}", item.id);
            }
            assert!(
                item.question.ja.ends_with("ています"),
                "{:?} is a habit stem",
                item.id
            );
        }
    }

    #[test]
    fn areas_are_balanced() {
        for area in Area::ALL {
            let n = ITEMS.iter().filter(|i| i.area == area).count();
            assert!((4..=5).contains(&n), "{area:?} has {n} items");
        }
    }

    #[test]
    fn does_not_apply_has_a_label_and_most_reasons_a_first_step() {
        use crate::i18n::Lang;
        let reasons: BTreeSet<_> = ITEMS.iter().filter_map(|i| i.na).collect();
        assert!(reasons.len() >= 4);
        for na in &reasons {
            let label = na_label(*na);
            assert!(
                label.ja.starts_with("該当しない") && label.en.starts_with("Doesn't apply to me")
            );
            if let Some(tip) = first_step(*na) {
                assert!(filled(&tip.action) && filled(&tip.why), "{na:?}");
            }
        }
        assert!(first_step(NotApplicable::NoEvents).is_some());
        assert!(first_step(NotApplicable::NotConsidering).is_none());
        // Items everybody can answer (one's own mindset, strengths) never
        // offer a way out.
        for item in ITEMS
            .iter()
            .filter(|i| matches!(i.area, Area::Mindset | Area::Strengths | Area::Trust))
        {
            assert!(item.na.is_none(), "{:?}", item.id);
        }
        let _ = Lang::ALL;
    }

    #[test]
    fn examples_come_one_per_channel_with_their_area() {
        let with: Vec<_> = Area::ALL
            .iter()
            .filter(|a| area_text(**a).example.is_some())
            .collect();
        assert_eq!(
            with,
            [&Area::Hobbies, &Area::Events, &Area::Social, &Area::Career]
        );
        for a in with {
            assert!(filled(&area_text(*a).example.unwrap()));
        }
    }

    #[test]
    fn scale_labels_exist_in_both_languages() {
        use crate::i18n::Lang;
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
