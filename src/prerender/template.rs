//! The page template: the `index.html` Trunk wrote (bundle links, styles,
//! the deployer's `<meta>` settings), kept as `dist/app-shell.html`. Each
//! pre-rendered page is this template with the page's own head tags and
//! the app's HTML as the whole body.

use scraper::{Html, Selector};

#[derive(Debug)]
pub struct Template {
    /// Everything before the `<html>` start tag (the doctype).
    prologue: String,
    /// The `<html>` tag's attributes other than `lang` (each page writes
    /// its own language).
    html_attributes: String,
    /// Everything after the `<html>` tag up to the template's `</head>`,
    /// without its `<title>`.
    head: String,
    /// The `<body …>` start tag.
    body_tag: String,
    metas: Vec<(String, String)>,
    /// The scripts and stylesheets the template loads, as it names them.
    assets: Vec<String>,
}

impl Template {
    pub fn parse(html: &str) -> Result<Template, String> {
        let head_end = html.find("</head>").ok_or("the template has no </head>")?;
        let body_start =
            html[head_end..].find("<body").map(|i| i + head_end).ok_or("the template has no <body>")?;
        let body_tag_end = html[body_start..]
            .find('>')
            .map(|i| i + body_start + 1)
            .ok_or("the template's <body> is not closed")?;
        if !html[body_tag_end..].contains("</body>") {
            return Err("the template has no </body>".into());
        }
        let html_start = html[..head_end].find("<html").ok_or("the template has no <html>")?;
        let html_end = html[html_start..head_end]
            .find('>')
            .map(|i| i + html_start + 1)
            .ok_or("the template's <html> is not closed")?;
        let html_attributes = without_lang(&html[html_start + "<html".len()..html_end - 1]);
        let mut head = html[html_end..head_end].to_owned();
        // The page writes its own title.
        if let (Some(start), Some(end)) = (head.find("<title>"), head.find("</title>")) {
            head.replace_range(start..end + "</title>".len(), "");
        }
        let parsed = Html::parse_document(html);
        let selector = Selector::parse("meta[name]").map_err(|e| format!("{e:?}"))?;
        let metas = parsed
            .select(&selector)
            .filter_map(|m| {
                let element = m.value();
                Some((
                    element.attr("name")?.to_owned(),
                    element.attr("content").unwrap_or_default().to_owned(),
                ))
            })
            .collect();
        let mut assets = Vec::new();
        // The icon too: every page asks for it, offline as well.
        let loaded = [
            ("script[src]", "src"),
            ("link[rel=stylesheet][href]", "href"),
            ("link[rel=icon][href]", "href"),
        ];
        for (selector, attribute) in loaded {
            let selector = Selector::parse(selector).map_err(|e| format!("{e:?}"))?;
            assets.extend(
                parsed.select(&selector).filter_map(|e| e.value().attr(attribute)).map(str::to_owned),
            );
        }
        Ok(Template {
            prologue: html[..html_start].to_owned(),
            html_attributes,
            head,
            body_tag: html[body_start..body_tag_end].to_owned(),
            metas,
            assets,
        })
    }

    /// The `content` of `<meta name=…>` in the template.
    pub fn meta(&self, name: &str) -> Option<String> {
        self.metas.iter().find(|(n, _)| n == name).map(|(_, content)| content.clone())
    }

    /// The scripts, stylesheets and icon the template loads.
    pub fn assets(&self) -> &[String] {
        &self.assets
    }

    /// A whole page in the language `lang`, written in direction `dir`: the
    /// template's head plus `head_tags`, and `body` as the body's only
    /// content (hydration starts at its first node).
    pub fn page(&self, lang: &str, dir: &str, head_tags: &str, body: &str) -> String {
        let mut page = String::with_capacity(self.head.len() + head_tags.len() + body.len() + 128);
        page.push_str(&self.prologue);
        let dir = if dir == "rtl" { r#" dir="rtl""# } else { "" };
        page.push_str(&format!(
            r#"<html lang="{}"{dir}{}>"#,
            super::markup::escape(lang),
            self.html_attributes
        ));
        page.push_str(&self.head);
        page.push_str(head_tags);
        page.push_str("</head>");
        page.push_str(&self.body_tag);
        page.push_str(body);
        page.push_str("</body></html>\n");
        page
    }
}

/// The attributes of a start tag without its `lang` (quoted or not), each
/// with the space before it.
fn without_lang(attributes: &str) -> String {
    let mut kept = String::new();
    let mut rest = attributes.trim_start();
    while !rest.is_empty() {
        let name_end = rest.find(|c: char| c == '=' || c.is_whitespace()).unwrap_or(rest.len());
        let mut end = name_end;
        if rest[name_end..].starts_with('=') {
            let value = &rest[name_end + 1..];
            end = name_end
                + 1
                + match value.chars().next() {
                    Some(quote @ ('"' | '\'')) => value[1..].find(quote).map_or(value.len(), |i| i + 2),
                    _ => value.find(char::is_whitespace).unwrap_or(value.len()),
                };
        }
        let (attribute, after) = rest.split_at(end.min(rest.len()));
        if !rest[..name_end].eq_ignore_ascii_case("lang") {
            kept.push(' ');
            kept.push_str(attribute);
        }
        rest = after.trim_start();
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = r#"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Budapest Process</title><meta name=bp-feed content=/data/feed.json><meta name="bp-site-url" content="https://example.org"><link rel=stylesheet href=/main-0123456789abcdef.css><link rel=icon href=/icons/icon.svg><link rel=apple-touch-icon href=/icons/icon-180.png><script type=module src=/boot.js></script></head><body><noscript>old</noscript></body></html>"#;

    #[test]
    fn the_body_is_replaced_and_the_title_dropped() {
        let template = Template::parse(SHELL).map_err(|e| e.to_string());
        let Ok(template) = template else { panic!("{template:?}") };
        let page = template.page("ru", "ltr", "<title>News</title>", "<main>x</main>");
        assert!(
            page.starts_with(
                r#"<!DOCTYPE html><html lang="ru"><head><meta charset=utf-8><meta name=bp-feed"#
            ),
            "{page}"
        );
        assert!(page.contains("<title>News</title></head><body><main>x</main></body>"), "{page}");
        assert!(!page.contains("noscript") && !page.contains("<title>Budapest Process</title>"));
        assert_eq!(template.meta("bp-feed").as_deref(), Some("/data/feed.json"));
        assert_eq!(template.meta("bp-site-url").as_deref(), Some("https://example.org"));
        assert_eq!(template.assets(), ["/boot.js", "/main-0123456789abcdef.css", "/icons/icon.svg"]);
    }

    #[test]
    fn the_language_replaces_the_templates() {
        assert_eq!(without_lang(r#" lang="en" class="x y" data-a=b"#), r#" class="x y" data-a=b"#);
        assert_eq!(without_lang(" data-x='a b' LANG=en"), " data-x='a b'");
        assert_eq!(without_lang(""), "");
        assert_eq!(without_lang(" hidden lang"), " hidden");
    }

    #[test]
    fn a_template_without_its_landmarks_is_refused() {
        assert!(Template::parse("<html><body></body></html>").is_err());
        assert!(Template::parse("<html><head></head></html>").is_err());
    }
}
