//! The system share-sheet door: `navigator.canShare({ files })` and
//! `navigator.share({ files })` with a file made on this device. Reached
//! through `js_sys::Reflect`, as these are missing from older browsers and
//! from web-sys's stable API.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

/// How a share ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shared {
    /// The person picked an app or place and the file went there.
    Done,
    /// The person closed the sheet (`AbortError`): not an error.
    Cancelled,
    /// The browser refused (no permission, a type it will not share).
    Failed,
}

fn navigator() -> Option<JsValue> {
    Some(web_sys::window()?.navigator().into())
}

fn method(target: &JsValue, name: &str) -> Option<Function> {
    Reflect::get(target, &JsValue::from_str(name))
        .ok()?
        .dyn_into::<Function>()
        .ok()
}

fn file(name: &str, mime: &str, content: &[u8]) -> Option<web_sys::File> {
    let parts = Array::of1(&Uint8Array::from(content));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    web_sys::File::new_with_u8_array_sequence_and_options(&parts, name, &options).ok()
}

fn share_data(file: &web_sys::File) -> Object {
    let data = Object::new();
    let _ = Reflect::set(&data, &"files".into(), &Array::of1(file));
    data
}

/// Whether the system share sheet takes a file of this name and type here
/// (iPhone, iPad, Android, Windows, macOS, ChromeOS say yes for the types
/// they allow; desktop Linux and Firefox on the desktop have no sheet).
pub fn can_share_file(name: &str, mime: &str) -> bool {
    let Some(nav) = navigator() else { return false };
    let (Some(can), Some(_)) = (method(&nav, "canShare"), method(&nav, "share")) else {
        return false;
    };
    let Some(probe) = file(name, mime, b"") else {
        return false;
    };
    can.call1(&nav, &share_data(&probe))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

/// Opens the share sheet with `content` as a file. Must be called straight
/// from a click (browsers allow the sheet only with a user gesture), so the
/// file is made and `share` called before anything is awaited.
pub fn share_file(name: &str, mime: &str, content: &str) -> Option<Promise> {
    let nav = navigator()?;
    let share = method(&nav, "share")?;
    let file = file(name, mime, content.as_bytes())?;
    share
        .call1(&nav, &share_data(&file))
        .ok()?
        .dyn_into::<Promise>()
        .ok()
}

/// Waits for the sheet started by `share_file` to close.
pub async fn outcome(started: Option<Promise>) -> Shared {
    let Some(promise) = started else {
        return Shared::Failed;
    };
    match wasm_bindgen_futures::JsFuture::from(promise).await {
        Ok(_) => Shared::Done,
        Err(e) => {
            let name = Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string());
            if name.as_deref() == Some("AbortError") {
                Shared::Cancelled
            } else {
                Shared::Failed
            }
        }
    }
}
