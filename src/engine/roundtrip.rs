//! The Markdown download as a round trip. The file a person downloads is the contract text,
//! then a footer with the SHA-256 fingerprint of that text, then the configuration that made it
//! in an HTML comment, which Markdown viewers and the preview never show. Importing such a file
//! restores the configuration; the text in the file is compared with the text the configuration
//! gives, so hand edits after the download show as a redline.

use serde::{Deserialize, Serialize};

use super::config::{Date, DpaConfig};
use super::import::parse_json;
use super::options::OptionSet;
use super::redline::{Change, diff_words};

/// One piece of the redline of an edited download, owned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Words in both texts.
    Same(String),
    /// Words the configuration gives that the file lacks.
    Removed(String),
    /// Words in the file that the configuration does not give.
    Added(String),
}
use super::sha256;

/// The words before the fingerprint in the footer of every output.
pub const FINGERPRINT_LABEL: &str = "Prüfsumme (SHA-256) des Vertragstexts: ";

/// The start of the comment that carries the configuration.
const CONFIG_START: &str = "<!-- avv-konfiguration\n";
/// Its end.
const CONFIG_END: &str = "\n-->";
/// The rule and blank line before the footer.
const FOOTER_START: &str = "\n---\n\n";

/// The fingerprint of a contract text: SHA-256 of its bytes, in hexadecimal. Trailing white
/// space counts as one line end, so a file saved by an editor that trims or adds one keeps it.
pub fn fingerprint(contract: &str) -> String {
    sha256::hex(format!("{}\n", contract.trim_end()).as_bytes())
}

/// What the comment holds besides the configuration.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Embedded {
    /// The release that made the file.
    version: String,
    /// The day the text was made (it decides date-dependent wording), `JJJJ-MM-TT`.
    erstellt: Option<String>,
    /// The configuration.
    konfiguration: serde_json::Value,
}

/// The file a person downloads: `contract`, the fingerprint footer and the configuration.
pub fn download(contract: &str, config: &DpaConfig, made_on: Option<Date>) -> String {
    let embedded = Embedded {
        version: env!("CARGO_PKG_VERSION").to_owned(),
        erstellt: made_on.map(Date::iso),
        konfiguration: serde_json::to_value(config).expect("configurations serialise"),
    };
    // `<` and `>` occur in JSON only inside strings, where their escapes mean the same; so a
    // typed `-->` cannot end the comment early.
    let json = serde_json::to_string_pretty(&embedded)
        .expect("configurations serialise")
        .replace('<', "\\u003c")
        .replace('>', "\\u003e");
    let contract = contract.trim_end();
    format!(
        "{contract}\n{FOOTER_START}{FINGERPRINT_LABEL}{}\n\n{CONFIG_START}{json}{CONFIG_END}\n",
        fingerprint(contract)
    )
}

/// A downloaded file, read back.
#[derive(Debug)]
pub struct Downloaded {
    /// The configuration it carries.
    pub config: DpaConfig,
    /// The day its text was made, if recorded.
    pub made_on: Option<Date>,
    /// The contract text as found in the file (without footer and configuration).
    pub contract: String,
    /// The fingerprint printed in its footer, if the footer is still there.
    pub printed_fingerprint: Option<String>,
}

/// True if `text` looks like a downloaded agreement (it carries the configuration comment).
pub fn is_download(text: &str) -> bool {
    text.contains(CONFIG_START.trim_end())
}

/// Reads a downloaded file. A file without the comment, or with a comment that is not a
/// configuration, is refused with a German message; nothing else is touched.
pub fn read(text: &str, options: &OptionSet) -> Result<Downloaded, String> {
    let text = text.replace("\r\n", "\n");
    let start = text.rfind(CONFIG_START.trim_end()).ok_or_else(|| {
        "Die Datei enthält keine Konfiguration. Nur ein Vertrag, den der Konfigurator als Markdown heruntergeladen hat, lässt sich wieder laden; oder laden Sie die exportierte Konfiguration (JSON).".to_owned()
    })?;
    let body = &text[start + CONFIG_START.trim_end().len()..];
    let end = body.find(CONFIG_END.trim_start()).ok_or_else(|| {
        "Die eingebettete Konfiguration ist unvollständig: Ihr Ende („-->“) fehlt.".to_owned()
    })?;
    let json = body[..end].trim();
    let embedded: Embedded = serde_json::from_str(json).map_err(|e| {
        let why = super::json_messages::syntax_error(json)
            .unwrap_or_else(|| super::json_messages::german_serde_message(&e.to_string()));
        format!("Die eingebettete Konfiguration ist beschädigt ({why}).")
    })?;
    let config = parse_json(&embedded.konfiguration.to_string(), options)
        .map_err(|e| format!("Die eingebettete Konfiguration ist nicht gültig ({e})."))?;
    let made_on = match embedded.erstellt {
        Some(day) => Some(Date::parse_iso(&day).map_err(|_| {
            format!("Die eingebettete Konfiguration ist beschädigt (Datum „{day}“).")
        })?),
        None => None,
    };
    let before = &text[..start];
    let footer = before.rfind(&format!("{FOOTER_START}{FINGERPRINT_LABEL}"));
    let (contract, printed_fingerprint) = match footer {
        Some(at) => {
            let line = &before[at + FOOTER_START.len() + FINGERPRINT_LABEL.len()..];
            let printed = line.lines().next().unwrap_or("").trim().to_owned();
            (&before[..at], Some(printed))
        }
        None => (before, None),
    };
    Ok(Downloaded {
        config,
        made_on,
        contract: format!("{}\n", contract.trim_end()),
        printed_fingerprint,
    })
}

/// How a downloaded file relates to the text its configuration gives.
#[derive(Debug, PartialEq, Eq)]
pub enum Comparison {
    /// The file holds exactly the text the configuration gives.
    Unchanged,
    /// The text differs: the redline from the configuration's text to the file's.
    Edited(Vec<Edit>),
}

/// Compares the file's contract text with `expected`, the text its configuration gives.
pub fn compare(file: &Downloaded, expected: &str) -> Comparison {
    let expected = format!("{}\n", expected.trim_end());
    if file.contract == expected {
        return Comparison::Unchanged;
    }
    Comparison::Edited(
        diff_words(&expected, &file.contract)
            .into_iter()
            .map(|c| match c {
                Change::Same(s) => Edit::Same(s.to_owned()),
                Change::Removed(s) => Edit::Removed(s.to_owned()),
                Change::Added(s) => Edit::Added(s.to_owned()),
            })
            .collect(),
    )
}

/// True if the fingerprint printed in the file matches its text: false means the text was
/// edited after the download (or the footer was).
pub fn fingerprint_holds(file: &Downloaded) -> bool {
    file.printed_fingerprint.as_deref() == Some(fingerprint(&file.contract).as_str())
}

#[cfg(test)]
#[path = "roundtrip_tests.rs"]
mod tests;
