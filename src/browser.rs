//! Small facts and effects of the page itself that the UI needs: the URL
//! hash, the `<html lang>` attribute, the browser's language list and focus.
//! Kept here so UI components never reach into `web_sys::window()` directly.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The hash the page is on: the URL's, or the in-app link's that was just
/// followed and whose URL is pushed once its screen is painted.
pub fn hash() -> String {
    PENDING_URL
        .with(|p| p.borrow().clone())
        .unwrap_or_else(location_hash)
}

fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The static shell (`#app` in index.html) and the detached element the app
/// is built in, until `show_app` puts the one in the other's place.
struct Offstage {
    shell: web_sys::Element,
    root: web_sys::Element,
    /// The shell's answer when the build started (`early_answer`).
    noted: Option<u8>,
    /// The last focus asked for while the app was out of sight: given once
    /// it is shown (a detached element cannot take focus).
    focus: Option<String>,
}

thread_local! {
    /// An in-app link's hash, followed but not yet in the URL (`HashListener`).
    static PENDING_URL: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Hash changes the app made itself whose `hashchange` has not come yet.
    static OWN_CHANGES: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static OFFSTAGE: std::cell::RefCell<Option<Offstage>> = const { std::cell::RefCell::new(None) };
}

/// A detached `#app` for the app to be built in out of sight, while the
/// static shell stays on screen, and answers taps, until `show_app`. Notes
/// the answer already checked in the shell's first question
/// (`early_answer`). `None` when the page has no shell.
pub fn offstage_root() -> Option<web_sys::Element> {
    let document = document()?;
    let shell = document.get_element_by_id("app")?;
    let root = document.create_element("div").ok()?;
    root.set_id("app");
    let noted = checked_answer(&shell);
    OFFSTAGE.with(|o| {
        *o.borrow_mut() = Some(Offstage {
            shell,
            root: root.clone(),
            noted,
            focus: None,
        });
    });
    Some(root)
}

/// The answer checked in the shell's first question, if any.
fn checked_answer(shell: &web_sys::Element) -> Option<u8> {
    shell
        .query_selector("input[name=answer]:checked")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.value().parse::<u8>().ok())
}

/// The shell's answer when the build started, if one was given, until the
/// app is shown (the store reads it once, as the app is built).
pub fn early_answer() -> Option<u8> {
    OFFSTAGE.with(|o| o.borrow().as_ref().and_then(|o| o.noted))
}

/// An answer given in the shell while the app was being built (checked
/// now and not when the build started), before `show_app`: the answer, and
/// the one it replaces (checked when the build started), if any.
pub fn late_answer() -> Option<(u8, Option<u8>)> {
    OFFSTAGE.with(|o| {
        let o = o.borrow();
        let o = o.as_ref()?;
        let now = checked_answer(&o.shell).filter(|&now| Some(now) != o.noted)?;
        Some((now, o.noted))
    })
}

/// Whether the app is still being built out of sight (`show_app` not yet).
pub fn is_offstage() -> bool {
    OFFSTAGE.with(|o| o.borrow().is_some())
}

/// Puts the built app in the shell's place, in one step (once), and gives
/// focus where the app asked for it meanwhile; true when it had asked.
pub fn show_app() -> bool {
    let Some(o) = OFFSTAGE.with(|o| o.borrow_mut().take()) else {
        return false;
    };
    let _ = o.shell.replace_with_with_node_1(&o.root);
    match o.focus {
        Some(selector) => {
            focus_selector(&selector);
            true
        }
        None => false,
    }
}

pub fn set_hash(hash: &str) {
    // A link followed just before keeps its place in the history.
    push_pending_url();
    set_location_hash(hash);
}

/// Sets the URL's hash (the browser's fragment navigation), noting that
/// the `hashchange` to come is the app's own; false when it cannot.
fn set_location_hash(hash: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let hash = if hash.starts_with('#') {
        hash.to_owned()
    } else {
        format!("#{hash}")
    };
    if hash == location_hash() {
        // No navigation, so no `hashchange`.
        return true;
    }
    let set = w.location().set_hash(&hash).is_ok();
    if set {
        OWN_CHANGES.with(|c| c.set(c.get() + 1));
    }
    set
}

/// Puts a followed in-app link's hash into the URL, as a new history entry
/// (once; nothing when there is none, or when the URL already has it: two
/// taps in one frame that end where they began). Where the URL cannot be
/// pushed (Safari limits how often), the hash is set instead: the
/// browser's own fragment navigation. Where that fails too, the hash stays
/// pending, so the app goes on answering with the screen shown, and the
/// next step tries again.
fn push_pending_url() {
    let Some(to) = PENDING_URL.with(|p| p.borrow_mut().take()) else {
        return;
    };
    if to == location_hash() {
        return;
    }
    let pushed = web_sys::window()
        .and_then(|w| w.history().ok())
        .is_some_and(|h| h.push_state_with_url(&JsValue::NULL, "", Some(&to)).is_ok());
    if !pushed && !set_location_hash(&to) {
        PENDING_URL.with(|p| {
            p.borrow_mut().get_or_insert(to);
        });
    }
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(w) = web_sys::window() else {
        return Vec::new();
    };
    let nav = w.navigator();
    let list: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if list.is_empty() {
        nav.language().into_iter().collect()
    } else {
        list
    }
}

