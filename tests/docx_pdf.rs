//! A real reader: LibreOffice converts the Word document of three examples (the largest, an
//! electronic conclusion; a wet-ink one with signatories; the minimal one) to PDF, and
//! `pdftotext` reads what a person would see: the headings with their numbers, the paragraph
//! numbers, table cells, "Seite X von Y", the signature page, and no Markdown.
//!
//! LibreOffice and poppler are installed by `scripts/setup.sh` (`make test` runs it), so a
//! missing `soffice` or `pdftotext` fails this test rather than skipping it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use avv::engine::assemble;
use avv::engine::docx::{DocxMeta, docx};

const EXAMPLES: &[&str] = &[
    "pflegedienst-sozialdaten",
    "kanzlei-berufsgeheimnis",
    "minimal",
];

fn run(program: &str, args: &[&str]) -> std::process::Output {
    Command::new(program).args(args).output().unwrap_or_else(|err| {
        panic!(
            "`{program}` fehlt ({err}): scripts/setup.sh installiert libreoffice-writer-nogui und poppler-utils (`sudo apt-get install -y libreoffice-writer-nogui poppler-utils`)."
        )
    })
}

/// Writes each example's .docx to `dir` and converts them all to PDF in one LibreOffice run,
/// with a profile of its own so that parallel runs do not share one.
fn convert(dir: &Path) -> Vec<(String, String, String)> {
    let mut files = Vec::new();
    for (name, config) in common::examples() {
        if !EXAMPLES.contains(&name.as_str()) {
            continue;
        }
        let document = assemble(&config, common::library()).document;
        let meta = DocxMeta {
            title: "Vertrag über die Auftragsverarbeitung".into(),
            version: "Fassung vom 29.11.2026".into(),
            fingerprint: Some("f00d".repeat(16)),
            date: None,
        };
        let path = dir.join(format!("{name}.docx"));
        std::fs::write(&path, docx(&document, &meta)).unwrap();
        files.push((name, document.markdown, path));
    }
    assert_eq!(files.len(), EXAMPLES.len());
    let profile = format!(
        "-env:UserInstallation=file://{}",
        dir.join("profile").display()
    );
    let mut args = vec![
        profile.as_str(),
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
    ];
    let outdir = dir.to_string_lossy().into_owned();
    args.push(&outdir);
    let paths: Vec<String> = files
        .iter()
        .map(|f| f.2.to_string_lossy().into_owned())
        .collect();
    args.extend(paths.iter().map(String::as_str));
    let started = Instant::now();
    let out = run("soffice", &args);
    eprintln!(
        "soffice: {} documents in {:.1?}",
        files.len(),
        started.elapsed()
    );
    assert!(
        out.status.success(),
        "soffice: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    files
        .into_iter()
        .map(|(name, markdown, path)| {
            let pdf = path.with_extension("pdf");
            assert!(
                pdf.exists(),
                "{name}: no PDF: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let text = run("pdftotext", &["-layout", &pdf.to_string_lossy(), "-"]);
            assert!(text.status.success(), "{name}: pdftotext failed");
            (name, markdown, String::from_utf8(text.stdout).unwrap())
        })
        .collect()
}

/// Runs of whitespace (layout spaces, tabs after numbers, line ends) as one space.
fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The first body line of a page: the line after the page header.
fn first_line(page: &str) -> &str {
    let mut lines = page.lines().map(str::trim).filter(|l| !l.is_empty());
    lines.next();
    lines.next().unwrap_or("")
}

#[test]
fn libreoffice_shows_what_the_markdown_says() {
    let dir: PathBuf = std::env::temp_dir().join(format!("avv-docx-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let converted = convert(&dir);
    for (name, markdown, pdf) in &converted {
        let flat = words(pdf);
        // Headings with their numbers; numbered paragraphs with their number and first word.
        assert!(
            flat.contains("1. Gegenstand und Dauer der Verarbeitung"),
            "{name}"
        );
        for line in markdown.lines() {
            if let Some(heading) = line.strip_prefix("## ") {
                assert!(flat.contains(&words(heading)), "{name}: heading {heading}");
            } else if let Some((number, rest)) = line.split_once(' ')
                && number.contains('.')
                && number
                    .split('.')
                    .all(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            {
                let first = rest.split_whitespace().next().unwrap_or("");
                if first.chars().all(char::is_alphabetic) {
                    let shown = format!("{number} {first}");
                    assert!(flat.contains(&shown), "{name}: paragraph {shown}");
                }
            }
        }
        assert!(flat.contains("7.1 "), "{name}");
        for syntax in ["\\", "**", "|---", "##"] {
            assert!(!pdf.contains(syntax), "{name}: `{syntax}` in the PDF");
        }
        // Header and footer on every page, with the right page count.
        let pages: Vec<&str> = pdf
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        assert!(pages.len() > 10, "{name}: {} pages", pages.len());
        for (i, page) in pages.iter().enumerate() {
            let page_words = words(page);
            assert!(
                page_words
                    .starts_with("Vertrag über die Auftragsverarbeitung Fassung vom 29.11.2026"),
                "{name}: page {}",
                i + 1
            );
            let footer = format!("Seite {} von {}", i + 1, pages.len());
            assert!(page_words.contains(&footer), "{name}: {footer}");
            assert!(page_words.contains(&format!(
                "Prüfsumme (SHA-256) des Vertragstexts: {}",
                "f00d".repeat(16)
            )));
        }
        assert!(flat.contains("Seite 1 von"));
        // The signature page starts a page of its own.
        let signature = pages
            .iter()
            .find(|p| matches!(first_line(p), "Unterschriften" | "Vertragsschluss"))
            .unwrap_or_else(|| panic!("{name}: no page starts with the signature section"));
        let signature = words(signature);
        match name.as_str() {
            "pflegedienst-sozialdaten" => {
                // Electronic conclusion: the table stays, cells and all.
                for cell in [
                    "Name",
                    "Funktion",
                    "Datum der Erklärung",
                    "Sabine Muster",
                    "Maren Beispiel",
                ] {
                    assert!(signature.contains(cell), "{name}: {cell}: {signature}");
                }
            }
            "kanzlei-berufsgeheimnis" => {
                for text in [
                    "Unterschriften",
                    "Ort, Datum: Münster, …",
                    "Dr. Clara Muster, Partnerin",
                    "Jan Beispiel, Geschäftsführer",
                ] {
                    assert!(signature.contains(text), "{name}: {text}: {signature}");
                }
                assert!(
                    !signature.contains("Unterschrift Name, Funktion"),
                    "{name}: the table is gone"
                );
            }
            _ => assert!(
                signature.contains("Name, Funktion: …"),
                "{name}: {signature}"
            ),
        }
        // A table of an annex: its header and a cell.
        assert!(
            flat.contains("Anlage 2: Technische und organisatorische Maßnahmen"),
            "{name}"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
