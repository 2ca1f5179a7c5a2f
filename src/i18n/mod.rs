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

pub mod countries;
pub mod format;
pub mod plural;

/// An interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Ru,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::Ru];

    /// The BCP 47 tag, for `<html lang>` and `hreflang`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ru => "ru",
        }
    }

    /// The language's name in itself, for the switcher.
    pub fn own_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ru => "Русский",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(tag.trim()))
    }

    /// The plural category of `n` in this language.
    pub fn plural(self, n: u64) -> plural::Category {
        match self {
            Locale::En => plural::english(n),
            Locale::Ru => plural::russian(n),
        }
    }
}

/// A message with a form for each plural category, each holding `{n}`
/// where the number goes. English uses `one` and `other`; its `few` and
/// `many` repeat `other`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plural {
    pub one: &'static str,
    pub few: &'static str,
    pub many: &'static str,
    pub other: &'static str,
}

impl Plural {
    /// "5 государств": the form for `n`, with the number written in.
    pub fn format(&self, locale: Locale, n: u64) -> String {
        let form = match locale.plural(n) {
            plural::Category::One => self.one,
            plural::Category::Few => self.few,
            plural::Category::Many => self.many,
            plural::Category::Other => self.other,
        };
        form.replace("{n}", &format::number(locale, n))
    }
}

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATES: Plural = Plural {
        one: "{n} государство",
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

    #[test]
    fn placeholders_are_filled_by_name() {
        assert_eq!(
            fill("{count} results for “{query}”", &[("count", "3"), ("query", "visa")]),
            "3 results for “visa”"
        );
        assert_eq!(fill("no {placeholder}", &[]), "no {placeholder}");
    }

    #[test]
    fn tags_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
        assert_eq!(Locale::from_tag("RU"), Some(Locale::Ru));
        assert_eq!(Locale::from_tag("de"), None);
    }
}
