//! Languages: the tags documents and feed HTML carry, and their names.

/// A loose BCP 47 check: letters, digits and hyphens, starting with a
/// 2-3 letter language. Enough to keep junk out of `lang` attributes.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// English names for the language codes the bundled documents use; other
/// codes are shown as the code itself.
pub fn language_name(code: &str) -> &str {
    match code {
        "en" => "English",
        "ru" => "Russian",
        "ar" => "Arabic",
        "fr" => "French",
        "de" => "German",
        "tr" => "Turkish",
        "hu" => "Hungarian",
        "fa" => "Persian",
        "ur" => "Urdu",
        "ps" => "Pashto",
        "bn" => "Bengali",
        _ => code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags() {
        for ok in ["en", "ru", "ar", "zh-hans", "en-gb", "fil"] {
            assert!(is_language_tag(ok), "{ok}");
        }
        for bad in ["", "e", "english", "en_GB", "<b>", "en-", "r1"] {
            assert!(!is_language_tag(bad), "{bad}");
        }
    }

    #[test]
    fn language_names() {
        assert_eq!(language_name("ru"), "Russian");
        assert_eq!(language_name("xx"), "xx", "an unknown code is shown as it is");
    }
}
