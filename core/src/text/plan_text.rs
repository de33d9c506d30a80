//! The ja/en words of the planner, people, dashboard, weekly review and
//! history screens: one string table plus the labels of the schema's enums,
//! the wording of each action kind and its copyable message templates.

use chrono::NaiveDate;

use crate::document::{Cadence, Channel, InteractionKind, Recurrence, Status};
use crate::i18n::{format_date, Lang};
use crate::questionnaire::ActionKind;

crate::string_table! {
    /// Strings of the planner, people, home dashboard, review and history.
    pub enum PlanText {
    NavReview => "週の振り返り", "Weekly review";
    RequiredMark => "（必須）", " (required)";
    Loading => "読み込み中…", "Loading…";
    NotOpenYet => "この画面はまだ開けません", "This screen cannot open yet";
    NotOpenYetBody => "保存できるようになると開けます。入力した内容は、このページに残っています。", "It opens once saving works again. What you entered is still here on this page.";
    NavHistory => "診断の推移", "History";
    // Plan
    PlanTitle => "行動プラン", "Action plan";
    PlanIntro => "出会った人とのつながりを育てる、小さな行動の一覧です。終わったものは記録として残ります。", "Small steps that grow your connections with the people you meet. Finished ones stay as a record.";
    AddAction => "行動を追加", "Add an action";
    NewActionTitle => "行動を追加", "Add an action";
    EditActionTitle => "行動を編集", "Edit action";
    Filters => "絞り込み", "Filters";
    FilterArea => "分野で絞り込み", "Filter by area";
    FilterPerson => "人で絞り込み", "Filter by person";
    AllAreas => "すべての分野", "All areas";
    AllPeople => "すべての人", "Everyone";
    Overdue => "予定日を過ぎたもの", "Past their planned date";
    OverdueBadge => "予定日を過ぎています", "Past its date";
    Today => "今日", "Today";
    ThisWeek => "今週", "This week";
    Upcoming => "これから", "Upcoming";
    NoDate => "予定日なし", "No date";
    DoneList => "完了・見送り", "Done and skipped";
    NothingHere => "ここにはまだ何もありません。", "Nothing here yet.";
    ShowMore => "さらに表示", "Show more";
    ShowDone => "完了・見送りを表示", "Show done and skipped";
    HideDone => "完了・見送りを隠す", "Hide done and skipped";
    ProgressTitle => "分野ごとの進み具合", "Progress by area";
    ProgressNote => "完了した数／予定した数（見送りは含みません）", "Done / planned (skipped ones are not counted)";
    MarkDone => "完了", "Done";
    Skip => "見送る", "Skip";
    Reopen => "未完了に戻す", "Mark as not done";
    Edit => "編集", "Edit";
    Delete => "削除", "Delete";
    DeleteRecord => "この記録を削除", "Delete this record";
    ConfirmDelete => "本当に削除しますか？", "Delete this for good?";
    ConfirmYes => "削除する", "Yes, delete";
    ConfirmNo => "やめる", "Keep it";
    Due => "予定日", "Planned for";
    DoneOn => "完了日", "Done on";
    SkippedOn => "見送った日", "Skipped on";
    Repeats => "繰り返し", "Repeats";
    With => "相手", "With";
    NextScheduled => "次の予定を作りました。予定日：", "The next one is scheduled for ";
    CompletedNote => "お疲れさまでした。記録に残しました。", "Well done. It is kept in your record.";
    ShowTemplate => "メッセージの例を見る", "Show a message example";
    HideTemplate => "メッセージの例を閉じる", "Hide the message example";
    TemplateLabel => "メッセージの例（自由に書き換えてください）", "Message example (change it freely)";
    CopyTemplate => "コピー", "Copy";
    Copied => "コピーしました。", "Copied.";
    CopyFailed => "コピーできませんでした。文章を選んで手動でコピーしてください。", "Could not copy. Please select the text and copy it yourself.";
    // Action form
    FieldTitle => "やること", "What to do";
    FieldKind => "種類", "Kind";
    FieldArea => "分野", "Area";
    NoArea => "指定しない", "None";
    FieldPerson => "相手", "Person";
    FieldSecondPerson => "紹介先（もう一人）", "Introduce to (second person)";
    NoPerson => "なし", "Nobody";
    FieldDue => "予定日", "Planned date";
    FieldRecurrence => "繰り返し", "Repeat";
    FieldEveryDays => "何日ごと", "Every how many days";
    FieldNote => "メモ", "Note";
    Save => "保存", "Save";
    Cancel => "キャンセル", "Cancel";
    FormHasErrors => "入力内容を確認してください。各項目の下に理由があります。", "Please check the form; the reason is shown under each field.";
    ErrRequired => "入力してください。", "Please fill this in.";
    ErrTooLong => "長すぎます。短くしてください。", "This is too long; please shorten it.";
    ErrBadDate => "日付を正しく入力してください（例：2026-11-23）。", "Please enter a valid date (e.g. 2026-11-23).";
    ErrFutureDate => "未来の日付は選べません。", "This date cannot be in the future.";
    ErrDays => "1から365までの数字を入力してください。", "Please enter a number from 1 to 365.";
    ErrSamePerson => "別の人を選んでください。", "Please choose a different person.";
    ErrNeedsDate => "繰り返す行動には予定日を入れてください。", "A repeating action needs a planned date.";
    ErrUnknownPerson => "この人は見つかりません。選び直してください。", "This person no longer exists; please choose again.";
    ActionNotFound => "この行動は見つかりませんでした。削除された可能性があります。", "This action could not be found. It may have been deleted.";
    BackToPlan => "プランに戻る", "Back to the plan";
    // Results page
    AddToPlan => "プランに追加", "Add to plan";
    AddedToPlan => "プランに追加済み", "Added to plan";
    // People
    PeopleTitle => "人脈", "People";
    PeopleIntro => "仕事の外で出会った人と、そのやり取りを記録します。連絡の目安を決めておくと、次に連絡する時期をお知らせします。", "Keep track of the people you meet outside work and your contact with them. Set how often you'd like to be in touch and Tsunagari shows when it's time again.";
    AddPerson => "人を追加", "Add a person";
    NewPersonTitle => "人を追加", "Add a person";
    EditPersonTitle => "人の情報を編集", "Edit person";
    Search => "検索", "Search";
    SearchHint => "名前・タグ・関心・出会った場所", "Name, tag, interests, place";
    SortBy => "並び順", "Sort by";
    SortName => "名前", "Name";
    SortChannel => "出会い方", "Where we met";
    SortLastContact => "最後の連絡が古い順", "Longest since last contact";
    SortNextFollowUp => "次の連絡が近い順", "Next follow-up first";
    FilterChannel => "出会い方で絞り込み", "Filter by where we met";
    FilterTag => "タグで絞り込み", "Filter by tag";
    AllChannels => "すべて", "All";
    AllTags => "すべて", "All";
    NoPeopleYet => "まだ誰も登録されていません。最近出会った人を一人、追加してみましょう。", "Nobody here yet. Try adding one person you met recently.";
    NoMatches => "条件に合う人はいません。", "Nobody matches.";
    LastContact => "最後の連絡", "Last contact";
    NextFollowUp => "次の連絡の目安", "Next follow-up";
    NeverContacted => "記録なし", "None yet";
    NoCadence => "目安なし", "No reminder";
    PersonNotFound => "この人は見つかりませんでした。削除された可能性があります。", "This person could not be found. They may have been deleted.";
    BackToPeople => "人脈の一覧に戻る", "Back to people";
    // Person form
    FieldName => "名前またはニックネーム", "Name or nickname";
    FieldChannel => "出会い方", "Where we met";
    FieldPlace => "出会った場所・場面", "Place or occasion";
    FieldMetOn => "出会った日", "Date we met";
    FieldInterests => "相手の関心・分野", "Their interests and field";
    FieldIOffer => "力になれること・力になったこと", "How I can help them, or have helped";
    FieldTheyOffer => "相談したいこと・教わりたいこと", "What I would like to ask or learn from them";
    FieldTags => "タグ（読点かカンマで区切る）", "Tags (separated by commas)";
    FieldNotes => "メモ", "Notes";
    FieldCadence => "連絡の目安", "Keep in touch";
    // Person detail
    AboutPerson => "この人について", "About";
    GiveAndTake => "支え合い", "Helping each other";
    GaveCount => "力になったこと", "Times I helped";
    ReceivedCount => "力になってもらったこと", "Times they helped me";
    BalanceNone => "やり取りを記録すると、ここに目安が表示されます。", "Log your exchanges and a gentle summary appears here.";
    BalanceEven => "お互いに支え合えていますね。", "You are supporting each other.";
    BalanceGaveMore => "たくさん力になっていますね。ときには頼ってみるのも、関係を深めるきっかけになります。", "You have given a lot. Asking for help now and then can bring you closer, too.";
    BalanceReceivedMore => "このところ力になってもらうことが多めです。お礼や近況を伝えるだけでも、十分なお返しになります。", "They have helped you a lot lately. A thank-you or a bit of your news is already a fine way to give back.";
    InteractionLog => "やり取りの記録", "Contact log";
    LogInteraction => "やり取りを記録", "Log contact";
    FieldInteractionDate => "日付", "Date";
    FieldInteractionKind => "内容", "What happened";
    FieldInteractionNote => "メモ", "Note";
    NoInteractions => "まだ記録がありません。", "Nothing logged yet.";
    Logged => "記録しました。", "Logged.";
    LinkedActions => "この人との行動", "Actions with this person";
    AddFollowUp => "この人との行動を追加", "Add an action with this person";
    DeletePerson => "この人を削除", "Delete this person";
    DeletePersonNote => "やり取りの記録も削除され、行動からはこの人のつながりが外れます。", "Their contact log is deleted too, and they are unlinked from actions.";
    FollowUpDue => "連絡の時期です", "Time to get in touch";
    // Home dashboard
    HomeWeekTitle => "今週の行動", "This week's actions";
    HomeNoActions => "今週の予定はありません。プランから小さな一歩を選んでみましょう。", "Nothing planned this week. Pick one small step from your plan.";
    HomeFollowUps => "連絡の時期が来た人", "People to get in touch with";
    HomeNoFollowUps => "今週、連絡の目安を迎える人はいません。", "Nobody is due for a follow-up this week.";
    HomeScores => "最新のスコア", "Latest scores";
    NextStepAssessment => "まずは自己診断で、今の状態を確かめましょう。", "Start with the self-check to see where you stand.";
    NextStepDoAction => "予定日を迎えた行動があります：", "This step is planned for now: ";
    NextStepFollowUp => "そろそろ連絡してみませんか：", "It may be a good time to get in touch with ";
    NextStepAddTip => "おすすめの一歩をプランに入れてみましょう：", "Try adding this recommended step to your plan: ";
    NextStepAddPerson => "最近出会った人を一人、人脈に記録してみましょう。", "Record one person you met recently.";
    NextStepReview => "今週を振り返って、来週の行動を決めましょう。", "Look back on this week and choose next week's steps.";
    OpenPerson => "この人のページを開く", "Open their page";
    ChangeSincePrevious => "前回からの変化", "Change since last time";
    NextStep => "次の一歩", "Next step";
    SeeAllPlan => "プランをすべて見る", "See the whole plan";
    SeeAllPeople => "人脈をすべて見る", "See all people";
    // Weekly review
    ReviewTitle => "週の振り返り", "Weekly review";
    ReviewIntro => "今週を振り返って、来週の行動を決めましょう。うまくいかなかった週も、振り返るだけで前進です。", "Look back on this week and choose next week's steps. Even a quiet week counts: reviewing it is progress.";
    ReviewDone => "今週できたこと", "What I did this week";
    ReviewNoneDone => "今週完了した行動はまだありません。", "No actions finished this week yet.";
    ReviewMet => "今週やり取りした人", "Who I was in touch with";
    ReviewNoneMet => "今週のやり取りの記録はありません。", "No contact logged this week.";
    ReviewContact => "来週連絡する人", "Who to contact next week";
    ReviewContactHelp => "選んだ人には、来週の連絡の行動を作ります。", "A follow-up action for next week is created for each person you tick.";
    ReviewNoContacts => "人脈に登録した人がいると、ここで選べます。", "Once you add people, you can choose them here.";
    ReviewLearned => "今週学んだこと・気づいたこと（一つ）", "One thing I learned this week";
    ReviewShare => "学んだことを来週だれかに共有する行動も作る", "Also plan to share what I learned next week";
    ReviewSubmit => "振り返りを保存して来週の行動を作る", "Save the review and create next week's actions";
    ReviewSaved => "振り返りを保存しました。来週の行動：", "Review saved. Actions created for next week: ";
    PastReviews => "これまでの振り返り", "Earlier reviews";
    // History
    HistoryTitle => "診断の推移", "Assessment history";
    HistoryIntro => "自己診断を受けるたびに記録が残ります。分野ごとの変化を確かめましょう。", "Every self-check is kept. See how each area has changed.";
    HistoryNeedsTwo => "2回以上受けると、変化がグラフで見られます。", "Take the self-check twice or more to see the change over time.";
    HistoryChartLabel => "分野ごとのスコアの推移のグラフ。同じ数値は下の表にあります。", "Chart of each area's score over time. The same figures are in the table below.";
    HistoryTable => "スコアの一覧", "Scores table";
    Change => "変化", "Change";
    Date => "日付", "Date";
    }
}

