#!/bin/sh
# Creates an empty stand-in source file for every target a Cargo.toml names, so that
# `cargo build` can compile the dependencies alone before the real sources are copied in
# (the dependency layer of the Dockerfile). Without it, cargo refuses a manifest whose
# declared [[bench]], [[test]], [[example]] or [[bin]] targets have no file.
#
# Usage: cargo-stub-targets.sh [Cargo.toml]    (run in the crate's folder)
# Makes src/main.rs and src/lib.rs, and the file of each declared target (its `path`, or
# benches/NAME.rs, tests/NAME.rs, examples/NAME.rs, src/bin/NAME.rs by default).
set -eu

manifest=${1:-Cargo.toml}

# stub KIND PATH: an empty library, or a program that does nothing.
stub() {
  mkdir -p "$(dirname "$2")"
  case $1 in
    lib) : >"$2" ;;
    *) echo 'fn main() {}' >"$2" ;;
  esac
}

stub bin src/main.rs
stub lib src/lib.rs

awk '
  function flush() {
    if (kind != "" && (name != "" || path != "")) {
      if (path == "") path = dir[kind] name ".rs"
      print kind, path
    }
    kind = ""; name = ""; path = ""
  }
  function value(line) {
    sub(/^[^"]*"/, "", line)
    sub(/".*$/, "", line)
    return line
  }
  BEGIN {
    dir["bench"] = "benches/"; dir["test"] = "tests/"
    dir["example"] = "examples/"; dir["bin"] = "src/bin/"; dir["lib"] = "src/"
  }
  /^[ \t]*\[\[(bench|test|example|bin)\]\][ \t]*(#.*)?$/ {
    flush(); kind = $0; gsub(/[][ \t]|#.*$/, "", kind); next
  }
  /^[ \t]*\[lib\][ \t]*(#.*)?$/ { flush(); kind = "lib"; name = "lib"; next }
  /^[ \t]*\[/ { flush(); next }
  kind != "" && /^[ \t]*name[ \t]*=/ { if (kind != "lib") name = value($0) }
  kind != "" && /^[ \t]*path[ \t]*=/ { path = value($0) }
  END { flush() }
' "$manifest" | while read -r kind target; do
  [ -e "$target" ] || stub "$kind" "$target"
done
