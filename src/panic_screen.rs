//! The last resort: a panic hook that replaces the page with a calm error
//! screen and a download of the saved data. In release builds a panic
//! aborts the wasm instance, so the screen must work without it: it is built
//! from plain DOM nodes, and the download is a ready-made blob link, not a
//! click handler. The saved document is only read, never written.

use wasm_bindgen::JsCast;

use crate::domain::i18n::Lang;
use crate::domain::settings_text::SettingsText;
use crate::storage;

/// Installs the hook through Yew, which would otherwise replace it with its
/// own console-only hook when the app mounts.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Tsunagari stopped: {info}").into());
        let _ = show();
    }));
}

/// The language the page was shown in (`<html lang>`), Japanese by default.
fn page_lang(document: &web_sys::Document) -> Option<Lang> {
    let tag = document.document_element()?.get_attribute("lang");
    Some(match tag.as_deref() {
        Some("en") => Lang::En,
        _ => Lang::Ja,
    })
}

fn show() -> Option<()> {
    let document = web_sys::window()?.document()?;
    let lang = page_lang(&document)?;
    let el = |tag: &str, class: &str, text: Option<&str>| -> Option<web_sys::Element> {
        let e = document.create_element(tag).ok()?;
        if !class.is_empty() {
            e.set_class_name(class);
        }
        if let Some(t) = text {
            e.set_text_content(Some(t));
        }
        Some(e)
    };
    let main = el("main", "panic-screen", None)?;
    main.set_id("main");
    // The message is announced as an alert; `main` itself keeps its landmark role.
    let alert = el("div", "", None)?;
    alert.set_attribute("role", "alert").ok()?;
    let title = el("h1", "", Some(lang.t(SettingsText::PanicTitle)))?;
    title.set_attribute("tabindex", "-1").ok()?;
    let body_text = el("p", "", Some(lang.t(SettingsText::PanicBody)))?;
    alert.append_child(&title).ok()?;
    alert.append_child(&body_text).ok()?;
    main.append_child(&alert).ok()?;
    let actions = el("p", "notice-actions", None)?;
    if let Some(text) = storage::download_text(storage::DOC_KEY) {
        let link: web_sys::HtmlAnchorElement = el(
            "a",
            "button primary",
            Some(lang.t(SettingsText::PanicDownload)),
        )?
        .dyn_into()
        .ok()?;
        link.set_href(&blob_url(&text)?);
        link.set_download("tsunagari-data.json");
        actions.append_child(&link).ok()?;
    }
    // A plain link to the page itself reloads it without any script.
    let reload: web_sys::HtmlAnchorElement =
        el("a", "button", Some(lang.t(SettingsText::PanicReload)))?
            .dyn_into()
            .ok()?;
    reload.set_href(&web_sys::window()?.location().href().ok()?);
    actions.append_child(&reload).ok()?;
    main.append_child(&actions).ok()?;
    let body = document.body()?;
    body.set_text_content(None);
    body.append_child(&main).ok()?;
    // Keyboard and screen-reader users start at the message, not at a lost focus.
    if let Ok(title) = title.dyn_into::<web_sys::HtmlElement>() {
        let _ = title.focus();
    }
    Some(())
}

fn blob_url(text: &str) -> Option<String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}
