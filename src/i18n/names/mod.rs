//! Country and language names in the interface languages, from CLDR (the
//! tables are written by scripts/cldr-names.mjs; English names are the site
//! data's, and `model::language`'s).

use super::Locale;
use crate::model::site::Member;

/// A language's country and language names, from CLDR: the tables of
/// `names/<tag>.rs`, which its catalogue names.
pub struct Names {
    /// (ISO 3166 alpha-2 code, name), sorted by code.
    pub countries: &'static [(&'static str, &'static str)],
    /// (ISO 639-1 code, name), sorted by code.
    pub languages: &'static [(&'static str, &'static str)],
}

/// The name of the country with ISO 3166 code `iso2` in `locale`; `None`
/// in English (the site data names it) or for a code CLDR does not know.
pub fn name(locale: Locale, iso2: &str) -> Option<&'static str> {
    let table = locale.names()?.countries;
    look_up(table, &country_code(iso2))
}

/// A country code as the names tables spell it (`" tr"` is `TR`).
pub fn country_code(iso2: &str) -> String {
    iso2.trim().to_ascii_uppercase()
}

/// The name of the language with code `code` in `locale` ("русский");
/// English names from `model::language`; the code itself if unknown.
pub fn language(locale: Locale, code: &str) -> String {
    let Some(names) = locale.names() else {
        let english = crate::model::language::language_name(code);
        #[cfg(feature = "pseudo-locale")]
        if locale == Locale::Pseudo {
            return super::pseudo_text(english);
        }
        return english.to_owned();
    };
    let primary = code.split('-').next().unwrap_or(code).to_ascii_lowercase();
    look_up(names.languages, &primary).map_or_else(|| code.to_owned(), str::to_owned)
}

fn look_up(table: &'static [(&'static str, &'static str)], code: &str) -> Option<&'static str> {
    table.binary_search_by(|(c, _)| (*c).cmp(code)).ok().and_then(|i| table.get(i)).map(|(_, name)| *name)
}

/// A member state's name in `locale`: CLDR's for its code, else the site
/// data's own (English) name.
pub fn member_name(locale: Locale, member: &Member) -> &str {
    member.iso2.as_deref().and_then(|iso2| name(locale, iso2)).unwrap_or(&member.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_names_come_from_the_table() {
        assert_eq!(name(Locale::Ru, "TR"), Some("Турция"));
        assert_eq!(name(Locale::Ru, "hu"), Some("Венгрия"));
        assert_eq!(name(Locale::Ru, "ZZ"), None);
        assert_eq!(name(Locale::En, "TR"), None);
        assert_eq!(language(Locale::Ru, "ar"), "арабский");
        assert_eq!(language(Locale::Ru, "en-GB"), "английский");
        assert_eq!(language(Locale::En, "ru"), "Russian");
        assert_eq!(language(Locale::Ru, "xx"), "xx");
    }

    #[test]
    fn the_tables_are_sorted_for_searching() {
        let sorted = |table: &[(&str, &str)]| table.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0));
        for names in Locale::ALL.iter().filter_map(|l| l.names()) {
            assert!(sorted(names.countries) && sorted(names.languages));
        }
    }

    /// Every member state in the bundled data has a name in every language
    /// with CLDR names.
    #[test]
    fn every_bundled_member_has_a_name_in_every_language() -> Result<(), String> {
        let site = crate::model::site::parse_site(include_str!("../../../public/data/site.json"));
        let site = site.map_err(|e| format!("site.json: {e}"))?;
        for &locale in Locale::ALL.iter().filter(|l| l.names().is_some()) {
            for member in site.members.iter().filter(|m| !m.placeholder) {
                let Some(iso2) = member.iso2.as_deref() else { continue };
                assert!(name(locale, iso2).is_some(), "{}: {} ({iso2})", locale.tag(), member.name);
            }
        }
        Ok(())
    }
}
