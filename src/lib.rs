//! Tsunagari: a browser-only app for building and keeping a network outside
//! work. `domain` is the pure core (the `tsunagari-core` crate in `core/`); `storage`, `clock`, `files`, `browser` and
//! `service_worker` are the only doors to the browser; `ui` is the Yew view.

pub mod browser;
pub mod clock;
/// The pure core: its own crate (`core/`, `tsunagari-core`) whose manifest has no
/// browser or framework dependency, so the compiler keeps it pure.
pub use tsunagari_core as domain;
pub mod files;
pub mod first_visit;
pub mod panic_screen;
pub mod service_worker;
pub mod share;
pub mod storage;
pub mod ui;

/// Mounts the app into `#app`, replacing the static shell. The loader that
/// calls this (written into index.html by scripts/postbuild.mjs) starts
/// fetching the wasm only after the shell has been painted.
pub fn start() {
    panic_screen::install();
    mount();
}

fn mount() {
    // Lets the end-to-end suite prove the panic screen: `?panic-test` in the
    // URL panics right after start. It can only crash the user's own tab,
    // and reads no data.
    let panic_test = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|q| q.contains("panic-test"));
    let document = web_sys::window().and_then(|w| w.document());
    match document.as_ref().and_then(|d| d.get_element_by_id("app")) {
        Some(root) => {
            // The shell is plain markup for the first paint; Yew owns the node
            // from here. An answer already given in it is kept for the app.
            browser::keep_early_answer(&root);
            root.set_text_content(None);
            yew::Renderer::<ui::app::App>::with_root(root).render();
            first_visit::focus_after_handover();
        }
        None => {
            yew::Renderer::<ui::app::App>::new().render();
        }
    }
    if panic_test {
        panic!("panic-test requested in the URL");
    }
}
