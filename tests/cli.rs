//! The `avv` command as vendors and CI use it: exit codes, stdout and stderr.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn avv(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_avv"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn temp_file(name: &str, text: &str) -> String {
    let path = std::env::temp_dir().join(format!("avv-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn render_prints_the_agreement() {
    let (code, stdout, stderr) = avv(&["render", "examples/minimal.json"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("# Vertrag über die Auftragsverarbeitung\n"));
    assert!(stdout.contains("Beispiel Handel GmbH"));
}

#[test]
fn check_prints_the_coverage_report() {
    let (code, stdout, _) = avv(&["check", "examples/s2-auftraggeberfreundlich.json"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("| Meldung von Datenschutzverletzungen ohne unangemessene Verzögerung (Art. 33 Abs. 2) | Ziffer"), "{stdout}");
    assert!(!stdout.contains("**fehlt**"));
}

#[test]
fn a_value_out_of_bounds_exits_2_naming_the_field() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/minimal.json"
    ))
    .unwrap();
    let bad = text.replace("\"data_subject_days\": 3", "\"data_subject_days\": 300");
    assert_ne!(bad, text);
    let path = temp_file("bounds.json", &bad);
    for command in ["render", "check"] {
        let (code, stdout, stderr) = avv(&[command, &path]);
        assert_eq!(code, 2);
        assert_eq!(stdout, "");
        assert!(
            stderr.contains("Feld `customer.choices.data_subject_days`"),
            "{stderr}"
        );
        assert!(
            stderr.contains("300 liegt nicht zwischen 1 und 20"),
            "{stderr}"
        );
    }
}

#[test]
fn invalid_json_exits_2_with_nothing_on_stdout() {
    let path = temp_file("broken.json", "{\"schema_version\": 1,");
    let (code, stdout, stderr) = avv(&["render", &path]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("keine gültige JSON-Datei"), "{stderr}");
}

#[test]
fn an_incomplete_draft_renders_with_gaps_and_exit_1() {
    let (_, draft, _) = avv(&["new", "ausgewogen"]);
    let path = temp_file("draft.json", &draft);
    let (code, stdout, stderr) = avv(&["render", &path]);
    assert_eq!(code, 1);
    assert!(stdout.contains("\\[…\\]"), "{stdout}");
    assert!(stderr.contains("customer.controller.name"), "{stderr}");
}
