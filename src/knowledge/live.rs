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
    last: Mutex<Checked>,
}

/// What the last check saw: the folder's fingerprint, and the problems it was rejected for.
#[derive(Debug, Default)]
struct Checked {
    fingerprint: u64,
    /// The problems of a rejected folder, as reported; empty when the last load succeeded.
    rejected: Vec<String>,
}

impl LiveStore {
    /// Loads the folder if one is given, else the built-in store.
    pub fn load(dir: Option<PathBuf>) -> Result<LiveStore, LoadError> {
        let store = match &dir {
            Some(dir) => Store::from_dir(dir)?,
            None => Store::embedded()?,
        };
        let fingerprint = dir.as_deref().map(fingerprint).unwrap_or_default();
        let last = Mutex::new(Checked { fingerprint, rejected: Vec::new() });
        Ok(LiveStore { current: RwLock::new(Arc::new(store)), dir, last })
    }

    /// Wraps a store that is already loaded; it never reloads.
    pub fn fixed(store: Store) -> LiveStore {
        LiveStore { current: RwLock::new(Arc::new(store)), dir: None, last: Mutex::default() }
    }

    /// The store in use now.
    pub fn store(&self) -> Arc<Store> {
        self.current.read().expect("no writer panics while holding the lock").clone()
    }

    /// The folder being watched, if any.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Reloads the folder if any file in it changed since the last check, or if the last load
    /// failed: a fix the fingerprint cannot see (a file made readable again) is still picked
    /// up. A rejection is reported once, until its problems change.
    pub fn reload_if_changed(&self) -> Reload {
        let Some(dir) = &self.dir else { return Reload::Unchanged };
        let now = fingerprint(dir);
        let mut last = self.last.lock().expect("no panics while holding the lock");
        if last.fingerprint == now && last.rejected.is_empty() {
            return Reload::Unchanged;
        }
        last.fingerprint = now;
        match Store::from_dir(dir) {
            Ok(store) => {
                *self.current.write().expect("no panics while holding the lock") = Arc::new(store);
                last.rejected.clear();
                Reload::Reloaded
            }
            Err(err) => {
                let problems: Vec<String> = err.problems.iter().map(ToString::to_string).collect();
                if problems == last.rejected {
                    return Reload::Unchanged;
                }
                last.rejected = problems;
                Reload::Rejected(err)
            }
        }
    }
}

/// A hash of every file's name, size, modification time and permissions under the folder.
fn fingerprint(dir: &Path) -> u64 {
    let mut entries = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(at) = pending.pop() {
        let Ok(read) = std::fs::read_dir(&at) else { continue };
        for entry in read.flatten() {
            let path = entry.path();
            match entry.metadata() {
                Ok(meta) if meta.is_dir() => pending.push(path),
                Ok(meta) => {
                    use std::os::unix::fs::PermissionsExt;
                    entries.push((path, meta.len(), meta.modified().ok(), meta.permissions().mode()))
                }
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

    fn scratch(name: &str) -> (PathBuf, LiveStore) {
        let dir = std::env::temp_dir().join(format!("rolecall-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid"), &dir);
        let knowledge = LiveStore::load(Some(dir.clone())).expect("fixture loads");
        (dir, knowledge)
    }

    fn rejected_for(outcome: Reload) -> String {
        match outcome {
            Reload::Rejected(err) => err.problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"),
            other => panic!("expected a rejection, got {other:?}"),
        }
    }

    #[test]
    fn a_named_pipe_or_a_huge_file_is_refused_without_being_read() {
        let (dir, knowledge) = scratch("odd-files");
        let fifo = dir.join("roles/pipe.toml");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
        assert!(made.success());
        // opening the pipe would wait for a writer for ever; the check must return
        let why = rejected_for(knowledge.reload_if_changed());
        assert!(why.contains("pipe.toml") && why.contains("not a regular file"), "{why}");
        std::fs::remove_file(&fifo).unwrap();

        let huge = dir.join("roles/huge.toml");
        std::fs::write(&huge, "x = 1\n".repeat(100_000)).unwrap();
        let why = rejected_for(knowledge.reload_if_changed());
        assert!(why.contains("huge.toml") && why.contains("larger than 256 KiB"), "{why}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_fix_the_fingerprint_cannot_see_is_still_picked_up_after_a_rejection() {
        let (dir, knowledge) = scratch("unseen-fix");
        let po = dir.join("roles/product-owner.toml");
        let good = std::fs::read_to_string(&po).unwrap();
        let fixed = good.replace("Owns the backlog of one team.", "Orders the backlog of a team.");
        assert_eq!(fixed.len(), good.len(), "same size, so only the content differs");
        // a broken file of the same size, then the fix written with the broken file's time
        let broken: String = "#".repeat(good.len() - 1) + "=";
        std::fs::write(&po, &broken).unwrap();
        let mtime = std::fs::metadata(&po).unwrap().modified().unwrap();
        rejected_for(knowledge.reload_if_changed());
        std::fs::write(&po, &fixed).unwrap();
        std::fs::File::options().write(true).open(&po).unwrap().set_modified(mtime).unwrap();
        assert!(matches!(knowledge.reload_if_changed(), Reload::Reloaded));
        assert_eq!(knowledge.store().role("product-owner").unwrap().summary, "Orders the backlog of a team.");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
