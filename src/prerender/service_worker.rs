//! The service worker (`public/sw.js`) learns the build from the render
//! step: the line `const BUILD = …;` gets the version, the files every
//! page needs, and where the offline page is. Trunk copies the file with
//! `null` there (so `trunk serve` runs without a worker); a later run finds
//! the filled line and replaces it again.
//!
//! The version changes whenever any file of the build does, so a new
//! deployment (new code, new data, or pages rendered on a later day) is a
//! new worker, which the browser picks up.

use std::path::Path;

use serde_json::json;

use super::script::{shipped, with_value};
use crate::i18n::Locale;
use crate::model::fingerprint::Fingerprinter;
use crate::model::site::SitePart;
use crate::paths;
use crate::rendered::DataFile;

const BUILD_START: &str = "const BUILD = ";

/// The template's `<meta>` that turns the worker off (`content="off"`);
/// boot.js reads the same one.
pub const SETTING: &str = "bp-service-worker";

/// What the worker is told.
#[derive(Debug, PartialEq)]
pub enum Build {
    /// Serve this build.
    Serve {
        version: String,
        /// The bundle's wasm, as the pages name it: a page that names it
        /// is of this build.
        bundle: String,
        /// Kept when the worker installs (the data files included).
        precache: Vec<String>,
        /// The chunks of the views (`crate::chunks`), kept when the worker
        /// installs only if the page that registered it has downloaded
        /// them already: the home page's own view, say, without which the
        /// home page would not run offline. The others are kept as pages
        /// fetch them.
        downloaded: Vec<String>,
        /// The offline page in every language (its title and main region),
        /// which the worker puts into a saved page when a page was never
        /// saved.
        offline: Vec<Offline>,
    },
    /// The deployer turned the worker off: it removes itself and its caches.
    Retire,
}

impl Build {
    fn json(&self) -> serde_json::Value {
        match self {
            Build::Serve { version, bundle, precache, downloaded, offline } => json!({
                "version": version,
                "bundle": bundle,
                "precache": precache,
                "downloaded": downloaded,
                "data": data_files(),
                // By language prefix ("" for English): the worker answers
                // in the language of the address asked for.
                "offline": offline
                    .iter()
                    .map(|o| (o.prefix.to_owned(), json!({ "title": o.title, "main": o.main, "saved": o.saved })))
                    .collect::<serde_json::Map<_, _>>(),
            }),
            Build::Retire => json!({ "retire": true }),
        }
    }
}

/// The offline page in one language, as the worker needs it.
#[derive(Debug, PartialEq)]
pub struct Offline {
    /// Where the language's pages live (`/ru`; English: empty).
    pub prefix: &'static str,
    /// As the page's `<title>` holds it (escaped).
    pub title: String,
    /// The HTML inside the main region (`<div id="main">`).
    pub main: String,
    /// The heading over the list of saved pages (escaped).
    pub saved: String,
}

/// The HTML inside the main region of a rendered page's body: what follows
/// `<div id="main" …>` up to the `</div>` before the footer (the worker
/// replaces the same span, `public/sw.js`).
pub fn main_region(body: &str) -> Result<&str, String> {
    let open = body.find("<div id=\"main\"").ok_or("the page has no <div id=\"main\">")?;
    let start = body[open..].find('>').map(|i| open + i + 1).ok_or("the main region's tag is not closed")?;
    let end = body
        .rfind("</div><footer")
        .filter(|&end| end >= start)
        .ok_or("no </div><footer after the main region")?;
    Ok(&body[start..end])
}

/// `html` without its comments: the hydration markers Leptos writes mean
/// nothing in a page that is never hydrated (the offline page).
pub fn without_comments(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = if after.starts_with("<!--") {
            after.find("-->").map(|e| e + 3)
        } else {
            after.find('>').map(|e| e + 1)
        };
        rest = end.map_or("", |end| &after[end..]);
    }
    out.push_str(rest);
    out
}

