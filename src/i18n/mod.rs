//! The interface languages. Every label, heading, button and message the
//! site writes itself comes from a catalogue (`en.rs`, `ru.rs`): one
//! [`Messages`] value per language, so a language that misses a message
//! does not compile. Content (news, milestones, the site data) stays in the
//! language it is written in.
//!
//! - `plural`: CLDR plural categories ("1 государство, 2 государства,
//!   5 государств");
//! - `format`: dates, numbers and lists as each language writes them.
//!
//! Adding a language: docs/translating.md.

pub mod catalogue;
pub mod format;
pub mod messages;
pub mod names;
pub mod plural;

use leptos::prelude::*;

pub use messages::Messages;

/// Declares the interface languages: one line each, `Variant => catalogue
/// module`. The first is the default, at the root of the site. Each
/// catalogue (`en.rs`) holds the language's [`Language`] and messages.
macro_rules! languages {
    ($($(#[$attr:meta])* $variant:ident => $module:ident,)+) => {
        $($(#[$attr])* mod $module;)+

        /// An interface language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Locale {
            $($(#[$attr])* $variant,)+
        }

        impl Locale {
            /// Every language, in the order the switcher lists them.
            pub const ALL: &'static [Locale] = &[$($(#[$attr])* Locale::$variant,)+];

            /// What the site knows about the language: its tag, its name,
            /// its plural rule and its catalogue.
            pub fn language(self) -> &'static Language {
                match self {
                    $($(#[$attr])* Locale::$variant => &$module::LANGUAGE,)+
                }
            }
        }
    };
}

languages! {
    En => en,
    Ru => ru,
    // Right-to-left pseudo-locale (tests and development only): the
    // English catalogue with every letter accented, written right to left.
    #[cfg(feature = "pseudo-locale")]
    Pseudo => pseudo,
}

/// English, the language of the site data: its pages are at the root.
impl Default for Locale {
    fn default() -> Self {
        Locale::En
    }
}

/// One interface language, as its catalogue declares it.
pub struct Language {
    /// The BCP 47 tag, for `<html lang>` and `hreflang` ("ru").
    pub tag: &'static str,
    /// Where its pages live: the root for English, else `/` and the tag in
    /// lower case (`/ru/news`).
    pub prefix: &'static str,
    /// Its name in itself, for the switcher ("Русский").
    pub own_name: &'static str,
    /// The Open Graph locale (`og:locale`, "ru_RU").
    pub og_locale: &'static str,
    /// The locale `public/boot.js` asks the browser's `Intl` to write
    /// dates in ("ru-RU").
    pub intl_locale: &'static str,
    /// The direction it is written in, for `<html dir>`: "ltr" or "rtl".
    pub dir: &'static str,
    /// Its CLDR plural rule (`plural.rs`).
    pub plural: fn(u64) -> plural::Category,
    pub catalogue: Catalogue,
}

/// Where a language's messages and names come from.
pub enum Catalogue {
    /// Compiled in. `names` are the CLDR tables (`names/<tag>.rs`); `None`
    /// for English, which uses the site data's names.
    BuiltIn { messages: &'static Messages, names: Option<names::Names> },
    /// Read from the language's catalogue file when one of its pages starts
    /// (`catalogue.rs`): release builds of the browser bundle.
    File,
}

/// A catalogue that the release browser bundle leaves out (every language
/// but English, which it needs for any page): compiled in everywhere else
/// (the render step, tests, `trunk serve`).
pub const fn on_demand(messages: &'static Messages, names: Option<names::Names>) -> Catalogue {
    if cfg!(all(feature = "hydrate", not(debug_assertions))) {
        Catalogue::File
    } else {
        Catalogue::BuiltIn { messages, names }
    }
}

impl Language {
    /// The messages, where compiled in.
    pub fn built_in_messages(&self) -> Option<&'static Messages> {
        match &self.catalogue {
            Catalogue::BuiltIn { messages, .. } => Some(messages),
            Catalogue::File => None,
        }
    }

    /// The CLDR names, where compiled in.
    pub fn built_in_names(&'static self) -> Option<&'static names::Names> {
        match &self.catalogue {
            Catalogue::BuiltIn { names, .. } => names.as_ref(),
            Catalogue::File => None,
        }
    }
}

impl Locale {
    /// The BCP 47 tag, for `<html lang>` and `hreflang`.
    pub fn tag(self) -> &'static str {
        self.language().tag
    }

    /// The direction the language is written in, for `<html dir>`.
    pub fn dir(self) -> &'static str {
        self.language().dir
    }

    /// The Open Graph locale (`og:locale`).
    pub fn og_locale(self) -> &'static str {
        self.language().og_locale
    }

    /// The language's name in itself, for the switcher.
    pub fn own_name(self) -> &'static str {
        self.language().own_name
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.iter().copied().find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// Where this language's pages live: English at the root, every other
    /// language under its tag (`/ru/news`), with the same paths below it.
    pub fn prefix(self) -> &'static str {
        self.language().prefix
    }

    /// The language of the page at `path`, and the path as the route table
    /// knows it (`/ru/news` is Russian `/news`; `/rus` is English).
    pub fn split_path(path: &str) -> (Locale, &str) {
        for &locale in Locale::ALL {
            let prefix = locale.prefix();
            if prefix.is_empty() {
                continue;
            }
            if let Some(rest) = path.strip_prefix(prefix) {
                if rest.is_empty() {
                    return (locale, "/");
                }
                if rest.starts_with('/') {
                    return (locale, rest);
                }
            }
        }
        (Locale::En, path)
    }

    /// `path` (as the route table knows it) in this language: `/news` is
    /// `/ru/news` in Russian, and `/` is `/ru/`.
    pub fn path(self, path: &str) -> String {
        let prefix = self.prefix();
        if prefix.is_empty() || !path.starts_with('/') {
            path.to_owned()
        } else if path == "/" {
            format!("{prefix}/")
        } else {
            format!("{prefix}{path}")
        }
    }

    /// This language's catalogue: compiled in, or read from its file; the
    /// English one while the file is not there (the page then stays as it
    /// was rendered: `startup`).
    pub fn messages(self) -> &'static Messages {
        // An installed catalogue first: on the host, a test of a part
        // (`tests/catalogue_parts.rs`) installs one over the compiled-in.
        catalogue::loaded(self)
            .map(|l| l.messages)
            .or_else(|| self.language().built_in_messages())
            .unwrap_or(&en::MESSAGES)
    }

    /// This language's CLDR country and language names; `None` for
    /// English (the site data's names).
    pub fn names(self) -> Option<&'static names::Names> {
        match catalogue::loaded(self) {
            Some(loaded) => loaded.names.as_ref(),
            None => self.language().built_in_names(),
        }
    }

    /// Where the render step writes this language's catalogue for the
    /// browser (`i18n::catalogue`); `None` for English, which every bundle
    /// carries.
    pub fn catalogue_file(self) -> Option<String> {
        (self != Locale::default()).then(|| crate::paths::catalogue(self.tag()))
    }

    /// Whether this language's catalogue is read from a file, and not yet.
    pub fn needs_catalogue(self) -> bool {
        matches!(self.language().catalogue, Catalogue::File) && catalogue::loaded(self).is_none()
    }

    /// The plural category of `n` in this language.
    pub fn plural(self, n: u64) -> plural::Category {
        (self.language().plural)(n)
    }
}

/// Text as the pseudo-locale writes it: every letter accented
/// (`scripts/pseudo-locale.mjs` does the same to the catalogue), for the
/// words it does not take from a catalogue (month names).
#[cfg(feature = "pseudo-locale")]
pub fn pseudo_text(text: &str) -> String {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    text.chars().map(|c| PLAIN.find(c).and_then(|i| ACCENTED.chars().nth(i)).unwrap_or(c)).collect()
}

/// The language of the page being shown (English unless the app was
/// started in another).
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// The `lang` and `dir` of a feed item's `text` (its title): the item's
/// language where the feed gives one (JSON Feed `language`), else English
/// content inside another interface language, unless the text is plainly
/// not English (written in another script: no language is claimed then);
/// right to left for the languages written that way, and `auto`
/// otherwise, so that an untagged Arabic title still reads from the right.
pub fn use_item_marks(language: Option<&str>, text: &str) -> (Option<String>, &'static str) {
    let latin = |c: char| c.is_ascii() || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}');
    let other_script = text.chars().any(|c| c.is_alphabetic() && !latin(c));
    let lang = match language {
        Some(tag) if tag != use_locale().tag() => Some(tag.to_owned()),
        Some(_) => None,
        None if other_script => None,
        None => use_content_lang().map(str::to_owned),
    };
    let primary = language.and_then(|tag| tag.split('-').next()).unwrap_or_default();
    let rtl = ["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug"].contains(&primary);
    (lang, if rtl { "rtl" } else { "auto" })
}

