//! The file door: saving text to a download, and reading a file the user
//! picked or dropped (its bytes, refused before reading when too large),
//! and catching files dropped where no screen takes them.

use std::cell::RefCell;

use gloo_events::{EventListener, EventListenerOptions};
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
    _over: EventListener,
    _dropped: EventListener,
}

impl StrayDrops {
    /// Starts catching; `f` receives each stray file.
    pub fn listen(mut f: impl FnMut(web_sys::File) + 'static) -> StrayDrops {
        let window = web_sys::window().expect("a browser window");
        let options = EventListenerOptions::enable_prevent_default;
        let over = EventListener::new_with_options(&window, "dragover", options(), |e| {
            let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else {
                return;
            };
            if drags_files(e) && !e.default_prevented() {
                e.prevent_default();
            }
        });
        let dropped = EventListener::new_with_options(&window, "drop", options(), move |e| {
            let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else {
                return;
            };
            if e.default_prevented() || !drags_files(e) {
                return;
            }
            e.prevent_default();
            if let Some(file) = dropped_file(e) {
                f(file);
            }
        });
        StrayDrops {
            _over: over,
            _dropped: dropped,
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

/// Files the installed app was opened with (the manifest's `file_handlers`,
/// handed over through `window.launchQueue`): `f` gets each one's first file.
/// Browsers without it (Safari, Firefox) simply never call.
pub fn on_launch(f: impl Fn(web_sys::File) + 'static) {
    use js_sys::Reflect;
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(queue) = Reflect::get(&window, &"launchQueue".into()) else {
        return;
    };
    let Some(set_consumer) = Reflect::get(&queue, &"setConsumer".into())
        .ok()
        .and_then(|m| m.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    let f = std::rc::Rc::new(f);
    let consumer = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |params| {
        let Some(handle) = Reflect::get(&params, &"files".into())
            .ok()
            .map(|files| js_sys::Array::from(&files).get(0))
            .filter(|h| !h.is_undefined())
        else {
            return;
        };
        let f = f.clone();
        wasm_bindgen_futures::spawn_local(async move {
            if let Some(file) = file_of_handle(&handle).await {
                f(file);
            }
        });
    });
    if set_consumer.call1(&queue, consumer.as_ref()).is_ok() {
        // One consumer for the page's whole life.
        consumer.forget();
    }
}

/// The file behind a `FileSystemFileHandle`.
async fn file_of_handle(handle: &wasm_bindgen::JsValue) -> Option<web_sys::File> {
    let get_file: js_sys::Function = js_sys::Reflect::get(handle, &"getFile".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = get_file.call0(handle).ok()?.dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into()
        .ok()
}

/// The cache where static/sw.js keeps a file shared to the app (the
/// manifest's `share_target`) for the page; the same names as there.
const SHARED_CACHE_PREFIX: &str = "tsunagari-shared:";
const SHARED_MARK: &str = "share-target";

/// The largest shared file static/sw.js keeps (`SHARED_MAX_BYTES` there).
const SHARED_MAX_BYTES: f64 = 64.0 * 1024.0 * 1024.0;

/// The first-visit module has no files screen, and handing over to the full
/// app reloads the page: a file dropped there waits where a file shared to
/// the installed app waits (the share target's cache), and the full app
/// opens it as it opens a shared one once the URL is marked
/// (`mark_kept_file`). False where the page cannot keep it (no Cache Storage
/// outside a secure context, a file over the share target's limit): the
/// files screen then opens without it.
pub async fn keep_for_full_app(file: &web_sys::File) -> bool {
    keep_as_shared(file).await.is_some()
}

async fn keep_as_shared(file: &web_sys::File) -> Option<()> {
    use wasm_bindgen_futures::JsFuture;
    if file.size() > SHARED_MAX_BYTES {
        return None;
    }
    let window = web_sys::window()?;
    let SharedCache { cache, url, .. } = shared_cache(&window).await?;
    let headers = web_sys::Headers::new().ok()?;
    let mime = file.type_();
    let mime = if mime.is_empty() {
        "application/json".to_string()
    } else {
        mime
    };
    headers.set("Content-Type", &mime).ok()?;
    let name = String::from(js_sys::encode_uri_component(&file.name()));
    headers.set("X-File-Name", &name).ok()?;
    let init = web_sys::ResponseInit::new();
    init.set_headers(&headers);
    let response = web_sys::Response::new_with_opt_blob_and_init(Some(file), &init).ok()?;
    JsFuture::from(cache.put_with_str(&url, &response))
        .await
        .ok()?;
    Some(())
}

/// Marks the current URL (`?share-target`, the hash kept) so the page the
/// hand-over reloads opens the kept file. Marks the entry the files screen's
/// hash made, so going back never loads a marked page again.
pub fn mark_kept_file() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(hash)) = (location.pathname(), location.hash()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let marked = format!("{path}?{SHARED_MARK}{hash}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&marked));
    }
}

/// The page's Cache Storage: undefined outside a secure context, where
/// calling it would throw through the wasm.
fn cache_storage(window: &web_sys::Window) -> Option<web_sys::CacheStorage> {
    js_sys::Reflect::get(window, &"caches".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())?
        .dyn_into()
        .ok()
}

/// Where a shared file waits: the page's Cache Storage, the cache's name
/// and the file's URL in it (the names static/sw.js uses, from the page's
/// path), and that cache, opened.
struct SharedCache {
    caches: web_sys::CacheStorage,
    name: String,
    url: String,
    cache: web_sys::Cache,
}

async fn shared_cache(window: &web_sys::Window) -> Option<SharedCache> {
    use wasm_bindgen_futures::JsFuture;
    let caches = cache_storage(window)?;
    let scope = window.location().pathname().ok()?;
    let name = format!("{SHARED_CACHE_PREFIX}{scope}");
    let cache = JsFuture::from(caches.open(&name))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    let url = format!("{}{}file", window.location().origin().ok()?, scope);
    Some(SharedCache {
        caches,
        name,
        url,
        cache,
    })
}

/// Removes any file still waiting to be opened (a drop whose page was
/// closed before the hand-over, a share never read): "delete all my data"
/// leaves none of the user's files on the device.
pub fn forget_kept_files() {
    let Some(caches) = web_sys::window().as_ref().and_then(cache_storage) else {
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        use wasm_bindgen_futures::JsFuture;
        let Ok(names) = JsFuture::from(caches.keys()).await else {
            return;
        };
        for name in js_sys::Array::from(&names)
            .iter()
            .filter_map(|n| n.as_string())
        {
            if name.starts_with(SHARED_CACHE_PREFIX) {
                let _ = JsFuture::from(caches.delete(&name)).await;
            }
        }
    });
}

/// When the app was opened by the service worker after a file was shared to
/// it (`?share-target` in the URL), reads that file once, removes it from
/// the cache and the mark from the URL, and gives it to `f`.
pub fn take_shared_to_app(f: impl FnOnce(web_sys::File) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    if !search
        .trim_start_matches('?')
        .split('&')
        .any(|p| p == SHARED_MARK)
    {
        return;
    }
    // The mark is used once: a reload must not open the file again.
    let clean = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean));
    }
    wasm_bindgen_futures::spawn_local(async move {
        if let Some(file) = read_shared(&window).await {
            f(file);
        }
    });
}

async fn read_shared(window: &web_sys::Window) -> Option<web_sys::File> {
    use wasm_bindgen_futures::JsFuture;
    let shared = shared_cache(window).await?;
    let found = JsFuture::from(shared.cache.match_with_str(&shared.url))
        .await
        .ok()?;
    let response: web_sys::Response = found.dyn_into().ok()?;
    let file_name = response
        .headers()
        .get("X-File-Name")
        .ok()
        .flatten()
        .and_then(|n| js_sys::decode_uri_component(&n).ok())
        .and_then(|n| n.as_string())
        .unwrap_or_else(|| "shared.json".to_string());
    let mime = response
        .headers()
        .get("Content-Type")
        .ok()
        .flatten()
        .unwrap_or_default();
    let blob: web_sys::Blob = JsFuture::from(response.blob().ok()?)
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    // Used once: a reload must not open it again.
    let _ = JsFuture::from(shared.caches.delete(&shared.name)).await;
    let options = web_sys::FilePropertyBag::new();
    options.set_type(&mime);
    web_sys::File::new_with_blob_sequence_and_options(
        &js_sys::Array::of1(&blob),
        &file_name,
        &options,
    )
    .ok()
}
