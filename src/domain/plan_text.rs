//! The ja/en words of the planner, people, dashboard, weekly review and
//! history screens: one string table plus the labels of the schema's enums,
//! the wording of each action kind and its copyable message templates.

use chrono::NaiveDate;

use super::document::{Cadence, Channel, InteractionKind, Recurrence, Status};
use super::i18n::{format_date, Lang};
use super::questionnaire::ActionKind;

crate::string_table! {
    /// Strings of the planner, people, home dashboard, review and history.
    pub enum P {
    NavReview => "週の振り返り", "Weekly review";
    RequiredMark => "（必須）", " (required)";
    Loading => "読み込み中…", "Loading…";
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
    Overdue => "期日を過ぎたもの", "Overdue";
    OverdueBadge => "期日超過", "Overdue";
    Today => "今日", "Today";
    ThisWeek => "今週", "This week";
    Upcoming => "これから", "Upcoming";
    NoDate => "期日なし", "No date";
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
    ConfirmDelete => "本当に削除しますか？", "Delete this for good?";
    ConfirmYes => "削除する", "Yes, delete";
    ConfirmNo => "やめる", "Keep it";
    Due => "期日", "Due";
    DoneOn => "完了日", "Done on";
    SkippedOn => "見送った日", "Skipped on";
    Repeats => "繰り返し", "Repeats";
    With => "相手", "With";
    NextScheduled => "次の予定を作りました。期日：", "The next one is scheduled. Due: ";
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
    FieldDue => "期日", "Due date";
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
    ErrNeedsDate => "繰り返す行動には期日を入れてください。", "A repeating action needs a due date.";
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
    FieldIOffer => "自分が提供できること", "What I can offer them";
    FieldTheyOffer => "相手から得られること", "What they offer me";
    FieldTags => "タグ（読点かカンマで区切る）", "Tags (separated by commas)";
    FieldNotes => "メモ", "Notes";
    FieldCadence => "連絡の目安", "Keep in touch";
    // Person detail
    AboutPerson => "この人について", "About";
    GiveAndTake => "ギブ＆テイク", "Give & take";
    GaveCount => "自分から渡したこと", "What I gave";
    ReceivedCount => "受け取ったこと", "What I received";
    BalanceNone => "やり取りを記録すると、ここに目安が表示されます。", "Log your exchanges and a gentle summary appears here.";
    BalanceEven => "お互いに支え合えていますね。", "You are supporting each other.";
    BalanceGaveMore => "たくさん力になっていますね。ときには頼ってみるのも、関係を深めるきっかけになります。", "You have given a lot. Asking for help now and then can bring you closer, too.";
    BalanceReceivedMore => "受け取ったものが多めです。お礼や近況を伝えるだけでも、十分なお返しになります。", "You have received more lately. A thank-you or a bit of your news is already a fine way to give back.";
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
    NextStepDoAction => "期日を迎えた行動があります：", "This action is due: ";
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

pub const ACTION_KINDS: [ActionKind; 12] = [
    ActionKind::FollowUp,
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
    }
}

pub fn kind_from_key(s: &str) -> Option<ActionKind> {
    ACTION_KINDS.into_iter().find(|k| kind_key(*k) == s)
}

pub fn kind_label(lang: Lang, kind: ActionKind) -> &'static str {
    let (ja, en) = match kind {
        ActionKind::FollowUp => ("近況をうかがう", "Follow up"),
        ActionKind::Thank => ("お礼を伝える", "Say thank you"),
        ActionKind::Congratulate => ("成功を祝う・応援する", "Congratulate on a success"),
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
            "短いひと言で十分です。相手の近況を気にかけていることが伝わります。",
            "A short note is plenty; it shows you're thinking of them.",
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
            "二人を選び、なぜ会うと良いと思ったかを一言添えましょう。",
            "Choose both people and add one line on why they should meet.",
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

/// A message the user can copy and adapt. `name` is the person (or "" when
/// none is linked), `other` the second person of an introduction.
pub fn template(lang: Lang, kind: ActionKind, name: &str, other: &str) -> Option<String> {
    let n = |fallback_ja: &str, fallback_en: &str| -> String {
        match (lang, name.trim().is_empty()) {
            (Lang::Ja, true) => fallback_ja.to_string(),
            (Lang::En, true) => fallback_en.to_string(),
            (_, false) => name.trim().to_string(),
        }
    };
    let o = |fallback_ja: &str, fallback_en: &str| -> String {
        match (lang, other.trim().is_empty()) {
            (Lang::Ja, true) => fallback_ja.to_string(),
            (Lang::En, true) => fallback_en.to_string(),
            (_, false) => other.trim().to_string(),
        }
    };
    let text = match (kind, lang) {
        (ActionKind::FollowUp, Lang::Ja) => format!(
            "{}さん\nご無沙汰しています。その後いかがお過ごしですか。先日お話しした〇〇のことを思い出して、ご連絡しました。また近いうちにお話しできればうれしいです。",
            n("〇〇", "")
        ),
        (ActionKind::FollowUp, Lang::En) => format!(
            "Hi {},\nIt's been a while. How have you been? I was thinking about our chat on ___ and wanted to say hello. It would be lovely to catch up again soon.",
            n("", "___")
        ),
        (ActionKind::Thank, Lang::Ja) => format!(
            "{}さん\n先日は〇〇の件で本当にありがとうございました。おかげで△△ができました。何かお役に立てることがあれば、いつでも声をかけてください。",
            n("〇〇", "")
        ),
        (ActionKind::Thank, Lang::En) => format!(
            "Hi {},\nThank you so much for your help with ___. Thanks to you, I was able to ___. If there's ever anything I can do for you, just let me know.",
            n("", "___")
        ),
        (ActionKind::Congratulate, Lang::Ja) => format!(
            "{}さん\n〇〇のこと、拝見しました。本当におめでとうございます！これまでの積み重ねが実を結んだのですね。これからのご活躍も楽しみにしています。",
            n("〇〇", "")
        ),
        (ActionKind::Congratulate, Lang::En) => format!(
            "Hi {},\nI just saw the news about ___. Congratulations! All your hard work is paying off. I'm looking forward to seeing what comes next.",
            n("", "___")
        ),
        (ActionKind::ShareProgress, Lang::Ja) => format!(
            "{}さん\n近況のご報告です。最近〇〇に取り組んでいて、△△ということを学びました。以前いただいたお話が役に立っています。{}さんの近況もぜひ聞かせてください。",
            n("〇〇", ""),
            n("〇〇", "")
        ),
        (ActionKind::ShareProgress, Lang::En) => format!(
            "Hi {},\nA quick update from me: I've been working on ___ and learned ___. What you told me earlier has really helped. I'd love to hear how things are with you too.",
            n("", "___")
        ),
        (ActionKind::KeepPromise, Lang::Ja) => format!(
            "{}さん\n先日お約束していた〇〇の件、お送りします。お待たせしていたらすみません。ほかにもお役に立てることがあればお知らせください。",
            n("〇〇", "")
        ),
        (ActionKind::KeepPromise, Lang::En) => format!(
            "Hi {},\nAs promised, here is ___. Sorry if you've been waiting. Let me know if there's anything else I can help with.",
            n("", "___")
        ),
        (ActionKind::Introduce, Lang::Ja) => format!(
            "{}さん、{}さん\nお二人をご紹介させてください。{}さんは〇〇に、{}さんは△△に取り組まれていて、きっと話が合うと思いました。よろしければ、直接やり取りしてみてください。",
            n("〇〇", ""),
            o("△△", ""),
            n("〇〇", ""),
            o("△△", "")
        ),
        (ActionKind::Introduce, Lang::En) => format!(
            "Hi {} and {},\nI'd like to introduce you to each other. {} works on ___ and {} on ___, and I think you'd have a lot to talk about. Feel free to take it from here.",
            n("", "___"),
            o("", "___"),
            n("", "___"),
            o("", "___")
        ),
        (ActionKind::PostOrComment, Lang::Ja) => {
            "〇〇さんの投稿、とても参考になりました。特に△△のところは、自分の経験とも重なって共感しました。".to_string()
        }
        (ActionKind::PostOrComment, Lang::En) => {
            "Really useful post, thank you. The part about ___ matched my own experience.".to_string()
        }
        (ActionKind::PrepareSelfIntro, Lang::Ja) => {
            "はじめまして、〇〇と申します。これまで△△の仕事を□□年続けてきました。最近は☆☆に関心があり、同じ関心を持つ方とお話しできればと思って参加しました。よろしくお願いします。".to_string()
        }
        (ActionKind::PrepareSelfIntro, Lang::En) => {
            "Hello, I'm ___. I've spent ___ years working in ___. Lately I've become interested in ___, and I came hoping to meet people who share that interest.".to_string()
        }
        (ActionKind::PrepareQuestions, Lang::Ja) => {
            "・今はどんなことに取り組まれていますか？\n・そのお仕事（活動）を始めたきっかけは何ですか？\n・最近、面白いと感じたことは何ですか？".to_string()
        }
        (ActionKind::PrepareQuestions, Lang::En) => {
            "- What are you working on at the moment?\n- What got you started in that work or activity?\n- What's something you've found interesting lately?".to_string()
        }
        (ActionKind::AttendEvent | ActionKind::Reflect | ActionKind::Custom, _) => return None,
    };
    Some(text)
}

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

pub const CHANNELS: [Channel; 7] = [
    Channel::Hobby,
    Channel::Volunteering,
    Channel::Meetup,
    Channel::OnlineEvent,
    Channel::SocialNetwork,
    Channel::Introduction,
    Channel::Other,
];

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

pub fn channel_from_key(s: &str) -> Option<Channel> {
    CHANNELS.into_iter().find(|c| channel_key(*c) == s)
}

pub const CADENCES: [Cadence; 6] = [
    Cadence::None,
    Cadence::Weekly,
    Cadence::Biweekly,
    Cadence::Monthly,
    Cadence::Quarterly,
    Cadence::HalfYearly,
];

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

pub fn cadence_from_key(s: &str) -> Option<Cadence> {
    CADENCES.into_iter().find(|c| cadence_key(*c) == s)
}

/// The recurrence choices of the action form (every-N-days takes a number).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatChoice {
    None,
    Weekly,
    Biweekly,
    Monthly,
    EveryDays,
}

impl RepeatChoice {
    pub const ALL: [RepeatChoice; 5] = [
        RepeatChoice::None,
        RepeatChoice::Weekly,
        RepeatChoice::Biweekly,
        RepeatChoice::Monthly,
        RepeatChoice::EveryDays,
    ];

    pub fn of(r: Recurrence) -> RepeatChoice {
        match r {
            Recurrence::None => RepeatChoice::None,
            Recurrence::Weekly => RepeatChoice::Weekly,
            Recurrence::Biweekly => RepeatChoice::Biweekly,
            Recurrence::Monthly => RepeatChoice::Monthly,
            Recurrence::EveryDays(_) => RepeatChoice::EveryDays,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            RepeatChoice::None => "none",
            RepeatChoice::Weekly => "weekly",
            RepeatChoice::Biweekly => "biweekly",
            RepeatChoice::Monthly => "monthly",
            RepeatChoice::EveryDays => "every_days",
        }
    }

    pub fn from_key(s: &str) -> Option<RepeatChoice> {
        RepeatChoice::ALL.into_iter().find(|c| c.key() == s)
    }

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

pub fn recurrence_text(lang: Lang, r: Recurrence) -> String {
    match (r, lang) {
        (Recurrence::EveryDays(n), Lang::Ja) => format!("{n}日ごと"),
        (Recurrence::EveryDays(1), Lang::En) => "Every day".to_string(),
        (Recurrence::EveryDays(n), Lang::En) => format!("Every {n} days"),
        _ => RepeatChoice::of(r).label(lang).to_string(),
    }
}

pub fn status_label(lang: Lang, s: Status) -> &'static str {
    let (ja, en) = match s {
        Status::Todo => ("未完了", "To do"),
        Status::Done => ("完了", "Done"),
        Status::Skipped => ("見送り", "Skipped"),
    };
    pick(lang, ja, en)
}

pub const INTERACTION_KINDS: [InteractionKind; 9] = [
    InteractionKind::Met,
    InteractionKind::Message,
    InteractionKind::Call,
    InteractionKind::Thanked,
    InteractionKind::Congratulated,
    InteractionKind::SharedNews,
    InteractionKind::Introduced,
    InteractionKind::Helped,
    InteractionKind::WasHelped,
];

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
        InteractionKind::WasHelped => ("助けてもらった", "They helped me"),
    };
    pick(lang, ja, en)
}

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

