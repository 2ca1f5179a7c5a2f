//! Which URLs from untrusted data may reach an `href` or `src`, and how
//! route segments are percent-encoded.

/// What a URL is going to be used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlUse {
    /// `<a href>`: web pages and e-mail addresses.
    Link,
    /// `<img src>` and downloads: only things a browser fetches over the web.
    Resource,
}

/// Returns the URL, trimmed, if it is safe for `use_`: `http:`, `https:`,
/// (for links) `mailto:`, or relative. Anything else, `javascript:`,
/// `data:`, `vbscript:` and schemes nobody has thought of yet, is refused.
///
/// Browsers delete tabs and newlines anywhere in a URL before reading it,
/// so `java\nscript:` is `javascript:` to them; such URLs are refused
/// outright rather than cleaned, as no honest feed contains them.
pub fn safe_url(raw: &str, use_: UrlUse) -> Option<String> {
    let url = raw.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\u{0}');
    if url.is_empty() || url.chars().any(|c| c.is_control()) {
        return None;
    }
    match scheme(url) {
        None => Some(url.to_owned()),
        Some(scheme) => {
            let allowed = match use_ {
                UrlUse::Link => ["http", "https", "mailto"].contains(&scheme.as_str()),
                UrlUse::Resource => ["http", "https"].contains(&scheme.as_str()),
            };
            allowed.then(|| url.to_owned())
        }
    }
}

/// The lower-cased scheme, if the URL has one: the text before the first
/// `:` when no `/`, `?` or `#` comes earlier (otherwise the colon belongs to
/// a relative path or query and the URL is relative).
fn scheme(url: &str) -> Option<String> {
    let end = url.find([':', '/', '?', '#', '\\'])?;
    if url.as_bytes().get(end) != Some(&b':') {
        return None;
    }
    Some(url[..end].to_ascii_lowercase())
}

/// Percent-encodes everything but RFC 3986 unreserved characters, so any
/// feed id, even one that is itself a URL, fits in one path segment or one
/// query value.
pub fn encode_component(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Reverses [`encode_component`] (any percent-encoding, in fact); `None`
/// for a broken escape or bytes that are not UTF-8.
pub fn decode_component(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        if byte == b'%' {
            let hex = text.get(index + 1..index + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            out.push(byte);
            index += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_round_trip() {
        for text in ["plain-id", "a b/c?d", "Türkiye", "100%", ""] {
            assert_eq!(decode_component(&encode_component(text)).as_deref(), Some(text));
        }
        assert_eq!(decode_component("%zz"), None);
        assert_eq!(decode_component("%4"), None);
        assert_eq!(decode_component("%FF"), None);
    }

    #[test]
    fn allows_web_and_mail_links() {
        for ok in [
            "https://www.budapestprocess.org/",
            "http://fecl.org/circular/1508.htm",
            "HTTPS://EXAMPLE.ORG",
            "mailto:someone@example.org",
            "/news/1",
            "news/1",
            "#top",
            "?page=2",
            "//cdn.example.org/a.png",
        ] {
            assert_eq!(safe_url(ok, UrlUse::Link).as_deref(), Some(ok), "{ok}");
        }
        assert_eq!(safe_url("  https://example.org  ", UrlUse::Link).as_deref(), Some("https://example.org"));
        assert_eq!(safe_url("./x:y", UrlUse::Link).as_deref(), Some("./x:y"));
    }

    #[test]
    fn refuses_script_and_data_schemes() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java\nscript:alert(1)",
            "java\tscript:alert(1)",
            "\u{1}javascript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html,<script>alert(1)</script>",
            "a:b/c",
            "",
            "   ",
        ] {
            assert_eq!(safe_url(bad, UrlUse::Link), None, "{bad:?}");
        }
    }

    #[test]
    fn resources_exclude_mailto() {
        assert_eq!(safe_url("mailto:a@b.c", UrlUse::Resource), None);
        assert!(safe_url("https://example.org/a.png", UrlUse::Resource).is_some());
    }

    #[test]
    fn components_are_single_segments() {
        assert_eq!(encode_component("plain-id_1.2~"), "plain-id_1.2~");
        assert_eq!(encode_component("with space"), "with%20space");
        assert_eq!(
            encode_component("https://example.org/a?b=c#d"),
            "https%3A%2F%2Fexample.org%2Fa%3Fb%3Dc%23d"
        );
        assert_eq!(encode_component("ü"), "%C3%BC");
        assert_eq!(encode_component("50%"), "50%25");
    }
}