/// `path` in the page's language: every link to a page of the site goes
/// through here (`link(paths::NEWS)` is `/ru/news` on a Russian page).
/// Files (the feeds, calendars, data) have one address for all languages.
pub fn link(path: impl AsRef<str>) -> String {
    use_locale().path(path.as_ref())
}

/// The path being shown as the route table knows it, without the
/// language (`/news` on `/ru/news`), for comparing with `paths`.
pub fn use_route_path() -> Memo<String> {
    let pathname = leptos_router::hooks::use_location().pathname;
    Memo::new(move |_| pathname.with(|path| Locale::split_path(path).1.to_owned()))
}

/// The catalogue of the page's language.
pub fn use_messages() -> &'static Messages {
    use_locale().messages()
}

/// The `lang` of content written in English (the site data, the feed)
/// shown inside another interface language, so screen readers switch
/// voice; `None` inside the English interface.
pub fn use_content_lang() -> Option<&'static str> {
    (use_locale() != Locale::En).then_some("en")
}

/// A message with a form for each plural category, each holding `{n}`
/// where the number goes. A language fills the forms its plural rule
/// gives and repeats `other` in the rest (English uses `one` and `other`;
/// Russian `one`, `few` and `many`; `zero` and `two` are for rules such
/// as Arabic's).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize))]
pub struct Plural {
    pub zero: &'static str,
    pub one: &'static str,
    pub two: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// "5 государств": the form for `n`, with the number written in.
    pub fn format(&self, locale: Locale, n: u64) -> String {
        self.form(locale.plural(n)).replace("{n}", &format::number(locale, n))
    }