pub fn interaction_from_key(s: &str) -> Option<InteractionKind> {
    INTERACTION_KINDS
        .into_iter()
        .find(|k| interaction_key(*k) == s)
}

/// "3件" / "3"
pub fn count_text(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ja => format!("{n}件"),
        Lang::En => n.to_string(),
    }
}

/// "2 / 5 完了" / "2 of 5 done"
pub fn progress_text(lang: Lang, done: usize, planned: usize) -> String {
    match lang {
        Lang::Ja => format!("{planned}件中 {done}件 完了"),
        Lang::En => format!("{done} of {planned} done"),
    }
}

/// "+5" / "−3" / "±0", and the spoken form for screen readers.
pub fn change_text(lang: Lang, delta: i32) -> String {
    match (lang, delta.signum()) {
        (Lang::Ja, 1) => format!("{delta}点上がりました"),
        (Lang::Ja, -1) => format!("{}点下がりました", -delta),
        (Lang::Ja, _) => "変わりません".to_string(),
        (Lang::En, 1) => format!("up {delta}"),
        (Lang::En, -1) => format!("down {}", -delta),
        (Lang::En, _) => "no change".to_string(),
    }
}

/// "3日前" / "3 days ago", relative to today, for last contact.
pub fn days_ago(lang: Lang, date: NaiveDate, today: NaiveDate) -> String {
    let days = (today - date).num_days();
    match (lang, days) {
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
    match lang {
        Lang::Ja => format!("週の振り返り（{}の週）", format_date(lang, week_start)),
        Lang::En => format!("Weekly review (week of {})", format_date(lang, week_start)),
    }
}

pub fn review_follow_up_title(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Ja => format!("{name}さんに連絡する"),
        Lang::En => format!("Get in touch with {name}"),
    }
}