/// Every action kind, in the order the action form offers them.
/// The same list as `ActionKind::ALL`.
pub const ACTION_KINDS: [ActionKind; 18] = ActionKind::ALL;

/// Stable form value of an action kind for `<select>`s.
pub fn kind_key(kind: ActionKind) -> &'static str {
    match kind {
        ActionKind::FollowUp => "follow_up",
        ActionKind::Thank => "thank",
        ActionKind::Congratulate => "congratulate",
        ActionKind::ShareProgress => "share_progress",
        ActionKind::KeepPromise => "keep_promise",
        ActionKind::Introduce => "introduce",
        ActionKind::AttendEvent => "attend_event",
        ActionKind::PostOrComment => "post_or_comment",
        ActionKind::PrepareSelfIntro => "prepare_self_intro",
        ActionKind::PrepareQuestions => "prepare_questions",
        ActionKind::Reflect => "reflect",
        ActionKind::Custom => "custom",
        ActionKind::ThankAfterMeeting => "thank_after_meeting",
        ActionKind::InviteForCoffee => "invite_for_coffee",
        ActionKind::ReplyToOffer => "reply_to_offer",
        ActionKind::ShareUseful => "share_useful",
        ActionKind::AskAdvice => "ask_advice",
        ActionKind::AskIntroduction => "ask_introduction",
    }
}

