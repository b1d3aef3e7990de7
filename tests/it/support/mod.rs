//! Helpers shared by the integration tests.

pub mod databases;
pub mod fake_discord;
pub mod fake_slack;
pub mod http;
pub mod platforms;

/// Every file under a folder of the repository, at any depth.
pub fn files_under(folder: &str) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder)];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}