    /// The form for a plural category.
    pub fn form(&self, category: plural::Category) -> &'static str {
        match category {
            plural::Category::Zero => self.zero,
            plural::Category::One => self.one,
            plural::Category::Two => self.two,
            plural::Category::Few => self.few,
            plural::Category::Many => self.many,
            plural::Category::Other => self.other,
        }
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}

/// `template` with each `{name}` replaced by its value as an element of
/// its own marked with `lang`: the site data's (English) words inside a
/// sentence of the interface. Without `lang` (an English page) the values
/// are plain text.
pub fn fill_marked(template: &str, values: &[(&str, String)], lang: Option<&'static str>) -> Vec<AnyView> {
    let mut parts = Vec::new();
    let mut rest = template;
    while let Some((start, length)) = rest.find('{').and_then(|s| Some((s, rest.get(s..)?.find('}')?))) {
        let (before, after) = rest.split_at(start);
        let name = after.get(1..length).unwrap_or_default();
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                parts.push(before.to_owned().into_any());
                parts.push(match lang {
                    Some(lang) => view! { <span lang=lang>{value.clone()}</span> }.into_any(),
                    None => value.clone().into_any(),
                });
            }
            None => parts.push(rest.get(..start + length + 1).unwrap_or(rest).to_owned().into_any()),
        }
        rest = after.get(length + 1..).unwrap_or_default();
    }
    parts.push(rest.to_owned().into_any());
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_paths_round_trip() {
        assert_eq!(Locale::split_path("/ru/news/x"), (Locale::Ru, "/news/x"));
        assert_eq!(Locale::split_path("/ru"), (Locale::Ru, "/"));
        assert_eq!(Locale::split_path("/ru/"), (Locale::Ru, "/"));
        assert_eq!(Locale::split_path("/rus"), (Locale::En, "/rus"));
        assert_eq!(Locale::split_path("/news"), (Locale::En, "/news"));
        for path in ["/", "/news", "/members/TR", "/news/page/2"] {
            for &locale in Locale::ALL {
                assert_eq!(Locale::split_path(&locale.path(path)), (locale, path), "{path}");
            }
        }
        assert_eq!(Locale::Ru.path("/"), "/ru/");
        assert_eq!(Locale::En.path("/news"), "/news");
        assert_eq!(Locale::Ru.path("?q=1"), "?q=1");
    }

    const STATES: Plural = Plural {
        zero: "{n} государств",
        one: "{n} государство",
        two: "{n} государства",
        few: "{n} государства",
        many: "{n} государств",
        other: "{n} государства",
    };

    #[test]
    fn russian_plurals_for_the_counts_the_site_shows() {
        let expected = [
            (1, "1 государство"),
            (2, "2 государства"),
            (5, "5 государств"),
            (11, "11 государств"),
            (21, "21 государство"),
            (52, "52 государства"),
        ];
        for (n, text) in expected {
            assert_eq!(STATES.format(Locale::Ru, n), text);
        }
    }

    /// A six-form message picks its form by Arabic's rule.
    #[test]
    fn every_category_has_its_form() {
        let days = Plural { zero: "0", one: "1", two: "2", few: "few", many: "many", other: "other" };
        let forms: Vec<_> = [0, 1, 2, 3, 11, 100].map(|n| days.form(plural::arabic(n))).to_vec();
        assert_eq!(forms, ["0", "1", "2", "few", "many", "other"]);
    }

    #[test]
    fn placeholders_are_filled_by_name() {
        assert_eq!(
            fill("{count} results for “{query}”", &[("count", "3"), ("query", "visa")]),
            "3 results for “visa”"
        );
        assert_eq!(fill("no {placeholder}", &[]), "no {placeholder}");
    }

    /// Every `{placeholder}` a translation uses is one the English message
    /// has (the view fills only those), for every message of every language.
    #[test]
    fn translations_use_only_the_english_placeholders() {
        let english = serde_json::to_value(Locale::En.messages()).unwrap_or_default();
        for &locale in Locale::ALL {
            let other = serde_json::to_value(locale.messages()).unwrap_or_default();
            let mut pairs = Vec::new();
            leaves(&english, &other, String::new(), &mut pairs);
            assert!(pairs.len() > 50, "{} messages", pairs.len());
            for (key, en, translated) in pairs {
                // Separators may be spaces (a no-break space groups digits).
                let blank = if key.starts_with(".format.") {
                    translated.is_empty()
                } else {
                    translated.trim().is_empty()
                };
                assert!(!blank, "{}: {key} is empty", locale.tag());
                let mut known = placeholders(&en);
                // Status messages are filled with every form of the
                // resource's name (and the status code): each language
                // picks the form its grammar needs.
                if key.starts_with(".status.") {
                    known.extend(["subject", "object", "of", "code"].map(String::from));
                }
                for name in placeholders(&translated) {
                    assert!(
                        known.contains(&name),
                        "{}: {key} has {{{name}}}, which English does not",
                        locale.tag()
                    );
                }
            }
        }
    }

    fn leaves(
        en: &serde_json::Value,
        other: &serde_json::Value,
        key: String,
        out: &mut Vec<(String, String, String)>,
    ) {
        match (en, other) {
            (serde_json::Value::Object(a), serde_json::Value::Object(b)) => {
                for (name, value) in a {
                    leaves(
                        value,
                        b.get(name).unwrap_or(&serde_json::Value::Null),
                        format!("{key}.{name}"),
                        out,
                    );
                }
            }
            (serde_json::Value::String(a), serde_json::Value::String(b)) => {
                out.push((key, a.clone(), b.clone()))
            }
            (serde_json::Value::Array(a), serde_json::Value::Array(b)) => {
                for (i, value) in a.iter().enumerate() {
                    leaves(value, b.get(i).unwrap_or(&serde_json::Value::Null), format!("{key}[{i}]"), out);
                }
            }
            // Settings, not words (the order a card reads in, when to
            // group digits).
            (serde_json::Value::Bool(_), serde_json::Value::Bool(_))
            | (serde_json::Value::Number(_), serde_json::Value::Number(_)) => {}
            _ => out.push((key, en.to_string(), String::new())),
        }
    }

    fn placeholders(text: &str) -> Vec<String> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_owned()))
            .collect()
    }

    /// Each language's pages live under its tag, and no two languages
    /// share a tag; English, the default, at the root.
    #[test]
    fn every_language_lives_under_its_own_tag() {
        assert_eq!(Locale::default().prefix(), "");
        for &locale in Locale::ALL.iter().filter(|l| **l != Locale::default()) {
            assert_eq!(locale.prefix(), format!("/{}", locale.tag().to_ascii_lowercase()));
            assert!(matches!(locale.dir(), "ltr" | "rtl"), "{}", locale.tag());
        }
        let mut tags: Vec<_> = Locale::ALL.iter().map(|l| l.tag()).collect();
        tags.sort_unstable();
        tags.dedup();
        assert_eq!(tags.len(), Locale::ALL.len());
    }

    #[test]
    fn tags_round_trip() {
        for &locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
        assert_eq!(Locale::from_tag("RU"), Some(Locale::Ru));
        assert_eq!(Locale::from_tag("de"), None);
    }
}
