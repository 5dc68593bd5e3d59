//! The presets mean their names: `docs/presets.md` is generated from the declarations (every
//! choice point, the value of each preset, whom it favours and why), and each option is at
//! least as favourable to the customer in `auftraggeberfreundlich` as in `ausgewogen`, and in
//! `ausgewogen` as in `anbieterfreundlich`. Regenerate the document with
//! `UPDATE_DOCS=1 cargo test --test presets`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::fs;

use avv::engine::config::ChoiceValue;
use avv::engine::field::Section;
use avv::engine::options::{Favours, OptionDecl};
use common::{library, root};

const CONTROLLER_FRIENDLY: &str = "auftraggeberfreundlich";
const BALANCED: &str = "ausgewogen";
const PROCESSOR_FRIENDLY: &str = "anbieterfreundlich";

fn sign(f: Favours) -> i64 {
    match f {
        Favours::Controller => 1,
        Favours::Processor => -1,
        Favours::Neutral => 0,
    }
}

/// How far a value leans towards the customer: positive for the customer, negative for the
/// vendor. Numbers compare by size in the declared direction.
fn lean(o: &OptionDecl, value: &ChoiceValue) -> i64 {
    match value {
        ChoiceValue::Flag(on) => {
            if *on {
                sign(o.favours)
            } else {
                0
            }
        }
        ChoiceValue::Number(n) => n * sign(o.favours),
        ChoiceValue::Word(w) => o.value(w).map_or(0, |v| sign(v.favours)),
        ChoiceValue::Words(ws) => ws
            .iter()
            .map(|w| o.value(w).map_or(0, |v| sign(v.favours)))
            .sum(),
    }
}

/// Whom one preset's value favours, relative to the other presets for numbers.
fn side(o: &OptionDecl, value: &ChoiceValue) -> &'static str {
    let all: Vec<i64> = o.defaults.iter().map(|v| lean(o, v)).collect();
    let mine = lean(o, value);
    let l = match value {
        // A number favours nobody in itself; it leans towards a side against the others.
        ChoiceValue::Number(_) => {
            let (min, max) = (
                *all.iter().min().unwrap_or(&0),
                *all.iter().max().unwrap_or(&0),
            );
            if min == max {
                0
            } else if mine == max {
                1
            } else if mine == min {
                -1
            } else {
                0
            }
        }
        _ => mine.signum(),
    };
    match l {
        1.. => "Auftraggeber",
        0 => "neutral",
        _ => "Anbieter",
    }
}

fn shown(o: &OptionDecl, value: &ChoiceValue) -> String {
    let text = match value {
        ChoiceValue::Flag(true) => "ja".to_owned(),
        ChoiceValue::Flag(false) => "nein".to_owned(),
        ChoiceValue::Number(n) => format!("{n} {}", o.unit).trim().to_owned(),
        ChoiceValue::Word(w) => o.value(w).map_or(w.clone(), |v| v.label.clone()),
        ChoiceValue::Words(ws) if ws.is_empty() => "keine".to_owned(),
        ChoiceValue::Words(ws) => ws
            .iter()
            .map(|w| o.value(w).map_or(w.clone(), |v| v.label.clone()))
            .collect::<Vec<_>>()
            .join("; "),
    };
    text.replace('|', "\\|")
}

