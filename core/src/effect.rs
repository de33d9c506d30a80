//! What `update` asks the outside world to do, as values. The core decides;
//! one executor in the UI (`ui::effects`) performs them, in order, after the
//! screen has been updated. Tests read them like any other result.

use crate::backups::Reason;
use crate::route::Route;
use crate::update::Msg;

/// One thing for the outside world to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// The user's document changed and must reach storage. The executor
    /// writes a moment later, so changes made in between ride along in one
    /// save; leaving the page writes at once.
    Save,
    /// Keep a dated copy of the user's document (`backups`) before it is
    /// replaced or merged into. Only once the copy is stored is `then`
    /// applied; if it cannot be stored, the executor sends
    /// `Msg::View(ViewMsg::BackupFailed(reason))` instead and nothing changes.
    Backup {
        /// Why the copy is taken (shown in the list of backups).
        reason: Reason,
        /// The change the copy protects.
        then: Box<Msg>,
    },
    /// Show this screen (as if the user followed a link to it).
    Navigate(Route),
    /// Delete every key of the app under the save lock, leaving a tombstone
    /// naming `lineage` (`sync::tombstone`); the executor reports
    /// `SyncMsg::DataDeleted` or `SyncMsg::DeletionFailed`.
    DeleteAll {
        /// The lineage of the tombstone.
        lineage: u64,
    },
}

/// The effects of one message, in the order they are to be performed.
#[derive(Clone, Debug, Default, PartialEq)]
#[must_use = "effects do nothing unless performed"]
pub struct Effects(pub Vec<Effect>);

impl Effects {
    /// Nothing to do.
    pub fn none() -> Effects {
        Effects(Vec::new())
    }

    /// Exactly one effect.
    pub fn one(effect: Effect) -> Effects {
        Effects(vec![effect])
    }

    /// `Save` when `changed`, else nothing.
    pub fn save_if(changed: bool) -> Effects {
        if changed {
            Effects::one(Effect::Save)
        } else {
            Effects::none()
        }
    }

    /// Whether the document changed and must be written.
    pub fn saves(&self) -> bool {
        self.0.contains(&Effect::Save)
    }

    /// Adds `more` after these effects.
    pub fn and(mut self, more: Effects) -> Effects {
        self.0.extend(more.0);
        self
    }

    /// Whether there is nothing to do.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl IntoIterator for Effects {
    type Item = Effect;
    type IntoIter = std::vec::IntoIter<Effect>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}
