//! The allow-list behind the sanitiser, kept free of the DOM so every rule
//! is tested on the host. The walker in `mod.rs` only asks these questions.

use crate::model::language::is_language_tag;
use crate::model::url::{UrlUse, safe_url};

/// What happens to an element found in feed HTML.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElementRule {
    /// Copy it, under this (possibly different) tag name.
    Keep(&'static str),
    /// Leave the element out but keep its children (its text survives).
    Unwrap,
    /// Leave it out with everything inside it.
    Drop,
}

/// Elements whose content is code, markup for another parser, or a way to
/// run or embed something: nothing inside them is meant to be read.
const DROPPED: &[&str] = &[
    "script",
    "style",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "template",
    "noscript",
    "noembed",
    "noframes",
    "svg",
    "math",
    "form",
    "input",
    "button",
    "textarea",
    "select",
    "option",
    "optgroup",
    "datalist",
    "link",
    "meta",
    "base",
    "title",
    "head",
    "audio",
    "video",
    "source",
    "track",
    "canvas",
    "portal",
    "dialog",
    "slot",
    "xmp",
    "plaintext",
    "param",
    "map",
    "area",
    "fencedframe",
    "search",
    "menu",
];

/// Tag names kept as they are.
const KEPT: &[&str] = &[
    "p",
    "br",
    "hr",
    "a",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "small",
    "sub",
    "sup",
    "mark",
    "abbr",
    "cite",
    "q",
    "code",
    "pre",
    "kbd",
    "blockquote",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "figure",
    "figcaption",
    "img",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "time",
];

/// Expects a lower-case local name (the walker lower-cases it).
pub fn element_rule(tag: &str) -> ElementRule {
    if DROPPED.contains(&tag) {
        return ElementRule::Drop;
    }
    // The page title is the page's only h1; a feed h1 becomes a subheading.
    if tag == "h1" {
        return ElementRule::Keep("h2");
    }
    match KEPT.iter().find(|kept| **kept == tag) {
        Some(kept) => ElementRule::Keep(kept),
        None => ElementRule::Unwrap,
    }
}

/// The value to copy for `attr` on `tag`, or `None` to leave it out. Event
/// handlers, `style`, `class`, `id`, `srcset` and every other attribute not
/// named here are left out. `pages` is where the site's pages in the
/// language being shown live (`""`, `"/ru"`): a link to one of them leads
/// there.
pub fn attribute_value(tag: &str, attr: &str, value: &str, pages: &str) -> Option<String> {
    let value = value.trim();
    match (tag, attr) {
        (_, "lang") => is_language_tag(value).then(|| value.to_owned()),
        (_, "dir") => ["ltr", "rtl", "auto"].contains(&value).then(|| value.to_owned()),
        ("a", "href") => safe_url(value, UrlUse::Link).map(|url| in_language(url, pages)),
        ("img", "src") => safe_url(value, UrlUse::Resource),
        ("a" | "abbr" | "img", "title") | ("img", "alt") => Some(value.to_owned()),
        ("img", "width" | "height") | ("ol", "start") | ("td" | "th", "colspan" | "rowspan") => {
            let digits = !value.is_empty() && value.len() <= 4 && value.bytes().all(|b| b.is_ascii_digit());
            digits.then(|| value.to_owned())
        }
        ("th", "scope") => ["row", "col", "rowgroup", "colgroup"].contains(&value).then(|| value.to_owned()),
        ("time", "datetime") => {
            let plain = value.len() <= 40
                && value.bytes().all(|b| b.is_ascii_alphanumeric() || b"-:+.TZ ".contains(&b));
            plain.then(|| value.to_owned())
        }
        _ => None,
    }
}

/// `url` with the language's prefix when it is a page of this site
/// (`/news/x` is `/ru/news/x` on a Russian page). Files (a last segment
/// with a dot), other sites and links already in a language keep theirs.
fn in_language(url: String, prefix: &str) -> String {
    let path = url.split(['?', '#']).next().unwrap_or_default();
    let page = path.starts_with('/') && !path.starts_with("//");
    let file = path.rsplit('/').next().is_some_and(|last| last.contains('.'));
    let already = path.strip_prefix(prefix).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    if prefix.is_empty() || !page || file || already { url } else { format!("{prefix}{url}") }
}

/// Attributes the sanitiser adds itself, whatever the feed said.
pub fn added_attributes(tag: &str) -> &'static [(&'static str, &'static str)] {
    match tag {
        // Feed links must not hand this page to the opened one, nor leak
        // the reader's path.
        "a" => &[("rel", "noopener noreferrer nofollow")],
        "img" => &[("loading", "lazy"), ("decoding", "async"), ("referrerpolicy", "no-referrer")],
        _ => &[],
    }
}

