//! The file door: saving text to a download. (Reading files in comes with
//! plan import.)

use wasm_bindgen::JsCast;

/// Offers `content` as a download named `filename`. Returns false when the
/// browser refused (the caller tells the user).
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    try_download(filename, mime, content).is_some()
}

fn try_download(filename: &str, mime: &str, content: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(filename);
    a.style().set_property("display", "none").ok()?;
    document.body()?.append_child(&a).ok()?;
    a.click();
    a.remove();
    // The click has started the download synchronously; the URL is no longer needed.
    web_sys::Url::revoke_object_url(&url).ok()?;
    Some(())
}
