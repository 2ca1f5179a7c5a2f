//! The code partners paste: a loader snippet (preferred: the frame then
//! follows its content's height) and a plain iframe (works anywhere).

use crate::model::query::build_query;
use crate::paths;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidgetKind {
    Timeline,
    Map,
    KeyData,
    News,
}

impl WidgetKind {
    pub const ALL: [WidgetKind; 4] =
        [WidgetKind::Timeline, WidgetKind::Map, WidgetKind::KeyData, WidgetKind::News];

    pub fn slug(self) -> &'static str {
        match self {
            WidgetKind::Timeline => "timeline",
            WidgetKind::Map => "map",
            WidgetKind::KeyData => "key-data",
            WidgetKind::News => "news",
        }
    }

    /// The widget's page.
    pub fn path(self) -> &'static str {
        match self {
            WidgetKind::Timeline => paths::EMBED_TIMELINE,
            WidgetKind::Map => paths::EMBED_MAP,
            WidgetKind::KeyData => paths::EMBED_KEY_DATA,
            WidgetKind::News => paths::EMBED_NEWS,
        }
    }

    /// The iframe's title: what a screen reader announces for the frame.
    pub fn title(self) -> &'static str {
        match self {
            WidgetKind::Timeline => "Budapest Process milestones timeline",
            WidgetKind::Map => "Budapest Process member map",
            WidgetKind::KeyData => "Budapest Process key data",
            WidgetKind::News => "Budapest Process latest news",
        }
    }

    /// A sensible height for a plain iframe, which cannot resize itself.
    pub fn default_height(self) -> u32 {
        match self {
            WidgetKind::Timeline => 720,
            WidgetKind::Map => 760,
            WidgetKind::KeyData => 360,
            WidgetKind::News => 640,
        }
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The widget's URL on `origin` with `options`.
pub fn widget_url(origin: &str, kind: WidgetKind, options: &[(String, String)]) -> String {
    let pairs: Vec<(&str, Option<String>)> =
        options.iter().map(|(k, v)| (k.as_str(), Some(v.clone()))).collect();
    format!("{origin}{}{}", kind.path(), build_query(&pairs))
}

pub fn iframe_snippet(origin: &str, kind: WidgetKind, options: &[(String, String)]) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border:0\" loading=\"lazy\"></iframe>",
        escape(&widget_url(origin, kind, options)),
        kind.title(),
        kind.default_height()
    )
}

pub fn loader_snippet(origin: &str, kind: WidgetKind, options: &[(String, String)]) -> String {
    let attributes: String =
        options.iter().map(|(k, v)| format!(" data-{}=\"{}\"", escape(k), escape(v))).collect();
    format!(
        "<div data-bp-widget=\"{}\"{attributes}></div>\n<script async src=\"{}{}\"></script>",
        kind.slug(),
        escape(origin),
        paths::EMBED_LOADER
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGIN: &str = "https://budapest-process.example";

    #[test]
    fn snippets_carry_the_options() {
        let options =
            vec![("highlight".to_owned(), "TR".to_owned()), ("theme".to_owned(), "dark".to_owned())];
        assert_eq!(
            iframe_snippet(ORIGIN, WidgetKind::Map, &options),
            "<iframe src=\"https://budapest-process.example/embed/map?highlight=TR&amp;theme=dark\" \
             title=\"Budapest Process member map\" width=\"100%\" height=\"760\" style=\"border:0\" loading=\"lazy\"></iframe>"
        );
        assert_eq!(
            loader_snippet(ORIGIN, WidgetKind::Map, &options),
            "<div data-bp-widget=\"map\" data-highlight=\"TR\" data-theme=\"dark\"></div>\n\
             <script async src=\"https://budapest-process.example/embed.js\"></script>"
        );
        assert_eq!(widget_url(ORIGIN, WidgetKind::News, &[]), "https://budapest-process.example/embed/news");
    }

    #[test]
    fn values_are_escaped() {
        let options = vec![("x".to_owned(), "\"><script>alert(1)</script>".to_owned())];
        let loader = loader_snippet(ORIGIN, WidgetKind::News, &options);
        assert!(!loader.contains("<script>alert"), "{loader}");
        assert!(loader.contains("data-x=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""), "{loader}");
        let iframe = iframe_snippet(ORIGIN, WidgetKind::News, &options);
        assert!(!iframe.contains("<script>"), "{iframe}");
    }

    #[test]
    fn every_widget_has_a_page_of_its_own() {
        for kind in WidgetKind::ALL {
            assert_eq!(kind.path(), format!("/embed/{}", kind.slug()));
        }
    }
}
