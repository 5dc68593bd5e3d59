//! The `avv` command as vendors, counsel and CI use it: exit codes, stdout and stderr.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::Command;

fn avv_in(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_avv"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn avv(args: &[&str]) -> (i32, String, String) {
    avv_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn temp_file(name: &str, text: &str) -> String {
    let path = std::env::temp_dir().join(format!("avv-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

fn example(name: &str) -> String {
    std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(name),
    )
    .unwrap()
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
    let (code, stdout, stderr) = avv(&["check", "examples/s2-auftraggeberfreundlich.json"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("| Meldung von Datenschutzverletzungen ohne unangemessene Verzögerung (Art. 33 Abs. 2) | Ziffer"), "{stdout}");
    assert!(!stdout.contains("**fehlt**"));
}

#[test]
fn a_value_out_of_bounds_exits_2_naming_the_field() {
    let text = example("minimal.json");
    let bad = text.replace("\"data_subject_days\": 3", "\"data_subject_days\": 300");
    assert_ne!(bad, text);
    let path = temp_file("bounds.json", &bad);
    for command in ["render", "check"] {
        let (code, stdout, stderr) = avv(&[command, &path]);
        assert_eq!((code, stdout.as_str()), (2, ""), "{stderr}");
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
    let path = temp_file("broken.json", "{\"schema_version\": 2,");
    let (code, stdout, stderr) = avv(&["render", &path]);
    assert_eq!((code, stdout.as_str()), (2, ""));
    assert!(stderr.contains("keine gültige JSON-Datei"), "{stderr}");
}

#[test]
fn an_incomplete_draft_renders_with_gaps_and_exit_1() {
    let (_, draft, _) = avv(&["new", "ausgewogen"]);
    let path = temp_file("draft.json", &draft);
    for command in ["render", "check"] {
        let (code, stdout, stderr) = avv(&[command, &path]);
        assert_eq!(code, 1, "{command}: {stderr}");
        let listed = if command == "render" {
            &stderr
        } else {
            &stdout
        };
        assert!(
            listed.contains("customer.controller.name"),
            "{command}: {listed}"
        );
    }
    let (_, stdout, _) = avv(&["render", &path]);
    assert!(stdout.contains("\\[…\\]"), "{stdout}");
}

#[test]
fn help_is_german_and_exits_0() {
    for args in [
        &["--help"][..],
        &["hilfe"],
        &["hilfe", "clauses"],
        &["render", "--help"],
    ] {
        let (code, stdout, _) = avv(args);
        assert_eq!(code, 0, "{args:?}");
        assert!(stdout.contains("Exit"), "{args:?}: {stdout}");
    }
    let (code, _, stderr) = avv(&["renderr", "x.json"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("Unbekannter Befehl") && stderr.contains("Befehle:"),
        "{stderr}"
    );
    let (code, _, stderr) = avv(&["new", "foo"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("Unbekannte Voreinstellung „foo“; erlaubt: ausgewogen"),
        "{stderr}"
    );
}

#[test]
fn an_older_file_is_migrated() {
    let (code, stdout, stderr) = avv(&["migrate", "tests/fixtures/schema-v1/minimal.json"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains(&format!(
            "\"schema_version\": {}",
            avv::engine::config::SCHEMA_VERSION
        )),
        "{stdout}"
    );
    assert!(
        stdout.contains("\"breach_notice\": \"deadline\""),
        "{stdout}"
    );
}

/// A copy of the clause library in a temporary folder, for counsel's mistakes.
fn library_copy(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("avv-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap().flatten() {
            let path = entry.path();
            let target = to.join(entry.file_name());
            if path.is_dir() {
                copy(&path, &target);
            } else {
                std::fs::copy(&path, &target).unwrap();
            }
        }
    }
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("clauses"),
        &dir.join("clauses"),
    );
    dir
}

#[test]
fn clauses_check_lists_every_mistake_at_once_with_suggestions() {
    let dir = library_copy("mistakes");
    let (code, stdout, stderr) = avv_in(&dir, &["clauses", "check"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("Die Klauselbibliothek ist in Ordnung"),
        "{stdout}"
    );
    let clause = dir.join("clauses/140-datenpannen.md");
    let text = std::fs::read_to_string(&clause).unwrap();
    std::fs::write(&clause, text.replacen("{{ ag.dat }}", "{{ ag.dta }}", 1)).unwrap();
    let kontrollen = dir.join("clauses/180-kontrollen.md");
    let text = std::fs::read_to_string(&kontrollen).unwrap();
    std::fs::write(
        &kontrollen,
        text.replacen("o.audit_notice.any_time", "o.audit_notice.anytime", 1),
    )
    .unwrap();
    let (code, _, stderr) = avv_in(&dir, &["clauses", "check"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("clauses/140-datenpannen.md:8:"), "{stderr}");
    assert!(stderr.contains("Unbekannte Variable `ag.dta`."), "{stderr}");
    assert!(stderr.contains("Meinten Sie `ag.dat`?"), "{stderr}");
    assert!(stderr.contains("clauses/180-kontrollen.md:"), "{stderr}");
    assert!(
        stderr.contains("Meinten Sie `o.audit_notice.any_time`?"),
        "{stderr}"
    );
    assert!(
        stderr.contains("Fehler in der Klauselbibliothek."),
        "{stderr}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn clauses_diff_shows_changed_words() {
    let dir = library_copy("diff");
    std::os::unix::fs::symlink(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples"),
        dir.join("examples"),
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("tests")).unwrap();
    std::os::unix::fs::symlink(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden"),
        dir.join("tests/golden"),
    )
    .unwrap();
    let (code, stdout, stderr) = avv_in(&dir, &["clauses", "diff"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    let clause = dir.join("clauses/140-datenpannen.md");
    let text = std::fs::read_to_string(&clause).unwrap();
    std::fs::write(
        &clause,
        text.replacen("unverzüglich, nachdem", "sofort, nachdem", 1),
    )
    .unwrap();
    let (code, stdout, _) = avv_in(&dir, &["clauses", "diff"]);
    assert_eq!(code, 1);
    assert!(stdout.contains("## minimal"), "{stdout}");
    assert!(
        stdout.contains("[-unverzüglich,-] {+sofort,+} nachdem"),
        "{stdout}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
