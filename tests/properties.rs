//! Property tests over random valid configurations: every Art. 28 requirement is met, no
//! reference dangles, no template syntax or gap leaks, output is deterministic, and any text in
//! any field leaves the Markdown structure and the HTML preview unchanged.
//!
//! The choices are generated from the option declarations, so every value of every option
//! (every set up to all its values, every number over its whole range) is drawn, including
//! options counsel adds later without touching this file.
#![cfg(not(target_arch = "wasm32"))]

mod common;
#[path = "support/generate.rs"]
mod generate;

use avv::engine::config::*;
use avv::engine::{Severity, assemble, check, markdown};
use common::library;
use generate::arb_config;
use proptest::prelude::*;

/// Pieces of hostile input, joined at random.
fn arb_hostile() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "#",
        "# Titel",
        "## ",
        "- ",
        "* ",
        "+ ",
        "1. ",
        "2) ",
        "> ",
        "|",
        "| a | b |",
        "---",
        "===",
        "`",
        "```",
        "~~~",
        "<b>",
        "</b>",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[a](javascript:alert(1))",
        "![b](x.png)",
        "[x]: http://example.org",
        "<http://example.org>",
        "&amp;",
        "&#60;",
        "&lt;",
        "**",
        "__",
        "*",
        "_",
        "~~",
        "\\",
        "\n",
        "\r\n",
        "\n\n",
        "\t",
        "    ",
        "[[ziffer:parteien]]",
        "[[anlage:anlage-tom]]",
        "{{ controller.name }}",
        "{% if when.indemnity %}",
        "{# c #}",
        "\u{200B}",
        "\u{202E}",
        "\u{2028}",
        "\u{FEFF}",
        "\u{E000}",
        "=",
        "'",
        "\"",
        "Wort",
        "ä",
        "  ",
        "<!--",
        "-->",
        "$x$",
        "{#id}",
        ":",
    ]);
    (
        prop::collection::vec(pieces, 1..8),
        "[a-zA-Z]{1,3}",
        any::<bool>(),
        0usize..4,
    )
        .prop_map(|(parts, word, word_first, long)| {
            let mut hostile = parts.concat();
            // Now and then a very long value, near the longest a one-line field accepts.
            if long == 0 {
                hostile.push_str(&"lang*_ ".repeat(40));
            }
            // A visible word keeps the value non-empty, like the plain word it is compared with.
            if word_first {
                format!("{word}{hostile}")
            } else {
                format!("{hostile}{word}")
            }
        })
}

/// The block and inline structure of a Markdown document.
fn structure(md: &str) -> Vec<String> {
    use pulldown_cmark::{Event, Tag, TagEnd};
    markdown::parser(md)
        .filter_map(|e| match e {
            Event::Start(tag) => Some(match tag {
                Tag::Heading { level, .. } => format!("<h{level}>"),
                Tag::Paragraph => "<p>".into(),
                Tag::List(start) => format!("<list {start:?}>"),
                Tag::Item => "<li>".into(),
                Tag::Table(_) => "<table>".into(),
                Tag::TableRow | Tag::TableHead => "<tr>".into(),
                Tag::TableCell => "<td>".into(),
                Tag::Emphasis => "<em>".into(),
                Tag::Strong => "<strong>".into(),
                other => format!("{other:?}"),
            }),
            Event::End(TagEnd::Paragraph) => Some("</p>".into()),
            Event::Html(_) | Event::InlineHtml(_) => Some("html".into()),
            Event::Code(_) => Some("code".into()),
            Event::HardBreak => Some("br".into()),
            Event::Rule => Some("hr".into()),
            _ => None,
        })
        .collect()
}

/// The draft mark of an incomplete agreement (a block quote under the title) and the document
/// without it.
fn split_draft_mark(md: &str) -> (Option<String>, String) {
    let Some(start) = md.find("> **ENTWURF") else {
        return (None, md.to_owned());
    };
    let end = md[start..].find("\n\n").map_or(md.len(), |i| start + i + 2);
    (
        Some(md[start..end].to_owned()),
        format!("{}{}", &md[..start], &md[end..]),
    )
}