/// The action kind with form value `s`, if any.
pub fn kind_from_key(s: &str) -> Option<ActionKind> {
    ACTION_KINDS.into_iter().find(|k| kind_key(*k) == s)
}

/// The name of an action kind as the form and lists show it.
pub fn kind_label(lang: Lang, kind: ActionKind) -> &'static str {
    let (ja, en) = match kind {
        ActionKind::FollowUp => ("久しぶりに連絡する", "Get back in touch"),
        ActionKind::Thank => ("助けてもらったお礼を伝える", "Thank someone for their help"),
        ActionKind::ThankAfterMeeting => ("会えたお礼を伝える", "Thank someone after meeting"),
        ActionKind::InviteForCoffee => ("お茶に誘う", "Invite for a coffee"),
        ActionKind::ReplyToOffer => (
            "誘いや紹介に返事をする",
            "Reply to an offer or introduction",
        ),
        ActionKind::ShareUseful => ("役立つ情報を知らせる", "Pass on something useful"),
        ActionKind::AskAdvice => ("相談する", "Ask for advice"),
        ActionKind::AskIntroduction => ("紹介をお願いする", "Ask for an introduction"),
        ActionKind::Congratulate => ("新しい挑戦を応援する・祝う", "Cheer on a new step"),
        ActionKind::ShareProgress => ("自分の近況・成長を伝える", "Share my progress"),
        ActionKind::KeepPromise => ("約束を果たす", "Keep a promise"),
        ActionKind::Introduce => ("人と人を紹介する", "Introduce two people"),
        ActionKind::AttendEvent => ("イベント・集まりに参加する", "Attend an event"),
        ActionKind::PostOrComment => ("SNSで発信・コメントする", "Post or comment online"),
        ActionKind::PrepareSelfIntro => ("自己紹介を準備する", "Prepare a self-introduction"),
        ActionKind::PrepareQuestions => ("質問を用意する", "Prepare questions"),
        ActionKind::Reflect => ("振り返る・考えを整理する", "Reflect"),
        ActionKind::Custom => ("その他", "Other"),
    };
    pick(lang, ja, en)
}