fn document() -> String {
    let options = library().options();
    let presets = options.presets();
    let mut out = String::from(
        "# Die Ausgangspunkte\n\n\
         <!-- Erzeugt von `UPDATE_DOCS=1 cargo test --test presets` aus clauses/optionen.toml; nicht von Hand ändern. -->\n\n\
         Ein neuer Entwurf beginnt mit allen Voreinstellungen seines Ausgangspunkts; der Kunde kann danach jede Regelung einzeln ändern. \
         Wechselt er den Ausgangspunkt, ändern sich nur die Regelungen, deren Voreinstellung sich zwischen den Ausgangspunkten unterscheidet; \
         was in jedem Ausgangspunkt gleich voreingestellt ist (etwa Angaben zur Lage wie Berufsgeheimnis oder Sozialdaten, die Form des Abschlusses, das Deckblatt), behält seinen Wert. \
         Die Tabellen nennen für jede Regelung den Wert jedes Ausgangspunkts, wen er begünstigt und warum die Ausgangspunkte so gewählt sind. \
         Bei Zahlen begünstigt der Wert eine Seite im Vergleich zu den anderen Ausgangspunkten. \
         Ein Test hält fest, dass jede Regelung im auftraggeberfreundlichen Ausgangspunkt für den Auftraggeber mindestens so günstig ist wie im ausgewogenen und dort mindestens so günstig wie im anbieterfreundlichen.\n\n",
    );
    for p in presets {
        out.push_str(&format!("- **{}**: {}\n", p.label, p.help));
    }
    let mut tally = vec![(0, 0); presets.len()];
    for section in Section::ALL {
        let rows: Vec<&OptionDecl> = options
            .in_section(*section)
            .filter(|o| o.preset_bound())
            .collect();
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("\n## {}\n\n| Regelung |", section.title()));
        for p in presets {
            out.push_str(&format!(" {} |", p.label));
        }
        out.push_str(" Warum |\n|---|");
        for _ in presets {
            out.push_str("---|");
        }
        out.push_str("---|\n");
        for o in rows {
            out.push_str(&format!("| {} |", o.label.replace('|', "\\|")));
            for (i, value) in o.defaults.iter().enumerate() {
                let s = side(o, value);
                // The balance counts choices and toggles; a number leans only relative to
                // the other presets.
                match s {
                    _ if matches!(value, ChoiceValue::Number(_)) => {}
                    "Auftraggeber" => tally[i].0 += 1,
                    "Anbieter" => tally[i].1 += 1,
                    _ => {}
                }
                out.push_str(&format!(" {} ({s}) |", shown(o, value)));
            }
            let applies = if o.applies_text.is_empty() {
                String::new()
            } else {
                " Gilt nur unter einer Bedingung (`{}`).".replace("{}", &o.applies_text)
            };
            out.push_str(&format!(" {}{applies} |\n", o.why.replace('|', "\\|")));
        }
    }
    out.push_str("\n## Bilanz\n\nZahl der Auswahlen und Schalter (ohne Zahlen, die nur im Vergleich eine Seite begünstigen), in denen ein Ausgangspunkt den Auftraggeber oder den Anbieter begünstigt:\n\n| Ausgangspunkt | Auftraggeber | Anbieter |\n|---|---|---|\n");
    for (p, (c, v)) in presets.iter().zip(&tally) {
        out.push_str(&format!("| {} | {c} | {v} |\n", p.label));
    }
    out
}

#[test]
fn docs_presets_md_is_current() {
    let path = root().join("docs/presets.md");
    let expected = document();
    if std::env::var_os("UPDATE_DOCS").is_some() {
        fs::write(&path, &expected).unwrap();
    }
    let written = fs::read_to_string(&path).unwrap_or_default();
    assert!(
        written == expected,
        "docs/presets.md is stale: run `UPDATE_DOCS=1 cargo test --test presets`"
    );
}

#[test]
fn each_preset_leans_the_way_its_name_says_on_every_option() {
    let options = library().options();
    let at = |id: &str| options.preset_index(id).expect(id);
    let (c, b, p) = (
        at(CONTROLLER_FRIENDLY),
        at(BALANCED),
        at(PROCESSOR_FRIENDLY),
    );
    let mut wrong = Vec::new();
    for o in options.all().iter().filter(|o| o.preset_bound()) {
        let (lc, lb, lp) = (
            lean(o, &o.defaults[c]),
            lean(o, &o.defaults[b]),
            lean(o, &o.defaults[p]),
        );
        if !(lc >= lb && lb >= lp) {
            wrong.push(format!(
                "{}: {CONTROLLER_FRIENDLY} {:?}, {BALANCED} {:?}, {PROCESSOR_FRIENDLY} {:?}",
                o.id, o.defaults[c], o.defaults[b], o.defaults[p]
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "presets out of order:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_controller_friendly_preset_keeps_the_right_to_inspect() {
    // K3 of the redline: evidence never replaces inspections in the customer's preset, and no
    // preset lets a self-declaration replace one.
    let options = library().options();
    let c = options.preset_index(CONTROLLER_FRIENDLY).unwrap();
    let effect = options.get("evidence_effect").unwrap();
    assert_eq!(effect.defaults[c], ChoiceValue::Word("supplement".into()));
}

#[test]
fn the_vendor_friendly_preset_has_what_a_vendor_needs() {
    // The redline's list for the vendor: a liability rule, change requests against a fee,
    // an audit frequency cap, objections only for data-protection reasons, emergency
    // replacement of subprocessors, anonymised data for its own purposes.
    let options = library().options();
    let p = options.preset_index(PROCESSOR_FRIENDLY).unwrap();
    let value = |id: &str| options.get(id).unwrap().defaults[p].clone();
    let word = |w: &str| ChoiceValue::Word(w.into());
    assert_eq!(value("liability_rule"), word("main_contract"));
    assert_eq!(value("instruction_scope"), word("change_request"));
    assert_eq!(value("audit_frequency"), word("once_per_year"));
    assert_eq!(value("objection_grounds"), word("data_protection"));
    assert_eq!(value("emergency_replacement"), ChoiceValue::Flag(true));
    assert_eq!(value("own_purposes"), word("anonymised_improvement"));
}
