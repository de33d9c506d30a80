//! Words of the contacts (vCard) section of the files screen and of a
//! person's vCard, in Japanese and English.

use crate::i18n::Lang;

crate::string_table! {
    /// Strings of contacts in and out.
    pub enum ContactsText {
        Heading => "連絡先（vCard）", "Contacts (vCard)";
        ImportHelp => "スマートフォンの連絡先アプリやGoogleコンタクトから書き出した .vcf ファイルから、人をまとめて追加できます。取り込むのは名前・よみ・勤務先・役職・メモだけで、電話番号やメールアドレスは取り込みません。", "Add people from a .vcf file exported from your phone's contacts or Google Contacts. Only names, readings, organisation, title and notes are taken; phone numbers and e-mail addresses are not.";
        ImportLabel => "連絡先ファイル（.vcf）を選ぶ", "Choose a contacts file (.vcf)";
        PreviewHeading => "追加する人を選んでください", "Choose who to add";
        Found => "連絡先が{n}件あります。", "Contacts in the file: {n}.";
        Nameless => "名前のない連絡先{n}件は読み込みません。", "Contacts without a name are left out ({n}).";
        AlreadyHere => "同じ名前の人がすでにいます", "Someone with this name is already in your list";
        TwiceInFile => "このファイルの中で重なっています", "Listed twice in this file";
        AddChosen => "選んだ{n}人を追加する", "Add the chosen people ({n})";
        NoneChosen => "追加する人を選んでください。", "Please choose at least one person.";
        Cancel => "やめる", "Cancel";
        Added => "{n}人を追加しました。「人脈」の画面で確かめられます。", "People added: {n}. You can see them on the People screen.";
        ExportHelp => "人の一覧を、スマートフォンの連絡先アプリに読み込める vCard ファイルにします。名前とメモ、タグが入ります。", "Your people as a vCard file your phone's contacts app can import: names, notes and tags.";
        ExportButton => "人の一覧を書き出す（.vcf）", "Export my people (.vcf)";
        ShareAll => "共有…（人の一覧）", "Share… (my people)";
        PersonButton => "この人をvCardで書き出す", "Export as vCard";
        SharePerson => "共有…（この人のvCard）", "Share… (this person's vCard)";
        Error => "この連絡先ファイルは読み込めません。", "This contacts file cannot be read.";
    }
}

/// A table string with `{n}` filled in.
pub fn with_n(lang: Lang, key: ContactsText, n: usize) -> String {
    lang.t(key).replace("{n}", &n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::check_table;
    use crate::vcard::{V, VL};

    #[test]
    fn every_string_in_both_languages() {
        check_table::<ContactsText>(&[]);
        check_table::<V>(&[]);
        check_table::<VL>(&[]);
    }

    #[test]
    fn counts_are_filled_in() {
        assert_eq!(
            with_n(Lang::Ja, ContactsText::AddChosen, 3),
            "選んだ3人を追加する"
        );
        assert_eq!(
            with_n(Lang::En, ContactsText::Found, 12),
            "Contacts in the file: 12."
        );
    }
}