/// Deeper nesting is flattened: no honest article nests this deep, and
/// a bound keeps hostile input from exhausting the stack.
pub const MAX_DEPTH: usize = 48;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dangerous_elements_are_dropped_with_content() {
        for tag in [
            "script", "style", "iframe", "object", "embed", "svg", "math", "form", "template", "noscript",
            "base", "meta",
        ] {
            assert_eq!(element_rule(tag), ElementRule::Drop, "{tag}");
        }
    }

    #[test]
    fn unknown_elements_keep_their_text() {
        for tag in ["div", "span", "font", "marquee", "custom-element", "section", "article"] {
            assert_eq!(element_rule(tag), ElementRule::Unwrap, "{tag}");
        }
        assert_eq!(element_rule("h1"), ElementRule::Keep("h2"));
        assert_eq!(element_rule("p"), ElementRule::Keep("p"));
    }

    #[test]
    fn handlers_styles_and_ids_never_survive() {
        for attr in [
            "onclick",
            "onerror",
            "onload",
            "style",
            "class",
            "id",
            "srcset",
            "formaction",
            "xlink:href",
            "background",
        ] {
            assert_eq!(attribute_value("img", attr, "x", ""), None, "{attr}");
            assert_eq!(attribute_value("a", attr, "x", ""), None, "{attr}");
        }
    }

    #[test]
    fn urls_are_checked() {
        assert_eq!(attribute_value("a", "href", "javascript:alert(1)", ""), None);
        assert_eq!(attribute_value("a", "href", " JAVASCRIPT:alert(1)", ""), None);
        assert_eq!(attribute_value("img", "src", "data:image/svg+xml,<svg onload=alert(1)>", ""), None);
        assert_eq!(attribute_value("img", "src", "mailto:a@b.c", ""), None);
        assert_eq!(attribute_value("a", "href", "mailto:a@b.c", "").as_deref(), Some("mailto:a@b.c"));
        assert_eq!(
            attribute_value("a", "href", "https://example.org", "").as_deref(),
            Some("https://example.org")
        );
        // Links to the site's pages stay in the language being shown.
        assert_eq!(attribute_value("a", "href", "/news/x?a=1", "/ru").as_deref(), Some("/ru/news/x?a=1"));
        assert_eq!(attribute_value("a", "href", "/ru/news", "/ru").as_deref(), Some("/ru/news"));
        assert_eq!(attribute_value("a", "href", "/feed.xml", "/ru").as_deref(), Some("/feed.xml"));
        assert_eq!(attribute_value("a", "href", "/news", "").as_deref(), Some("/news"));
        assert_eq!(
            attribute_value("a", "href", "https://x.org/a", "/ru").as_deref(),
            Some("https://x.org/a")
        );
        // An href is only meaningful on a link.
        assert_eq!(attribute_value("p", "href", "https://example.org", ""), None);
    }

    #[test]
    fn numbers_and_enumerations_are_validated() {
        assert_eq!(attribute_value("td", "colspan", "2", "").as_deref(), Some("2"));
        assert_eq!(attribute_value("td", "colspan", "2;x", ""), None);
        assert_eq!(attribute_value("img", "width", "99999", ""), None);
        assert_eq!(attribute_value("th", "scope", "col", "").as_deref(), Some("col"));
        assert_eq!(attribute_value("th", "scope", "expression(x)", ""), None);
        assert_eq!(attribute_value("p", "dir", "rtl", "").as_deref(), Some("rtl"));
        assert_eq!(attribute_value("p", "dir", "sideways", ""), None);
        assert_eq!(attribute_value("p", "lang", "ar", "").as_deref(), Some("ar"));
        assert_eq!(attribute_value("p", "lang", "\"><script>", ""), None);
        assert_eq!(
            attribute_value("time", "datetime", "2019-02-20T10:00Z", "").as_deref(),
            Some("2019-02-20T10:00Z")
        );
        assert_eq!(attribute_value("time", "datetime", "<x>", ""), None);
    }

    #[test]
    fn links_and_images_get_safe_extras() {
        assert!(added_attributes("a").iter().any(|(k, v)| *k == "rel" && v.contains("noopener")));
        assert!(added_attributes("img").iter().any(|(k, _)| *k == "loading"));
        assert!(added_attributes("p").is_empty());
    }
}
