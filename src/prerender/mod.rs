//! The render step: every page of the site rendered to HTML with the same
//! `App` the browser hydrates, written where static hosts look for it
//! (`dist/news/<id>/index.html`), plus `404.html`, `sitemap.xml`,
//! `robots.txt`, the Atom feed, the calendar files, the icons, and the
//! service worker told this build's version (last, as the version covers
//! everything else). Run by `src/bin/render.rs` (the `scripts/render`
//! command), after Trunk's release build or on its own when the data
//! changes.
//!
//! ```text
//! public/data/*.json ─> model readers ─> Snapshot ─┬─> App rendered per path ─> dist/**/index.html
//!   (skipped entries reported; --strict fails)     ├─> sitemap.xml, feed.xml, robots.txt, *.ics
//! dist/app-shell.html (Trunk's page) ─> template ──┘   └─> sw.js (version of all the above)
//! ```

pub mod discovery;
pub mod head;
pub mod hosts;
pub mod icons;
pub mod loader;
pub mod markup;
pub mod output;
pub mod plan;
pub mod script;
pub mod service_worker;
pub mod template;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::location::RequestUrl;

use crate::App;
use crate::components::page_meta::{Head, HeadRecord};
use crate::config::Config;
use crate::data::Snapshot;
use crate::i18n::Locale;
use crate::model::calendar;
use crate::model::date::Date;
use crate::model::feed::{Feed, FeedItem, parse_feed};
use crate::model::fingerprint::fingerprint;
use crate::model::map::{MapData, parse_map};
use crate::model::site::part::part_text;
use crate::model::site::{SiteData, SitePart, parse_site};
use crate::rendered::{DataFile, RenderedPage, SnapshotFile};
use crate::startup::Startup;
use plan::{Needs, PageKind, PlannedPage};
use template::Template;

/// The template's name in `dist/`: Trunk's `index.html`, set aside by
/// `scripts/post-build` before the home page takes its place.
pub const SHELL: &str = "app-shell.html";
/// Used when the template names no public address.
pub const DEFAULT_SITE_URL: &str = "https://www.budapestprocess.org";

pub struct Options {
    pub dist: PathBuf,
    /// Where to read the data files from (copied into `dist/data/`).
    pub data: PathBuf,
    /// Fail on any skipped entry.
    pub strict: bool,
    /// The date to render "upcoming" and "past" events for.
    pub today: Date,
    /// Write `.br` and `.gz` copies for servers that serve them directly.
    pub compress: bool,
}

/// An entry a tolerant reader skipped or repaired.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    pub file: String,
    pub note: String,
}

#[derive(Debug, Default)]
pub struct Summary {
    pub pages: usize,
    pub bytes: u64,
    pub skipped: Vec<Skipped>,
}

