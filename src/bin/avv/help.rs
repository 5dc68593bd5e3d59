//! The German help of the `avv` command.

use std::process::ExitCode;

/// One command: its call, what it does, and its exit codes.
struct Command {
    name: &'static str,
    call: &'static str,
    summary: &'static str,
    details: &'static str,
}

const COMMANDS: &[Command] = &[
    Command {
        name: "render",
        call: "avv render KONFIGURATION.json",
        summary: "gibt den Vertrag als Markdown aus",
        details: "Offene Pflichtangaben und Hinweise stehen auf stderr, jeweils mit dem Feld.\nExit: 0 vollständig, 1 offene Pflichtangaben oder Widersprüche, 2 keine gültige Konfiguration.",
    },
    Command {
        name: "docx",
        call: "avv docx KONFIGURATION.json [AUSGABE.docx]",
        summary: "schreibt den Vertrag als Word-Dokument (.docx)",
        details: "Ohne AUSGABE.docx auf stdout. Kopfzeile mit Titel (processor.document_title, sonst „Vertrag über die Auftragsverarbeitung“) und Version (Version und Stand aus processor.document_version und document_date), Fußzeile „Seite X von Y“. Offene Pflichtangaben und Hinweise stehen auf stderr.\nExit: 0 vollständig, 1 offene Pflichtangaben oder Widersprüche, 2 keine gültige Konfiguration oder Ausgabe nicht schreibbar.",
    },
    Command {
        name: "check",
        call: "avv check KONFIGURATION.json",
        summary: "gibt den Prüfbericht nach Art. 28 DSGVO aus",
        details: "Welche Klausel welche Anforderung erfüllt, offene Pflichtangaben und Hinweise.\nExit: 0 vollständig, 1 unvollständig, 2 keine gültige Konfiguration.",
    },
    Command {
        name: "new",
        call: "avv new VOREINSTELLUNG",
        summary: "gibt einen leeren Entwurf mit einer Voreinstellung aus",
        details: "Voreinstellungen: die Ids der [[preset]] in clauses/optionen.toml (ausgewogen, auftraggeberfreundlich, anbieterfreundlich).\nExit: 0, oder 2 bei unbekannter Voreinstellung.",
    },
    Command {
        name: "migrate",
        call: "avv migrate KONFIGURATION.json",
        summary: "gibt eine Konfiguration eines älteren Formats im aktuellen Format aus",
        details: "Exit: 0, oder 2 wenn die Datei keine gültige Konfiguration ist.",
    },
    Command {
        name: "profile",
        call: "avv profile PROFIL.toml",
        summary: "prüft ein Anbieterprofil und gibt seine kompilierte Form aus",
        details: "Jeder Fehler mit Zeile und Feld auf stderr; `make dist PROFILE=…` bettet die kompilierte Form ein.\nExit: 0, oder 2 bei Fehlern.",
    },
    Command {
        name: "schema",
        call: "avv schema [profil]",
        summary: "gibt das JSON-Schema der Konfiguration (oder des Anbieterprofils) aus",
        details: "Für Editoren, die beim Schreiben ergänzen und prüfen; dieselben Dateien liegen unter docs/schema/. Beschreibung aller Felder: docs/configuration.md.\nExit: 0, oder 2 bei unbekanntem Argument.",
    },
    Command {
        name: "clauses",
        call: "avv clauses check [ORDNER] | avv clauses diff [--accept] | avv clauses render KONFIGURATION.json",
        summary: "prüft die Klauselbibliothek auf der Festplatte und vergleicht die Beispieldokumente",
        details: "check: alle Fehler der Klauseln, Optionen, Prüfungen und Kataloge auf einmal, mit Datei, Zeile, Auszug und Vorschlag (Ordner: clauses).\ndiff: rendert jedes Beispiel aus examples/ und zeigt Wort für Wort, was sich gegenüber tests/golden/ ändert; --accept übernimmt die neuen Dokumente.\nrender: wie `avv render`, aber mit den Klauseln auf der Festplatte.\nExit: 0 in Ordnung, 1 Fehler oder Unterschiede, 2 Ordner oder Datei nicht lesbar.",
    },
];

/// The overview, or one command's help; exit 0.
pub fn print(command: Option<&str>) -> ExitCode {
    match command {
        None => println!("{}", overview()),
        Some(name) => match COMMANDS.iter().find(|c| c.name == name) {
            Some(c) => println!("{}\n\n{}\n\n{}", c.call, capitalised(c.summary), c.details),
            None => return usage_error(&format!("Den Befehl `{name}` gibt es nicht.")),
        },
    }
    ExitCode::SUCCESS
}

/// A wrong call: the message and the overview on stderr, exit 2.
pub fn usage_error(message: &str) -> ExitCode {
    eprintln!("{message}\n\n{}", overview());
    ExitCode::from(2)
}

fn overview() -> String {
    let mut out = String::from("avv – der AVV-Konfigurator auf der Kommandozeile\n\nBefehle:\n");
    for c in COMMANDS {
        out.push_str(&format!("  {:<10} {}\n", c.name, c.summary));
    }
    out.push_str(
        "\n`avv hilfe BEFEHL` zeigt Aufruf und Exit-Codes eines Befehls.\nExit-Codes: 0 vollständig bzw. in Ordnung, 1 unvollständig, widersprüchlich oder fehlerhaft, 2 ungültige Eingabe oder falscher Aufruf.",
    );
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect::<String>() + ".")
        .unwrap_or_default()
}
