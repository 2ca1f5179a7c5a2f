//! The "Embed" button and dialog shown next to each widget on the full
//! site: options with a live preview, both snippets and copy buttons. The
//! native `<dialog>` gives focus containment, Escape to close and focus
//! return to the button.
//!
//! The button is in every page's code that shows a widget (the home page's
//! too); the dialog is in a chunk of its own (`embed`), loaded at the
//! button's first click: few visitors embed, and the dialog is most of the
//! code.

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::options::{DEFAULT_NEWS_COUNT, MAX_NEWS_QUERY, Theme};
use super::snippets::{LANGUAGE, WidgetKind, iframe_snippet, loader_snippet, widget_url};
use crate::chunks::{ChunkView, Progress, fetch, now};
use crate::i18n::names::member_name;
use crate::i18n::{Locale, fill, use_content_lang, use_locale, use_messages};
use crate::model::site::SiteData;

/// What the dialog is for, given by the button that opened it (a context
/// of the place the dialog is drawn in).
#[derive(Clone)]
struct EmbedRequest {
    kind: WidgetKind,
    site: Option<Arc<SiteData>>,
    /// Counts the button's clicks: the dialog opens at each.
    opened: RwSignal<u32>,
}

#[component]
pub fn EmbedButton(
    kind: WidgetKind,
    /// Needed for the map's "highlight" and the timeline's "milestone"
    /// choices.
    #[prop(optional)]
    site: Option<Arc<SiteData>>,
) -> impl IntoView {
    let code = RwSignal::new(Progress::Idle);
    let opened = RwSignal::new(0u32);
    let open = move |_| {
        opened.update(|n| *n += 1);
        fetch(ChunkView::EmbedDialog, code);
    };
    let t = &use_messages().embed;
    let heading_text = fill(t.heading, &[("what", kind.what(t))]);
    // The button reads as the heading: its visible word, then the rest.
    let button_rest = heading_text.strip_prefix(t.button).unwrap_or("").to_owned();
    let request = EmbedRequest { kind, site, opened };
    let drawn = move || match code.get() {
        Progress::Ready => {
            provide_context(request.clone());
            now(ChunkView::EmbedDialog).unwrap_or_else(|| ().into_any())
        }
        Progress::Failed => {
            view! { <p class="embed-dialog__missing" role="alert">{t.dialog_missing}</p> }.into_any()
        }
        Progress::Idle | Progress::Loading => ().into_any(),
    };

    view! {
        <p class="app-note">{t.app_note}</p>
        <button type="button" class="tl-button embed-button app-only" aria-haspopup="dialog" on:click=open>
            {t.button}<span class="visually-hidden">{button_rest}</span>
        </button>
        {move || drawn()}
    }
}

