//! The record a pre-rendered page carries of how it was rendered: the path
//! it shows, the day it was rendered on, and the data files (with their
//! fingerprints) it was rendered from, and the views it shows whose code
//! a split build downloads in chunks (`crate::chunks`). The render step writes it into the
//! page's `<head>` (`prerender::head::record`); `public/boot.js` starts
//! downloading the files it names and `startup` checks them before
//! hydrating.
//!
//! ```html
//! <meta name="bp-rendered" content="/news/page/2" data-today="2026-11-30" data-views="news">
//! <meta name="bp-snapshot" data-file="feed" content="/data/feed.json" data-hash="9f0c…">
//! ```
//!
//! and on a member state's page, which reads only the members' part of the
//! site data (`model::site::part`; the hash is the part's), and whose map
//! and related news the app reads back from the page itself:
//!
//! ```html
//! <meta name="bp-rendered" content="/members/TR" data-today="2026-11-30" data-views="members">
//! <meta name="bp-snapshot" data-file="site" content="/data/site.json" data-part="/data/site.members.json" data-hash="77d2…">
//! <meta name="bp-snapshot" data-file="feed" content="/data/feed.json" data-hash="9f0c…" data-in-page>
//! <meta name="bp-snapshot" data-file="map" content="/data/map.json" data-hash="3e1a…" data-in-page>
//! ```

use crate::chunks::ChunkView;
use crate::model::date::Date;

pub const RENDERED: &str = "bp-rendered";
pub const SNAPSHOT: &str = "bp-snapshot";

/// One of the data files a page can be rendered from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    Site,
    Feed,
    Map,
}

impl DataFile {
    pub const ALL: [DataFile; 3] = [DataFile::Site, DataFile::Feed, DataFile::Map];

