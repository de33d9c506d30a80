//! The app's screens as URL hashes (`#/results`, `#/people/<id>`), so
//! back/forward, reload and bookmarks work from any static host. Parsing
//! never fails: anything unknown is the home screen.

use crate::document::{ActionId, PersonId};

/// A screen of the app, as its URL hash names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// The home screen (`#/`), and anything unknown.
    Home,
    /// The self-check in progress (`#/assessment`).
    Assessment,
    /// The latest results (`#/results`).
    Results,
    /// Settings and data (`#/settings`).
    Settings,
    /// The plan's action list (`#/plan`).
    Plan,
    /// The new-action form, optionally linked to someone (`?person=<id>`).
    ActionNew {
        /// The person the new action is for, if any.
        person: Option<PersonId>,
    },
    /// The form editing an action (`#/plan/<id>`).
    ActionEdit(ActionId),
    /// The people list (`#/people`).
    People,
    /// The form adding a person (`#/people/new`).
    PersonNew,
    /// One person's page (`#/people/<id>`).
    Person(PersonId),
    /// The form editing a person (`#/people/<id>/edit`).
    PersonEdit(PersonId),
    /// The weekly review (`#/review`).
    Review,
    /// Past self-checks and the change over time (`#/history`).
    History,
    /// Plan files: export, import, restore.
    Files,
    /// Results and plan laid out for printing.
    Print,
    /// The self-introduction builder (キャリアの棚卸し).
    Intro,
    /// The second level of the menu: weekly review, history, files,
    /// settings and the language.
    More,
}

/// The primary destinations of the main menu (bottom bar on a phone, top
/// bar on a wide screen). Every screen belongs to one of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// The home screen.
    Home,
    /// The self-check and its results: one destination.
    Check,
    /// The plan and its forms.
    Plan,
    /// The people list and pages.
    People,
    /// The "More" screen and what it leads to.
    More,
}

impl Route {
    /// The route a URL hash names; anything unknown is `Route::Home`.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, query) = match path.split_once('?') {
            Some((p, q)) => (p, q.split('#').next().unwrap_or("")),
            None => (path.split('#').next().unwrap_or(""), ""),
        };
        let parts: Vec<&str> = path.trim_end_matches('/').split('/').collect();
        match parts.as_slice() {
            ["assessment"] => Route::Assessment,
            ["results"] => Route::Results,
            ["settings"] => Route::Settings,
            ["plan"] => Route::Plan,
            ["plan", "new"] => Route::ActionNew {
                person: query_value(query, "person").and_then(|v| v.parse().ok()),
            },
            ["plan", id] => id.parse().map_or(Route::Plan, Route::ActionEdit),
            ["people"] => Route::People,
            ["people", "new"] => Route::PersonNew,
            ["people", id] => id.parse().map_or(Route::People, Route::Person),
            ["people", id, "edit"] => id.parse().map_or(Route::People, Route::PersonEdit),
            ["review"] => Route::Review,
            ["history"] => Route::History,
            ["files"] => Route::Files,
            ["print"] => Route::Print,
            ["intro"] => Route::Intro,
            ["more"] => Route::More,
            _ => Route::Home,
        }
    }

    /// The URL hash of the route; `Route::parse` reads it back.
    pub fn hash(self) -> String {
        match self {
            Route::Home => "#/".into(),
            Route::Assessment => "#/assessment".into(),
            Route::Results => "#/results".into(),
            Route::Settings => "#/settings".into(),
            Route::Plan => "#/plan".into(),
            Route::ActionNew { person: None } => "#/plan/new".into(),
            Route::ActionNew { person: Some(p) } => format!("#/plan/new?person={p}"),
            Route::ActionEdit(id) => format!("#/plan/{id}"),
            Route::People => "#/people".into(),
            Route::PersonNew => "#/people/new".into(),
            Route::Person(id) => format!("#/people/{id}"),
            Route::PersonEdit(id) => format!("#/people/{id}/edit"),
            Route::Review => "#/review".into(),
            Route::History => "#/history".into(),
            Route::Files => "#/files".into(),
            Route::Print => "#/print".into(),
            Route::Intro => "#/intro".into(),
            Route::More => "#/more".into(),
        }
    }

    /// Whether the screen can show a plan opened read-only. The others edit
    /// the user's own data (or are about it) and say so instead.
    pub fn viewable_read_only(self) -> bool {
        matches!(
            self,
            Route::Home
                | Route::Results
                | Route::Plan
                | Route::People
                | Route::Person(_)
                | Route::History
                | Route::Print
                | Route::More
        )
    }

    /// The main-menu entry this screen belongs to.
    pub fn section(self) -> Route {
        match self {
            Route::ActionNew { .. } | Route::ActionEdit(_) => Route::Plan,
            Route::PersonNew | Route::Person(_) | Route::PersonEdit(_) => Route::People,
            Route::Print => Route::Files,
            // Reached from the results' tips about self-introductions.
            Route::Intro => Route::Results,
            other => other,
        }
    }
}