/// The dialog, drawn beside the button that asked for it (in the `embed`
/// chunk); it opens at once, and again at each click of the button.
#[component]
pub fn EmbedDialog() -> impl IntoView {
    let Some(EmbedRequest { kind, site, opened }) = use_context::<EmbedRequest>() else {
        return ().into_any();
    };
    let dialog = NodeRef::<html::Dialog>::new();
    let theme = RwSignal::new(Theme::Auto);
    // The widget speaks the page's language unless the partner picks another.
    let language = RwSignal::new(use_locale());
    // The widget's own option: highlighted state, first milestone, or
    // number of news items.
    let choice = RwSignal::new(String::new());
    // The news widget's search (`q`): only the news that match.
    let news_query = RwSignal::new(String::new());
    let status = RwSignal::new(String::new());
    // The snippets point at the site the visitor is on. Only the browser
    // knows it: pre-rendered HTML holds the snippets with the site's paths,
    // and the origin joins them once the app runs (the dialog is closed
    // until then).
    let origin = RwSignal::new(String::new());
    Effect::new(move |_| {
        origin.set(web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default());
    });
    let slug = kind.slug();

    let options = Memo::new(move |_| {
        let mut options: Vec<(String, String)> = Vec::new();
        let key = match kind {
            WidgetKind::Map => Some("highlight"),
            WidgetKind::Timeline => Some("milestone"),
            WidgetKind::News => Some("count"),
            WidgetKind::KeyData => None,
        };
        if let Some(key) = key {
            let value = choice.get();
            if !value.is_empty() {
                options.push((key.to_owned(), value));
            }
        }
        let query = news_query.get();
        if kind == WidgetKind::News && !query.trim().is_empty() {
            options.push(("q".to_owned(), query.trim().to_owned()));
        }
        if let Some(theme) = theme.get().attribute() {
            options.push(("theme".to_owned(), theme.to_owned()));
        }
        let language = language.get();
        if language != Locale::En {
            options.push((LANGUAGE.to_owned(), language.tag().to_owned()));
        }
        options
    });
    let (loader, iframe, preview) = (
        Signal::derive(move || loader_snippet(&origin.get(), kind, &options.get())),
        Signal::derive(move || iframe_snippet(&origin.get(), kind, &options.get())),
        Signal::derive(move || widget_url(&origin.get(), kind, &options.get())),
    );

    let locale = use_locale();
    let t = &locale.messages().embed;
    // (value, text, the text's language where it is the site data's).
    let choices: Vec<(String, String, Option<&'static str>)> = match (kind, &site) {
        (WidgetKind::Map, Some(site)) => site
            .members
            .iter()
            .filter_map(|m| {
                m.iso2.clone().map(|iso| (iso, member_name(locale, m).to_owned(), m.name_lang(locale)))
            })
            .collect(),
        // Milestone headlines are English content.
        (WidgetKind::Timeline, Some(site)) => site
            .milestones
            .iter()
            .map(|m| (m.id.clone(), format!("{} ({})", m.headline, m.date_label(locale)), use_content_lang()))
            .collect(),
        _ => Vec::new(),
    };
    let choice_control = match kind {
        WidgetKind::KeyData => ().into_any(),
        WidgetKind::News => view! {
            <div class="filter">
                <label for=format!("embed-{slug}-count")>{t.news_count}</label>
                <input
                    id=format!("embed-{slug}-count")
                    type="number"
                    min="1"
                    max="20"
                    placeholder=DEFAULT_NEWS_COUNT.to_string()
                    on:input=move |ev| choice.set(event_target_value(&ev))
                />
            </div>
            <div class="filter">
                <label for=format!("embed-{slug}-q")>{t.news_query}</label>
                <input
                    id=format!("embed-{slug}-q")
                    type="search"
                    maxlength=MAX_NEWS_QUERY.to_string()
                    on:input=move |ev| news_query.set(event_target_value(&ev))
                />
            </div>
        }
        .into_any(),
        WidgetKind::Map | WidgetKind::Timeline => {
            let (label, none) = if kind == WidgetKind::Map {
                (t.highlight_state, t.no_highlight)
            } else {
                (t.open_at_milestone, t.no_milestone)
            };
            view! {
                <div class="filter">
                    <label for=format!("embed-{slug}-choice")>{label}</label>
                    <select id=format!("embed-{slug}-choice") on:change=move |ev| choice.set(event_target_value(&ev))>
                        <option value="">{none}</option>
                        {choices.into_iter().map(|(value, text, lang)| view! { <option value=value lang=lang>{text}</option> }).collect_view()}
                    </select>
                </div>
            }
            .into_any()
        }
    };

    let copy = move |text: Signal<String>, (copied, not_copied): (&'static str, &'static str)| {
        move |_| {
            let text = text.get_untracked();
            let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
            leptos::task::spawn_local(async move {
                let done = match clipboard {
                    Some(clipboard) => JsFuture::from(clipboard.write_text(&text)).await.is_ok(),
                    None => false,
                };
                // The visitor may have left the page meanwhile.
                let _ = status.try_set(if done { copied } else { not_copied }.to_owned());
            });
        }
    };
    let is_open = RwSignal::new(false);
    Effect::new(move |_| {
        opened.track();
        if let Some(dialog) = dialog.get() {
            status.set(String::new());
            is_open.set(dialog.show_modal().is_ok());
        }
    });
    let close = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
    };
    let preview_title = fill(t.preview_title, &[("title", kind.title(locale))]);
    let heading_text = fill(t.heading, &[("what", kind.what(t))]);
    let heading = format!("embed-{slug}-heading");
    let labelled_by = heading.clone();

    view! {
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby=labelled_by on:close=move |_| is_open.set(false)>
            <h2 id=heading>{heading_text}</h2>
            <p>{t.intro}</p>
            <div class="filters">
                <div class="filter">
                    <label for=format!("embed-{slug}-theme")>{t.theme}</label>
                    <select id=format!("embed-{slug}-theme") on:change=move |ev| theme.set(Theme::parse(Some(&event_target_value(&ev))))>
                        <option value="auto">{t.theme_auto}</option>
                        <option value="light">{t.theme_light}</option>
                        <option value="dark">{t.theme_dark}</option>
                    </select>
                </div>
                <div class="filter">
                    <label for=format!("embed-{slug}-language")>{t.language}</label>
                    <select
                        id=format!("embed-{slug}-language")
                        on:change=move |ev| language.set(Locale::from_tag(&event_target_value(&ev)).unwrap_or_default())
                    >
                        {Locale::ALL
                            .iter()
                            .copied()
                            .map(|l| view! { <option value=l.tag() lang=l.tag() selected=l == locale>{l.own_name()}</option> })
                            .collect_view()}
                    </select>
                </div>
                {choice_control}
            </div>
            <h3>{t.loader}</h3>
            <pre class="code"><code>{move || loader.get()}</code></pre>
            <button type="button" class="tl-button" on:click=copy(loader, (t.loader_copied, t.loader_not_copied))>{t.copy_loader}</button>
            <h3>{t.plain_iframe}</h3>
            <pre class="code"><code>{move || iframe.get()}</code></pre>
            <button type="button" class="tl-button" on:click=copy(iframe, (t.iframe_copied, t.iframe_not_copied))>{t.copy_iframe}</button>
            <p class="embed-dialog__status" role="status">{move || status.get()}</p>
            <h3>{t.preview}</h3>
            // Only while open: a closed dialog must not load a second copy
            // of the site in the background.
            <Show when=move || is_open.get()>
                <iframe class="embed-dialog__preview" src=move || preview.get() title=preview_title.clone()></iframe>
            </Show>
            <div class="embed-dialog__actions">
                <button type="button" class="button" on:click=close>{t.close}</button>
            </div>
        </dialog>
    }
    .into_any()
}
