//! The page template: the `index.html` Trunk wrote (bundle links, styles,
//! the deployer's `<meta>` settings), kept as `dist/app-shell.html`. Each
//! pre-rendered page is this template with the page's own head tags and
//! the app's HTML as the whole body.

use scraper::{Html, Selector};

#[derive(Debug)]
pub struct Template {
    /// Everything up to the template's `</head>`, without its `<title>`.
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
        let mut head = html[..head_end].to_owned();
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
        for (selector, attribute) in [("script[src]", "src"), ("link[rel=stylesheet][href]", "href")] {
            let selector = Selector::parse(selector).map_err(|e| format!("{e:?}"))?;
            assets.extend(
                parsed.select(&selector).filter_map(|e| e.value().attr(attribute)).map(str::to_owned),
            );
        }
        Ok(Template { head, body_tag: html[body_start..body_tag_end].to_owned(), metas, assets })
    }

    /// The `content` of `<meta name=…>` in the template.
    pub fn meta(&self, name: &str) -> Option<String> {
        self.metas.iter().find(|(n, _)| n == name).map(|(_, content)| content.clone())
    }

    /// The scripts and stylesheets the template loads.
    pub fn assets(&self) -> &[String] {
        &self.assets
    }

    /// A whole page: the template's head plus `head_tags`, and `body` as
    /// the body's only content (hydration starts at its first node).
    pub fn page(&self, head_tags: &str, body: &str) -> String {
        let mut page = String::with_capacity(self.head.len() + head_tags.len() + body.len() + 64);
        page.push_str(&self.head);
        page.push_str(head_tags);
        page.push_str("</head>");
        page.push_str(&self.body_tag);
        page.push_str(body);
        page.push_str("</body></html>\n");
        page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL: &str = r#"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Budapest Process</title><meta name=bp-feed content=/data/feed.json><meta name="bp-site-url" content="https://example.org"><link rel=stylesheet href=/main-0123456789abcdef.css><script type=module src=/boot.js></script></head><body><noscript>old</noscript></body></html>"#;

    #[test]
    fn the_body_is_replaced_and_the_title_dropped() {
        let template = Template::parse(SHELL).map_err(|e| e.to_string());
        let Ok(template) = template else { panic!("{template:?}") };
        let page = template.page("<title>News</title>", "<main>x</main>");
        assert!(page.contains("<head><meta charset=utf-8><meta name=bp-feed"), "{page}");
        assert!(page.contains("<title>News</title></head><body><main>x</main></body>"), "{page}");
        assert!(!page.contains("noscript") && !page.contains("<title>Budapest Process</title>"));
        assert_eq!(template.meta("bp-feed").as_deref(), Some("/data/feed.json"));
        assert_eq!(template.meta("bp-site-url").as_deref(), Some("https://example.org"));
        assert_eq!(template.assets(), ["/boot.js", "/main-0123456789abcdef.css"]);
    }

    #[test]
    fn a_template_without_its_landmarks_is_refused() {
        assert!(Template::parse("<html><body></body></html>").is_err());
        assert!(Template::parse("<html><head></head></html>").is_err());
    }
}
