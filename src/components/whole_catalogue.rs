//! The whole catalogue, where a page started with a part of it: the member
//! and timeline pages in a language the bundle reads from a file download
//! only what they show (`i18n::catalogue::part_of`). Before the app shows
//! any other page, or searches, it loads the rest.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::remote::{LoadError, Loading};
use crate::config::resolve;
use crate::data::use_app_data;
use crate::fetch::{FetchError, fetch_text};
use crate::i18n::messages::Loadable;
use crate::i18n::{Locale, catalogue, use_locale, use_route_path};

/// Loads and installs the whole catalogue of `locale`, unless it is in use
/// already (or the language is compiled in).
pub async fn load_whole(locale: Locale, timeout_ms: i32) -> Result<(), FetchError> {
    if catalogue::loaded(locale).is_none_or(|l| l.part.is_none()) {
        return Ok(());
    }
    let url = resolve(&locale.catalogue_file().unwrap_or_default());
    let text = fetch_text(&url, timeout_ms).await?;
    match crate::chunks::install_catalogue(locale, text).await {
        Ok(true) => Ok(()),
        Ok(false) => Err(FetchError::Decode(format!("{url} is not a catalogue of this build"))),
        Err(_) => Err(FetchError::Network),
    }
}

/// Shows the pages (`children`) while the catalogue in use has what the
/// current one shows; otherwise the loading state until the whole
/// catalogue is in, or an error with Try again.
#[component]
pub fn WholeCatalogue(children: ChildrenFn) -> impl IntoView {
    let locale = use_locale();
    let route = use_route_path();
    let timeout_ms = use_app_data().config().timeout_ms;
    // Bumped when the whole catalogue is in: `covers` reads no signal.
    let installed = RwSignal::new(0u32);
    let failed = RwSignal::new(None::<FetchError>);
    let loading = StoredValue::new(false);
    let covered = Memo::new(move |_| {
        installed.track();
        route.with(|route| catalogue::covers(locale, route))
    });
    // Only in the browser, and never while hydrating: a page is rendered
    // with the catalogue it names.
    Effect::new(move |_| {
        if covered.get() || failed.get().is_some() || loading.get_value() {
            return;
        }
        loading.set_value(true);
        spawn_local(async move {
            let outcome = load_whole(locale, timeout_ms).await;
            loading.set_value(false);
            match outcome {
                Ok(()) => installed.update(|n| *n += 1),
                Err(error) => failed.set(Some(error)),
            }
        });
    });
    move || {
        if covered.get() {
            return children().into_any();
        }
        match failed.get() {
            Some(error) => view! {
                <LoadError error what=Loadable::PageCode retry=move |()| failed.set(None) />
            }
            .into_any(),
            None => view! { <Loading what=Loadable::PageCode /> }.into_any(),
        }
    }
}