/// A line of guidance shown with the kind in the form and on the action.
pub fn kind_hint(lang: Lang, kind: ActionKind) -> &'static str {
    let (ja, en) = match kind {
        ActionKind::FollowUp => (
            "間が空いても大丈夫です。短いひと言で、気にかけていることが伝わります。",
            "A long gap is fine; a short note shows you're thinking of them.",
        ),
        ActionKind::ThankAfterMeeting => (
            "会った翌日までに、話した内容にひと言ふれてお礼を送りましょう。",
            "Send thanks by the next day, mentioning something you talked about.",
        ),
        ActionKind::InviteForCoffee => (
            "日時の候補を二つほど添えると、相手も返事がしやすくなります。",
            "Offering two possible times makes it easy to say yes.",
        ),
        ActionKind::ReplyToOffer => (
            "まずはお礼を伝え、受けるかどうかは正直に書いて大丈夫です。",
            "Thank them first; it's fine to say honestly whether you can take it up.",
        ),
        ActionKind::ShareUseful => (
            "なぜその人に役立ちそうかを一言添えると、気持ちが伝わります。",
            "One line on why it made you think of them says it all.",
        ),
        ActionKind::AskAdvice => (
            "何に迷っているかを短く書き、相手の都合を優先してもらいましょう。",
            "Say briefly what you're unsure about, and let them choose the time.",
        ),
        ActionKind::AskIntroduction => (
            "どんな人と、なぜ話したいのかを具体的に伝えると、紹介する側も安心です。",
            "Say whom you'd like to meet and why; it makes introducing you easy.",
        ),
        ActionKind::Thank => (
            "何に助けられたかを具体的に書くと、気持ちがまっすぐ届きます。",
            "Say what exactly helped you; specific thanks lands best.",
        ),
        ActionKind::Congratulate => (
            "相手の新しい挑戦や成果を、自分のことのように喜びましょう。",
            "Cheer their new step or success as if it were your own.",
        ),
        ActionKind::ShareProgress => (
            "学んだことや挑戦していることを伝えると、相手にも良い刺激になります。",
            "Telling people what you're learning or trying gives them something too.",
        ),
        ActionKind::KeepPromise => (
            "メモに「何を・誰に・いつまでに」約束したかを書いておきましょう。",
            "Note what you promised, to whom and by when.",
        ),
        ActionKind::Introduce => (
            "紹介する前に、お二人それぞれに紹介してよいかを聞いておきましょう。",
            "Before introducing them, ask each of them whether they'd like it.",
        ),
        ActionKind::AttendEvent => (
            "参加する目的を一行決めておくと、誰と話すか迷いません。",
            "Decide in one line why you're going; it tells you who to talk to.",
        ),
        ActionKind::PostOrComment => (
            "自分の投稿でも、他の人の投稿へのコメントでも大丈夫です。",
            "Your own post or a comment on someone else's both count.",
        ),
        ActionKind::PrepareSelfIntro => (
            "30秒で話せる長さに、経験と今の関心をまとめましょう。",
            "Fit your experience and current interests into about 30 seconds.",
        ),
        ActionKind::PrepareQuestions => (
            "相手のことを知るための質問を三つほど用意しておきましょう。",
            "Have about three questions ready that help you get to know the other person.",
        ),
        ActionKind::Reflect => (
            "静かな時間を少し取って、気づいたことを書き出しましょう。",
            "Take a quiet moment and write down what you noticed.",
        ),
        ActionKind::Custom => (
            "自分で決めた一歩です。できる大きさにしておきましょう。",
            "A step of your own; keep it small enough to do.",
        ),
    };
    pick(lang, ja, en)
}

/// A message the user can copy and adapt, one per moment (action kind).
/// `name` is the person (or "" when none is linked), `other` the second
/// person of an introduction. Japanese is polite keigo of the kind someone
/// in their fifties would write to an acquaintance: warm, not stiff.
pub fn template(lang: Lang, kind: ActionKind, name: &str, other: &str) -> Option<String> {
    let fill = |s: &str| -> String {
        let name = name.trim();
        let other = other.trim();
        let blank = match lang.built() {
            Lang::Ja => "〇〇",
            Lang::En => "___",
        };
        s.replace("{A}", if name.is_empty() { blank } else { name })
            .replace("{B}", if other.is_empty() { blank } else { other })
    };
    let (ja, en) = template_text(kind)?;
    Some(fill(match lang.built() {
        Lang::Ja => ja,
        Lang::En => en,
    }))
}

