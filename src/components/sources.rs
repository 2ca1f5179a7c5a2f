//! "Sources" disclosure under sourced content, so readers can check facts.

use leptos::prelude::*;

use crate::i18n::{fill, use_messages};
use crate::model::url::{UrlUse, safe_url};

/// A URL without its scheme and trailing slash: readable link text that
/// still tells two pages on one site apart.
pub fn display_url(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.strip_prefix("www.").unwrap_or(rest).trim_end_matches('/')
}

/// A collapsed list of source links; nothing when there are none.
#[component]
pub fn Sources(urls: Vec<String>) -> impl IntoView {
    let safe: Vec<String> = urls.iter().filter_map(|u| safe_url(u, UrlUse::Link)).collect();
    let t = &use_messages().sources;
    (!safe.is_empty()).then(|| {
        let count = safe.len();
        view! {
            <details class="sources">
                <summary>
                    {if count == 1 { t.one.to_owned() } else { fill(t.many, &[("n", &count.to_string())]) }}
                </summary>
                <ul>
                    {safe
                        .into_iter()
                        .map(|url| {
                            let text = display_url(&url).to_owned();
                            view! { <li><a href=url rel="external noopener">{text}</a></li> }
                        })
                        .collect_view()}
                </ul>
            </details>
        }
    })
}

#[cfg(test)]
mod tests {
    use super::display_url;

    #[test]
    fn display_urls() {
        assert_eq!(display_url("https://www.icmpd.org/news/x/"), "icmpd.org/news/x");
        assert_eq!(display_url("http://fecl.org"), "fecl.org");
        assert_eq!(display_url("relative/path"), "relative/path");
    }
}
