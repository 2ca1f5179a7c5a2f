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

/// `script` with its widget list replaced by the site's widgets, and its
/// language list by the site's languages.
pub fn with_widgets(script: &str) -> Result<String, String> {
    let script = super::script::with_value(script, LIST_START, &widget_list())?;
    super::script::with_value(&script, LANGUAGES_START, &language_list())
}

/// `{"ru": "/ru"}`: each language but English, and where its pages are.
pub fn language_list() -> serde_json::Value {
    let languages = Locale::ALL
        .into_iter()
        .filter(|l| *l != Locale::En)
        .map(|l| (l.tag().to_owned(), serde_json::Value::from(l.prefix())));
    serde_json::Value::Object(languages.collect())
}

fn widget_list() -> serde_json::Value {
    let widgets = WidgetKind::ALL.iter().map(|kind| {
        let titles =
            Locale::ALL.into_iter().map(|l| (l.tag().to_owned(), serde_json::Value::from(kind.title(l))));
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
