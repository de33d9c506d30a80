//! `use_drop_target`: the whole files screen accepts a dropped file, and
//! shows that it will while a file is dragged over it.

use yew::prelude::*;

use crate::files;

/// Whether a file is over the screen, and the three handlers to put on it.
pub struct DropTarget {
    pub dragging: bool,
    pub ondragover: Callback<DragEvent>,
    pub ondragleave: Callback<DragEvent>,
    pub ondrop: Callback<DragEvent>,
}

#[hook]
pub fn use_drop_target(read_file: Callback<web_sys::File>) -> DropTarget {
    let dragging = use_state(|| false);
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            if files::drags_files(&e) {
                e.prevent_default(); // allows the drop
                if !*dragging {
                    dragging.set(true);
                }
            }
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default(); // never let the browser open the file instead
            dragging.set(false);
            if let Some(file) = files::dropped_file(&e) {
                read_file.emit(file);
            }
        })
    };
    DropTarget {
        dragging: *dragging,
        ondragover,
        ondragleave,
        ondrop,
    }
}
