//! Words of the plan-files screen (export, import, preview, replace, merge,
//! restore), the read-only view of a shared plan and the print view, in
//! Japanese and English. The words inside the files themselves are `FileText`.

use chrono::{DateTime, Timelike, Utc};

use crate::backups::{Entry, Reason};
use crate::i18n::{format_date, Lang};

crate::string_table! {
    /// Strings of the plan-files screen, the read-only view and printing.
    pub enum FilesScreenText {
        NavFiles => "ファイル", "Files";
        Title => "プランのファイル", "Plan files";
        Intro => "データを書き出して控えにしたり、人に見せたり、カレンダーに入れたり、印刷したりできます。書き出したファイルは、ほかのブラウザで読み込めます。ファイルはこの端末の中だけで作られ、どこにも送られません。", "Export your data as a backup, to show someone, for your calendar or to print, and import a plan file in another browser. Files are made on this device only and sent nowhere.";
        ExportHeading => "書き出す", "Export";
        FullHeading => "すべてのデータ（控え）", "All my data (backup)";
        FullHelp => "診断、人、やりとりの記録、行動をすべて含むファイルです。控えとして、または別のブラウザに移すときに使います。人の名前やメモも含まれるので、大切に保管してください。", "A file with every self-check, person, contact record and action. Use it as a backup or to move to another browser. It includes names and notes, so please keep it safe.";
        FullButton => "すべてのデータをファイルに書き出す", "Export all my data to a file";
        SharedHeading => "人に見せるためのファイル", "A file to share";
        SharedHelp => "相談相手などにプランを見てもらうためのファイルです。人の名前は置き換えられ、行動のタイトルなどに出てくる名前も置き換えます。人・やりとり・行動のメモはすべて除かれます。日付、スコア、プランの組み立てはそのまま残ります。", "A file for showing your plan to a mentor or friend. People's names are replaced, also where they appear in action titles and other text. Every note on people, contacts and actions is left out. Dates, scores and the shape of your plan stay.";
        NamesLegend => "名前の表し方", "How names appear";
        NamesNumbered => "番号にする（「人物1」など・おすすめ）", "Numbers (\"Person 1\" and so on; recommended)";
        NamesInitials => "イニシャルにする（「Y. T.」など）", "Initials (such as \"Y. T.\")";
        NamesNote => "イニシャルでも、知り合い同士なら誰のことか分かる場合があります。迷ったら番号をおすすめします。", "Initials can still let people who know each other tell who is meant. When in doubt, choose numbers.";
        SharedButton => "人に見せるファイルを書き出す", "Export a file to share";
        OtherHeading => "読みやすい形・カレンダー・印刷", "Readable, calendar and print";
        MarkdownButton => "文章として書き出す（Markdown）", "Export as text (Markdown)";
        MarkdownHelp => "最新の結果、これからの行動、人と次の連絡を、読みやすい文章にします。", "Your latest results, open actions and people with their next follow-ups as readable text.";
        IcsButton => "カレンダーに書き出す（.ics）", "Export to a calendar (.ics)";
        IcsHelp => "予定日のある行動と、次の連絡の予定を、カレンダーアプリに読み込めるファイルにします。", "Actions with a planned date and your follow-up rhythm, as a file your calendar app can import.";
        PrintLink => "印刷用の表示を開く", "Open the print view";
        PrintHelp => "結果とプランをA4用紙に印刷できる形で表示します。", "Shows your results and plan laid out for printing on A4 paper.";
        Downloaded => "ファイルを書き出しました。ダウンロードの一覧を確認してください。", "The file has been exported. Please check your downloads.";
        DownloadFailed => "ブラウザがダウンロードを許可しませんでした。もう一度お試しください。", "The browser did not allow the download. Please try again.";
        ImportHeading => "読み込む", "Import";
        ImportHelp => "つながりから書き出したプランのファイルを選んでください。中身を確認してから、どうするか選べます。選ぶまで、今のデータは何も変わりません。", "Choose a plan file exported from Tsunagari. You will see what it holds and then choose what to do. Nothing of your current data changes until you choose.";
        ImportLabel => "プランファイルを選ぶ", "Choose a plan file";
        DropHint => "ここにファイルをドラッグ＆ドロップすることもできます。", "You can also drag and drop a file here.";
        DropNow => "ファイルを離すと読み込みます", "Release to read the file";
        Reading => "読み込んでいます…", "Reading…";
        ReadFailed => "ファイルを読めませんでした。もう一度選んでください。", "The file could not be read. Please choose it again.";
        ErrorIntro => "このファイルは読み込めません。", "This file cannot be imported.";
        NothingChanged => "今のデータは何も変わっていません。", "Your current data has not changed.";
        PreviewHeading => "ファイルの中身", "What the file holds";
        FileName => "ファイル名", "File name";
        NoDates => "日付のある項目はありません", "No dated entries";
        ChooseHeading => "どうしますか", "What would you like to do?";
        ReplaceButton => "今のデータと置き換える", "Replace my data";
        ReplaceHelp => "ファイルの内容で今のデータを置き換えます。置き換える前のデータは自動で控えを取るので、ワンクリックで元に戻せます。言語などの設定はそのままです。", "The file's content replaces your current data. Your current data is kept as an automatic backup first, so you can restore it in one click. Settings such as the language stay.";
        MergeButton => "今のデータに合わせる（マージ）", "Merge into my data";
        MergeHelp => "ファイルにあって今のデータにないものを加え、同じ項目はより新しく更新された方を残します。何も削除しません。", "Adds what the file has and your data does not; for an item in both, the more recently updated one is kept. Nothing is deleted.";
        ViewButton => "見るだけで開く", "Open read-only";
        ViewHelp => "人から受け取ったプランを、自分のデータに触れずに見られます。", "Look at a plan someone gave you without touching your own data.";
        Cancel => "やめる", "Cancel";
        Replaced => "ファイルの内容で置き換えました。前のデータは控えとして残しています。", "Your data has been replaced with the file's content. Your previous data is kept as a backup.";
        BackupFailed => "今のデータの控えを保存できなかったため、置き換えませんでした。保存容量を確認するか、先に「すべてのデータを書き出す」で控えを取ってください。", "Your current data could not be backed up, so nothing was replaced. Please check the storage space, or export all your data first.";
        Merged => "ファイルの内容を合わせました。", "The file has been merged into your data.";
        MergedNothing => "ファイルの内容はすべて、すでにあなたのデータに含まれていました。何も変わっていません。", "Everything in the file was already in your data. Nothing changed.";
        RestoreHeading => "以前のデータの控え", "Backups of earlier data";
        RestoreHelp => "ファイルで置き換えたり合わせたり、控えに戻したりする前に、その時のデータを控えとして残しています（新しいものから5つまで）。控えに戻すときも、今のデータは新しい控えとして残ります。", "Before a file replaces or is merged into your data, and before a backup is restored, the data of that moment is kept here (up to the five most recent). Restoring also keeps your current data as a new backup.";
        RestoreButton => "この控えに戻す…", "Restore this backup…";
        RestoreQuestion => "この控えに戻しますか？今のデータは新しい控えとして残ります。", "Restore this backup? Your current data will be kept as a new backup.";
        RestoreYes => "戻す", "Restore";
        Restored => "控えのデータに戻しました。戻す前のデータは控えの一覧に残っています。", "The backup has been restored. The data from just before is kept in the list of backups.";
        RestoreFailed => "控えを読み込めなかったため、何も変えていません。", "The backup could not be read, so nothing was changed.";
        RestoreBackupFailed => "今のデータの控えを保存できなかったため、戻していません。保存容量を確認するか、先に「すべてのデータを書き出す」で控えを取ってください。", "Your current data could not be backed up, so nothing was restored. Please check the storage space, or export all your data first.";
        MergeBackupFailed => "今のデータの控えを保存できなかったため、合わせていません。保存容量を確認するか、先に「すべてのデータを書き出す」で控えを取ってください。", "Your current data could not be backed up, so nothing was merged. Please check the storage space, or export all your data first.";
        BackupBeforeReplace => "ファイルで置き換える前", "Before a file replaced it";
        BackupBeforeMerge => "ファイルを合わせる前", "Before a file was merged in";
        BackupBeforeRestore => "控えに戻す前", "Before a backup was restored";
        SharedFileNotice => "このファイルは、人に見せるために書き出されたものです（名前は置き換えられ、メモは除かれています）。「合わせる」では新しい項目だけを加え、あなたのデータにある名前やメモは変えません。「置き換える」と、置き換え後の名前のデータになります（今のデータは控えに残ります）。", "This file was exported for sharing: names are replaced and notes are left out. Merging adds only new items and never changes the names or notes in your data. Replacing gives you data with the replaced names (your current data is kept as a backup).";
        BackupOlder => "以前の読み込みの前（日時の記録なし）", "Before an earlier import (no date recorded)";
        ViewingBanner => "人から受け取ったプランを見ています（読み取り専用）", "You are viewing a shared plan (read-only)";
        ViewingDetail => "あなた自身のデータはそのまま保存されています。ここでの表示は保存されません。", "Your own data is saved and untouched. Nothing you see here is saved.";
        ReturnToMine => "自分のデータに戻る", "Return to my data";
        ReadOnlyScreen => "この画面は自分のデータを編集するためのものです。読み取り専用で見ている間は使えません。", "This screen is for editing your own data, so it is not available while you view a shared plan.";
        PrintTitle => "つながり プラン", "Tsunagari plan";
        PrintIntro => "印刷用の表示です。ブラウザの印刷で、ナビゲーションやボタンは印刷されません。", "This is the print view. Navigation and buttons are left out when you print.";
        PrintButton => "印刷する", "Print";
        BackToFiles => "ファイルの画面に戻る", "Back to plan files";
        PrintResults => "最新の結果", "Latest results";
        PrintPlan => "これからの行動", "Open actions";
        PrintPeople => "次の連絡", "Next follow-ups";
        Time => "時刻", "Time";
    }
}

