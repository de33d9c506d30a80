//! Test helpers that keep each enum's `ALL` list honest. An enum's list of
//! variants lives next to it (`Channel::ALL`, …); these checks make a
//! variant added without being listed fail the build or the tests.

use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::Serialize;

/// Checks that `all` holds every variant once, each at the position that
/// `position` gives it. Callers write `position` as an exhaustive `match`
/// with no `_` arm, so a new variant does not compile until it is given a
/// place, and the place is checked against `all` here.
pub fn check_all<T: Copy + PartialEq + Debug>(all: &[T], position: fn(T) -> usize) {
    for (i, &v) in all.iter().enumerate() {
        assert_eq!(position(v), i, "{v:?} is listed at {i}");
    }
}

/// The variant names serde knows for `T`, read from the "unknown variant"
/// error its derived `Deserialize` gives: the full list, written by the
/// derive, so nothing here can forget a variant.
pub fn serde_names<T: DeserializeOwned + Debug>() -> Vec<String> {
    let err = serde_json::from_str::<T>("\"\\u0000not a variant\"")
        .expect_err("no variant has this name")
        .to_string();
    let expected = err.split("expected").nth(1).unwrap_or_default();
    expected
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

/// The name serde writes for `v`.
pub fn serde_name<T: Serialize>(v: T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|j| j.as_str().map(str::to_string))
        .expect("a unit variant serializes as a string")
}

/// Checks that `all` lists every variant serde knows, once.
pub fn check_serde<T: Copy + Serialize + DeserializeOwned + Debug>(all: &[T]) {
    let mut names = serde_names::<T>();
    let mut listed: Vec<String> = all.iter().map(|&v| serde_name(v)).collect();
    names.sort();
    listed.sort();
    assert_eq!(listed, names, "ALL must list every variant once");
}

/// Checks that `key` gives each variant of `all` its serde name (so form
/// values, files and storage use one spelling) and `from_key` reads it back.
pub fn check_keys<T: Copy + PartialEq + Serialize + Debug>(
    all: &[T],
    key: fn(T) -> &'static str,
    from_key: fn(&str) -> Option<T>,
) {
    for &v in all {
        assert_eq!(
            key(v),
            serde_name(v),
            "{v:?}: key differs from the stored name"
        );
        assert_eq!(from_key(key(v)), Some(v), "{v:?}: key does not read back");
    }
    assert_eq!(from_key("not a key"), None);
}
