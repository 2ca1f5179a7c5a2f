//! The parts of a language's catalogue (`i18n::catalogue::part_of`). A
//! page that starts with a part may show at once its own part's views and
//! every page outside the chunks (home, offline): each must render
//! from the part exactly as from the whole catalogue, or it would show
//! missing words. A test binary of its
//! own: it installs catalogues, which every render in the process then
//! uses.
//!
//! Needs the host build of the app: `cargo test --features ssr`.
#![cfg(feature = "ssr")]

use std::path::Path;

use budapest_process_site::config::Config;
use budapest_process_site::i18n::{Locale, catalogue};
use budapest_process_site::model::date::Date;
use budapest_process_site::model::site::SitePart;
use budapest_process_site::prerender::plan::{PlannedPage, plan};
use budapest_process_site::prerender::{Loaded, load, render, startup};

fn today() -> Date {
    Date::new(2026, 11, 30).unwrap_or_else(|| Date::from_days_since_epoch(0))
}

/// The page in Russian, its title and description first; and whether it
/// shows a view that comes in a chunk.
fn render_page(data: &Loaded, page: &PlannedPage) -> (String, bool) {
    let locale = Locale::Ru;
    let path = locale.path(&page.path);
    let (body, head) =
        render(&startup(data, page.needs, Config::from_meta(|_| None), today(), locale), &path);
    (format!("{}\n{}\n{body}", head.title, head.description), !head.views.is_empty())
}

#[test]
fn what_a_part_may_show_renders_from_it_as_from_the_whole() -> Result<(), String> {
    let _ = any_spawner::Executor::init_futures_executor();
    let data = load(Path::new("public/data"))?;
    let pages = plan(&data.site, &data.feed, today());
    let language = Locale::Ru.language();
    let (Some(messages), names) = (language.built_in_messages(), language.built_in_names()) else {
        return Err("the host build has the Russian catalogue".into());
    };
    // Every page, with the whole catalogue first.
    let whole: Vec<(&PlannedPage, String, bool)> = pages
        .iter()
        .map(|page| {
            let (html, in_chunk) = render_page(&data, page);
            (page, html, in_chunk)
        })
        .collect();
    let shown_with = |part: SitePart| {
        whole.iter().filter(move |(page, _, in_chunk)| page.needs.site_part == Some(part) || !in_chunk)
    };
    for part in SitePart::ALL {
        let text = catalogue::write(messages, names, |_| true, Some(part))?;
        assert!(catalogue::install(Locale::Ru, text), "the {} part installs", part.name());
        assert_eq!(catalogue::part_in_use(), Some(part));
        let mut checked = 0;
        for (page, expected, _) in shown_with(part) {
            assert_eq!(&render_page(&data, page).0, expected, "{} from the {} part", page.path, part.name());
            checked += 1;
        }
        // The part's pages (a page per member or milestone), and the
        // pages outside the chunks.
        assert!(checked > 40, "{checked} pages");
        assert!(shown_with(part).any(|(p, ..)| p.path == "/offline"));
        assert!(shown_with(part).any(|(p, ..)| p.path == "/"));
        assert!(!shown_with(part).any(|(p, ..)| p.path == "/about"));
    }
    // The comparison can fail: a page of the other part misses its words.
    let (page, expected, _) =
        whole.iter().find(|(p, ..)| p.needs.site_part == Some(SitePart::Members)).ok_or("no member page")?;
    assert_ne!(&render_page(&data, page).0, expected);
    Ok(())
}
