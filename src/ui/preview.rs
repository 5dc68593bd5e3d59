//! The live preview of the agreement.

use yew::prelude::*;

/// Properties of [`Preview`].
#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// HTML from [`crate::engine::markdown::to_html`], which shows raw HTML as text.
    pub html: AttrValue,
}

/// The rendered agreement.
#[function_component(Preview)]
pub fn preview(props: &PreviewProps) -> Html {
    // Safe to insert: the engine escapes every typed value and the Markdown renderer turns any
    // raw HTML into text, so this string holds only elements the clause library produced.
    let content = Html::from_html_unchecked(props.html.clone());
    html! {
        <article id="preview" class="preview" aria-label="Vorschau des Vertrags">{ content }</article>
    }
}
