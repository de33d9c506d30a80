//! Facts about the browser that change how data must be protected, decided
//! from plain values the browser door reads (user agent, platform, touch
//! points, display mode), so they are tested natively.
//!
//! Safari on iPhone and iPad deletes everything a site stored once the site
//! has not been used for seven days of browser use, unless the site was
//! added to the Home Screen (it then runs standalone, with its own storage
//! that this rule does not touch). For a weekly-review app that is a real
//! risk: those users are told how to add it, and reminded to back up more
//! often while it is not added.

/// What the browser door reads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Platform {
    /// `navigator.userAgent`.
    pub user_agent: String,
    /// `navigator.platform` ("iPhone", "MacIntel", …).
    pub platform: String,
    /// `navigator.maxTouchPoints`: iPadOS presents itself as a Mac with touch.
    pub max_touch_points: u32,
    /// `(display-mode: standalone)` matches, or `navigator.standalone`:
    /// started from the Home Screen.
    pub standalone: bool,
}

/// Whether this is iOS or iPadOS (any browser there is WebKit).
pub fn is_ios(p: &Platform) -> bool {
    let ua = &p.user_agent;
    ua.contains("iPhone")
        || ua.contains("iPad")
        || ua.contains("iPod")
        || (p.platform == "MacIntel" && p.max_touch_points > 1)
}

/// Whether this is Safari itself on iOS/iPadOS (not Chrome, Firefox, Edge…
/// built on it, which keep their own rules and menus).
pub fn is_ios_safari(p: &Platform) -> bool {
    const OTHERS: [&str; 6] = ["CriOS", "FxiOS", "EdgiOS", "OPiOS", "GSA/", "YaBrowser"];
    is_ios(p) && p.user_agent.contains("Safari") && !OTHERS.iter().any(|o| p.user_agent.contains(o))
}

/// Whether to explain adding the app to the Home Screen: Safari on
/// iPhone/iPad, not already started from the Home Screen.
pub fn suggest_home_screen(p: &Platform) -> bool {
    is_ios_safari(p) && !p.standalone
}

/// Days between backup reminders: 7 where the browser may delete the data
/// after a week without use (Safari outside the Home Screen, storage not
/// granted as persistent), else 30.
pub fn reminder_days(p: &Platform, persisted: Option<bool>) -> u64 {
    if suggest_home_screen(p) && persisted != Some(true) {
        7
    } else {
        30
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";
    const IPAD_AS_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15";
    const CHROME_IOS: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/122.0.6261.89 Mobile/15E148 Safari/604.1";
    const ANDROID: &str = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Mobile Safari/537.36";

    fn p(ua: &str, platform: &str, touch: u32, standalone: bool) -> Platform {
        Platform {
            user_agent: ua.into(),
            platform: platform.into(),
            max_touch_points: touch,
            standalone,
        }
    }

    #[test]
    fn safari_on_iphone_and_ipad_outside_the_home_screen_is_told() {
        assert!(suggest_home_screen(&p(IPHONE, "iPhone", 5, false)));
        assert!(
            suggest_home_screen(&p(IPAD_AS_MAC, "MacIntel", 5, false)),
            "iPadOS looks like a Mac with touch"
        );
        assert!(
            !suggest_home_screen(&p(IPHONE, "iPhone", 5, true)),
            "already on the Home Screen"
        );
        assert!(
            !suggest_home_screen(&p(IPAD_AS_MAC, "MacIntel", 0, false)),
            "a real Mac"
        );
        assert!(
            !suggest_home_screen(&p(CHROME_IOS, "iPhone", 5, false)),
            "Chrome on iOS"
        );
        assert!(!suggest_home_screen(&p(ANDROID, "Linux armv8l", 5, false)));
        assert!(is_ios(&p(CHROME_IOS, "iPhone", 5, false)));
    }

    #[test]
    fn the_reminder_comes_weekly_only_where_data_may_be_deleted() {
        let safari = p(IPHONE, "iPhone", 5, false);
        assert_eq!(reminder_days(&safari, None), 7);
        assert_eq!(reminder_days(&safari, Some(false)), 7);
        assert_eq!(reminder_days(&safari, Some(true)), 30);
        assert_eq!(reminder_days(&p(IPHONE, "iPhone", 5, true), None), 30);
        assert_eq!(
            reminder_days(&p(ANDROID, "Linux", 5, false), Some(false)),
            30
        );
    }
}