/// `script` with its `BUILD` line filled in, as [`shipped`].
pub fn with_build(script: &str, build: &Build) -> Result<String, String> {
    with_value(&shipped(script)?, BUILD_START, &build.json())
}

/// The files kept like the data (revalidated on each use, taken at
/// install only from what the browser has already downloaded): the data
/// files, the parts of the site data the member and timeline pages load
/// instead of the whole, and the catalogue files of the languages the
/// bundle reads from files, which only that language's pages fetch.
fn data_files() -> Vec<String> {
    let files = DataFile::ALL.iter().map(|f| f.path().to_owned());
    let site_parts = SitePart::ALL.map(|p| p.path(DataFile::Site.path()));
    // Each catalogue with its parts, which some pages load instead.
    let catalogues = Locale::ALL.iter().filter_map(|l| l.catalogue_file()).flat_map(|file| {
        let parts = SitePart::ALL.map(|p| p.path(&file));
        std::iter::once(file).chain(parts)
    });
    files.chain(site_parts).chain(catalogues).collect()
}

/// What a page needs besides itself: the template's scripts, styles, icon
/// and bundle (`assets`, as the template names them) and the data files. Only
/// paths on this site: the worker caches nothing else.
pub fn precache(assets: &[String]) -> Vec<String> {
    let mut list: Vec<String> =
        assets.iter().filter(|a| a.starts_with('/') && !a.starts_with("//")).cloned().collect();
    list.extend(data_files());
    list.sort();
    list.dedup();
    list
}

