//! The page of one feed item (a news story, an event or a document): the
//! same layout for all three, told apart by [`Section`].

use leptos::prelude::*;

use crate::components::share::ShareButton;
use crate::i18n::messages::Article;
use crate::i18n::{Locale, fill, fill_marked, format, names, use_content_lang, use_locale, use_messages};
use leptos_router::hooks::use_params_map;

use crate::components::item_summary::{Tags, date_text};
use crate::components::page_meta::PageMeta;
use crate::components::remote::with_feed;
use crate::model::feed::{Attachment, Content, Feed, FeedItem, ItemKind};
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

    /// (list path, back-link text, the neighbour navigation's name)
    fn labels(self, t: &'static Article) -> (&'static str, &'static str, &'static str) {
        match self {
            Section::News => (paths::NEWS, t.all_news, t.more_news),
            Section::Events => (paths::EVENTS, t.all_events, t.more_events),
            Section::Documents => (paths::DOCUMENTS, t.all_documents, t.more_documents),
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
    let t = &use_messages().article;
    let (list_path, back_text, _) = section.labels(t);
    let title = item.display_title();
    let description = item.summary.clone().unwrap_or_else(|| title.clone());
    let (datetime, date) = date_text(use_locale(), &item);
    let lang = use_content_lang();
    let (title_lang, title_dir) = crate::i18n::use_item_marks(item.language.as_deref(), &title);
    let doc_type = match &item.kind {
        ItemKind::Document { doc_type, .. } => doc_type.clone(),
        _ => None,
    };
    let is_document = item.is_document();
    view! {
        <PageMeta title=title.clone() description />
        <article class="article">
            <p class="back-link"><a href=crate::i18n::link(list_path)>{format!("← {back_text}")}</a></p>
            <h1 lang=title_lang dir=title_dir>{title}</h1>
            <p class="meta">
                <time datetime=datetime>{date}</time>
                {item.place.clone().map(|place| view! { <span class="meta__place" lang=lang>{place}</span> })}
                {doc_type.map(|t| view! { <span class="meta__type" lang=lang>{t}</span> })}
            </p>
            {item.is_event().then(|| view! { <AddToCalendar id=item.id.clone() /> })}
            {item.image.clone().map(|src| view! { <img class="article__image" src=src alt="" loading="lazy" /> })}
            <ArticleBody content=item.content.clone() summary=item.summary.clone() />
            // Documents always say which files exist, even "none"; other
            // items only list attachments when they have some.
            {(is_document || !item.attachments.is_empty())
                .then(|| view! { <Versions attachments=item.attachments.clone() /> })}
            {item.url.clone().map(|url| view! {
                <p class="article__original"><a href=url rel="external noopener">{t.original}</a></p>
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
    let t = &use_messages().article;
    view! {
        <p class="article__calendar">
            <a href=paths::event_calendar(&id) download=calendar_file_name(&id)>{t.add_to_calendar}</a>
            <span class="article__calendar-note">{t.calendar_note}</span>
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
    let lang = use_content_lang();
    match content {
        Content::Html(html) => view! { <div lang=lang><SafeHtml html /></div> }.into_any(),
        Content::Text(text) => view! {
            <div class="prose" lang=lang>
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
                {match summary {
                    Some(summary) => view! { <p lang=lang>{summary}</p> }.into_any(),
                    None => view! { <p>{use_messages().article.no_text}</p> }.into_any(),
                }}
            </div>
        }
        .into_any(),
    }
}

/// A document's files: one row per language version.
#[component]
fn Versions(attachments: Vec<Attachment>) -> impl IntoView {
    let locale = use_locale();
    let t = &locale.messages().article;
    if attachments.is_empty() {
        return view! { <p class="notice">{t.no_files}</p> }.into_any();
    }
    view! {
        <section class="versions" aria-labelledby="versions-heading">
            <h2 id="versions-heading">{t.versions}</h2>
            <div class="table-scroll">
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{t.language}</th>
                            <th scope="col">{t.link}</th>
                            <th scope="col">{t.file_type}</th>
                            <th scope="col">{t.size}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {attachments
                            .into_iter()
                            .map(|a| {
                                let language = a
                                    .language
                                    .as_deref()
                                    .map_or_else(|| t.not_stated.to_owned(), |l| names::language(locale, l));
                                // The file's own title is English content; "Open" is ours.
                                let (title, title_lang) = match a.title.clone() {
                                    Some(title) => (title, use_content_lang()),
                                    None => (t.open.to_owned(), None),
                                };
                                let link_text = fill_marked(&fill(t.file_link, &[("language", &language)]), &[("title", title)], title_lang);
                                view! {
                                    <tr>
                                        <td>{language}</td>
                                        <td><a href=a.url.clone() hreflang=a.language.clone() rel="external noopener">{link_text}</a></td>
                                        <td>{file_type(t, a.mime_type.as_deref())}</td>
                                        <td>{a.size_in_bytes.map_or_else(|| t.not_known.to_owned(), |b| human_size(locale, b))}</td>
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
pub fn file_type(t: &Article, mime: Option<&str>) -> String {
    match mime {
        None => t.not_known.to_owned(),
        Some("application/pdf") => "PDF".to_owned(),
        Some("text/html") => t.web_page.to_owned(),
        Some(
            "application/msword" | "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ) => t.word_document.to_owned(),
        Some(other) => other.to_owned(),
    }
}

/// "830 bytes", "1.4 MB" (decimal units, as file managers show them).
pub fn human_size(locale: Locale, bytes: u64) -> String {
    let t = &locale.messages().article;
    let (template, amount) = match bytes {
        0..1_000 => (t.bytes, bytes.to_string()),
        1_000..1_000_000 => (t.kilobytes, format::decimal(locale, bytes as f64 / 1e3, 0)),
        _ => (t.megabytes, format::decimal(locale, bytes as f64 / 1e6, 1)),
    };
    fill(template, &[("n", &amount)])
}

/// Links to the neighbouring items of the same kind.
#[component]
fn ItemNav(newer: Option<FeedItem>, older: Option<FeedItem>, section: Section) -> impl IntoView {
    if newer.is_none() && older.is_none() {
        return ().into_any();
    }
    let link = |item: Option<FeedItem>, rel: &'static str, label: &'static str| {
        item.map(|item| {
            let title = item.display_title();
            let (lang, dir) = crate::i18n::use_item_marks(item.language.as_deref(), &title);
            view! {
                <a class=format!("item-nav__{rel}") href=crate::i18n::link(paths::item(&item)) rel=rel>
                    <span class="item-nav__label">{label}</span>
                    <span class="item-nav__title" lang=lang dir=dir>{title}</span>
                </a>
            }
        })
    };
    let t = &use_messages().article;
    let (newer_label, older_label) = match section {
        Section::Documents => (t.previous_document, t.next_document),
        _ => (t.newer, t.older),
    };
    view! {
        <nav class="item-nav" aria-label=section.labels(t).2>
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
        assert_eq!(human_size(Locale::En, 830), "830 bytes");
        assert_eq!(human_size(Locale::En, 48_200), "48 KB");
        assert_eq!(human_size(Locale::En, 1_400_000), "1.4 MB");
        assert_eq!(human_size(Locale::Ru, 1_400_000), "1,4 МБ");
        let t = &Locale::En.messages().article;
        assert_eq!(file_type(t, Some("application/pdf")), "PDF");
        assert_eq!(file_type(t, None), "Not known");
        assert_eq!(file_type(&Locale::Ru.messages().article, Some("text/html")), "Веб-страница");
    }

    #[test]
    fn calendar_files_are_named_after_the_event() {
        assert_eq!(calendar_file_name("ministerial-2019"), "budapest-process-ministerial-2019.ics");
        assert_eq!(calendar_file_name("a/b\\c d.ics"), "budapest-process-a-b-c-d-ics.ics");
    }
}
