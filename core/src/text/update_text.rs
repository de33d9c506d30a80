//! Strings of the "new version ready" banner.

crate::string_table! {
    /// Strings of the update banner.
    pub enum UpdateText {
        UpdateReady => "新しいバージョンの準備ができました。", "A new version is ready.";
        UpdateBody => "再読み込みすると新しいバージョンに切り替わります。入力した内容は保存されているので、そのまま続きから使えます。", "Reload to update. Everything you have entered is saved, so you can carry on right where you left off.";
        ReloadToUpdate => "再読み込みして更新", "Reload to update";
        Later => "あとで", "Later";
        Updating => "更新しています…", "Updating…";
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_key_has_both_languages() {
        crate::i18n::check_table::<super::UpdateText>(&[]);
    }
}
