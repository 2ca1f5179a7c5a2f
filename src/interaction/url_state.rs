//! A view's linkable state in a URL. On the site the selection is the path
//! (`/timeline/<id>`, `/members/<iso2>`: each a page of its own); inside a
//! widget it is a parameter (`?milestone=<id>`, `?highlight=<iso2>`), next
//! to the widget's own options, which are kept as they are.

use crate::model::query::build_query;

/// A view state that can be written into a URL.
pub trait Linkable {
    /// The widget parameter that carries the selection.
    const SELECTION: &'static str;
    /// The site page showing `selected` (or the view with none).
    fn site_path(selected: Option<&str>) -> String;
    fn selected(&self) -> Option<String>;
    /// The other parameters, in URL order; `None` leaves one out.
    fn params(&self) -> Vec<(&'static str, Option<String>)>;
}

/// Where a view lives decides how its state is spelled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UrlStyle {
    /// The site: `<page of the selection>?<params>`.
    Site,
    /// A widget at `path`: `<path>?<keep>&<selection>&<params>`.
    Embed { path: String, keep: Vec<(String, String)> },
}

impl UrlStyle {
    pub fn href<S: Linkable>(&self, state: &S) -> String {
        let selected = state.selected();
        match self {
            UrlStyle::Site => {
                format!("{}{}", S::site_path(selected.as_deref()), build_query(&state.params()))
            }
            UrlStyle::Embed { path, keep } => {
                let mut pairs: Vec<(&str, Option<String>)> =
                    keep.iter().map(|(k, v)| (k.as_str(), Some(v.clone()))).collect();
                pairs.push((S::SELECTION, selected));
                pairs.extend(state.params());
                format!("{path}{}", build_query(&pairs))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Pick(Option<&'static str>, Option<&'static str>);

    impl Linkable for Pick {
        const SELECTION: &'static str = "pick";
        fn site_path(selected: Option<&str>) -> String {
            selected.map_or_else(|| "/things".to_owned(), |s| format!("/things/{s}"))
        }
        fn selected(&self) -> Option<String> {
            self.0.map(str::to_owned)
        }
        fn params(&self) -> Vec<(&'static str, Option<String>)> {
            vec![("colour", self.1.map(str::to_owned))]
        }
    }

    #[test]
    fn the_site_puts_the_selection_in_the_path() {
        assert_eq!(UrlStyle::Site.href(&Pick(Some("a"), Some("red"))), "/things/a?colour=red");
        assert_eq!(UrlStyle::Site.href(&Pick(None, None)), "/things");
    }

    #[test]
    fn widgets_keep_their_own_parameters_first() {
        let style =
            UrlStyle::Embed { path: "/embed/things".into(), keep: vec![("theme".into(), "dark".into())] };
        assert_eq!(style.href(&Pick(Some("a b"), None)), "/embed/things?theme=dark&pick=a%20b");
        assert_eq!(style.href(&Pick(None, Some("red"))), "/embed/things?theme=dark&colour=red");
    }
}
