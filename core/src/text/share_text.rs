//! Words of sharing through the system: the share sheet on the files
//! screen, plan files opened with the app or shared to it, in Japanese and
//! English.

crate::string_table! {
    /// Strings of the share sheet and of files handed to the app.
    pub enum ShareText {
        Share => "共有…", "Share…";
        ShareFull => "共有…（すべてのデータ）", "Share… (all my data)";
        ShareShared => "共有…（人に見せるファイル）", "Share… (the file to share)";
        ShareMarkdown => "共有…（文章）", "Share… (text)";
        ShareIcs => "共有…（カレンダー）", "Share… (calendar)";
        ShareHint => "「共有…」を押すと、LINEやメール、AirDropで送ったり、「ファイル」アプリやiCloud Driveに保存したりできます。", "\"Share…\" lets you send the file with LINE, Mail or AirDrop, or save it to Files or iCloud Drive.";
        Shared => "共有しました。", "Shared.";
        ShareFailed => "共有できませんでした。代わりに書き出し（ダウンロード）をお使いください。", "Sharing did not work. Please use the export (download) instead.";
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check_table;

    #[test]
    fn every_string_in_both_languages() {
        check_table::<ShareText>(&[]);
    }
}
