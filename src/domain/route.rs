//! The app's screens as URL hashes (`#/results`), so back/forward, reload
//! and bookmarks work from any static host. Parsing never fails: anything
//! unknown is the home screen.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Assessment,
    Results,
    Settings,
}

impl Route {
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or("");
        match path.trim_end_matches('/') {
            "assessment" => Route::Assessment,
            "results" => Route::Results,
            "settings" => Route::Settings,
            _ => Route::Home,
        }
    }

    pub fn hash(self) -> &'static str {
        match self {
            Route::Home => "#/",
            Route::Assessment => "#/assessment",
            Route::Results => "#/results",
            Route::Settings => "#/settings",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_unknowns() {
        for r in [
            Route::Home,
            Route::Assessment,
            Route::Results,
            Route::Settings,
        ] {
            assert_eq!(Route::parse(r.hash()), r);
        }
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#/results/"), Route::Results);
        assert_eq!(Route::parse("#/<script>alert(1)</script>"), Route::Home);
        assert_eq!(Route::parse("#/results?x=1"), Route::Results);
    }
}
