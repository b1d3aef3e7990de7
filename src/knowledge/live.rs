//! The store a running bot answers from: the built-in one, or a folder that curators edit while
//! the bot runs. Edits are picked up without a restart; a bad edit keeps the last good store.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use super::store::{LoadError, Store};

/// What checking a knowledge folder for edits did.
#[derive(Debug)]
pub enum Reload {
    /// No file changed since the last check.
    Unchanged,
    /// The edited store loaded and is now in use.
    Reloaded,
    /// The edited store has problems; the last good one stays in use.
    Rejected(LoadError),
}

/// The live store, swapped whole when a reload succeeds.
#[derive(Debug)]
pub struct LiveStore {
    current: RwLock<Arc<Store>>,
    dir: Option<PathBuf>,
    fingerprint: Mutex<u64>,
}

impl LiveStore {
    /// Loads the folder if one is given, else the built-in store.
    pub fn load(dir: Option<PathBuf>) -> Result<LiveStore, LoadError> {
        let store = match &dir {
            Some(dir) => Store::from_dir(dir)?,
            None => Store::embedded()?,
        };
        let fingerprint = dir.as_deref().map(fingerprint).unwrap_or_default();
        Ok(LiveStore { current: RwLock::new(Arc::new(store)), dir, fingerprint: Mutex::new(fingerprint) })
    }

    /// Wraps a store that is already loaded; it never reloads.
    pub fn fixed(store: Store) -> LiveStore {
        LiveStore { current: RwLock::new(Arc::new(store)), dir: None, fingerprint: Mutex::new(0) }
    }

    /// The store in use now.
    pub fn store(&self) -> Arc<Store> {
        self.current.read().expect("no writer panics while holding the lock").clone()
    }

    /// The folder being watched, if any.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Reloads the folder if any file in it changed since the last check.
    pub fn reload_if_changed(&self) -> Reload {
        let Some(dir) = &self.dir else { return Reload::Unchanged };
        let now = fingerprint(dir);
        let mut seen = self.fingerprint.lock().expect("no panics while holding the lock");
        if *seen == now {
            return Reload::Unchanged;
        }
        // remembered either way, so a bad edit is reported once, not on every check
        *seen = now;
        match Store::from_dir(dir) {
            Ok(store) => {
                *self.current.write().expect("no panics while holding the lock") = Arc::new(store);
                Reload::Reloaded
            }
            Err(err) => Reload::Rejected(err),
        }
    }
}

/// A hash of every file's name, size and modification time under the folder.
fn fingerprint(dir: &Path) -> u64 {
    let mut entries = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(at) = pending.pop() {
        let Ok(read) = std::fs::read_dir(&at) else { continue };
        for entry in read.flatten() {
            let path = entry.path();
            match entry.metadata() {
                Ok(meta) if meta.is_dir() => pending.push(path),
                Ok(meta) => entries.push((path, meta.len(), meta.modified().ok())),
                Err(_) => {}
            }
        }
    }
    entries.sort();
    let mut hasher = DefaultHasher::new();
    entries.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn copy_dir(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap().flatten() {
            let target = to.join(entry.file_name());
            if entry.path().is_dir() {
                copy_dir(&entry.path(), &target);
            } else {
                std::fs::copy(entry.path(), target).unwrap();
            }
        }
    }

    #[test]
    fn edits_are_picked_up_and_bad_edits_keep_the_last_good_store() {
        let dir = std::env::temp_dir().join(format!("rolecall-reload-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"), &dir);
        let knowledge = LiveStore::load(Some(dir.clone())).expect("fixture loads");
        assert!(matches!(knowledge.reload_if_changed(), Reload::Unchanged));

        let po = dir.join("roles/product-owner.toml");
        let text = std::fs::read_to_string(&po).unwrap();
        std::fs::write(&po, text.replace("Owns the backlog of one team.", "Orders the team's backlog.")).unwrap();
        assert!(matches!(knowledge.reload_if_changed(), Reload::Reloaded));
        assert_eq!(knowledge.store().role("product-owner").unwrap().summary, "Orders the team's backlog.");

        std::fs::write(&po, "summary = = broken").unwrap();
        assert!(matches!(knowledge.reload_if_changed(), Reload::Rejected(_)));
        assert_eq!(knowledge.store().role("product-owner").unwrap().summary, "Orders the team's backlog.");
        assert!(matches!(knowledge.reload_if_changed(), Reload::Unchanged), "a bad edit is reported once");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
