//! Repository rules as tests.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn files(dir: &str) -> Vec<PathBuf> {
    let mut out = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join(dir), &mut out);
    assert!(!out.is_empty(), "no Rust files under {dir}");
    out
}

#[test]
fn engine_names_no_browser_crate() {
    for file in files("src/engine") {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for name in [
                "yew",
                "web_sys",
                "gloo",
                "js_sys",
                "wasm_bindgen",
                "std::fs",
                "std::time",
                "std::net",
            ] {
                let named = code
                    .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .any(|word| word == name || word.starts_with(&format!("{name}::")));
                assert!(
                    !named,
                    "{}:{}: the engine must not use `{name}`",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}

#[test]
fn every_module_starts_with_a_doc_comment() {
    for dir in ["src", "tests"] {
        for file in files(dir) {
            let text = fs::read_to_string(&file).unwrap();
            assert!(
                text.starts_with("//!"),
                "{} must start with a `//!` comment",
                file.display()
            );
        }
    }
}

#[test]
fn no_ignored_or_should_panic_tests() {
    for dir in ["src", "tests"] {
        for file in files(dir) {
            let text = fs::read_to_string(&file).unwrap();
            for marker in ["#[ignore", "#[should_panic"] {
                assert!(
                    !text.contains(marker) || file.ends_with("tidy.rs"),
                    "{} uses {marker}",
                    file.display()
                );
            }
        }
    }
}