    pub fn name(self) -> &'static str {
        match self {
            DataFile::Site => "site",
            DataFile::Feed => "feed",
            DataFile::Map => "map",
        }
    }

    /// Where the build puts the file (`/data/<name>.json`).
    pub fn path(self) -> &'static str {
        match self {
            DataFile::Site => crate::paths::SITE_DATA,
            DataFile::Feed => crate::paths::FEED,
            DataFile::Map => crate::paths::MAP_DATA,
        }
    }

    pub fn from_name(name: &str) -> Option<DataFile> {
        DataFile::ALL.into_iter().find(|f| f.name() == name)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnapshotFile {
    pub file: DataFile,
    /// As written in the page (usually `/data/<name>.json`).
    pub url: String,
    pub hash: String,
    /// What the app needs of the file is in the page itself, so a first
    /// visit does not download it: the map's geometry (`map::in_page`,
    /// downloaded after all if the drawing does not give it back), or a
    /// details panel's related links drawn from the feed
    /// (`components::related`; the feed loads when the visitor opens
    /// another panel). Written as `data-in-page`.
    pub in_page: bool,
    /// The file of the part of it the page was rendered from (the site
    /// data's `model::site::part`), which the page downloads instead:
    /// `url` stays the whole file's, which the app loads for other pages.
    /// Written as `data-part`.
    pub part: Option<String>,
}

impl SnapshotFile {
    /// What the page downloads to hydrate: the part, or the file.
    pub fn download(&self) -> &str {
        self.part.as_deref().unwrap_or(&self.url)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedPage {
    /// The path the page was rendered for, e.g. `/news/page/2`.
    pub path: String,
    pub today: Date,
    pub files: Vec<SnapshotFile>,
    /// The chunk views it shows, which hydration needs in place.
    pub views: Vec<ChunkView>,
}

impl RenderedPage {
    pub fn file(&self, file: DataFile) -> Option<&SnapshotFile> {
        self.files.iter().find(|f| f.file == file)
    }

    /// Reads the record from the tags' attributes: `rendered` looks up an
    /// attribute of the `bp-rendered` tag, `snapshots` lists each
    /// `bp-snapshot` tag's [`SnapshotAttributes`]. `None` unless
    /// the page was pre-rendered (a `trunk serve` page has no record).
    pub fn read(
        rendered: impl Fn(&str) -> Option<String>,
        snapshots: Vec<SnapshotAttributes>,
    ) -> Option<RenderedPage> {
        let path = rendered("content").filter(|p| p.starts_with('/'))?;
        let today = Date::parse_iso(&rendered("data-today")?)?;
        let files = snapshots
            .into_iter()
            .filter_map(|(name, url, hash, in_page, part)| {
                Some(SnapshotFile { file: DataFile::from_name(&name)?, url, hash, in_page, part })
            })
            .collect();
        // A name this build does not know cannot be readied: the page is
        // of another build, and hydrating it would go wrong.
        let views = rendered("data-views")
            .unwrap_or_default()
            .split_whitespace()
            .map(ChunkView::from_name)
            .collect::<Option<Vec<_>>>()?;
        Some(RenderedPage { path, today, files, views })
    }
}

/// A `bp-snapshot` tag's data-file, content, data-hash, whether it has
/// data-in-page, and its data-part.
pub type SnapshotAttributes = (String, String, String, bool, Option<String>);

/// The page a path shows, however a static host spelled it: `/news/`,
/// `/news/index.html` and `/news` are one page.
pub fn normalise_path(path: &str) -> String {
    let path = path.strip_suffix("index.html").unwrap_or(path);
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() { "/".to_owned() } else { trimmed.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_record_is_read_from_its_tags() {
        let page = RenderedPage {
            path: "/news/page/2".into(),
            today: Date::new(2026, 11, 30).unwrap_or_else(|| Date::from_days_since_epoch(0)),
            files: vec![
                SnapshotFile {
                    file: DataFile::Site,
                    url: "/data/site.json".into(),
                    hash: "ef56".into(),
                    in_page: false,
                    part: Some("/data/site.members.json".into()),
                },
                SnapshotFile {
                    file: DataFile::Feed,
                    url: "/data/feed.json".into(),
                    hash: "ab12".into(),
                    in_page: false,
                    part: None,
                },
                SnapshotFile {
                    file: DataFile::Map,
                    url: "/data/map.json".into(),
                    hash: "cd34".into(),
                    in_page: true,
                    part: None,
                },
            ],
            views: vec![ChunkView::News, ChunkView::NewsWidget],
        };
        let read = RenderedPage::read(
            |attr| match attr {
                "content" => Some("/news/page/2".into()),
                "data-today" => Some("2026-11-30".into()),
                "data-views" => Some("news news-widget".into()),
                _ => None,
            },
            vec![
                (
                    "site".into(),
                    "/data/site.json".into(),
                    "ef56".into(),
                    false,
                    Some("/data/site.members.json".into()),
                ),
                ("feed".into(), "/data/feed.json".into(), "ab12".into(), false, None),
                ("weather".into(), "/x".into(), "1".into(), false, None),
                ("map".into(), "/data/map.json".into(), "cd34".into(), true, None),
            ],
        );
        assert_eq!(read, Some(page));
    }

    #[test]
    fn no_record_without_a_path_and_a_date() {
        assert_eq!(RenderedPage::read(|_| None, vec![]), None);
        assert_eq!(
            RenderedPage::read(|a| (a == "content").then(|| "/".to_owned()), vec![]),
            None,
            "a record without its date is not trusted"
        );
    }

    #[test]
    fn a_record_naming_an_unknown_view_is_not_trusted() {
        let read = |views: &'static str| {
            RenderedPage::read(
                move |attr| match attr {
                    "content" => Some("/".into()),
                    "data-today" => Some("2026-11-30".into()),
                    "data-views" => Some(views.into()),
                    _ => None,
                },
                vec![],
            )
        };
        assert_eq!(read("").map(|p| p.views), Some(vec![]));
        assert_eq!(read("timeline").map(|p| p.views), Some(vec![ChunkView::Timeline]));
        assert_eq!(read("timeline weather"), None);
    }

    #[test]
    fn host_spellings_of_one_page() {
        assert_eq!(normalise_path("/news/"), "/news");
        assert_eq!(normalise_path("/news/index.html"), "/news");
        assert_eq!(normalise_path("/"), "/");
        assert_eq!(normalise_path("/index.html"), "/");
        assert_eq!(normalise_path("/members/TR"), "/members/TR");
    }
}
