//! Small hooks for behaviour several screens share, so each screen says
//! what it wants ("focus the status when a notice appears") and not how.

mod focus_when;
mod forget_on_leave;
mod form;
mod painted;

pub use focus_when::use_focus_when;
pub use forget_on_leave::use_forget_on_leave;
pub use form::{use_form, FormHandle};
pub use painted::use_painted;
