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

use crate::model::fingerprint::Fingerprinter;
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
        /// Fetched when the worker installs (the data files included).
        precache: Vec<String>,
    },
    /// The deployer turned the worker off: it removes itself and its caches.
    Retire,
}

impl Build {
    fn json(&self) -> serde_json::Value {
        match self {
            Build::Serve { version, bundle, precache } => json!({
                "version": version,
                "bundle": bundle,
                "precache": precache,
                "data": DataFile::ALL.iter().map(|f| f.path()).collect::<Vec<_>>(),
                "offline": paths::OFFLINE_FILE,
                "worker": paths::SERVICE_WORKER,
            }),
            Build::Retire => json!({ "retire": true }),
        }
    }
}

/// `script` with its `BUILD` line filled in.
pub fn with_build(script: &str, build: &Build) -> Result<String, String> {
    let mut found = false;
    let lines: Vec<String> = script
        .lines()
        .map(|line| {
            if !found && line.starts_with(BUILD_START) && line.trim_end().ends_with(';') {
                found = true;
                format!("{BUILD_START}{};", build.json())
            } else {
                line.to_owned()
            }
        })
        .collect();
    if !found {
        return Err(format!("no line starting with `{BUILD_START}` and ending with `;`"));
    }
    Ok(lines.join("\n") + "\n")
}

/// What a page needs besides itself: the template's scripts, styles and
/// bundle (`assets`, as the template names them), the data files and the
/// offline page. Only paths on this site: the worker caches nothing else.
pub fn precache(assets: &[String]) -> Vec<String> {
    let mut list: Vec<String> =
        assets.iter().filter(|a| a.starts_with('/') && !a.starts_with("//")).cloned().collect();
    list.extend(DataFile::ALL.iter().map(|f| f.path().to_owned()));
    list.push(paths::OFFLINE_FILE.to_owned());
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

    const SOURCE: &str = "'use strict';\nconst BUILD = null;\nconst active = Boolean(BUILD);\n";

    fn build() -> Build {
        Build::Serve {
            version: "0123456789abcdef".into(),
            bundle: "/app-0123456789abcdef_bg.wasm".into(),
            precache: precache(&["/boot.js".into(), "https://cdn.example/x.js".into(), "//cdn/y.js".into()]),
        }
    }

    #[test]
    fn the_build_line_is_filled_and_refilled() {
        let Ok(once) = with_build(SOURCE, &build()) else { panic!("the line is there") };
        let line = once.lines().nth(1).unwrap_or_default();
        let json = line.trim_start_matches(BUILD_START).trim_end_matches(';');
        let value: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
        assert_eq!(value["version"], "0123456789abcdef");
        assert_eq!(value["bundle"], "/app-0123456789abcdef_bg.wasm");
        assert_eq!(value["offline"], "/offline.html");
        assert_eq!(value["data"], json!(["/data/site.json", "/data/feed.json", "/data/map.json"]));
        // Only this site's files, the data and the offline page.
        assert_eq!(
            value["precache"],
            json!(["/boot.js", "/data/feed.json", "/data/map.json", "/data/site.json", "/offline.html"])
        );
        assert!(once.ends_with("const active = Boolean(BUILD);\n"));
        // A second render finds the filled line.
        let Ok(twice) = with_build(&once, &Build::Retire) else { panic!("the filled line is found") };
        assert!(twice.contains("const BUILD = {\"retire\":true};"), "{twice}");
        assert_eq!(twice.lines().count(), SOURCE.lines().count());
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