/// "2026年11月23日に印刷" / "Printed on 23 Nov 2026": the print heading's date line.
pub fn printed_on(lang: Lang, date: chrono::NaiveDate) -> String {
    let d = format_date(lang, date);
    match lang.built() {
        Lang::Ja => format!("{d}に印刷"),
        Lang::En => format!("Printed on {d}"),
    }
}

/// When a file was exported, in the reader's local time: files carry UTC,
/// and `offset_minutes` (east of UTC, at that instant) comes from the clock
/// door. "2026年11月23日 18:05" / "23 Nov 2026, 18:05".
pub fn exported_at(lang: Lang, at: DateTime<Utc>, offset_minutes: i32) -> String {
    let local = at.naive_utc() + chrono::Duration::minutes(i64::from(offset_minutes));
    let d = format_date(lang, local.date());
    let (h, m) = (local.hour(), local.minute());
    match lang.built() {
        Lang::Ja => format!("{d} {h:02}:{m:02}"),
        Lang::En => format!("{d}, {h:02}:{m:02}"),
    }
}

/// "2026年1月5日〜2026年11月23日" / "5 Jan 2026 – 23 Nov 2026".
/// A backup's line: when and before what. "2026年12月2日 14:05 · ファイルを合わせる前".
pub fn backup_label(lang: Lang, entry: &Entry, offset_minutes: i32) -> String {
    let why = match entry.reason {
        Reason::Replace => FilesScreenText::BackupBeforeReplace,
        Reason::Merge => FilesScreenText::BackupBeforeMerge,
        Reason::Restore => FilesScreenText::BackupBeforeRestore,
    };
    match entry.at {
        Some(at) => format!(
            "{} · {}",
            exported_at(lang, at, offset_minutes),
            lang.t(why)
        ),
        None => lang.t(FilesScreenText::BackupOlder).to_string(),
    }
}