/// The build's version: `rendered` (every file the render step wrote) and
/// every file at the top of `dist` that it did not (the bundle, boot.js,
/// the search worker), by name and content. Compressed copies and the
/// worker itself do not count.
pub fn version(mut rendered: Fingerprinter, dist: &Path) -> Result<String, String> {
    let mut names: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .filter_map(|entry| {
            let entry = entry.ok()?;
            entry.file_type().ok()?.is_file().then_some(())?;
            entry.file_name().into_string().ok()
        })
        .filter(|name| {
            !name.ends_with(".br")
                && !name.ends_with(".gz")
                && name != paths::SERVICE_WORKER.trim_start_matches('/')
        })
        .collect();
    names.sort();
    for name in names {
        let path = dist.join(&name);
        let contents = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        rendered.update(name.as_bytes());
        rendered.update(&contents);
    }
    Ok(rendered.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOURCE: &str = "// The worker.\n'use strict';\n\nconst BUILD = null;\n  // Why.\n/**\n * Doc.\n */\nif (x) {\n  const active = Boolean(BUILD); // kept\n}\n";

    fn build() -> Build {
        Build::Serve {
            version: "0123456789abcdef".into(),
            bundle: "/app-0123456789abcdef_bg.wasm".into(),
            precache: precache(&["/boot.js".into(), "https://cdn.example/x.js".into(), "//cdn/y.js".into()]),
            downloaded: vec!["/app-0123456789abcdef-pages-00aa.wasm".into()],
            offline: vec![
                Offline {
                    prefix: "",
                    title: "Offline &amp; more".into(),
                    main: "<h1>Offline</h1>".into(),
                    saved: "Saved".into(),
                },
                Offline {
                    prefix: "/ru",
                    title: "Нет сети".into(),
                    main: "<h1>Нет сети</h1>".into(),
                    saved: "Сохранено".into(),
                },
            ],
        }
    }

    #[test]
    fn the_build_line_is_filled_and_refilled() -> Result<(), String> {
        let once = with_build(SOURCE, &build())?;
        // Comment lines and blank lines go; code stays as written.
        assert_eq!(once.lines().count(), 5, "{once}");
        assert!(once.starts_with("'use strict';\nconst BUILD = {"));
        let line = once.lines().nth(1).unwrap_or_default();
        let json = line.trim_start_matches(BUILD_START).trim_end_matches(';');
        let value: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
        assert_eq!(value["version"], "0123456789abcdef");
        assert_eq!(value["bundle"], "/app-0123456789abcdef_bg.wasm");
        assert_eq!(
            value["offline"],
            json!({
                "": { "title": "Offline &amp; more", "main": "<h1>Offline</h1>", "saved": "Saved" },
                "/ru": { "title": "Нет сети", "main": "<h1>Нет сети</h1>", "saved": "Сохранено" },
            })
        );
        // The data, and the catalogue of each language the bundle leaves out
        // (only its pages fetch it, so it is kept as they do).
        let catalogues: Vec<String> = Locale::ALL
            .iter()
            .filter_map(|l| l.catalogue_file())
            .flat_map(|file| [file.clone(), SitePart::Members.path(&file), SitePart::Timeline.path(&file)])
            .collect();
        assert!(catalogues.contains(&"/i18n/ru.txt".to_owned()));
        assert!(catalogues.contains(&"/i18n/ru.members.txt".to_owned()));
        let mut data = vec!["/data/site.json".to_owned(), "/data/feed.json".into(), "/data/map.json".into()];
        data.extend(["/data/site.members.json".into(), "/data/site.timeline.json".into()]);
        data.extend(catalogues.iter().cloned());
        assert_eq!(value["data"], json!(data));
        // Only this site's files, and the data.
        let mut precache = vec!["/boot.js".to_owned(), "/data/feed.json".into(), "/data/map.json".into()];
        precache.extend(["/data/site.json".into(), "/data/site.members.json".into()]);
        precache.push("/data/site.timeline.json".into());
        precache.extend(catalogues);
        precache.sort();
        assert_eq!(value["precache"], json!(precache));
        assert_eq!(value["downloaded"], json!(["/app-0123456789abcdef-pages-00aa.wasm"]));
        assert!(once.ends_with("if (x) {\nconst active = Boolean(BUILD); // kept\n}\n"));
        // A second render finds the filled line.
        let twice = with_build(&once, &Build::Retire)?;
        assert!(twice.contains("const BUILD = {\"retire\":true};"), "{twice}");
        assert_eq!(twice.lines().count(), 5);
        Ok(())
    }

    #[test]
    fn hydration_markers_go() {
        assert_eq!(without_comments("<!><!--<() />--><p>a<!></p><!-- x -->b"), "<p>a</p>b");
        assert_eq!(without_comments("<p>a <!-- open"), "<p>a ");
    }

    #[test]
    fn the_main_region_is_found() {
        let body = r#"<header></header><div id="main" tabindex="-1" role="main"><div><h1>Offline</h1></div><!></div><footer>x</footer>"#;
        assert_eq!(main_region(body), Ok("<div><h1>Offline</h1></div><!>"));
        assert!(main_region("<div id=\"main\"><h1>x</h1></div>").is_err(), "no footer");
        assert!(main_region("<main><h1>x</h1></main><footer>").is_err(), "no region");
    }

    #[test]
    fn a_script_without_the_line_is_refused() {
        assert!(with_build("const OTHER = null;\n", &build()).is_err());
        assert!(with_build("  const BUILD = null\n", &build()).is_err());
    }

    #[test]
    fn the_version_follows_every_file() {
        let dir = std::env::temp_dir().join(format!("bp-sw-version-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).map_err(|e| e.to_string());
        let run = || version(Fingerprinter::default(), &dir);
        assert!(std::fs::create_dir_all(&dir).is_ok());
        assert!(write("boot.js", "one").is_ok());
        let first = run();
        assert!(first.is_ok());
        // Compressed copies and the worker itself do not count.
        assert!(write("boot.js.br", "x").is_ok() && write("sw.js", "x").is_ok());
        assert_eq!(run(), first);
        assert!(write("boot.js", "two").is_ok());
        assert_ne!(run(), first);
        // Nor do the rendered files go unnoticed.
        let mut rendered = Fingerprinter::default();
        rendered.update(b"news/index.html");
        assert_ne!(version(rendered, &dir), run());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
