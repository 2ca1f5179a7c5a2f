//! The page of one feed item (a news story, an event or a document): the
//! same layout for all three, told apart by [`Section`].

use leptos::prelude::*;

use crate::components::share::ShareButton;
use leptos_router::hooks::use_params_map;

use crate::components::item_summary::{Tags, date_text};
use crate::components::page_meta::PageMeta;
use crate::components::remote::with_feed;
use crate::model::feed::{Attachment, Content, Feed, FeedItem, ItemKind};
use crate::model::language::language_name;
use crate::model::query::neighbours;
use crate::pages::not_found::{Missing, NotFoundContent};
use crate::paths;
use crate::sanitize::SafeHtml;

/// Which part of the feed an item page belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Section {
    News,
    Events,
    Documents,
}

impl Section {
    fn holds(self, item: &FeedItem) -> bool {
        match self {
            Section::News => item.is_news(),
            Section::Events => item.is_event(),
            Section::Documents => item.is_document(),
        }
    }

    fn missing(self) -> Missing {
        match self {
            Section::News => Missing::NewsItem,
            Section::Events => Missing::Event,
            Section::Documents => Missing::Document,
        }
    }

    /// (list path, back-link text, singular noun)
    fn labels(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Section::News => (paths::NEWS, "All news", "news item"),
            Section::Events => (paths::EVENTS, "All events", "event"),
            Section::Documents => (paths::DOCUMENTS, "All documents", "document"),
        }
    }
}

/// The route view for `/<section>/:id`; unknown ids get the 404 page.
pub fn feed_item_page(section: Section) -> impl IntoView {
    let params = use_params_map();
    with_feed(move |feed: std::sync::Arc<Feed>| {
        let id = params.read().get(paths::segment::ID).unwrap_or_default();
        let list: Vec<&FeedItem> = feed.items.iter().filter(|i| section.holds(i)).collect();
        let Some(item) = list.iter().find(|i| i.id == id) else {
            return view! { <NotFoundContent what=section.missing() /> }.into_any();
        };
        let (newer, older) = neighbours(&list, &id);
        view! {
            <FeedArticle
                item=(*item).clone()
                section
                newer=newer.cloned()
                older=older.cloned()
            />
        }
        .into_any()
    })
}

#[component]
fn FeedArticle(
    item: FeedItem,
    section: Section,
    newer: Option<FeedItem>,
    older: Option<FeedItem>,
) -> impl IntoView {
    let (list_path, back_text, _) = section.labels();
    let title = item.display_title();
    let description = item.summary.clone().unwrap_or_else(|| title.clone());
    let (datetime, date) = date_text(&item);
    let doc_type = match &item.kind {
        ItemKind::Document { doc_type, .. } => doc_type.clone(),
        _ => None,
    };
    let is_document = item.is_document();
    view! {
        <PageMeta title=title.clone() description />
        <article class="article">
            <p class="back-link"><a href=list_path>{format!("← {back_text}")}</a></p>
            <h1>{title}</h1>
            <p class="meta">
                <time datetime=datetime>{date}</time>
                {item.place.clone().map(|place| view! { <span class="meta__place">{place}</span> })}
                {doc_type.map(|t| view! { <span class="meta__type">{t}</span> })}
            </p>
            {item.is_event().then(|| view! { <AddToCalendar id=item.id.clone() /> })}
            {item.image.clone().map(|src| view! { <img class="article__image" src=src alt="" loading="lazy" /> })}
            <ArticleBody content=item.content.clone() summary=item.summary.clone() />
            // Documents always say which files exist, even "none"; other
            // items only list attachments when they have some.
            {(is_document || !item.attachments.is_empty())
                .then(|| view! { <Versions attachments=item.attachments.clone() /> })}
            {item.url.clone().map(|url| view! {
                <p class="article__original"><a href=url rel="external noopener">"Read the original publication"</a></p>
            })}
            {(!item.tags.is_empty()).then(|| view! { <Tags tags=item.tags.clone() /> })}
            <ShareButton path=paths::item(&item) title=item.display_title() />
        </article>
        <ItemNav newer older section />
    }
}

/// The event's calendar file, written beside its page by the render step.
/// A plain download: `download` keeps the app's router out of it, and it
/// works without the app.
#[component]
fn AddToCalendar(id: String) -> impl IntoView {
    view! {
        <p class="article__calendar">
            <a href=paths::event_calendar(&id) download=calendar_file_name(&id)>"Add to calendar"</a>
            <span class="article__calendar-note">" (an .ics file for Outlook, Google Calendar or Apple Calendar)"</span>
        </p>
    }
}