pub fn set_document_lang(tag: &str, title: &str) {
    if let Some(d) = document() {
        if let Some(root) = d.document_element() {
            let _ = root.set_attribute("lang", tag);
        }
        d.set_title(title);
    }
}

/// Marks the page while changes wait for the save (`data-unsaved` on
/// `<html>`): end-to-end tests and the benchmark wait for it to go.
pub fn mark_unsaved(unsaved: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = if unsaved {
            root.set_attribute("data-unsaved", "")
        } else {
            root.remove_attribute("data-unsaved")
        };
    }
}

/// Whether changes still wait for the save (`mark_unsaved`).
pub fn has_unsaved() -> bool {
    document()
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute("data-unsaved"))
}

/// Sets a mark for this tab's next page load (`sessionStorage`: this tab
/// only, gone when it closes; never app data).
pub fn set_tab_mark(key: &str) {
    keep_for_next_load(key, "1");
}

/// Whether `set_tab_mark(key)` was called before this load; removes it.
pub fn take_tab_mark(key: &str) -> bool {
    take_kept(key).is_some()
}

/// Keeps `text` for this tab's next page load (`sessionStorage`); whether
/// the browser kept it.
pub fn keep_for_next_load(key: &str, text: &str) -> bool {
    session_storage().is_some_and(|s| s.set_item(key, text).is_ok())
}

/// What `keep_for_next_load(key, …)` kept before this load; removes it.
pub fn take_kept(key: &str) -> Option<String> {
    let s = session_storage()?;
    let kept = s.get_item(key).ok().flatten()?;
    let _ = s.remove_item(key);
    Some(kept)
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Moves focus to the main heading so keyboard and screen-reader users land
/// on the new screen after navigation.
pub fn focus_main_heading() {
    focus_selector("main h1");
}

pub fn focus_selector(selector: &str) {
    // Asked for while the app is built out of sight (e.g. a shared file's
    // preview that opened before the page was shown): given by `show_app`.
    let later = OFFSTAGE.with(|o| {
        o.borrow_mut()
            .as_mut()
            .map(|o| o.focus = Some(selector.to_owned()))
            .is_some()
    });
    if later {
        return;
    }
    let el = document()
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

/// Opens the browser's print dialog (print styles hide the app's chrome).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Puts `text` on the clipboard and reports success to `done` (false when
/// the page has no clipboard access, e.g. outside a secure context).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(w) = web_sys::window() else {
        return done(false);
    };
    let nav = w.navigator();
    let available = js_sys::Reflect::get(&nav, &wasm_bindgen::JsValue::from_str("clipboard"))
        .is_ok_and(|v| !v.is_undefined() && !v.is_null());
    if !available {
        return done(false);
    }
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let on_ok = {
        let done = done.clone();
        Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| {
            if let Some(f) = done.borrow_mut().take() {
                f(true);
            }
        })
    };
    let on_err = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_| {
        if let Some(f) = done.borrow_mut().take() {
            f(false);
        }
    });
    let _ = nav.clipboard().write_text(text).then2(&on_ok, &on_err);
    // The promise calls one of them later; each copy click leaks two tiny closures.
    on_ok.forget();
    on_err.forget();
}

/// Calls `f` on every change of the URL hash until the returned guard is
/// dropped: `hashchange` (back, forward, a typed URL, `set_hash`) and a
/// click on an in-app link.
pub struct HashListener {
    _changes: EventListener,
    _links: EventListener,
    _left: LeaveListener,
}

impl HashListener {
    /// Starts listening; `f` receives the new hash.
    pub fn new(f: impl FnMut(String) + 'static) -> HashListener {
        let window = web_sys::window().expect("a browser window");
        let document = document().expect("a document");
        let f: Rc<RefCell<dyn FnMut(String)>> = Rc::new(RefCell::new(f));
        HashListener {
            _changes: EventListener::new(&window, "hashchange", hash_changed(f.clone())),
            _links: EventListener::new_with_options(
                &document,
                "click",
                EventListenerOptions::enable_prevent_default(),
                link_clicked(f),
            ),
            // A hidden page paints no frame and may be closed unseen
            // (phones): the URL then holds the screen shown, for the next visit.
            _left: LeaveListener::new(push_pending_url),
        }
    }
}

