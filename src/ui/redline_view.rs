//! The deviations of a loaded download from the text its configuration gives, as a lawyer reads
//! a redline: removed words struck through, added words underlined, a few words of context.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::roundtrip::Edit;

/// Words of unchanged text kept on each side of a change.
const CONTEXT_WORDS: usize = 8;

/// Properties of [`RedlineView`].
#[derive(Properties, PartialEq)]
pub struct RedlineViewProps {
    /// The redline, from the configuration's text to the file's.
    pub edits: Rc<Vec<Edit>>,
    /// Closes the view.
    pub on_close: Callback<MouseEvent>,
}

/// The first or last `n` words of `text`, with an ellipsis where words were left out.
fn context(text: &str, n: usize, from_end: bool) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        return text.to_owned();
    }
    if from_end {
        format!("… {} ", words[words.len() - n..].join(" "))
    } else {
        format!("{} …", words[..n].join(" "))
    }
}

/// The deviations, each with its context; every text is shown as text, never as markup.
#[function_component(RedlineView)]
pub fn redline_view(props: &RedlineViewProps) -> Html {
    let edits = &props.edits;
    let changed: Vec<usize> = (0..edits.len())
        .filter(|&i| !matches!(edits[i], Edit::Same(_)))
        .collect();
    let items = changed.iter().enumerate().filter_map(|(k, &i)| {
        // Neighbouring changes (a removal followed by its replacement) form one item.
        if k > 0 && changed[k - 1] + 1 == i {
            return None;
        }
        let mut end = i;
        while end + 1 < edits.len() && !matches!(edits[end + 1], Edit::Same(_)) {
            end += 1;
        }
        let before = match i.checked_sub(1).map(|j| &edits[j]) {
            Some(Edit::Same(text)) => context(text, CONTEXT_WORDS, true),
            _ => String::new(),
        };
        let after = match edits.get(end + 1) {
            Some(Edit::Same(text)) => context(text, CONTEXT_WORDS, false),
            _ => String::new(),
        };
        let pieces = edits[i..=end].iter().map(|e| match e {
            Edit::Removed(text) => html! { <del>{ text.clone() }</del> },
            Edit::Added(text) => html! { <ins>{ text.clone() }</ins> },
            Edit::Same(text) => html! { { text.clone() } },
        });
        Some(html! { <li>{ before }{ for pieces }{ after }</li> })
    });
    html! {
        <section class="redline" aria-labelledby="redline-title">
            <h2 id="redline-title">{ "Abweichungen vom Text der Konfiguration" }</h2>
            <p class="help">{ "Durchgestrichen: Text, den die Konfiguration ergibt und der in der Datei fehlt. Unterstrichen: Text, der nur in der Datei steht. Solche Änderungen übernimmt die Konfiguration nicht; wer sie vereinbaren will, muss sie im Vertrag gesondert festhalten." }</p>
            <ol>{ for items }</ol>
            <button type="button" class="secondary" onclick={props.on_close.clone()}>{ "Abweichungen ausblenden" }</button>
        </section>
    }
}