/// Said in the preview when record times in the file lay in the future.
pub fn capped_times(lang: Lang, n: usize) -> String {
    match lang.built() {
        Lang::Ja => format!("このファイルには未来の日時が{n}件記録されていたため、明日の日時にそろえて読み込みます。"),
        Lang::En if n == 1 => "One time in this file lay in the future; it is read as tomorrow.".to_string(),
        Lang::En => format!("{n} times in this file lay in the future; they are read as tomorrow."),
    }
}

/// What a backup holds: "12人・自己診断 2回" / "12 people · 2 self-checks".
pub fn backup_counts(lang: Lang, entry: &Entry) -> String {
    let (p, a) = (entry.people, entry.assessments);
    match lang.built() {
        Lang::Ja => format!("{p}人・自己診断 {a}回"),
        Lang::En => {
            let people = if p == 1 { "person" } else { "people" };
            let checks = if a == 1 { "self-check" } else { "self-checks" };
            format!("{p} {people} · {a} {checks}")
        }
    }
}

/// The span of dates a plan file covers, for the import preview.
pub fn date_range(lang: Lang, from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    let (a, b) = (format_date(lang, from), format_date(lang, to));
    match lang.built() {
        Lang::Ja => format!("{a}〜{b}"),
        Lang::En => format!("{a} – {b}"),
    }
}

