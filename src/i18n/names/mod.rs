//! Country and language names in the interface languages, from CLDR (the
//! tables are written by scripts/cldr-names.mjs; English names are the site
//! data's, and `model::language`'s).

use super::Locale;
use crate::model::site::Member;

mod ru;

/// The name of the country with ISO 3166 code `iso2` in `locale`; `None`
/// in English (the site data names it) or for a code CLDR does not know.
pub fn name(locale: Locale, iso2: &str) -> Option<&'static str> {
    let table = match locale {
        Locale::En => return None,
        #[cfg(feature = "pseudo-locale")]
        Locale::Pseudo => return None,
        Locale::Ru => ru::COUNTRIES,
    };
    look_up(table, &iso2.trim().to_ascii_uppercase())
}

/// The name of the language with code `code` in `locale` ("русский");
/// English names from `model::language`; the code itself if unknown.
pub fn language(locale: Locale, code: &str) -> String {
    let table = match locale {
        Locale::En => return crate::model::language::language_name(code).to_owned(),
        #[cfg(feature = "pseudo-locale")]
        Locale::Pseudo => return super::pseudo_text(crate::model::language::language_name(code)),
        Locale::Ru => ru::LANGUAGES,
    };
    let primary = code.split('-').next().unwrap_or(code).to_ascii_lowercase();
    look_up(table, &primary).map_or_else(|| code.to_owned(), str::to_owned)
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
    fn the_table_is_sorted_for_searching() {
        assert!(ru::COUNTRIES.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)));
        assert!(ru::LANGUAGES.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)));
    }

    /// Every member state in the bundled data has a Russian name.
    #[test]
    fn every_bundled_member_has_a_russian_name() -> Result<(), String> {
        let site = crate::model::site::parse_site(include_str!("../../../public/data/site.json"));
        let site = site.map_err(|e| format!("site.json: {e}"))?;
        for member in site.members.iter().filter(|m| !m.placeholder) {
            let Some(iso2) = member.iso2.as_deref() else { continue };
            assert!(name(Locale::Ru, iso2).is_some(), "{} ({iso2})", member.name);
        }
        Ok(())
    }
}
