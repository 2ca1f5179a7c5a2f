//! How a search result reads: its title with the matched words marked,
//! what it is (kind, date, status) and a passage around the match. The
//! marks are `<mark>` elements around text nodes; no text from the data is
//! ever read as markup.

use leptos::prelude::*;

use crate::search::{Found, Piece};

/// Text with the matched words in `<mark>`.
#[component]
pub fn Marked(pieces: Vec<Piece>) -> impl IntoView {
    pieces
        .into_iter()
        .map(
            |piece| {
                if piece.mark {
                    view! { <mark>{piece.text}</mark> }.into_any()
                } else {
                    piece.text.into_any()
                }
            },
        )
        .collect_view()
}

/// One result on the `/search` page.
#[component]
pub fn ResultItem(found: Found) -> impl IntoView {
    let Found { path, title, passage, details, .. } = found;
    view! {
        <li class="search-result">
            <h3 class="search-result__title" dir="auto"><a href=crate::i18n::link(&path)><Marked pieces=title /></a></h3>
            <p class="search-result__details">{details}</p>
            {(!passage.is_empty()).then(|| view! { <p class="search-result__passage" dir="auto"><Marked pieces=passage /></p> })}
        </li>
    }
}