/// Renders the whole site into `options.dist`.
pub fn run(options: &Options) -> Result<Summary, String> {
    let _ = any_spawner::Executor::init_futures_executor();
    let shell_path = options.dist.join(SHELL);
    let shell = std::fs::read_to_string(&shell_path)
        .map_err(|e| format!("{}: {e} (run `trunk build --release` first)", shell_path.display()))?;
    let template = Template::parse(&shell).map_err(|e| format!("{}: {e}", shell_path.display()))?;
    let site_url = template
        .meta("bp-site-url")
        .map(|u| u.trim_end_matches('/').to_owned())
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"))
        .unwrap_or_else(|| DEFAULT_SITE_URL.to_owned());

    let mut summary = Summary::default();
    let data = load(&options.data)?;
    summary.skipped = data.skipped.clone();
    let (site, feed) = (&data.site, &data.feed);
    let pages = plan::plan(site, feed, options.today);
    let mut unwritable = Vec::new();
    for page in &pages {
        if let (PageKind::Item(index), Err(reason)) = (&page.kind, plan::file_path(&page.path)) {
            unwritable.push(Skipped {
                file: "feed.json".into(),
                note: format!(
                    "$.items: the item with id {:?} has no page of its own ({reason}); it opens in the app only",
                    feed.items.get(*index).map_or("", |i| i.id.as_str())
                ),
            });
        }
    }
    summary.skipped.extend(unwritable);
    if options.strict && !summary.skipped.is_empty() {
        return Err(format!("--strict: {} entries were skipped or repaired", summary.skipped.len()));
    }

    let mut out = output::Output::new(&options.dist, options.compress);
    // The data files the pages were rendered from, under dist/.
    let mut files = Vec::new();
    for (file, text) in &data.texts {
        let name = file.path().trim_start_matches('/');
        // Without the indentation the files are written with (every visit
        // downloads one or two of them); the same values, so the pages
        // rendered from them hydrate with them.
        let compact =
            serde_json::from_str::<serde_json::Value>(text).map_or_else(|_| text.clone(), |v| v.to_string());
        out.write(Path::new(name), compact.as_bytes())?;
        files.push(SnapshotFile {
            file: *file,
            url: file.path().to_owned(),
            hash: fingerprint(compact.as_bytes()),
            in_page: false,
            part: None,
        });
    }
    // The parts of the site data some pages are rendered from.
    let mut part_files = Vec::new();
    for (part, text, _) in &data.site_parts {
        let url = part.path(DataFile::Site.path());
        out.write(Path::new(url.trim_start_matches('/')), text.as_bytes())?;
        part_files.push((*part, url, fingerprint(text.as_bytes())));
    }

    let config = Config::from_meta(|name| template.meta(name));
    let search_titles = search_titles(&mut out, &data, &config)?;
    let mut offline = Vec::new();
    for (locale, page) in plan::in_every_language(&pages) {
        let cx = head::Context { site, feed, site_url: &site_url, locale };
        let path = locale.path(&page.path);
        let Ok(file) = plan::file_path(&path) else { continue };
        let (body, head) = render(&startup(&data, page.needs, config.clone(), options.today, locale), &path);
        check(page, &head, &body).map_err(|e| format!("{path}: {e}"))?;
        if page.kind == PageKind::Offline {
            let main = service_worker::main_region(&body).map_err(|e| format!("{}: {e}", page.path))?;
            offline.push(service_worker::Offline {
                prefix: locale.prefix(),
                title: markup::escape(&head.title),
                main: service_worker::without_comments(main),
                saved: markup::escape(locale.messages().offline.saved),
            });
        }
        let needed = |file: DataFile| match file {
            DataFile::Site => page.needs.site,
            DataFile::Feed => page.needs.feed,
            DataFile::Map => page.needs.map,
        };
        let record = RenderedPage {
            path: path.clone(),
            today: options.today,
            files: files
                .iter()
                .filter(|f| needed(f.file))
                .map(|f| {
                    let part = part_files
                        .iter()
                        .find(|(p, ..)| f.file == DataFile::Site && page.needs.site_part == Some(*p));
                    SnapshotFile {
                        in_page: match f.file {
                            DataFile::Site => false,
                            DataFile::Feed => page.needs.feed_in_page,
                            DataFile::Map => has_map_geometry(&body),
                        },
                        hash: part.map_or_else(|| f.hash.clone(), |(_, _, hash)| hash.clone()),
                        part: part.map(|(_, url, _)| url.clone()),
                        ..f.clone()
                    }
                })
                .collect(),
            views: head.views.clone(),
        };
        let head_tags = format!("{}{}{search_titles}", head::tags(page, &head, &cx), head::record(&record));
        out.write(&file, template.page(locale.tag(), locale.dir(), &head_tags, &body).as_bytes())?;
        summary.pages += 1;
    }
    out.write(Path::new("sitemap.xml"), discovery::sitemap(&pages, &site_url).as_bytes())?;
    out.write(Path::new("robots.txt"), discovery::robots(&site_url).as_bytes())?;
    let atom_file = crate::paths::ATOM_FEED.trim_start_matches('/');
    out.write(Path::new(atom_file), discovery::atom(feed, &site_url, options.today).as_bytes())?;
    write_calendars(&mut out, feed, &site_url, options.today)?;
    for size in icons::PNG_SIZES {
        out.write(Path::new(&format!("icons/icon-{size}.png")), &icons::png(size)?)?;
    }
    let loader_file = crate::paths::EMBED_LOADER.trim_start_matches('/');
    let loader_path = options.dist.join(loader_file);
    let loader =
        std::fs::read_to_string(&loader_path).map_err(|e| format!("{}: {e}", loader_path.display()))?;
    let loader = loader::with_widgets(&loader).map_err(|e| format!("{}: {e}", loader_path.display()))?;
    out.write(Path::new(loader_file), loader.as_bytes())?;
    // boot.js runs on every page: visitors get it without its comments.
    let boot_file = crate::paths::BOOT_SCRIPT.trim_start_matches('/');
    let boot_path = options.dist.join(boot_file);
    let boot = std::fs::read_to_string(&boot_path).map_err(|e| format!("{}: {e}", boot_path.display()))?;
    let boot = loader::with_languages(&boot)
        .and_then(|boot| script::shipped(&boot))
        .map_err(|e| format!("{}: {e}", boot_path.display()))?;
    out.write(Path::new(boot_file), boot.as_bytes())?;
    // The catalogues the browser bundle reads from files: every language
    // but English (i18n::catalogue).
    for (locale, file) in Locale::ALL.iter().filter_map(|l| Some((*l, l.catalogue_file()?))) {
        let language = locale.language();
        let messages = language.built_in_messages().ok_or("the render step has every catalogue")?;
        let members: Vec<String> = site
            .members
            .iter()
            .filter_map(|m| m.iso2.as_deref())
            .map(crate::i18n::names::country_code)
            .collect();
        let member = |code: &str| members.iter().any(|m| m == code);
        // The whole, and the part the pages of each part of the site data
        // name (`i18n::catalogue::part_of`).
        for part in std::iter::once(None).chain(SitePart::ALL.map(Some)) {
            let text = crate::i18n::catalogue::write(messages, language.built_in_names(), member, part)
                .map_err(|e| format!("the {} catalogue: {e}", locale.tag()))?;
            let file = part.map_or_else(|| file.clone(), |part| part.path(&file));
            out.write(Path::new(file.trim_start_matches('/')), text.as_bytes())?;
        }
    }
    // Netlify's files, with the rules for every language.
    for (file, complete) in [("_headers", hosts::headers as fn(&str) -> _), ("_redirects", hosts::redirects)]
    {
        let path = options.dist.join(file);
        let source = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let text = complete(&source).map_err(|e| format!("{}: {e}", path.display()))?;
        out.write(Path::new(file), text.as_bytes())?;
    }
    if offline.len() != Locale::ALL.len() {
        return Err("the plan has no offline page in every language".to_owned());
    }
    write_service_worker(&mut out, &template, &options.dist, offline)?;
    summary.bytes = out.finish()?;
    Ok(summary)
}

