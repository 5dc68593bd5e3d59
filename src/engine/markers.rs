//! Cross-reference markers in clause bodies: `[[ziffer:id]]`, `[[ziffer:id#label]]`,
//! `[[anlage:id]]` and paragraph labels `[[absatz:label]]`. One tokenizer for the library
//! check and for assembly.

/// What a marker does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerKind {
    /// `ziffer`: the number of a section or labelled paragraph.
    Ziffer,
    /// `anlage`: the number of an annex.
    Anlage,
    /// `absatz`: labels the paragraph it starts; removed from the output.
    Absatz,
}

/// One marker found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Marker<'a> {
    /// The kind, or the unknown word before the colon.
    pub kind: Result<MarkerKind, &'a str>,
    /// What it points to: `clause-id`, `clause-id#label` or a label.
    pub target: &'a str,
    /// Byte range of the whole marker in the text.
    pub range: std::ops::Range<usize>,
}

/// The markers of a text, in order.
pub fn markers(text: &str) -> Vec<Marker<'_>> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(start) = text[at..].find("[[").map(|i| i + at) {
        let Some(len) = text[start..].find("]]") else {
            break;
        };
        let end = start + len + 2;
        let inner = &text[start + 2..start + len];
        if let Some((kind, target)) = inner.split_once(':') {
            let kind = match kind.trim() {
                "ziffer" => Ok(MarkerKind::Ziffer),
                "anlage" => Ok(MarkerKind::Anlage),
                "absatz" => Ok(MarkerKind::Absatz),
                other => Err(other),
            };
            out.push(Marker {
                kind,
                target: target.trim(),
                range: start..end,
            });
        }
        at = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_are_found_with_their_ranges() {
        let text = "a [[ziffer:x#y]] b [[anlage: z ]] [[was:q]] [[kein marker";
        let found = markers(text);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].kind, Ok(MarkerKind::Ziffer));
        assert_eq!(found[0].target, "x#y");
        assert_eq!(&text[found[0].range.clone()], "[[ziffer:x#y]]");
        assert_eq!(found[1].target, "z");
        assert_eq!(found[2].kind, Err("was"));
    }
}