impl Route {
    /// The main-menu destination this screen belongs to (the one marked
    /// current): everything that is not a primary destination sits under "More".
    pub fn tab(self) -> Tab {
        match self {
            Route::Home => Tab::Home,
            Route::Assessment | Route::Results | Route::Intro => Tab::Check,
            Route::Plan | Route::ActionNew { .. } | Route::ActionEdit(_) => Tab::Plan,
            Route::People | Route::PersonNew | Route::Person(_) | Route::PersonEdit(_) => {
                Tab::People
            }
            Route::Review | Route::History | Route::Files | Route::Print | Route::Settings => {
                Tab::More
            }
            Route::More => Tab::More,
        }
    }
}

fn query_value<'a>(query: &'a str, key: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|kv| kv.split_once('='))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_unknowns() {
        let all = [
            Route::Home,
            Route::Assessment,
            Route::Results,
            Route::Plan,
            Route::ActionNew { person: None },
            Route::ActionNew {
                person: Some(PersonId(0xabc)),
            },
            Route::ActionEdit(ActionId(u64::MAX)),
            Route::People,
            Route::PersonNew,
            Route::Person(PersonId(1)),
            Route::PersonEdit(PersonId(2)),
            Route::Review,
            Route::History,
            Route::Files,
            Route::Print,
            Route::Intro,
            Route::More,
        ];
        for r in all {
            assert_eq!(Route::parse(&r.hash()), r, "{}", r.hash());
        }
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#/results/"), Route::Results);
        assert_eq!(Route::parse("#/<script>alert(1)</script>"), Route::Home);
        assert_eq!(Route::parse("#/results?x=1"), Route::Results);
        assert_eq!(
            Route::parse("#/people/0000000000000001/"),
            Route::Person(PersonId(1))
        );
    }

    #[test]
    fn bad_ids_fall_back_to_the_list() {
        assert_eq!(Route::parse("#/people/xyz"), Route::People);
        assert_eq!(Route::parse("#/people/12"), Route::People);
        assert_eq!(Route::parse("#/people/xyz/edit"), Route::People);
        assert_eq!(Route::parse("#/plan/ghijklmnopqrstuv"), Route::Plan);
        assert_eq!(Route::parse("#/people/1/2/3/4"), Route::Home);
        assert_eq!(
            Route::parse("#/plan/new?person=nope"),
            Route::ActionNew { person: None }
        );
        assert_eq!(
            Route::parse("#/plan/new?a=b&person=00000000000000ff"),
            Route::ActionNew {
                person: Some(PersonId(255))
            }
        );
        let long = format!("#/{}", "a/".repeat(10_000));
        assert_eq!(Route::parse(&long), Route::Home);
    }

    #[test]
    fn sub_screens_belong_to_their_menu_entry() {
        assert_eq!(Route::PersonEdit(PersonId(1)).section(), Route::People);
        assert_eq!(Route::ActionNew { person: None }.section(), Route::Plan);
        assert_eq!(Route::History.section(), Route::History);
        assert_eq!(Route::Print.section(), Route::Files);
    }

    #[test]
    fn every_screen_has_a_main_menu_destination() {
        assert_eq!(Route::Results.tab(), Tab::Check);
        assert_eq!(Route::Assessment.tab(), Tab::Check);
        assert_eq!(Route::PersonEdit(PersonId(1)).tab(), Tab::People);
        assert_eq!(Route::ActionEdit(ActionId(1)).tab(), Tab::Plan);
        for r in [
            Route::Review,
            Route::History,
            Route::Files,
            Route::Settings,
            Route::Print,
        ] {
            assert_eq!(r.tab(), Tab::More, "{r:?}");
        }
        assert_eq!(Route::parse("#/more"), Route::More);
    }

    #[test]
    fn editing_screens_are_closed_while_viewing_read_only() {
        assert!(Route::Results.viewable_read_only());
        assert!(Route::Person(PersonId(1)).viewable_read_only());
        assert!(!Route::PersonEdit(PersonId(1)).viewable_read_only());
        assert!(!Route::ActionNew { person: None }.viewable_read_only());
        assert!(!Route::Assessment.viewable_read_only());
        assert!(!Route::Files.viewable_read_only());
    }
}