/// The template table: (Japanese, English) per kind, with {A} for the
/// person and {B} for the second person of an introduction.
fn template_text(kind: ActionKind) -> Option<(&'static str, &'static str)> {
    Some(match kind {
        ActionKind::ThankAfterMeeting => (
            "{A}さん\n昨日は〇〇の会でお話しでき、ありがとうございました。△△のお話がとても印象に残っています。これからもどうぞよろしくお願いいたします。",
            "Dear {A},\nThank you for the conversation at ___ yesterday. What you said about ___ has stayed with me. I hope we can keep in touch.",
        ),
        ActionKind::FollowUp => (
            "{A}さん\nすっかりご無沙汰しております。お変わりなくお過ごしでしょうか。ふと〇〇のことを思い出し、ご連絡いたしました。私は最近△△をしています。また近いうちにお話しできればうれしいです。",
            "Dear {A},\nIt has been far too long. I hope you are well. Something reminded me of ___ and I wanted to say hello. These days I am ___. It would be lovely to catch up sometime.",
        ),
        ActionKind::InviteForCoffee => (
            "{A}さん\nいつもありがとうございます。よろしければ、近いうちにお茶でもご一緒しませんか。〇〇のお話を、もう少しゆっくり伺えればと思っています。△日か□日のご都合はいかがでしょうか。ご無理のない範囲でお知らせください。",
            "Dear {A},\nThank you, as always. Would you like to meet for a coffee soon? I would love to hear more about ___. Would ___ or ___ suit you? Please only if it is convenient.",
        ),
        ActionKind::ReplyToOffer => (
            "{A}さん\n〇〇のお話をいただき、ありがとうございます。お声がけいただけたことを、とてもうれしく思っています。ぜひお受けしたく存じます（／今回は△△のため見送らせてください。またの機会をいただければ幸いです）。",
            "Dear {A},\nThank you for thinking of me for ___. I am really glad you asked. I would be happy to take it up (/ This time I have to pass because of ___, but I hope there will be another chance).",
        ),
        ActionKind::Congratulate => (
            "{A}さん\n〇〇を始められたと伺いました。新しい一歩、本当に素晴らしいですね。心から応援しています。私にお手伝いできることがあれば、いつでもお声がけください。",
            "Dear {A},\nI heard you have started ___. What a wonderful step. I am cheering you on, and if there is anything I can do to help, just say the word.",
        ),
        ActionKind::ShareUseful => (
            "{A}さん\n先日〇〇のお話をされていたので、参考になりそうな△△をお送りします。お時間のあるときにでもご覧ください。お返事はお気になさらずに。",
            "Dear {A},\nYou mentioned ___ the other day, so I thought this might be useful: ___. Have a look whenever you have time. No need to reply.",
        ),
        ActionKind::AskAdvice => (
            "{A}さん\nご無沙汰しております。実は〇〇のことで迷っておりまして、△△にお詳しい{A}さんのお考えを伺えないかと思いご連絡しました。30分ほどお時間をいただけると大変ありがたいです。ご都合のよいときで構いません。",
            "Dear {A},\nI hope you are well. I am trying to decide about ___, and as you know a lot about ___, I wondered if I could ask your view. Half an hour of your time would mean a great deal, whenever it suits you.",
        ),
        ActionKind::AskIntroduction => (
            "{A}さん\nいつもお世話になっております。今、〇〇について学びたいと考えております。もしお知り合いに△△に詳しい方がいらっしゃれば、ご紹介いただくことは可能でしょうか。先方のご都合を第一にしていただければ幸いです。",
            "Dear {A},\nThank you for all your help. I am hoping to learn more about ___. If you know someone experienced in ___, might you be willing to introduce us? Of course, only if it suits them.",
        ),
        ActionKind::Introduce => (
            "（まず、お一人ずつに）\n{A}さん\n〇〇に取り組まれている{B}さんという方がいて、お話が合いそうだと感じました。もしよろしければ、ご紹介させていただいてもよろしいでしょうか。ご遠慮なくお断りください。\n\n（お二人から了解をいただいてから）\n{A}さん、{B}さん\nお二人をご紹介いたします。{A}さんは〇〇、{B}さんは△△に取り組まれています。きっと話が弾むと思います。あとはお二人で、ご自由にやり取りなさってください。",
            "(First, to each of them separately)\nDear {A},\nI know someone, {B}, who works on ___, and I think you two would get on. Would you like me to introduce you? Please feel free to say no.\n\n(Once both have said yes)\nDear {A} and {B},\nLet me introduce you to each other. {A} works on ___ and {B} on ___. I think you will have a lot to talk about. Please take it from here.",
        ),
        ActionKind::Thank => (
            "{A}さん\n先日は〇〇の件で大変お世話になり、ありがとうございました。おかげさまで△△することができました。私にできることがあれば、いつでもお声がけください。",
            "Dear {A},\nThank you so much for your help with ___. Thanks to you, I was able to ___. If there is ever anything I can do for you, just let me know.",
        ),
        ActionKind::ShareProgress => (
            "{A}さん\n近況のご報告です。最近〇〇に取り組んでおり、△△ということを学びました。以前いただいたお話が役に立っています。{A}さんのお近くのお話も、ぜひ聞かせてください。",
            "Dear {A},\nA quick update from me: I have been working on ___ and learned ___. What you told me earlier has really helped. I would love to hear how things are with you, too.",
        ),
        ActionKind::KeepPromise => (
            "{A}さん\n先日お約束していた〇〇の件、お送りいたします。お待たせしていましたら申し訳ありません。ほかにもお役に立てることがあれば、お知らせください。",
            "Dear {A},\nAs promised, here is ___. Sorry if you have been waiting. Let me know if there is anything else I can help with.",
        ),
        ActionKind::PostOrComment => (
            "{A}さんの投稿、とても参考になりました。特に〇〇のところは、自分の経験とも重なり共感しました。",
            "Really useful post, {A}, thank you. The part about ___ matched my own experience.",
        ),
        ActionKind::PrepareSelfIntro => (
            "はじめまして、〇〇と申します。これまで△△の仕事を□□年続けてきました。最近は☆☆に関心があり、同じ関心を持つ方とお話しできればと思って参りました。どうぞよろしくお願いいたします。",
            "Hello, I'm ___. I have spent ___ years working in ___. Lately I have become interested in ___, and I came hoping to meet people who share that interest.",
        ),
        ActionKind::PrepareQuestions => (
            "・今はどんなことに取り組まれていますか？\n・そのお仕事（活動）を始めたきっかけは何ですか？\n・最近、面白いと感じたことは何ですか？",
            "- What are you working on at the moment?\n- What got you started in that work or activity?\n- What's something you've found interesting lately?",
        ),
        ActionKind::AttendEvent | ActionKind::Reflect | ActionKind::Custom => return None,
    })
}

