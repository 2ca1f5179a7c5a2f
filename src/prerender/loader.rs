//! The widget loader partners include (`public/embed.js`) learns the
//! widgets from the site: the render step writes their paths, titles and
//! first heights into it, so the list lives only in `embed/snippets.rs`.

use crate::embed::snippets::WidgetKind;
use crate::i18n::Locale;

/// The line in `embed.js` that holds the list. Trunk copies the file with
/// an empty list; a later run finds the filled one and replaces it again.
const LIST_START: &str = "var widgets = ";

/// The line that holds the languages other than English, by tag, with
/// where their pages live (`{"ru": "/ru"}`); boot.js has the same line.
pub const LANGUAGES_START: &str = "var languages = ";
/// The same list's line in boot.js.
pub const BOOT_LANGUAGES_START: &str = "const languages = ";
/// The line in boot.js that holds its words in every language.
const BOOT_WORDS_START: &str = "const catalogue = ";

/// boot.js as the site ships it: with the languages, and its notices in
/// each (from the catalogues' `boot` messages).
pub fn with_languages(boot: &str) -> Result<String, String> {
    let boot = super::script::with_value(boot, BOOT_LANGUAGES_START, &language_list())?;
    super::script::with_value(&boot, BOOT_WORDS_START, &boot_words())
}

/// `{"en": {"locale": "en-GB", "update": …}, "ru": …}`: boot.js's words by
/// language tag, as boot.js names them.
pub fn boot_words() -> serde_json::Value {
    let words = Locale::ALL.iter().map(|l| {
        let t = &l.messages().boot;
        let words = serde_json::json!({
            "locale": l.language().intl_locale,
            "update": t.update,
            "reload": t.reload,
            "offlineFrom": t.offline_from,
            "offline": t.offline,
            "printed": t.printed,
        });
        (l.tag().to_owned(), words)
    });
    serde_json::Value::Object(words.collect())
}

/// `script` with its widget list replaced by the site's widgets, and its
/// language list by the site's languages.
pub fn with_widgets(script: &str) -> Result<String, String> {
    let script = super::script::with_value(script, LIST_START, &widget_list())?;
    super::script::with_value(&script, LANGUAGES_START, &language_list())
}

/// `{"ru": "/ru"}`: each language but English, and where its pages are.
pub fn language_list() -> serde_json::Value {
    let languages = Locale::ALL
        .iter()
        .copied()
        .filter(|l| *l != Locale::En)
        .map(|l| (l.tag().to_owned(), serde_json::Value::from(l.prefix())));
    serde_json::Value::Object(languages.collect())
}

fn widget_list() -> serde_json::Value {
    let widgets = WidgetKind::ALL.iter().map(|kind| {
        let titles =
            Locale::ALL.iter().copied().map(|l| (l.tag().to_owned(), serde_json::Value::from(kind.title(l))));
        let widget = serde_json::json!({
            "path": kind.path(),
            "titles": serde_json::Value::Object(titles.collect()),
            "height": kind.default_height(),
        });
        (kind.slug().to_owned(), widget)
    });
    serde_json::Value::Object(widgets.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCRIPT: &str =
        "(function () {\n  var widgets = {};\n  var languages = {};\n  var frames = {};\n})();\n";

    #[test]
    fn the_list_names_every_widget() {
        let script = with_widgets(SCRIPT).expect("the script has a list line");
        let line = script.lines().nth(1).expect("second line");
        let json = line.trim().trim_start_matches(LIST_START).trim_end_matches(';');
        let list: serde_json::Value = serde_json::from_str(json).expect("the list is JSON");
        for kind in WidgetKind::ALL {
            assert_eq!(list[kind.slug()]["path"], kind.path());
            assert_eq!(list[kind.slug()]["titles"]["ru"], kind.title(Locale::Ru));
            assert_eq!(list[kind.slug()]["height"], kind.default_height());
        }
        assert!(script.contains("  var frames = {};"), "{script}");
        assert!(script.contains(r#"  var languages = {"ru":"/ru"};"#), "{script}");
    }

    /// The English words boot.js ships with (for `trunk serve`, where no
    /// render step runs) are the catalogue's, and the render step adds
    /// every language's.
    #[test]
    fn boot_js_gets_its_words_from_the_catalogues() -> Result<(), String> {
        let source = include_str!("../../public/boot.js");
        let english = source
            .lines()
            .find_map(|line| line.trim().strip_prefix(BOOT_WORDS_START))
            .and_then(|line| line.strip_suffix(';'))
            .ok_or("boot.js has no `const catalogue = …;` line")?;
        let english: serde_json::Value = serde_json::from_str(english).map_err(|e| e.to_string())?;
        let words = boot_words();
        assert_eq!(english["en"], words["en"], "boot.js's own English words differ from en.rs");
        assert_eq!(words["ru"]["reload"], "Обновить");
        let shipped = with_languages(source)?;
        assert!(shipped.contains(&format!("{BOOT_WORDS_START}{words};")));
        assert_eq!(with_languages(&shipped), Ok(shipped.clone()), "a second run changes nothing");
        Ok(())
    }

    #[test]
    fn a_second_run_replaces_the_list_it_wrote() {
        let once = with_widgets(SCRIPT).expect("first run");
        assert_eq!(with_widgets(&once).expect("second run"), once);
    }

    #[test]
    fn a_script_without_the_list_is_an_error() {
        assert!(with_widgets("var frames = {};\n").is_err());
        assert!(with_widgets("var widgets = {};\n").is_err(), "no language list");
    }
}
