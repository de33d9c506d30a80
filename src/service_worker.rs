//! The door to the service worker (static/sw.js), which makes the app work
//! offline: registers it, tells the UI when a newer version is installed and
//! waiting, and on the user's request lets that version take over and reloads
//! into it. Nothing is lost by the reload: the document is saved to
//! localStorage after every change.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

// The browser door's reload: the URL first names the screen shown.
use crate::browser::reload;

/// Relative, so the same build works at a domain root or under a sub-path
/// (the worker's scope is then the directory holding index.html).
const SCRIPT: &str = "./sw.js";

/// The worker container, when this page may use one: browsers expose it only
/// in secure contexts (https, or http on localhost), and some not at all.
fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    if !window.is_secure_context() {
        return None;
    }
    let navigator = window.navigator();
    let present = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))
        .is_ok_and(|v| !v.is_undefined() && !v.is_null());
    present.then(|| navigator.service_worker())
}

/// Whether this browser and page can run the service worker.
pub fn supported() -> bool {
    container().is_some()
}

/// Registers the worker (once per page load) and calls `on_update_ready`
/// whenever a new version is installed and waiting to take over from the one
/// controlling this page. The very first install is not an update: there is
/// no controller yet, and that worker activates on its own.
pub fn register(on_update_ready: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    let on_update_ready: Rc<dyn Fn()> = Rc::new(on_update_ready);
    wasm_bindgen_futures::spawn_local(async move {
        let registration = match JsFuture::from(container.register(SCRIPT)).await {
            Ok(r) => ServiceWorkerRegistration::from(r),
            Err(e) => {
                // The app still works online; only offline use is missing.
                web_sys::console::warn_2(&"service worker not registered:".into(), &e);
                return;
            }
        };
        let controlled = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        if registration.waiting().is_some() && controlled() {
            on_update_ready();
        }
        let reg = registration.clone();
        // Both listeners last as long as the page: `forget` leaves them to
        // the JS garbage collector with the objects they listen to.
        EventListener::new(&registration, "updatefound", move |_| {
            let Some(installing) = reg.installing() else {
                return;
            };
            let worker = installing.clone();
            let controlled = controlled.clone();
            let on_update_ready = on_update_ready.clone();
            EventListener::new(&installing, "statechange", move |_| {
                if worker.state() == ServiceWorkerState::Installed && controlled() {
                    on_update_ready();
                }
            })
            .forget();
        })
        .forget();
    });
}

/// Asks the waiting worker to take over, and reloads the page once it
/// controls it. When no worker is waiting (another tab already switched),
/// the page just reloads into the version now active.
pub fn apply_update() {
    let Some(container) = container() else {
        reload();
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        let registration = JsFuture::from(container.get_registration())
            .await
            .ok()
            .filter(|r| !r.is_undefined())
            .map(ServiceWorkerRegistration::from);
        let Some(waiting) = registration.and_then(|r| r.waiting()) else {
            reload();
            return;
        };
        EventListener::once(&container, "controllerchange", |_| reload()).forget();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
        if waiting.post_message(&message).is_err() {
            reload();
        }
    });
}