/// Whether a rendered body draws the member map, whose attributes give
/// the app its geometry back (`map::in_page`) instead of `map.json`.
pub fn has_map_geometry(body: &str) -> bool {
    body.contains("data-size=") && body.contains("data-c=")
}

/// The feed's titles on their own (`search::titles`), which search starts
/// from, and the tag that names them on every page. Only for the bundled
/// feed: a feed the deployer points at elsewhere changes without a render,
/// so search reads it whole.
fn search_titles(out: &mut output::Output, data: &Loaded, config: &Config) -> Result<String, String> {
    use crate::search::titles;
    let feed = data.texts.iter().find(|(file, _)| *file == DataFile::Feed).map(|(_, text)| text.as_str());
    let Some(text) = feed.filter(|_| titles_wanted(config)) else { return Ok(String::new()) };
    let text = titles::titles_feed(text).map_err(|e| format!("feed.json: {e}"))?;
    out.write(Path::new(titles::PATH.trim_start_matches('/')), text.as_bytes())?;
    Ok(format!(r#"<meta name="{}" content="{}">"#, titles::SETTING, titles::PATH))
}

/// Whether the feed the browser reads is the one rendered from: the titles
/// of any other would be of another feed.
fn titles_wanted(config: &Config) -> bool {
    config.feed_url == crate::paths::FEED
}

/// `sw.js`, told this build's version and files (last: the version covers
/// everything else written). A template whose `bp-service-worker` setting
/// is `off` gets a worker that removes itself.
fn write_service_worker(
    out: &mut output::Output,
    template: &Template,
    dist: &Path,
    offline: Vec<service_worker::Offline>,
) -> Result<(), String> {
    let file = crate::paths::SERVICE_WORKER.trim_start_matches('/');
    let path = dist.join(file);
    let source = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let build = if template.meta(service_worker::SETTING).is_some_and(|v| v.trim() == "off") {
        service_worker::Build::Retire
    } else {
        let bundle = template.meta("bp-wasm").ok_or("the template names no bundle (bp-wasm)")?;
        let mut assets = template.assets().to_vec();
        assets.extend(["bp-js", "bp-wasm"].into_iter().filter_map(|name| template.meta(name)));
        // The app does not start without the chunks' loader, which its glue
        // imports. The chunks themselves are kept as pages fetch them:
        // precaching them would download every page's code on a first visit.
        if let Some(glue) = template.meta("bp-js") {
            let path = dist.join(glue.trim_start_matches('/'));
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let folder = glue.rsplit_once('/').map_or("", |(folder, _)| folder);
            assets.extend(imported_scripts(&text).into_iter().map(|name| format!("{folder}/{name}")));
        }
        service_worker::Build::Serve {
            version: service_worker::version(out.fingerprint().clone(), dist)?,
            downloaded: chunk_files(dist, &bundle)?,
            bundle,
            precache: service_worker::precache(&assets),
            offline,
        }
    };
    let script =
        service_worker::with_build(&source, &build).map_err(|e| format!("{}: {e}", path.display()))?;
    out.write(Path::new(file), script.as_bytes())
}

/// The chunks of the bundle `bundle` (its `_bg.wasm`, as pages name it):
/// the `.wasm` files beside it named after it, as `scripts/post-build`
/// names them (`<bundle>-<kind>-<hash>.wasm`).
fn chunk_files(dist: &Path, bundle: &str) -> Result<Vec<String>, String> {
    let (folder, name) = bundle.rsplit_once('/').unwrap_or(("", bundle));
    let Some(stem) = name.strip_suffix("_bg.wasm") else { return Ok(Vec::new()) };
    let dir = dist.join(folder.trim_start_matches('/'));
    let entries = std::fs::read_dir(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut files: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|file| file.starts_with(&format!("{stem}-")) && file.ends_with(".wasm"))
        .map(|file| format!("{folder}/{file}"))
        .collect();
    files.sort();
    Ok(files)
}

/// The scripts beside it that a script module imports statically
/// (`from "./name.js"`): the glue's loader of the app's chunks.
fn imported_scripts(module: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = module;
    while let Some(at) = rest.find("from") {
        rest = &rest[at + 4..];
        let quoted = rest.trim_start();
        let Some(quote) = quoted.chars().next().filter(|c| *c == '"' || *c == '\'') else { continue };
        let Some(name) = quoted[1..].split(quote).next().and_then(|s| s.strip_prefix("./")) else { continue };
        if name.ends_with(".js") && !name.contains(['/', '\\']) && !names.iter().any(|n| n == name) {
            names.push(name.to_owned());
        }
    }
    names
}

/// `/events.ics` with every event, and each event's own file beside its
/// page (an event whose id cannot be a file name has no page, and no file).
fn write_calendars(out: &mut output::Output, feed: &Feed, site_url: &str, today: Date) -> Result<(), String> {
    let events: Vec<&FeedItem> = feed.items.iter().filter(|i| i.is_event()).collect();
    let all = crate::paths::EVENTS_CALENDAR.trim_start_matches('/');
    out.write(Path::new(all), calendar::calendar(&events, site_url, today).as_bytes())?;
    for event in events {
        let Ok(directory) = plan::directory(&crate::paths::event(&event.id)) else { continue };
        let file = directory.join(crate::paths::EVENT_CALENDAR_FILE);
        out.write(&file, calendar::calendar(&[event], site_url, today).as_bytes())?;
    }
    Ok(())
}

/// The data files as read: their text, the parsed data, and every entry
/// the readers skipped or repaired.
pub struct Loaded {
    pub texts: Vec<(DataFile, String)>,
    pub site: Arc<SiteData>,
    /// Each part of the site data (`model::site::part`): its file's text,
    /// and the data read back from it, which the pages that read only
    /// that part are rendered from.
    pub site_parts: Vec<(SitePart, String, Arc<SiteData>)>,
    pub feed: Arc<Feed>,
    pub map: Arc<MapData>,
    pub skipped: Vec<Skipped>,
}

/// Reads `site.json`, `feed.json` and `map.json` from `dir` with the same
/// tolerant readers as the browser.
pub fn load(dir: &Path) -> Result<Loaded, String> {
    let read = |file: DataFile| -> Result<String, String> {
        let path = dir.join(format!("{}.json", file.name()));
        std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
    };
    let (site_text, feed_text, map_text) =
        (read(DataFile::Site)?, read(DataFile::Feed)?, read(DataFile::Map)?);
    let site = parse_site(&site_text).map_err(|e| format!("site.json: {e}"))?;
    let feed = parse_feed(&feed_text).map_err(|e| format!("feed.json: {e}"))?;
    let map = parse_map(&map_text).map_err(|e| format!("map.json: {e}"))?;
    let site_parts = SitePart::ALL
        .into_iter()
        .map(|part| {
            let text = part_text(&site_text, part).map_err(|e| format!("site.json: {e}"))?;
            let read = parse_site(&text).map_err(|e| format!("site.json, {} part: {e}", part.name()))?;
            Ok((part, text, Arc::new(read)))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let mut skipped = Vec::new();
    for (file, notes) in
        [("site.json", &site.skipped), ("feed.json", &feed.skipped), ("map.json", &map.skipped)]
    {
        skipped.extend(notes.iter().map(|note| Skipped { file: file.into(), note: note.clone() }));
    }
    Ok(Loaded {
        texts: vec![(DataFile::Site, site_text), (DataFile::Feed, feed_text), (DataFile::Map, map_text)],
        site: Arc::new(site),
        site_parts,
        feed: Arc::new(feed),
        map: Arc::new(map),
        skipped,
    })
}

impl Loaded {
    /// The site data a page reads: `part` of it, or the whole.
    pub fn site_for(&self, part: Option<SitePart>) -> Arc<SiteData> {
        let part = self.site_parts.iter().find(|(p, ..)| Some(*p) == part);
        part.map_or_else(|| self.site.clone(), |(_, _, site)| site.clone())
    }
}

/// What the app starts with when a page that `needs` these files is
/// rendered from `data`.
pub fn startup(data: &Loaded, needs: Needs, config: Config, today: Date, locale: Locale) -> Startup {
    let snapshot = Snapshot {
        site: needs.site.then(|| data.site_for(needs.site_part)),
        feed: needs.feed.then(|| data.feed.clone()),
        map: needs.map.then(|| data.map.clone()),
    };
    Startup {
        config,
        snapshot: Some(snapshot),
        today,
        mode: crate::startup::Mode::Render,
        loaded_from: None,
        locale,
    }
}

/// Renders the app at `path`: the body's HTML and what the page said about
/// itself.
pub fn render(startup: &Startup, path: &str) -> (String, Head) {
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let record = HeadRecord::default();
    let html = owner.with(|| {
        provide_context(RequestUrl::new(path));
        provide_context(record.clone());
        let startup = startup.clone();
        view! { <App startup /> }.to_html()
    });
    drop(owner);
    (html, record.get())
}

/// A planned page must render as what it is: a page that should exist
/// rendering "not found" (or the reverse), or still loading data it was not
/// given, is a bug, not a page to publish.
fn check(page: &PlannedPage, head: &Head, body: &str) -> Result<(), String> {
    if body.contains("status--loading") {
        return Err(format!("rendered while loading data ({:?} is not enough)", page.needs));
    }
    let expect_missing = page.kind == PageKind::NotFound;
    if head.not_found != expect_missing {
        return Err(format!("rendered as {}found", if head.not_found { "not " } else { "" }));
    }
    if head.title.is_empty() {
        return Err("the page set no title".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glue_names_the_loader_it_imports() {
        let glue = r#"import*as e from"./app-1-split-ab.js";import { x } from './app-1-split-ab.js';const f="from";"#;
        assert_eq!(imported_scripts(glue), vec!["app-1-split-ab.js".to_owned()]);
        assert!(imported_scripts(r#"import a from"../up.js";import b from"https://x/y.js";"#).is_empty());
        assert!(imported_scripts("").is_empty());
    }

    #[test]
    fn titles_only_for_the_bundled_feed() {
        assert!(titles_wanted(&Config::from_meta(|_| None)));
        let live = Config::from_meta(|name| {
            (name == "bp-feed").then(|| "https://news.example/feed.json".to_owned())
        });
        assert!(!titles_wanted(&live));
    }
}
