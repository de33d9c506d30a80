//! The clock door: the only place that reads the current time, and the
//! source of fresh random ids. Everything else receives them as values.

use chrono::{DateTime, NaiveDate, Utc};

/// The user's local calendar date.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// A random 64-bit id. Collisions across a person's devices are what matter
/// for merging, and 64 random bits make them vanishingly unlikely.
pub fn new_id() -> u64 {
    let hi = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let lo = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (hi << 32) | lo
}
