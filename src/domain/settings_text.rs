//! Strings of the settings and data screen, the storage notices, the backup
//! reminder and the panic screen.

crate::string_table! {
    pub enum S {
        Title => "設定とデータ", "Settings and data";
        LanguageHeading => "表示言語", "Language";
        LanguageHelp => "画面の言語を選べます。選んだ言語はこのブラウザに記憶されます。", "Choose the language of the screens. Your choice is remembered in this browser.";
        Japanese => "日本語", "日本語 (Japanese)";
        English => "English（英語）", "English";
        StorageHeading => "保存の状態", "Storage";
        StorageUsed => "このアプリが使っている容量", "Space used by this app";
        StorageQuotaNote => "ブラウザの保存領域（おおよそ5MB）に保存しています。", "Saved in the browser's storage (about 5 MB).";
        PersistHeading => "消えにくくする", "Keep data from being cleared";
        PersistHelp => "ブラウザは空き容量が少ないと、保存したデータを消すことがあります。消さずに残すようブラウザに頼んでおくと、その心配が小さくなります。", "Browsers may clear saved data when space runs low. Asking the browser to keep it makes that much less likely.";
        PersistAsk => "データを消さないようブラウザに頼む", "Ask the browser to keep my data";
        PersistGranted => "ブラウザは、このデータを消さずに残します。", "The browser will keep this data.";
        PersistDenied => "ブラウザは、消さずに残すことを約束しませんでした。ときどき書き出しで控えを取ってください。", "The browser did not promise to keep the data. Please export a backup from time to time.";
        PersistUnknown => "このブラウザでは、データを消さずに残すかどうかを確認できません。", "This browser cannot say whether it will keep the data.";
        PersistChecking => "確認しています…", "Checking…";
        BackupHeading => "控え（バックアップ）", "Backups";
        ExportNow => "データをファイルに書き出す", "Export my data to a file";
        ExportHelp => "書き出したファイルは、別のブラウザでの読み込みや控えとして使えます。", "The exported file can be imported in another browser or kept as a backup.";
        LastExport => "最後に書き出した日", "Last export";
        NeverExported => "まだ書き出していません", "Not exported yet";
        UnreadableBackups => "読み込めなかったデータの控え", "Kept copies of unreadable data";
        DownloadCopy => "ダウンロード", "Download";
        DeleteHeading => "すべてのデータを削除", "Delete all my data";
        DeleteHelp => "このブラウザに保存された診断結果、プラン、人脈、控えをすべて消します。元に戻せません。必要なら先に書き出してください。", "Removes every assessment, plan, person and kept copy stored in this browser. This cannot be undone; export first if you may need them.";
        DeleteStart => "すべてのデータを削除する…", "Delete all my data…";
        DeleteConfirmQuestion => "本当にすべて削除しますか？", "Really delete everything?";
        DeleteConfirm => "削除する", "Delete";
        DeleteCancel => "やめる", "Cancel";
        Deleted => "すべてのデータを削除しました。", "All data has been deleted.";
        DeleteFailed => "削除できませんでした。もう一度お試しください。", "Could not delete. Please try again.";
        SyncReapplied => "別のタブで保存された新しい内容を読み込み、このタブでの変更をその上に反映しました。", "Newer changes saved in another tab were loaded, and your changes in this tab were applied on top.";
        SyncCleared => "別のタブですべてのデータが削除されました。", "All data was deleted in another tab.";
        ReminderTitle => "控えを取っておきませんか", "How about saving a backup?";
        ReminderBody => "データはこのブラウザの中だけにあります。30日以上書き出していないので、ファイルに控えを取っておくと安心です。", "Your data lives only in this browser, and it has been over 30 days since the last export. A backup file gives peace of mind.";
        ReminderLater => "30日後にまた知らせる", "Remind me in 30 days";
        PanicTitle => "申し訳ありません。問題が起きました", "Sorry, something went wrong";
        PanicBody => "アプリで予期しない問題が起きました。保存済みのデータはそのまま残っています。念のためダウンロードしてから、ページを再読み込みしてください。", "The app ran into an unexpected problem. Your saved data is untouched. To be safe, download it, then reload the page.";
        PanicDownload => "保存データをダウンロード", "Download my data";
        PanicReload => "再読み込み", "Reload";
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_key_has_both_languages() {
        crate::domain::i18n::check_table::<super::S>(&[]);
    }
}
