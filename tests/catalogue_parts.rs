//! The parts of a language's catalogue (`i18n::catalogue::part_of`): every
//! page that names a part must render from it exactly as from the whole
//! catalogue, or a member or timeline page would hydrate with missing
//! words. A test binary of its own: it installs catalogues, which every
//! render in the process then uses.
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

fn render_page(data: &Loaded, page: &PlannedPage, locale: Locale) -> String {
    let path = locale.path(&page.path);
    let (body, head) =
        render(&startup(data, page.needs, Config::from_meta(|_| None), today(), locale), &path);
    format!("{}\n{}\n{body}", head.title, head.description)
}

#[test]
fn pages_of_a_part_render_from_their_part_as_from_the_whole() -> Result<(), String> {
    let _ = any_spawner::Executor::init_futures_executor();
    let data = load(Path::new("public/data"))?;
    let pages = plan(&data.site, &data.feed, today());
    let language = Locale::Ru.language();
    let (Some(messages), names) = (language.built_in_messages(), language.built_in_names()) else {
        return Err("the host build has the Russian catalogue".into());
    };
    // Every page of each part, rendered with the whole catalogue first.
    let of_part = |part: SitePart| pages.iter().filter(move |p| p.needs.site_part == Some(part));
    let whole: Vec<(SitePart, &PlannedPage, String)> = SitePart::ALL
        .into_iter()
        .flat_map(|part| of_part(part).map(move |page| (part, page)))
        .map(|(part, page)| (part, page, render_page(&data, page, Locale::Ru)))
        .collect();
    assert!(whole.len() > 90, "{} pages", whole.len());
    for part in SitePart::ALL {
        let text = catalogue::write(messages, names, |_| true, Some(part))?;
        assert!(catalogue::install(Locale::Ru, text), "the {} part installs", part.name());
        assert_eq!(catalogue::loaded(Locale::Ru).and_then(|l| l.part), Some(part));
        for (_, page, expected) in whole.iter().filter(|(p, ..)| *p == part) {
            assert_eq!(&render_page(&data, page, Locale::Ru), expected, "{}", page.path);
        }
    }
    // The test can fail: a page of another part misses its words.
    let other = of_part(SitePart::Members).next().ok_or("no member page")?;
    let from_timeline_part = render_page(&data, other, Locale::Ru);
    let expected = whole.iter().find(|(_, p, _)| p.path == other.path).map(|(.., html)| html);
    assert_ne!(Some(&from_timeline_part), expected);
    Ok(())
}
