//! Strings of the settings and data screen, the storage notices, the backup
//! reminder and the panic screen.

crate::string_table! {
    /// Words of the settings and data screen (see the module doc).
    pub enum SettingsText {
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
        SyncReplaceNotApplied => "別のタブでほぼ同時にデータが保存されたため、このタブでの置き換え（控えから戻す・ファイルで置き換える）は行いませんでした。別のタブでの変更はそのまま残っています。必要でしたら、もう一度選んでください。", "Your data was saved in another tab at almost the same moment, so the replacement made in this tab (restoring a backup or replacing from a file) was not applied. The changes from the other tab are kept. If you still want it, please choose it again.";
        NewerTitle => "新しい版のつながりが使われています", "A newer version of Tsunagari is in use";
        NewerBody => "別のタブで新しい版のつながりがデータを保存しました。このタブは古い版のため、データを守るために保存を止めています。ページを再読み込みすると、新しい版で続けられます。", "Another tab saved your data with a newer version of Tsunagari. This tab runs an older version, so it has stopped saving to keep your data safe. Reload the page to continue with the newer version.";
        NewerReload => "再読み込みする", "Reload";
        OtherHomeTitle => "ここではデータを保存しません", "Your data is not saved here";
        OtherHomeBody => "このサイトでは、別の場所に置かれたつながりがすでにデータを保存しています。データが混ざらないよう、こちらでは保存しません。いつもの場所でつながりを開いてください。", "On this site, a copy of Tsunagari at another address already keeps your data. So that nothing gets mixed up, this copy does not save. Please open Tsunagari at its usual address.";
        OtherHomeOpen => "いつもの場所で開く", "Open it at its usual address";
        HomeScreenTitle => "ホーム画面に追加すると、データが消えにくくなります", "Add Tsunagari to your Home Screen to keep your data";
        HomeScreenWhy => "iPhoneやiPadのSafariは、しばらく（7日ほど）開かなかったサイトの保存データを消すことがあります。ホーム画面に追加したつながりは、この対象になりません。", "Safari on iPhone and iPad may delete what a site has saved when the site has not been opened for a while (about seven days). Tsunagari added to your Home Screen is not affected.";
        HomeScreenSteps => "追加のしかた：画面の共有ボタン（四角から上向きの矢印が出ているマーク）をタップし、「ホーム画面に追加」を選びます。次からは、ホーム画面のアイコンから開いてください。", "How to add it: tap the Share button (a square with an arrow pointing up) and choose “Add to Home Screen”. From then on, open Tsunagari from its Home Screen icon.";
        HomeScreenCarry => "ホーム画面から開いたつながりは、Safariとは別の場所に保存します。今のデータは、先に「データを書き出す」で控えを取り、ホーム画面から開いたあとで「ファイル」から読み込んでください。", "Opened from the Home Screen, Tsunagari keeps its data apart from Safari. To take your current data along, first save a backup with “Export my data”, then open Tsunagari from the Home Screen and import it on the Files screen.";
        ReminderBodyWeekly => "このブラウザでは、しばらく開かないと保存データが消えることがあります。1週間以上書き出していないので、ファイルに控えを取っておくと安心です。", "In this browser, saved data may be deleted when the app is not opened for a while, and it has been over a week since the last export. A backup file gives peace of mind.";
        ReminderLaterWeekly => "1週間後にまた知らせる", "Remind me in a week";
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
        crate::i18n::check_table::<super::SettingsText>(&[]);
    }
}
