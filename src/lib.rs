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

/// Starts the app. The loader that calls this (written into index.html by
/// scripts/postbuild.mjs) starts fetching the wasm only after the shell has
/// been painted.
pub fn start() {
    panic_screen::install();
    // The rest in a task of its own: this one already holds the wasm's
    // instantiation, and no task of the start may be long (`ui::mount`).
    clock::after(0, mount);
}

/// Builds the app out of sight, in place of the static shell `#app` once
/// whole (`ui::mount`); the shell stays on screen meanwhile.
fn mount() {
    // Lets the end-to-end suite prove the panic screen: `?panic-test` in the
    // URL panics right after start. It can only crash the user's own tab,
    // and reads no data.
    let panic_test = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|q| q.contains("panic-test"));
    match browser::offstage_root() {
        Some(root) => yew::Renderer::<ui::mount::Mount>::with_root(root).render(),
        None => yew::Renderer::<ui::mount::Mount>::new().render(),
    };
    if panic_test {
        panic!("panic-test requested in the URL");
    }
}
