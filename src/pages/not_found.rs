//! The 404 page, for unknown paths and for unknown item ids.

use leptos::prelude::*;

use crate::components::page_meta::{PageMeta, mark_not_found};
use crate::i18n::{fill, use_messages};
use crate::paths;

/// What was looked for and is not there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    Page,
    NewsItem,
    Document,
    Event,
}

/// The router's fallback for paths no route matches.
#[component]
pub fn NotFound() -> impl IntoView {
    view! { <NotFoundContent what=Missing::Page /> }
}

/// "Not found" as an ordinary page: `what` says what was looked for.
#[component]
pub fn NotFoundContent(what: Missing) -> impl IntoView {
    mark_not_found();
    let t = &use_messages().not_found;
    let what = match what {
        Missing::Page => t.page,
        Missing::NewsItem => t.news_item,
        Missing::Document => t.document,
        Missing::Event => t.event,
    };
    view! {
        <PageMeta title=t.title description=t.description />
        <div class="not-found">
            <h1>{t.title}</h1>
            <p>{fill(t.text, &[("what", what)])}</p>
            <ul class="link-list">
                <li><a href=crate::i18n::link(paths::HOME)>{t.home}</a></li>
                <li><a href=crate::i18n::link(paths::NEWS)>{t.browse_news}</a></li>
                <li><a href=crate::i18n::link(paths::DOCUMENTS)>{t.browse_documents}</a></li>
            </ul>
        </div>
    }
}

/// Rendering to HTML needs the render step's build (`--features ssr`).
#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn rendered(locale: Locale, what: Missing) -> String {
        let owner = Owner::new();
        owner.with(|| {
            provide_context(locale);
            view! { <NotFoundContent what /> }.to_html()
        })
    }

    #[test]
    fn speaks_the_page_language() {
        let en = rendered(Locale::En, Missing::Document);
        assert!(en.contains("<h1>Page not found"), "{en}");
        assert!(en.contains("We could not find that document."), "{en}");
        let ru = rendered(Locale::Ru, Missing::Document);
        assert!(ru.contains("<h1>Страница не найдена"), "{ru}");
        assert!(ru.contains("Нам не удалось найти этот документ."), "{ru}");
        assert!(ru.contains("Все новости"), "{ru}");
    }
}
