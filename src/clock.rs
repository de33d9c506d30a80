//! The clock door: the only place that reads the current time, and the
//! source of fresh random ids. Everything else receives them as values.

use chrono::{DateTime, NaiveDate, Utc};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// The user's local calendar date.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// Minutes east of UTC in the browser's time zone at `at` (daylight saving
/// included), for showing a stored UTC time as local time.
pub fn utc_offset_minutes(at: DateTime<Utc>) -> i32 {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    -(d.get_timezone_offset() as i32)
}

/// A random 64-bit id. Collisions across a person's devices are what matter
/// for merging, and 64 random bits make them vanishingly unlikely.
pub fn new_id() -> u64 {
    let hi = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let lo = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    (hi << 32) | lo
}

/// Calls `f` once, `millis` from now (not cancelled: callers that may
/// change their mind check a flag when it fires).
pub fn after(millis: i32, f: impl FnOnce() + 'static) {
    gloo_timers::callback::Timeout::new(millis.max(0).unsigned_abs(), f).forget();
}

/// Calls `f` once, after the browser has painted what the page holds now
/// (the next animation frame, then a task of its own). A screen holds back
/// what a first look does not need until then, so a tap's answer is painted
/// sooner. A hidden page paints no frames: there `f` runs in the next task.
pub fn after_paint(f: impl FnOnce() + 'static) {
    let Some(w) = web_sys::window() else { return };
    if w.document().is_none_or(|d| d.hidden()) {
        after(0, f);
        return;
    }
    let frame = Closure::once_into_js(move || after(0, f));
    let _ = w.request_animation_frame(frame.unchecked_ref());
}

/// Runs `f` and records its duration as the User Timing measure `name`
/// (only the latest one is kept), which the benchmark reads. Costs two
/// `performance.mark` calls.
pub fn measure<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        return f();
    };
    let (start, end) = (format!("{name}:start"), format!("{name}:end"));
    let _ = perf.mark(&start);
    let out = f();
    let _ = perf.mark(&end);
    perf.clear_measures_with_measure_name(name);
    let _ = perf.measure_with_start_mark_and_end_mark(name, &start, &end);
    perf.clear_marks_with_mark_name(&start);
    perf.clear_marks_with_mark_name(&end);
    out
}