/// The name of a channel (where the user met someone) as shown.
pub fn channel_label(lang: Lang, c: Channel) -> &'static str {
    let (ja, en) = match c {
        Channel::Hobby => ("趣味", "Hobby"),
        Channel::Volunteering => ("ボランティア", "Volunteering"),
        Channel::Meetup => ("異業種交流会", "Cross-industry meetup"),
        Channel::OnlineEvent => ("オンラインイベント", "Online event"),
        Channel::SocialNetwork => ("SNS", "Social network"),
        Channel::Introduction => ("紹介", "Introduction"),
        Channel::Other => ("その他", "Other"),
    };
    pick(lang, ja, en)
}

/// Every channel, in the order the person form offers them.
/// The same list as `Channel::ALL`.
pub const CHANNELS: [Channel; 7] = Channel::ALL;

/// Stable form value of a channel for `<select>`s.
pub fn channel_key(c: Channel) -> &'static str {
    match c {
        Channel::Hobby => "hobby",
        Channel::Volunteering => "volunteering",
        Channel::Meetup => "meetup",
        Channel::OnlineEvent => "online_event",
        Channel::SocialNetwork => "social_network",
        Channel::Introduction => "introduction",
        Channel::Other => "other",
    }
}

/// The channel with form value `s`, if any.
pub fn channel_from_key(s: &str) -> Option<Channel> {
    CHANNELS.into_iter().find(|c| channel_key(*c) == s)
}

/// Every cadence, in the order the person form offers them.
/// The same list as `Cadence::ALL`.
pub const CADENCES: [Cadence; 6] = Cadence::ALL;

/// The name of a cadence as shown.
pub fn cadence_label(lang: Lang, c: Cadence) -> &'static str {
    let (ja, en) = match c {
        Cadence::None => ("決めない", "No reminder"),
        Cadence::Weekly => ("毎週", "Every week"),
        Cadence::Biweekly => ("2週間ごと", "Every 2 weeks"),
        Cadence::Monthly => ("1か月ごと", "Every month"),
        Cadence::Quarterly => ("3か月ごと", "Every 3 months"),
        Cadence::HalfYearly => ("半年ごと", "Every 6 months"),
    };
    pick(lang, ja, en)
}

/// Stable form value of a cadence for `<select>`s.
pub fn cadence_key(c: Cadence) -> &'static str {
    match c {
        Cadence::None => "none",
        Cadence::Weekly => "weekly",
        Cadence::Biweekly => "biweekly",
        Cadence::Monthly => "monthly",
        Cadence::Quarterly => "quarterly",
        Cadence::HalfYearly => "half_yearly",
    }
}

/// The cadence with form value `s`, if any.
pub fn cadence_from_key(s: &str) -> Option<Cadence> {
    CADENCES.into_iter().find(|c| cadence_key(*c) == s)
}

/// The recurrence choices of the action form (every-N-days takes a number).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatChoice {
    /// Does not repeat.
    None,
    /// Every week.
    Weekly,
    /// Every two weeks.
    Biweekly,
    /// Every month.
    Monthly,
    /// Every N days, with N typed in its own field.
    EveryDays,
}

impl RepeatChoice {
    /// Every choice, in the order the form offers them.
    pub const ALL: [RepeatChoice; 5] = [
        RepeatChoice::None,
        RepeatChoice::Weekly,
        RepeatChoice::Biweekly,
        RepeatChoice::Monthly,
        RepeatChoice::EveryDays,
    ];

    /// The choice that shows recurrence `r`.
    pub fn of(r: Recurrence) -> RepeatChoice {
        match r {
            Recurrence::None => RepeatChoice::None,
            Recurrence::Weekly => RepeatChoice::Weekly,
            Recurrence::Biweekly => RepeatChoice::Biweekly,
            Recurrence::Monthly => RepeatChoice::Monthly,
            Recurrence::EveryDays(_) => RepeatChoice::EveryDays,
        }
    }

    /// Stable form value of the choice.
    pub fn key(self) -> &'static str {
        match self {
            RepeatChoice::None => "none",
            RepeatChoice::Weekly => "weekly",
            RepeatChoice::Biweekly => "biweekly",
            RepeatChoice::Monthly => "monthly",
            RepeatChoice::EveryDays => "every_days",
        }
    }

    /// The choice with form value `s`, if any.
    pub fn from_key(s: &str) -> Option<RepeatChoice> {
        RepeatChoice::ALL.into_iter().find(|c| c.key() == s)
    }

    /// The choice's name as the form shows it.
    pub fn label(self, lang: Lang) -> &'static str {
        let (ja, en) = match self {
            RepeatChoice::None => ("繰り返さない", "Does not repeat"),
            RepeatChoice::Weekly => ("毎週", "Every week"),
            RepeatChoice::Biweekly => ("2週間ごと", "Every 2 weeks"),
            RepeatChoice::Monthly => ("毎月", "Every month"),
            RepeatChoice::EveryDays => ("○日ごと", "Every N days"),
        };
        pick(lang, ja, en)
    }
}

