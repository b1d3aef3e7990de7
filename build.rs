//! Embeds the `knowledge/` folder in the binary, so it needs no files beside it.

use std::fmt::Write as _;
use std::path::Path;

const FOLDERS: [&str; 6] = ["roles", "comparisons", "paths", "ambiguous", "backgrounds", "terms"];

fn main() {
    // read when the script runs, not when it was compiled: a build script compiled for one
    // checkout may run for another that shares the target directory
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("knowledge");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    for folder in FOLDERS {
        let dir = root.join(folder);
        println!("cargo:rerun-if-changed={}", dir.display());
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "toml") {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                files.push((format!("{folder}/{name}"), path));
            }
        }
    }
    files.sort();
    let mut out = String::from("/// The knowledge folder, as (path under `knowledge/`, contents).\n");
    out.push_str("pub(crate) static EMBEDDED: &[(&str, &str)] = &[\n");
    for (name, path) in &files {
        writeln!(out, "    ({name:?}, include_str!({:?})),", path.display().to_string()).unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("embedded.rs");
    std::fs::write(dest, out).unwrap();
}