/// `budapest-process-<id>.ics`, with anything but letters, digits and
/// hyphens in the id turned into hyphens.
fn calendar_file_name(id: &str) -> String {
    let id: String = id.chars().map(|c| if c.is_alphanumeric() || c == '-' { c } else { '-' }).collect();
    format!("budapest-process-{id}.ics")
}

/// The item's text: sanitised HTML, plain text split into paragraphs, or
/// the summary when there is no body.
#[component]
fn ArticleBody(content: Content, summary: Option<String>) -> impl IntoView {
    match content {
        Content::Html(html) => view! { <SafeHtml html /> }.into_any(),
        Content::Text(text) => view! {
            <div class="prose">
                {text
                    .split("\n\n")
                    .filter(|p| !p.trim().is_empty())
                    .map(|p| view! { <p>{p.trim().to_owned()}</p> })
                    .collect_view()}
            </div>
        }
        .into_any(),
        Content::None => view! {
            <div class="prose">
                <p>{summary.unwrap_or_else(|| "This item has no text.".to_owned())}</p>
            </div>
        }
        .into_any(),
    }
}

/// A document's files: one row per language version.
#[component]
fn Versions(attachments: Vec<Attachment>) -> impl IntoView {
    if attachments.is_empty() {
        return view! { <p class="notice">"No files are listed for this document."</p> }.into_any();
    }
    view! {
        <section class="versions" aria-labelledby="versions-heading">
            <h2 id="versions-heading">"Available versions"</h2>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">"Language"</th>
                            <th scope="col">"Link"</th>
                            <th scope="col">"File type"</th>
                            <th scope="col">"Size"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {attachments
                            .into_iter()
                            .map(|a| {
                                let language = a
                                    .language
                                    .as_deref()
                                    .map_or_else(|| "Not stated".to_owned(), |l| language_name(l).to_owned());
                                let link_text = format!(
                                    "{} ({language})",
                                    a.title.clone().unwrap_or_else(|| "Open".to_owned())
                                );
                                view! {
                                    <tr>
                                        <td>{language}</td>
                                        <td><a href=a.url.clone() hreflang=a.language.clone() rel="external noopener">{link_text}</a></td>
                                        <td>{file_type(a.mime_type.as_deref())}</td>
                                        <td>{a.size_in_bytes.map_or_else(|| "Not known".to_owned(), human_size)}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}

/// A reader's name for a MIME type.
pub fn file_type(mime: Option<&str>) -> String {
    match mime {
        None => "Not known".to_owned(),
        Some("application/pdf") => "PDF".to_owned(),
        Some("text/html") => "Web page".to_owned(),
        Some(
            "application/msword" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ) => "Word document".to_owned(),
        Some(other) => other.to_owned(),
    }
}

/// "830 bytes", "1.4 MB" (decimal units, as file managers show them).
pub fn human_size(bytes: u64) -> String {
    match bytes {
        0..1_000 => format!("{bytes} bytes"),
        1_000..1_000_000 => format!("{:.0} KB", bytes as f64 / 1e3),
        _ => format!("{:.1} MB", bytes as f64 / 1e6),
    }
}

/// Links to the neighbouring items of the same kind.
#[component]
fn ItemNav(newer: Option<FeedItem>, older: Option<FeedItem>, section: Section) -> impl IntoView {
    if newer.is_none() && older.is_none() {
        return ().into_any();
    }
    let link = |item: Option<FeedItem>, rel: &'static str, label: &'static str| {
        item.map(|item| {
            view! {
                <a class=format!("item-nav__{rel}") href=paths::item(&item) rel=rel>
                    <span class="item-nav__label">{label}</span>
                    <span class="item-nav__title">{item.display_title()}</span>
                </a>
            }
        })
    };
    let (newer_label, older_label) = match section {
        Section::Documents => ("Previous document", "Next document"),
        _ => ("Newer", "Older"),
    };
    view! {
        <nav class="item-nav" aria-label=format!("More {}s", section.labels().2)>
            {link(newer, "prev", newer_label)}
            {link(older, "next", older_label)}
        </nav>
    }
    .into_any()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_types_read_well() {
        assert_eq!(human_size(830), "830 bytes");
        assert_eq!(human_size(48_200), "48 KB");
        assert_eq!(human_size(1_400_000), "1.4 MB");
        assert_eq!(file_type(Some("application/pdf")), "PDF");
        assert_eq!(file_type(None), "Not known");
    }

    #[test]
    fn calendar_files_are_named_after_the_event() {
        assert_eq!(calendar_file_name("ministerial-2019"), "budapest-process-ministerial-2019.ics");
        assert_eq!(calendar_file_name("a/b\\c d.ics"), "budapest-process-a-b-c-d-ics.ics");
    }
}