/// How an action's recurrence is shown, e.g. "10日ごと" / "Every 10 days".
pub fn recurrence_text(lang: Lang, r: Recurrence) -> String {
    match (r, lang.built()) {
        (Recurrence::EveryDays(n), Lang::Ja) => format!("{n}日ごと"),
        (Recurrence::EveryDays(1), Lang::En) => "Every day".to_string(),
        (Recurrence::EveryDays(n), Lang::En) => format!("Every {n} days"),
        _ => RepeatChoice::of(r).label(lang).to_string(),
    }
}

/// The name of an action's status as shown.
pub fn status_label(lang: Lang, s: Status) -> &'static str {
    let (ja, en) = match s {
        Status::Todo => ("未完了", "To do"),
        Status::Done => ("完了", "Done"),
        Status::Skipped => ("見送り", "Skipped"),
    };
    pick(lang, ja, en)
}

/// Every contact kind, in the order the log form offers them.
/// The same list as `InteractionKind::ALL`.
pub const INTERACTION_KINDS: [InteractionKind; 9] = InteractionKind::ALL;

/// The name of a contact kind as the log shows it.
pub fn interaction_label(lang: Lang, k: InteractionKind) -> &'static str {
    let (ja, en) = match k {
        InteractionKind::Met => ("会った", "Met"),
        InteractionKind::Message => ("連絡した", "Got in touch"),
        InteractionKind::Call => ("電話・通話した", "Called"),
        InteractionKind::Thanked => ("お礼を伝えた", "Thanked them"),
        InteractionKind::Congratulated => ("お祝い・応援した", "Congratulated them"),
        InteractionKind::SharedNews => ("近況を伝えた", "Shared my news"),
        InteractionKind::Introduced => ("人を紹介した", "Introduced someone"),
        InteractionKind::Helped => ("力になった", "Helped them"),
        InteractionKind::WasHelped => ("力になってもらった", "They helped me"),
    };
    pick(lang, ja, en)
}

/// Stable form value of a contact kind for `<select>`s.
pub fn interaction_key(k: InteractionKind) -> &'static str {
    match k {
        InteractionKind::Met => "met",
        InteractionKind::Message => "message",
        InteractionKind::Call => "call",
        InteractionKind::Thanked => "thanked",
        InteractionKind::Congratulated => "congratulated",
        InteractionKind::SharedNews => "shared_news",
        InteractionKind::Introduced => "introduced",
        InteractionKind::Helped => "helped",
        InteractionKind::WasHelped => "was_helped",
    }
}

/// The contact kind with form value `s`, if any.
pub fn interaction_from_key(s: &str) -> Option<InteractionKind> {
    INTERACTION_KINDS
        .into_iter()
        .find(|k| interaction_key(*k) == s)
}

/// "3件" / "3"
pub fn count_text(lang: Lang, n: usize) -> String {
    match lang.built() {
        Lang::Ja => format!("{n}件"),
        Lang::En => n.to_string(),
    }
}

/// "2 / 5 完了" / "2 of 5 done"
pub fn progress_text(lang: Lang, done: usize, planned: usize) -> String {
    match lang.built() {
        Lang::Ja => format!("{planned}件中 {done}件 完了"),
        Lang::En => format!("{done} of {planned} done"),
    }
}

/// "3日前" / "3 days ago", relative to today, for last contact.
pub fn days_ago(lang: Lang, date: NaiveDate, today: NaiveDate) -> String {
    let days = (today - date).num_days();
    match (lang.built(), days) {
        (Lang::Ja, 0) => "今日".to_string(),
        (Lang::En, 0) => "today".to_string(),
        (Lang::Ja, 1) => "昨日".to_string(),
        (Lang::En, 1) => "yesterday".to_string(),
        (Lang::Ja, d) if d > 0 => format!("{d}日前"),
        (Lang::En, d) if d > 0 => format!("{d} days ago"),
        _ => format_date(lang, date),
    }
}

/// Title of the record a weekly review leaves, e.g. "週の振り返り（2026年11月23日の週）".
pub fn review_record_title(lang: Lang, week_start: NaiveDate) -> String {
    match lang.built() {
        Lang::Ja => format!("週の振り返り（{}の週）", format_date(lang, week_start)),
        Lang::En => format!("Weekly review (week of {})", format_date(lang, week_start)),
    }
}

/// Title of the follow-up a weekly review plans with `name`.
pub fn review_follow_up_title(lang: Lang, name: &str) -> String {
    match lang.built() {
        Lang::Ja => format!("{name}さんに連絡する"),
        Lang::En => format!("Get in touch with {name}"),
    }
}

/// Title of the "share what I learned" action a weekly review plans.
pub fn review_share_title(lang: Lang) -> &'static str {
    pick(
        lang,
        "今週学んだことを誰かに伝える",
        "Share what I learned with someone",
    )
}

/// Title of next week's review action.
pub fn review_next_title(lang: Lang) -> &'static str {
    pick(lang, "週の振り返りをする", "Do the weekly review")
}

/// Wraps an aside in the language's brackets: "（3日前）" / " (3 days ago)".
pub fn paren(lang: Lang, s: &str) -> String {
    match lang.built() {
        Lang::Ja => format!("（{s}）"),
        Lang::En => format!(" ({s})"),
    }
}

