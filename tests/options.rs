//! Every option is visible: for each declared option and each of its values, a configuration
//! with only that value changed renders a different agreement than with any sibling value.
//! An option a clause ignores, or a value added to `clauses/optionen.toml` that no clause
//! tells apart from another, fails here (and, by name, in the library check).
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "support/corpus.rs"]
mod corpus;

use avv::engine::assemble;
use avv::engine::config::DpaConfig;
use common::{examples, library};

/// The configurations to vary an option in: the examples, and each changed so the option applies.
fn bases(option: &avv::engine::options::OptionDecl) -> Vec<DpaConfig> {
    let library = library();
    let applies = |c: &DpaConfig| option.applies.eval(c, library.catalogues());
    let examples: Vec<DpaConfig> = examples().into_iter().map(|(_, c)| c).collect();
    let adjusted: Vec<DpaConfig> = examples
        .iter()
        .map(|c| corpus::satisfying(library, c, &option.applies))
        .collect();
    examples
        .into_iter()
        .chain(adjusted)
        .filter(applies)
        .collect()
}

#[test]
fn every_value_of_every_option_changes_the_agreement() {
    let library = library();
    let options = library.options();
    let mut invisible = Vec::new();
    let mut failures = Vec::new();
    for option in options.all() {
        if let Some(reason) = &option.invisible {
            invisible.push(format!("{}: {reason}", option.id));
            continue;
        }
        let samples = options.samples(option);
        let bases = bases(option);
        if bases.is_empty() {
            failures.push(format!("{}: no example makes the option apply", option.id));
            continue;
        }
        // The option passes if some base tells every pair of its values apart.
        let mut best: Option<String> = None;
        let passes = bases.iter().any(|base| {
            let rendered: Vec<String> = samples
                .iter()
                .map(|value| {
                    let mut config = base.clone();
                    config.customer.choices.set(&option.id, value.clone());
                    assemble(&config, library).document.markdown
                })
                .collect();
            for (i, a) in rendered.iter().enumerate() {
                for (j, b) in rendered.iter().enumerate().skip(i + 1) {
                    if a == b {
                        best.get_or_insert_with(|| {
                            format!(
                                "{}: {:?} and {:?} give the same agreement",
                                option.id, samples[i], samples[j]
                            )
                        });
                        return false;
                    }
                }
            }
            true
        });
        if !passes {
            failures.push(best.unwrap_or_else(|| option.id.clone()));
        }
    }
    if !invisible.is_empty() {
        println!("intentionally invisible: {invisible:#?}");
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// The form asks for a few structural fields only under a choice (`editor.chosen("subject_basis",
/// "task_list")`); every such name in `src/ui` must be a declared option and value.
#[test]
fn the_form_names_only_declared_options() {
    let library = library();
    let mut found = 0;
    let mut files = Vec::new();
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else {
                out.push(path);
            }
        }
    }
    walk(&common::root().join("src/ui"), &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for call in text.split("chosen(\"").skip(1) {
            let mut parts = call.split('"');
            let (id, value) = (parts.next().unwrap(), parts.nth(1).unwrap_or(""));
            let known = library
                .options()
                .get(id)
                .is_some_and(|o| o.value(value).is_some());
            assert!(
                known,
                "{}: `{id}.{value}` is not a declared option value",
                file.display()
            );
            found += 1;
        }
    }
    assert!(
        found > 0,
        "no `chosen(…)` call found; the test looks for the wrong name"
    );
}