/// `config` with every typed text, the text options among the choices included, set to `text`.
fn with_all_text(config: &DpaConfig, text: &str) -> DpaConfig {
    let mut config = config.clone();
    config.for_each_text_mut(&mut |_, _, s| *s = text.to_owned());
    for o in library().options().all() {
        if o.kind == OptionKind::Text {
            config
                .customer
                .choices
                .set(&o.id, ChoiceValue::Word(text.to_owned()));
        }
    }
    config
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(192), ..ProptestConfig::default() })]

    #[test]
    fn every_configuration_is_complete_and_lawful(config in arb_config()) {
        let library = library();
        let out = assemble(&config, library);
        let errors: Vec<_> = out.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
        prop_assert!(errors.is_empty(), "{:#?}", errors);
        let md = &out.document.markdown;
        for leak in ["{{", "}}", "{%", "%}", "[[", "]]", "[…]"] {
            prop_assert!(!md.contains(leak), "`{}` leaks into the document", leak);
        }
        let report = check(&out);
        for c in &report.coverage {
            prop_assert!(!c.clauses.is_empty(), "{} not met", c.requirement.label());
        }
        prop_assert_eq!(&assemble(&config, library).document, &out.document, "not deterministic");
    }

    #[test]
    fn typed_text_never_changes_the_structure(config in arb_config(), hostile in arb_hostile()) {
        let library = library();
        let plain = assemble(&with_all_text(&config, "Wort"), library).document.markdown;
        let attacked = assemble(&with_all_text(&config, &hostile), library).document.markdown;
        // Hostile text can make an entry invalid (an e-mail address), so the draft mark under
        // the title may list more open entries: it is compared on its own.
        let (plain_mark, plain) = split_draft_mark(&plain);
        let (mark, attacked) = split_draft_mark(&attacked);
        if let Some(mark) = &mark {
            let items = mark.matches("\n> - ").count();
            let mut expected = vec!["BlockQuote(None)".to_owned(), "<p>".into(), "<strong>".into(), "</p>".into(), "<list None>".into()];
            for _ in 0..items {
                expected.extend(["<li>".to_owned()]);
            }
            prop_assert_eq!(structure(mark), expected, "hostile text {:?} changed the draft mark", hostile);
        }
        prop_assert_eq!(plain_mark.is_some() || mark.is_none(), true);
        let (plain, attacked) = (plain.as_str(), attacked.as_str());
        prop_assert_eq!(structure(attacked), structure(plain), "hostile text {:?} changed the structure", hostile);
        let html = markdown::to_html(attacked);
        for tag in ["<script", "<img", "<a ", "<b>", "<code", "<pre", "<blockquote", "<hr"] {
            prop_assert!(!html.contains(tag), "hostile text {:?} produced {}", hostile, tag);
        }
    }
}

/// The generator reaches every value of every choice, both states of every toggle, every value
/// of every set and each set in full, and every subprocessor safeguard.
#[test]
fn the_generator_reaches_every_value() {
    use std::collections::BTreeSet;

    use proptest::strategy::ValueTree;
    use proptest::test_runner::{Config, TestRng, TestRunner};

    let options = library().options();
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::deterministic_rng(proptest::test_runner::RngAlgorithm::ChaCha),
    );
    let strategy = arb_config();
    let mut seen: BTreeSet<String> = BTreeSet::new();
    // A set of seven values is drawn in full once in 128 configurations.
    for _ in 0..2000 {
        let config = strategy.new_tree(&mut runner).unwrap().current();
        for o in options.all() {
            match config.customer.choices.get(&o.id) {
                Some(ChoiceValue::Flag(b)) => seen.insert(format!("{}={b}", o.id)),
                Some(ChoiceValue::Word(w)) => seen.insert(format!("{}={w}", o.id)),
                Some(ChoiceValue::Words(w)) => {
                    w.iter().for_each(|v| {
                        seen.insert(format!("{}={v}", o.id));
                    });
                    seen.insert(format!("{}#{}", o.id, w.len()))
                }
                _ => false,
            };
        }
        for s in &config.processor.subprocessors {
            seen.insert(format!("safeguard={}", s.safeguard.key()));
        }
    }
    let mut missing = Vec::new();
    for o in options.all() {
        let mut need: Vec<String> = match o.kind {
            OptionKind::Toggle => vec![format!("{}=true", o.id), format!("{}=false", o.id)],
            OptionKind::Choice | OptionKind::Set => o
                .values
                .iter()
                .map(|v| format!("{}={}", o.id, v.id))
                .collect(),
            _ => Vec::new(),
        };
        if o.kind == OptionKind::Set {
            need.push(format!("{}#{}", o.id, o.values.len()));
        }
        missing.extend(need.into_iter().filter(|n| !seen.contains(n)));
    }
    for s in TransferSafeguard::ALL {
        let key = format!("safeguard={}", s.key());
        if !seen.contains(&key) {
            missing.push(key);
        }
    }
    assert!(missing.is_empty(), "never generated: {missing:?}");
}