/// A `hashchange`: back, forward or a typed URL (where the person went wins
/// over a link whose URL is not pushed yet), or the app's own `set_hash`
/// (where a link tapped after it wins: its screen stays and its URL follows).
fn hash_changed(f: Rc<RefCell<dyn FnMut(String)>>) -> impl FnMut(&web_sys::Event) {
    move |_| {
        let own = OWN_CHANGES.with(|c| {
            let n = c.get();
            c.set(n.saturating_sub(1));
            n > 0
        });
        let pending = PENDING_URL.with(|p| p.borrow().is_some());
        if own && pending {
            return;
        }
        if !own {
            PENDING_URL.with(|p| p.borrow_mut().take());
        }
        (f.borrow_mut())(location_hash())
    }
}

/// A click on an in-app link: the new screen is drawn in the click's own
/// task, and the URL follows once it is painted (`pushState` costs about a
/// millisecond that the answer need not wait for). A second link before
/// that takes the first one's place; a link to where the page is, or is
/// going, does nothing.
fn link_clicked(f: Rc<RefCell<dyn FnMut(String)>>) -> impl FnMut(&web_sys::Event) {
    move |e| {
        let Some(to) = in_app_link(e) else { return };
        e.prevent_default();
        if to == hash() {
            return;
        }
        let first = PENDING_URL.with(|p| p.borrow_mut().replace(to.clone()).is_none());
        (f.borrow_mut())(to);
        if first {
            crate::clock::after_paint(push_pending_url);
        }
    }
}

/// The hash a click should go to when the app can follow it itself: a plain
/// click (main button, no modifier key) on an `<a href="#/…">` that no
/// handler took. The app then renders in the click's own task and pushes
/// the URL after the paint; the browser's fragment navigation would cost
/// about a millisecond and answer only in a later task, often after a
/// frame drawn for nothing. Other clicks stay the browser's (a new tab, the
/// skip link's `#main`, a download), and so does every click while the
/// static shell is shown: its start link works through the fragment's
/// `:target` (index.html).
fn in_app_link(e: &web_sys::Event) -> Option<String> {
    let click = e.dyn_ref::<web_sys::MouseEvent>()?;
    let plain = click.button() == 0
        && !(click.ctrl_key() || click.meta_key() || click.shift_key() || click.alt_key());
    if !plain || e.default_prevented() || is_offstage() {
        return None;
    }
    let target = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href^='#/']").ok()??;
    if link.has_attribute("target") || link.has_attribute("download") {
        return None;
    }
    link.get_attribute("href")
}

/// Calls `f` on every `keydown` anywhere in the page until dropped, so
/// screen-wide shortcuts work wherever focus is (even on `<body>`).
pub struct KeyListener {
    _listener: EventListener,
}

impl KeyListener {
    /// Starts listening; `f` may prevent the key's default action.
    pub fn new(mut f: impl FnMut(web_sys::KeyboardEvent) + 'static) -> KeyListener {
        let document = document().expect("a document");
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&document, "keydown", options, move |e| {
            // Keys pressed in the static shell while the app is built out of
            // sight are the shell's, not the hidden screen's.
            if is_offstage() {
                return;
            }
            if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                f(e.clone());
            }
        });
        KeyListener {
            _listener: listener,
        }
    }
}

/// Calls `f` when the page is being left or hidden (`pagehide`, and
/// `visibilitychange` to hidden: on phones a hidden tab may be killed
/// without any further event), until dropped.
pub struct LeaveListener {
    _pagehide: EventListener,
    _hidden: EventListener,
}

impl LeaveListener {
    /// Starts listening.
    pub fn new(f: impl FnMut() + 'static) -> LeaveListener {
        let f = std::rc::Rc::new(std::cell::RefCell::new(f));
        let window = web_sys::window().expect("a browser window");
        let document = document().expect("a document");
        let on_hide = f.clone();
        LeaveListener {
            _pagehide: EventListener::new(&window, "pagehide", move |_| (on_hide.borrow_mut())()),
            _hidden: EventListener::new(&document, "visibilitychange", move |_| {
                if self::document().is_some_and(|d| d.hidden()) {
                    (f.borrow_mut())();
                }
            }),
        }
    }
}

/// Reloads the page (to run the newest version of the app).
pub fn reload() {
    // The reload opens the screen shown, even in the frame after a link.
    push_pending_url();
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// What `domain::platform` decides from: user agent, platform, touch points
/// and whether the app runs from the Home Screen.
pub fn platform() -> crate::domain::platform::Platform {
    let Some(w) = web_sys::window() else {
        return Default::default();
    };
    let nav = w.navigator();
    let standalone_query = w
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    // Safari's own flag for a page started from the Home Screen.
    let ios_standalone = js_sys::Reflect::get(&nav, &"standalone".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    crate::domain::platform::Platform {
        user_agent: nav.user_agent().unwrap_or_default(),
        platform: nav.platform().unwrap_or_default(),
        max_touch_points: u32::try_from(nav.max_touch_points()).unwrap_or(0),
        standalone: standalone_query || ios_standalone,
    }
}
