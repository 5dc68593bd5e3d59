//! The live preview: the agreement rendered section by section.
//!
//! Each section's HTML is cached and rebuilt only when its Markdown changed; a changed section
//! gets a new key, so it is re-created and its highlight animation plays once.
//!
//! For the print (`style/print.css`): e-mail and web addresses may wrap at their punctuation
//! only, and the signature section of the wet-ink form is marked, so that its tables print as
//! blocks with lines to sign on.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use super::browser;
use crate::engine::{Document, markdown};

/// Properties of [`Preview`].
#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// The assembled agreement.
    pub document: Rc<Document>,
    /// The clause the current question affects; the preview scrolls to it.
    pub focus: Option<AttrValue>,
}

/// The id of the signature clause.
const SIGNATURES: &str = "unterschriften";
/// The header of the signature tables of the wet-ink form (`clauses/900-unterschriften.md`);
/// the electronic conclusion has "Name | Funktion | Datum der Erklärung" instead.
const WET_INK_HEADER: &str = "| Ort, Datum | Unterschrift | Name, Funktion |";

struct Cached {
    markdown: String,
    html: AttrValue,
    version: u32,
}

/// The rendered agreement.
#[function_component(Preview)]
pub fn preview(props: &PreviewProps) -> Html {
    let cache = use_mut_ref(HashMap::<String, Cached>::new);
    let container = use_node_ref();
    {
        let container = container.clone();
        use_effect_with(props.focus.clone(), move |focus| {
            if let (Some(focus), Some(container)) = (focus, container.cast::<web_sys::Element>()) {
                browser::scroll_into(&container, &format!("clause-{focus}"));
            }
        });
    }
    let document = &props.document;
    let mut cache = cache.borrow_mut();
    let sections = document.sections.iter().map(|section| {
        let text = &document.markdown[section.range.clone()];
        let entry = cache.entry(section.id.clone()).or_insert_with(|| Cached {
            markdown: String::new(),
            html: AttrValue::default(),
            version: 0,
        });
        if entry.markdown != text {
            entry.markdown = text.to_owned();
            // Safe to insert: typed values are escaped by the engine, and `to_html` shows any
            // raw HTML as text, so this holds only elements the clause library produced.
            entry.html = breakable_addresses(&markdown::to_html(text)).into();
            entry.version += 1;
        }
        let changed = entry.version > 1;
        let wet_ink = section.id == SIGNATURES && text.contains(WET_INK_HEADER);
        html! {
            <section key={format!("{}-{}", section.id, entry.version)} id={format!("clause-{}", section.id)}
                class={classes!("clause", changed.then_some("changed"), wet_ink.then_some("wet-ink"))}>
                { Html::from_html_unchecked(entry.html.clone()) }
            </section>
        }
    });
    html! {
        <article id="preview" class="preview" role="region" aria-label="Vorschau des Vertrags" ref={container} tabindex="0">
            { for sections }
        </article>
    }
}

/// Lets e-mail and web addresses in `html` wrap at their punctuation, and nowhere else: a word
/// break opportunity (`<wbr>`, no character of its own) before each `@`, `.` and single `/`
/// and after `//` inside an address. Without them an address is one unbreakable word that
/// widens its table column beyond the page. Tags are copied unchanged; `to_html` escapes every
/// `<` of the text, so a `<` always starts a tag.
fn breakable_addresses(html: &str) -> String {
    if !html.contains('@') && !html.contains("://") && !html.contains("www.") {
        return html.to_owned();
    }
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while !rest.is_empty() {
        let end = if rest.starts_with('<') {
            rest.find('>').map_or(rest.len(), |i| i + 1)
        } else {
            rest.find('<').unwrap_or(rest.len())
        };
        let (piece, next) = rest.split_at(end);
        if piece.starts_with('<') {
            out.push_str(piece);
        } else {
            for word in piece.split_inclusive(char::is_whitespace) {
                push_address(&mut out, word);
            }
        }
        rest = next;
    }
    out
}

/// Pushes `word` (with its trailing space, if any), with break opportunities if it is an
/// address: one with an `@` between two characters, or one starting with a scheme or `www.`.
fn push_address(out: &mut String, word: &str) {
    let core = word.trim_end();
    let is_address = core.contains("://")
        || core.starts_with("www.")
        || core.find('@').is_some_and(|i| i > 0 && i + 1 < core.len());
    if !is_address {
        out.push_str(word);
        return;
    }
    let chars: Vec<char> = word.chars().collect();
    let inner = |i: usize| {
        i > 0
            && chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())
            && chars[i - 1].is_alphanumeric()
    };
    for (i, &c) in chars.iter().enumerate() {
        let before = match c {
            '@' | '.' => inner(i),
            '/' => inner(i) && chars.get(i + 1) != Some(&'/'),
            _ => false,
        };
        if before {
            out.push_str("<wbr>");
        }
        out.push(c);
        if c == '/' && i > 0 && chars[i - 1] == '/' {
            out.push_str("<wbr>");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::breakable_addresses;

    #[test]
    fn addresses_wrap_at_their_punctuation_only() {
        assert_eq!(
            breakable_addresses("<td>support@aktenwerk.example</td>"),
            "<td>support<wbr>@aktenwerk<wbr>.example</td>"
        );
        assert_eq!(
            breakable_addresses("<p>Siehe https://www.example.com/agb/v2. Danke.</p>"),
            "<p>Siehe https://<wbr>www<wbr>.example<wbr>.com<wbr>/agb<wbr>/v2. Danke.</p>"
        );
        assert_eq!(
            breakable_addresses("<p>Art. 28 und Datenschutzbeauftragte/r, z. B. @ oder a@</p>"),
            "<p>Art. 28 und Datenschutzbeauftragte/r, z. B. @ oder a@</p>"
        );
        assert_eq!(
            breakable_addresses("<a href=\"mailto:a@b.de\">a@b.de</a>"),
            "<a href=\"mailto:a@b.de\">a<wbr>@b<wbr>.de</a>"
        );
    }
}
