//! Escaping for what the render step writes as text: HTML (text and
//! double-quoted attributes) and XML (the sitemap and the Atom feed).

/// Escapes `&`, `<`, `>` and `"`, and drops the characters XML 1.0 cannot
/// hold at all, so the result is safe as HTML text, as a double-quoted HTML
/// attribute, and in XML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn markup_characters_are_escaped_and_impossible_ones_dropped() {
        assert_eq!(escape(r#"a"<b>&"#), "a&quot;&lt;b&gt;&amp;");
        assert_eq!(escape("tab\tnul\u{0}end\u{ffff}"), "tab\tnulend");
        assert_eq!(escape("Türkiye"), "Türkiye");
    }
}
