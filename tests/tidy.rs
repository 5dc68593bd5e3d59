//! Repository rules as tests.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
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

/// The paths a line of code names, with `std::{fs, io}` groups spelled out as `std::fs`,
/// `std::io`, and comments dropped.
fn named_paths(line: &str) -> Vec<String> {
    let code = line.split("//").next().unwrap_or("");
    let mut expanded = code.to_owned();
    while let Some(start) = expanded.find("::{") {
        let Some(len) = expanded[start..].find('}') else {
            break;
        };
        let prefix_start = expanded[..start]
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .map_or(0, |i| i + 1);
        let prefix = &expanded[prefix_start..start];
        let items: Vec<String> = expanded[start + 3..start + len]
            .split(',')
            .map(|item| format!("{prefix}::{}", item.trim()))
            .collect();
        expanded = format!(
            "{} {} {}",
            &expanded[..prefix_start],
            items.join(" "),
            &expanded[start + len + 1..]
        );
    }
    expanded
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn engine_names_no_browser_crate_no_io_and_no_ui() {
    for file in files("src/engine") {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            for word in named_paths(line) {
                for name in [
                    "yew",
                    "web_sys",
                    "gloo",
                    "js_sys",
                    "wasm_bindgen",
                    "std::fs",
                    "std::time",
                    "std::net",
                    "std::env",
                    "crate::ui",
                    "avv::ui",
                ] {
                    let named = word == name || word.starts_with(&format!("{name}::"));
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
}

#[test]
fn grouped_imports_are_seen() {
    assert!(named_paths("use std::{fs, io::Read}; // std::net").contains(&"std::fs".to_owned()));
    assert!(named_paths("use std::{time};").contains(&"std::time".to_owned()));
    assert!(!named_paths("// use std::fs").contains(&"std::fs".to_owned()));
}

/// The module graph of one folder: each top-level module (a file or a folder under `dir`) and
/// the sibling modules it names, through `super::x` in top-level files or `crate::<root>::x`
/// anywhere.
fn module_graph(dir: &str, root: &str) -> BTreeMap<String, BTreeSet<String>> {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let module_of = |file: &Path| {
        let relative = file.strip_prefix(&base).unwrap();
        let first = relative
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy();
        first.trim_end_matches(".rs").to_owned()
    };
    let modules: BTreeSet<String> = files(dir)
        .iter()
        .map(|f| module_of(f))
        .filter(|m| m != "mod")
        .collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files(dir) {
        let module = module_of(&file);
        if module == "mod" {
            continue;
        }
        let top_level = file.parent() == Some(base.as_path());
        let text = fs::read_to_string(&file).unwrap();
        let code: String = text
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        // Unit tests may reach anywhere; only the module's own code counts.
        let code = code.split("#[cfg(test)]").next().unwrap_or("");
        for line in code.lines() {
            for word in named_paths(line) {
                let target = word
                    .strip_prefix(&format!("{root}::"))
                    .or_else(|| word.strip_prefix("super::").filter(|_| top_level))
                    .and_then(|rest| rest.split("::").next());
                if let Some(target) = target
                    && target != module
                    && modules.contains(target)
                {
                    graph
                        .entry(module.clone())
                        .or_default()
                        .insert(target.to_owned());
                }
            }
        }
    }
    graph
}

/// A cycle in the graph, as the list of modules on it, if there is one.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == node) {
            let mut cycle = path[i..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn modules_are_layered_without_cycles() {
    for (dir, root) in [("src/engine", "crate::engine"), ("src/ui", "crate::ui")] {
        let graph = module_graph(dir, root);
        assert!(!graph.is_empty(), "{dir}: no imports found");
        if let Some(cycle) = find_cycle(&graph) {
            panic!(
                "{dir}: modules import each other in a cycle: {}",
                cycle.join(" → ")
            );
        }
    }
}

#[test]
fn cycles_are_found() {
    let graph: BTreeMap<String, BTreeSet<String>> =
        [("a", vec!["b"]), ("b", vec!["c"]), ("c", vec!["a"])]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v.into_iter().map(str::to_owned).collect()))
            .collect();
    assert_eq!(find_cycle(&graph).unwrap(), ["a", "b", "c", "a"]);
}

#[test]
fn no_source_file_is_over_400_lines() {
    let mut long = Vec::new();
    for dir in ["src", "tests"] {
        for file in files(dir) {
            let lines = fs::read_to_string(&file).unwrap().lines().count();
            if lines > 400 {
                long.push(format!("{} ({lines})", file.display()));
            }
        }
    }
    assert!(
        long.is_empty(),
        "split these files (one concern per file): {}",
        long.join(", ")
    );
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
