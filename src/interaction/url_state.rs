//! A view's linkable state in a URL. On the site the selection is the path
//! (`/timeline/<id>`, `/members/<iso2>`: each a page of its own); inside a
//! widget it is a parameter (`?milestone=<id>`, `?highlight=<iso2>`), next
//! to the widget's own options, which are kept as they are.

use crate::model::query::build_query;
use crate::paths;

/// A view state that can be written into a URL.
pub trait Linkable {
    /// The site page of the view; a selection is a page below it.
    const SITE_PAGE: &'static str;
    /// The widget parameter that carries the selection.
    const SELECTION: &'static str;
    fn selected(&self) -> Option<&str>;
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
                let page =
                    selected.map_or_else(|| S::SITE_PAGE.to_owned(), |id| paths::selection(S::SITE_PAGE, id));
                format!("{page}{}", build_query(&state.params()))
            }
            UrlStyle::Embed { path, keep } => {
                let mut pairs: Vec<(&str, Option<String>)> =
                    keep.iter().map(|(k, v)| (k.as_str(), Some(v.clone()))).collect();
                pairs.push((S::SELECTION, selected.map(str::to_owned)));
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
        const SITE_PAGE: &'static str = "/things";
        const SELECTION: &'static str = "pick";
        fn selected(&self) -> Option<&str> {
            self.0
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
