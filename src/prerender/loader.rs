//! The widget loader partners include (`public/embed.js`) learns the
//! widgets from the site: the render step writes their paths, titles and
//! first heights into it, so the list lives only in `embed/snippets.rs`.

use crate::embed::snippets::WidgetKind;

/// The line in `embed.js` that holds the list. Trunk copies the file with
/// an empty list; a later run finds the filled one and replaces it again.
const LIST_START: &str = "var widgets = ";

/// `script` with its widget list replaced by the site's widgets.
pub fn with_widgets(script: &str) -> Result<String, String> {
    super::script::with_value(script, LIST_START, &widget_list())
}

fn widget_list() -> serde_json::Value {
    let widgets = WidgetKind::ALL.iter().map(|kind| {
        let widget = serde_json::json!({
            "path": kind.path(),
            "title": kind.title(),
            "height": kind.default_height(),
        });
        (kind.slug().to_owned(), widget)
    });
    serde_json::Value::Object(widgets.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCRIPT: &str = "(function () {\n  var widgets = {};\n  var frames = {};\n})();\n";

    #[test]
    fn the_list_names_every_widget() {
        let script = with_widgets(SCRIPT).expect("the script has a list line");
        let line = script.lines().nth(1).expect("second line");
        let json = line.trim().trim_start_matches(LIST_START).trim_end_matches(';');
        let list: serde_json::Value = serde_json::from_str(json).expect("the list is JSON");
        for kind in WidgetKind::ALL {
            assert_eq!(list[kind.slug()]["path"], kind.path());
            assert_eq!(list[kind.slug()]["title"], kind.title());
            assert_eq!(list[kind.slug()]["height"], kind.default_height());
        }
        assert!(script.contains("  var frames = {};"), "{script}");
    }

    #[test]
    fn a_second_run_replaces_the_list_it_wrote() {
        let once = with_widgets(SCRIPT).expect("first run");
        assert_eq!(with_widgets(&once).expect("second run"), once);
    }

    #[test]
    fn a_script_without_the_list_is_an_error() {
        assert!(with_widgets("var frames = {};\n").is_err());
    }
}