pub fn review_share_title(lang: Lang) -> &'static str {
    pick(
        lang,
        "今週学んだことを誰かに伝える",
        "Share what I learned with someone",
    )
}

pub fn review_next_title(lang: Lang) -> &'static str {
    pick(lang, "週の振り返りをする", "Do the weekly review")
}

/// Wraps an aside in the language's brackets: "（3日前）" / " (3 days ago)".
pub fn paren(lang: Lang, s: &str) -> String {
    match lang {
        Lang::Ja => format!("（{s}）"),
        Lang::En => format!(" ({s})"),
    }
}

fn pick(lang: Lang, ja: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Ja => ja,
        Lang::En => en,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::i18n::check_table;

    #[test]
    fn table_has_both_languages() {
        check_table::<P>(&[]);
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

    #[test]
    fn templates_name_the_people_and_exist_for_contact_kinds() {
        let t = template(Lang::Ja, ActionKind::Thank, "山田", "").unwrap();
        assert!(t.starts_with("山田さん"));
        let t = template(Lang::En, ActionKind::Introduce, "Aiko", "Ben").unwrap();
        assert!(t.contains("Aiko") && t.contains("Ben"));
        let t = template(Lang::En, ActionKind::FollowUp, " ", "").unwrap();
        assert!(t.starts_with("Hi ___"));
        for kind in [
            ActionKind::FollowUp,
            ActionKind::Thank,
            ActionKind::Congratulate,
            ActionKind::ShareProgress,
            ActionKind::KeepPromise,
            ActionKind::Introduce,
            ActionKind::PostOrComment,
            ActionKind::PrepareSelfIntro,
            ActionKind::PrepareQuestions,
        ] {
            for lang in Lang::ALL {
                assert!(template(lang, kind, "A", "B").is_some(), "{kind:?}");
            }
        }
        assert!(template(Lang::Ja, ActionKind::Custom, "A", "").is_none());
    }

    #[test]
    fn numbers_and_relative_dates() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let d3 = NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        assert_eq!(days_ago(Lang::Ja, d3, today), "3日前");
        assert_eq!(days_ago(Lang::En, today, today), "today");
        assert_eq!(change_text(Lang::Ja, 5), "5点上がりました");
        assert_eq!(change_text(Lang::En, -3), "down 3");
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