#[inline(always)]
fn pick(lang: Lang, ja: &'static str, en: &'static str) -> &'static str {
    match lang.built() {
        Lang::Ja => ja,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check_table;

    #[test]
    fn table_has_both_languages() {
        check_table::<PlanText>(&[]);
    }

    #[test]
    fn enum_labels_and_keys_round_trip() {
        for k in ACTION_KINDS {
            assert_eq!(kind_from_key(kind_key(k)), Some(k));
            for lang in Lang::ALL {
                assert!(!kind_label(lang, k).is_empty());
                assert!(!kind_hint(lang, k).is_empty());
            }
        }
        for c in CHANNELS {
            assert_eq!(channel_from_key(channel_key(c)), Some(c));
        }
        for c in CADENCES {
            assert_eq!(cadence_from_key(cadence_key(c)), Some(c));
        }
        for k in INTERACTION_KINDS {
            assert_eq!(interaction_from_key(interaction_key(k)), Some(k));
        }
        for r in RepeatChoice::ALL {
            assert_eq!(RepeatChoice::from_key(r.key()), Some(r));
        }
        assert_eq!(kind_from_key("nope"), None);
    }

    /// The moments the article's advice needs a message for, each with its
    /// own template (the template table).
    const MOMENTS: [ActionKind; 9] = [
        ActionKind::ThankAfterMeeting,
        ActionKind::FollowUp,
        ActionKind::InviteForCoffee,
        ActionKind::ReplyToOffer,
        ActionKind::Congratulate,
        ActionKind::ShareUseful,
        ActionKind::AskAdvice,
        ActionKind::AskIntroduction,
        ActionKind::Introduce,
    ];

    #[test]
    fn templates_name_the_people_and_exist_for_contact_kinds() {
        let t = template(Lang::Ja, ActionKind::Thank, "山田", "").unwrap();
        assert!(t.starts_with("山田さん"));
        let t = template(Lang::En, ActionKind::Introduce, "Aiko", "Ben").unwrap();
        assert!(t.contains("Aiko") && t.contains("Ben"));
        let t = template(Lang::En, ActionKind::FollowUp, " ", "").unwrap();
        assert!(t.starts_with("Dear ___"));
        for kind in ACTION_KINDS {
            let has = template(Lang::Ja, kind, "A", "B").is_some();
            assert_eq!(
                has,
                template(Lang::En, kind, "A", "B").is_some(),
                "{kind:?}"
            );
            assert_eq!(
                has,
                !matches!(
                    kind,
                    ActionKind::AttendEvent | ActionKind::Reflect | ActionKind::Custom
                ),
                "{kind:?}"
            );
        }
    }

    #[test]
    fn one_template_per_moment_each_different_and_in_both_languages() {
        let mut seen = std::collections::BTreeSet::new();
        for kind in MOMENTS {
            assert!(
                ACTION_KINDS.contains(&kind),
                "{kind:?} can be chosen in the form"
            );
            let ja = template(Lang::Ja, kind, "山田", "鈴木").unwrap();
            let en = template(Lang::En, kind, "Yamada", "Suzuki").unwrap();
            assert!(
                seen.insert(ja.clone()),
                "{kind:?} repeats another moment's text"
            );
            assert!(
                ja.starts_with("山田さん") || kind == ActionKind::Introduce,
                "{kind:?}"
            );
            assert!(en.contains("Yamada"), "{kind:?}");
            // Polite Japanese throughout; the same number of paragraphs in both.
            assert!(ja.contains("ます") || ja.contains("です"), "{kind:?}");
            assert!(!ja.contains("{A}") && !en.contains("{B}"));
            assert_eq!(
                ja.split("\n\n").count(),
                en.split("\n\n").count(),
                "{kind:?}"
            );
        }
    }

    #[test]
    fn an_introduction_asks_both_people_first() {
        for lang in Lang::ALL {
            let t = template(lang, ActionKind::Introduce, "A", "B").unwrap();
            let (ask, introduce) = t.split_once("\n\n").expect("two steps");
            let asks = match lang.built() {
                Lang::Ja => {
                    ask.contains("ご紹介させていただいてもよろしいでしょうか")
                        && ask.contains("お一人ずつ")
                }
                Lang::En => {
                    ask.contains("Would you like me to introduce you?")
                        && ask.contains("each of them")
                }
            };
            assert!(asks, "{lang:?}: {ask}");
            assert!(introduce.contains('A') && introduce.contains('B'));
        }
    }

    #[test]
    fn numbers_and_relative_dates() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let d3 = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        assert_eq!(days_ago(Lang::Ja, d3, today), "3日前");
        assert_eq!(days_ago(Lang::En, today, today), "today");
        assert_eq!(progress_text(Lang::En, 2, 5), "2 of 5 done");
        assert_eq!(
            recurrence_text(Lang::Ja, Recurrence::EveryDays(10)),
            "10日ごと"
        );
        assert_eq!(
            recurrence_text(Lang::En, Recurrence::Monthly),
            "Every month"
        );
    }
}

#[cfg(test)]
mod enum_tests {
    use super::*;
    use crate::enum_check::check_all;

    /// Exhaustive: a new variant does not compile until it has a place in `ALL`.
    fn repeat_position(r: RepeatChoice) -> usize {
        match r {
            RepeatChoice::None => 0,
            RepeatChoice::Weekly => 1,
            RepeatChoice::Biweekly => 2,
            RepeatChoice::Monthly => 3,
            RepeatChoice::EveryDays => 4,
        }
    }

    #[test]
    fn repeat_choices_are_listed_once_with_keys_and_labels() {
        check_all(&RepeatChoice::ALL, repeat_position);
        for lang in Lang::ALL {
            let mut seen = std::collections::BTreeSet::new();
            for r in RepeatChoice::ALL {
                assert_eq!(RepeatChoice::from_key(r.key()), Some(r));
                assert!(seen.insert(r.label(lang)), "{r:?} {lang:?}");
            }
        }
    }
}