/// "12件" / "12": counts in the preview.
pub fn count(lang: Lang, n: usize) -> String {
    match lang.built() {
        Lang::Ja => format!("{n}件"),
        Lang::En => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{NaiveDate, TimeZone};

    #[test]
    fn every_key_has_both_languages() {
        crate::i18n::check_table::<FilesScreenText>(&[]);
    }

    #[test]
    fn a_backup_says_when_and_before_what() {
        let entry = Entry {
            key: "k".into(),
            reason: Reason::Merge,
            at: Some(Utc.with_ymd_and_hms(2026, 12, 2, 5, 5, 0).unwrap()),
            people: 1,
            assessments: 2,
            bytes: 10,
        };
        assert_eq!(
            backup_label(Lang::Ja, &entry, 9 * 60),
            "2026年12月2日 14:05 · ファイルを合わせる前"
        );
        assert_eq!(backup_counts(Lang::En, &entry), "1 person · 2 self-checks");
        assert_eq!(backup_counts(Lang::Ja, &entry), "1人・自己診断 2回");
        let old = Entry { at: None, ..entry };
        assert_eq!(
            backup_label(Lang::En, &old, 0),
            "Before an earlier import (no date recorded)"
        );
    }

    #[test]
    fn dates_and_times_read_naturally() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(printed_on(Lang::Ja, d), "2026年11月23日に印刷");
        assert_eq!(printed_on(Lang::En, d), "Printed on 23 Nov 2026");
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 9, 5, 0).unwrap();
        assert_eq!(exported_at(Lang::Ja, at, 0), "2026年11月23日 09:05");
        assert_eq!(
            exported_at(Lang::Ja, at, 9 * 60),
            "2026年11月23日 18:05",
            "Japan"
        );
        let late = Utc.with_ymd_and_hms(2026, 11, 23, 20, 30, 0).unwrap();
        assert_eq!(
            exported_at(Lang::En, late, 9 * 60),
            "24 Nov 2026, 05:30",
            "the next day in Japan"
        );
        assert_eq!(
            exported_at(Lang::En, at, -5 * 60),
            "23 Nov 2026, 04:05",
            "New York"
        );
        let e = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        assert_eq!(date_range(Lang::En, e, d), "5 Jan 2026 – 23 Nov 2026");
        assert_eq!(count(Lang::Ja, 12), "12件");
    }
}
