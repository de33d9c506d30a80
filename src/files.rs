//! The file door: saving text to a download, and reading a file the user
//! picked or dropped (its bytes, refused before reading when too large),
//! and catching files dropped where no screen takes them.

use std::cell::RefCell;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How long a download's blob URL stays valid after the click.
const REVOKE_AFTER_MS: i32 = 60_000;

/// Offers `content` as a download named `filename`. Returns false when the
/// browser refused (the caller tells the user).
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    try_download(filename, mime, content).is_some()
}

fn try_download(filename: &str, mime: &str, content: &str) -> Option<()> {
    // The UTF-8 bytes as they are: a JS string would be decoded from UTF-8
    // only for the Blob to encode it back (megabytes for a large plan).
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(content.as_bytes()));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(filename);
    a.style().set_property("display", "none").ok()?;
    document.body()?.append_child(&a).ok()?;
    a.click();
    a.remove();
    // Revoked a minute later, not at once: some browsers (Safari, older
    // Firefox) fetch the blob after `click()` returns, and a URL revoked
    // right away cancels the download while the app records it as done.
    crate::clock::after(REVOKE_AFTER_MS, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    Some(())
}

/// Why a picked file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than the limit; not read at all.
    TooLarge { size: usize },
    /// The browser could not read it (moved, deleted, no permission).
    Failed,
}

/// The first file of an `<input type=file>` change event.
pub fn picked_file(e: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = e.target()?.dyn_into().ok()?;
    input.files()?.get(0)
}

/// Empties a file input so picking the same file again fires `change`.
pub fn reset_picker(e: &web_sys::Event) {
    if let Some(input) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_value("");
    }
}

thread_local! {
    /// A file dropped outside the files screen, waiting for that screen.
    static HANDED_OVER: RefCell<Option<web_sys::File>> = const { RefCell::new(None) };
}

/// Keeps a file dropped elsewhere for the files screen to read on mount.
pub fn hand_over(file: web_sys::File) {
    HANDED_OVER.set(Some(file));
}

/// The file dropped elsewhere, once.
pub fn take_handed_over() -> Option<web_sys::File> {
    HANDED_OVER.take()
}

/// Catches files dragged and dropped anywhere no screen handles them
/// (handlers that do call `preventDefault` first): the browser would
/// otherwise open the file in place of the app. Calls `f` with the file,
/// until dropped.
pub struct StrayDrops {
    over: Closure<dyn FnMut(web_sys::DragEvent)>,
    dropped: Closure<dyn FnMut(web_sys::DragEvent)>,
}

impl StrayDrops {
    pub fn listen(mut f: impl FnMut(web_sys::File) + 'static) -> StrayDrops {
        let over = Closure::<dyn FnMut(web_sys::DragEvent)>::new(|e: web_sys::DragEvent| {
            if drags_files(&e) && !e.default_prevented() {
                e.prevent_default();
            }
        });
        let dropped =
            Closure::<dyn FnMut(web_sys::DragEvent)>::new(move |e: web_sys::DragEvent| {
                if e.default_prevented() || !drags_files(&e) {
                    return;
                }
                e.prevent_default();
                if let Some(file) = dropped_file(&e) {
                    f(file);
                }
            });
        if let Some(w) = web_sys::window() {
            let _ = w.add_event_listener_with_callback("dragover", over.as_ref().unchecked_ref());
            let _ = w.add_event_listener_with_callback("drop", dropped.as_ref().unchecked_ref());
        }
        StrayDrops { over, dropped }
    }
}

impl Drop for StrayDrops {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback(
                "dragover",
                self.over.as_ref().unchecked_ref(),
            );
            let _ = w
                .remove_event_listener_with_callback("drop", self.dropped.as_ref().unchecked_ref());
        }
    }
}

/// The first file dropped in a drag-and-drop.
pub fn dropped_file(e: &web_sys::DragEvent) -> Option<web_sys::File> {
    e.data_transfer()?.files()?.get(0)
}

/// Whether a drag carries files (not text or a link being dragged around).
pub fn drags_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer().is_some_and(|dt| {
        dt.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}

/// Reads all of `file`, unless it is larger than `max_bytes` (checked
/// before reading, so a huge file never fills memory).
pub async fn read_bytes(file: &web_sys::File, max_bytes: usize) -> Result<Vec<u8>, ReadError> {
    let size = file.size();
    if size > max_bytes as f64 {
        return Err(ReadError::TooLarge {
            size: size as usize,
        });
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ReadError::Failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
