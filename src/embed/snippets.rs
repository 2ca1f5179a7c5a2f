//! The code partners paste: a loader snippet (preferred: the frame then
//! follows its content's height) and a plain iframe (works anywhere).

use crate::i18n::Locale;
use crate::i18n::messages::Embed;
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

    /// The iframe's title in `locale`: what a screen reader announces for
    /// the frame.
    pub fn title(self, locale: Locale) -> &'static str {
        let t = &locale.messages().widgets;
        match self {
            WidgetKind::Timeline => t.frame_timeline,
            WidgetKind::Map => t.frame_map,
            WidgetKind::KeyData => t.frame_key_data,
            WidgetKind::News => t.frame_news,
        }
    }

    /// What the widget is, after "Embed" in the button and the dialog's
    /// heading ("the key data").
    pub fn what(self, t: &Embed) -> &'static str {
        match self {
            WidgetKind::Timeline => t.timeline,
            WidgetKind::Map => t.map,
            WidgetKind::KeyData => t.key_data,
            WidgetKind::News => t.news,
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

/// The option naming the widget's language (`lang=ru`; English without).
pub const LANGUAGE: &str = "lang";

/// The widget's language among `options` (English unless one is named).
fn language(options: &[(String, String)]) -> Locale {
    options.iter().find(|(k, _)| k == LANGUAGE).and_then(|(_, v)| Locale::from_tag(v)).unwrap_or_default()
}

/// The widget's URL on `origin` with `options`: its page in the language
/// the options name (`/ru/embed/map`), the other options as the query.
pub fn widget_url(origin: &str, kind: WidgetKind, options: &[(String, String)]) -> String {
    let pairs: Vec<(&str, Option<String>)> =
        options.iter().filter(|(k, _)| k != LANGUAGE).map(|(k, v)| (k.as_str(), Some(v.clone()))).collect();
    format!("{origin}{}{}", language(options).path(kind.path()), build_query(&pairs))
}

pub fn iframe_snippet(origin: &str, kind: WidgetKind, options: &[(String, String)]) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border:0\" loading=\"lazy\"></iframe>",
        escape(&widget_url(origin, kind, options)),
        kind.title(language(options)),
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
    fn a_language_option_leads_to_that_languages_widget() {
        let options = vec![("lang".to_owned(), "ru".to_owned()), ("count".to_owned(), "3".to_owned())];
        assert_eq!(
            widget_url(ORIGIN, WidgetKind::News, &options),
            "https://budapest-process.example/ru/embed/news?count=3"
        );
        let iframe = iframe_snippet(ORIGIN, WidgetKind::News, &options);
        assert!(iframe.contains("title=\"Последние новости Будапештского процесса\""), "{iframe}");
        assert!(loader_snippet(ORIGIN, WidgetKind::News, &options).contains("data-lang=\"ru\""));
        let english = vec![("lang".to_owned(), "en".to_owned())];
        assert_eq!(
            widget_url(ORIGIN, WidgetKind::Map, &english),
            "https://budapest-process.example/embed/map"
        );
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
