//! The Netlify files (`deploy/netlify/_headers`, `_redirects`, copied into
//! `dist/` by Trunk) learn the languages from the site: the render step
//! repeats the pages' header rules under each language's prefix and gives
//! each language its not-found page. Adding a language changes no host
//! file by hand (nginx finds the language in the address: map.conf).

use crate::i18n::Locale;

/// The lines that enclose the rules written for the languages; the source
/// files ship the block empty, and a later run replaces what an earlier
/// one wrote.
const BEGIN: &str = "# Begin languages (written by the render step)";
const END: &str = "# End languages";
/// The lines that enclose the page rules of `_headers` to repeat.
const PAGES_BEGIN: &str = "# Begin pages";
const PAGES_END: &str = "# End pages";

/// `_headers` with the page rules (between `# Begin pages` and `# End
/// pages`) repeated for each language but English, under its prefix: `/`
/// becomes `/ru` and `/ru/`, `/news/*` becomes `/ru/news/*`.
pub fn headers(source: &str) -> Result<String, String> {
    let pages = between(source, PAGES_BEGIN, PAGES_END).ok_or("no `# Begin pages` … `# End pages` block")?;
    let mut rules = String::new();
    for locale in Locale::ALL.iter().filter(|l| !l.prefix().is_empty()) {
        for line in pages.lines() {
            let path = line.trim_end();
            if path.is_empty() || path.starts_with('#') || line.starts_with(char::is_whitespace) {
                // Comments and the headers of a rule, as they are.
                rules.push_str(line);
            } else if path == "/" {
                rules.push_str(&format!("{}\n{}", locale.prefix(), locale.path("/")));
            } else {
                rules.push_str(&locale.path(path));
            }
            rules.push('\n');
        }
    }
    with_block(source, &rules)
}

/// `_redirects` with each language's not-found page for the unknown paths
/// under its prefix, with status 404. Not forced (no `!`), so a rule never
/// shadows a page that exists.
pub fn redirects(source: &str) -> Result<String, String> {
    let rules: String = Locale::ALL
        .iter()
        .filter(|l| !l.prefix().is_empty())
        .map(|l| format!("{prefix}/*  {prefix}/404.html  404\n", prefix = l.prefix()))
        .collect();
    with_block(source, &rules)
}

/// Where the lines between the line holding `begin` and the next line
/// holding `end` lie in `text`.
fn block(text: &str, begin: &str, end: &str) -> Option<std::ops::Range<usize>> {
    let start = text.find(begin)?;
    let after = text.get(start..)?.find('\n')? + start + 1;
    let stop = text.get(after..)?.find(end)? + after;
    Some(after..stop)
}

/// The text between the lines `begin` and `end`.
fn between<'a>(text: &'a str, begin: &str, end: &str) -> Option<&'a str> {
    text.get(block(text, begin, end)?)
}

/// `source` with the languages' block holding `rules`.
fn with_block(source: &str, rules: &str) -> Result<String, String> {
    let old = block(source, BEGIN, END).ok_or(format!("no `{BEGIN}` … `{END}` block"))?;
    let (head, tail) =
        (source.get(..old.start).unwrap_or_default(), source.get(old.end..).unwrap_or_default());
    Ok(format!("{head}{rules}{tail}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADERS: &str = include_str!("../../deploy/netlify/_headers");
    const REDIRECTS: &str = include_str!("../../deploy/netlify/_redirects");

    /// The header rules Netlify applies to `path`: exact paths, and paths
    /// ending in `/*` for everything below them.
    fn rules_for<'a>(headers: &'a str, path: &str) -> Vec<&'a str> {
        let mut found = Vec::new();
        let mut current = None;
        for line in headers.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !line.starts_with(char::is_whitespace) {
                let pattern = line.trim();
                let hit = match pattern.strip_suffix('*') {
                    Some(stem) => path.starts_with(stem),
                    None => pattern == path,
                };
                current = hit.then_some(pattern);
            } else if current.is_some() {
                found.push(line.trim());
            }
        }
        found
    }

    #[test]
    fn every_language_gets_the_pages_rules() -> Result<(), String> {
        let headers = headers(HEADERS)?;
        for locale in Locale::ALL {
            for path in ["/", "/news", "/news/x", "/members/TR", "/search", "/404.html", "/offline.html"] {
                let here = locale.path(path);
                let rules = rules_for(&headers, &here);
                let csp: Vec<_> = rules.iter().filter(|r| r.starts_with("Content-Security-Policy")).collect();
                assert_eq!(csp.len(), 1, "{here}: {rules:?}");
                assert!(csp.iter().all(|r| r.ends_with("frame-ancestors 'self'")), "{here}: {csp:?}");
            }
            let widget = locale.path("/embed/map");
            let csp: Vec<_> = rules_for(&headers, &widget)
                .into_iter()
                .filter(|r| r.starts_with("Content-Security-Policy"))
                .collect();
            assert_eq!(csp.len(), 1, "{widget}");
            assert!(csp.iter().all(|r| r.ends_with("frame-ancestors *")), "{widget}: {csp:?}");
        }
        assert!(headers.contains("\n/ru\n/ru/\n"), "both addresses of the Russian home page");
        Ok(())
    }

    #[test]
    fn every_language_gets_its_not_found_page() -> Result<(), String> {
        let redirects = redirects(REDIRECTS)?;
        for locale in Locale::ALL.iter().filter(|l| !l.prefix().is_empty()) {
            let rule = format!("{p}/*  {p}/404.html  404", p = locale.prefix());
            assert!(redirects.lines().any(|line| line == rule), "{rule}\n{redirects}");
        }
        Ok(())
    }

    #[test]
    fn a_second_run_replaces_what_the_first_wrote() -> Result<(), String> {
        let once = headers(HEADERS)?;
        assert_eq!(headers(&once)?, once);
        let once = redirects(REDIRECTS)?;
        assert_eq!(redirects(&once)?, once);
        Ok(())
    }

    #[test]
    fn files_without_the_blocks_are_refused() {
        assert!(headers("/\n  Cache-Control: no-cache\n").is_err());
        assert!(redirects("/a  /b  301\n").is_err());
    }
}
