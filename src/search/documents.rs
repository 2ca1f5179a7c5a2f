//! What can be found: every page with content of its own, as a searchable
//! document (news, documents, events, milestones, member states,
//! organisations, working groups, and the about and contact pages), built
//! from the same site data and feed the pages are rendered from.

use std::ops::RangeInclusive;

use crate::i18n::{Locale, fill};
use crate::model::date::Date;
use crate::model::feed::{Content, Feed, FeedItem, ItemKind};
use crate::model::site::{GroupKind, SiteData};
use crate::paths;

use super::text::html_text;

/// The kinds of result, in the order the results page groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Member,
    Milestone,
    Document,
    News,
    Event,
    Organisation,
    WorkingGroup,
    Page,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Member,
        Kind::Milestone,
        Kind::Document,
        Kind::News,
        Kind::Event,
        Kind::Organisation,
        Kind::WorkingGroup,
        Kind::Page,
    ];

    /// The kind's name in the URL (`/search?kind=news`).
    pub fn slug(self) -> &'static str {
        match self {
            Kind::Member => "members",
            Kind::Milestone => "milestones",
            Kind::Document => "documents",
            Kind::News => "news",
            Kind::Event => "events",
            Kind::Organisation => "organisations",
            Kind::WorkingGroup => "working-groups",
            Kind::Page => "pages",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.slug().eq_ignore_ascii_case(slug.trim()))
    }

    /// "Member state", shown with each result, in `locale`.
    pub fn label(self, locale: Locale) -> &'static str {
        locale.messages().search.kinds.of(self).0
    }
}

/// One searchable page.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub kind: Kind,
    /// What the kind is called in the page's language ("Member state").
    pub kind_label: &'static str,
    pub title: String,
    /// Other names that find it but are not shown ("Turkey" for Türkiye),
    /// weighed as the title.
    pub aliases: String,
    pub summary: String,
    pub body: String,
    /// Shown with the result ("12 March 2019", "1993–2006").
    pub date_label: Option<String>,
    /// For newest-first among equals.
    pub date: Option<Date>,
    /// The years the year filter matches.
    pub years: Option<RangeInclusive<i32>>,
    /// "Participating state · Chair", "Upcoming", "Strategy".
    pub status: Option<String>,
    pub path: String,
}

impl Doc {
    pub(crate) fn new(kind: Kind, title: &str, path: String) -> Doc {
        Doc {
            kind,
            kind_label: kind.label(Locale::En),
            title: title.to_owned(),
            aliases: String::new(),
            summary: String::new(),
            body: String::new(),
            date_label: None,
            date: None,
            years: None,
            status: None,
            path,
        }
    }

    fn dated(mut self, date: Date, locale: Locale) -> Doc {
        self.date_label = Some(crate::i18n::format::date(locale, date));
        self.date = Some(date);
        self.years = Some(date.year..=date.year);
        self
    }
}

/// Every searchable page of the site, described in `locale`; `today`
/// decides whether an event is upcoming.
pub fn documents(site: &SiteData, feed: &Feed, today: Date, locale: Locale) -> Vec<Doc> {
    let t = &locale.messages().search;
    let mut docs = Vec::new();
    docs.extend(site.members.iter().filter(|m| !m.placeholder).map(|member| {
        let path = member.iso2.as_deref().map_or_else(|| paths::MEMBERS.to_owned(), paths::member);
        let mut doc = Doc::new(Kind::Member, member.name_in(locale), path);
        // Found by its English name (and its other names) in any language.
        let english = (member.name_in(locale) != member.name).then_some(member.name.as_str());
        doc.aliases = english
            .into_iter()
            .chain(member.also_known_as.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ");
        // What the members page says first: the status and leading role.
        doc.summary = [Some(member.status_text(locale)), member.note.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(". ");
        let roles: Vec<String> = member.roles.iter().map(|r| site.role_label(r, locale)).collect();
        doc.body = [roles.join(". "), site.group_labels(member, locale).join(". ")].join(". ");
        doc.status = Some(member.status_text(locale));
        doc
    }));
    docs.extend(site.milestones.iter().map(|milestone| {
        let mut doc = Doc::new(Kind::Milestone, &milestone.headline, paths::milestone(&milestone.id));
        doc.summary = milestone.text.clone();
        doc.body = site.category_label(&milestone.category).to_owned();
        doc.date_label = Some(milestone.date_label(locale));
        doc.date = milestone.start.first_day();
        let last = milestone.extended_to.or(milestone.end).map_or(milestone.start.year, |end| end.year);
        doc.years = Some(milestone.start.year..=last.max(milestone.start.year));
        doc.status = Some(site.category_label(&milestone.category).to_owned());
        doc
    }));
    docs.extend(feed.items.iter().map(|item| feed_doc(item, today, locale)));
    docs.extend(site.organisations.iter().chain(&site.other_partners).map(|org| {
        let official = org.official(locale);
        let name = official.map_or(org.name.as_str(), |o| o.name.as_str());
        let mut doc = Doc::new(Kind::Organisation, name, format!("{}#organisations", paths::MEMBERS));
        let mut aliases: Vec<&str> = org.acronym.as_deref().into_iter().collect();
        if let Some(official) = official {
            aliases.push(&org.name);
            aliases.extend(official.acronym.as_deref());
        }
        doc.aliases = aliases.join(" ");
        doc.summary = org.note.clone().unwrap_or_default();
        doc.status = org.level.as_deref().map(|level| {
            let word = org.level_label(locale).unwrap_or(level);
            capitalised(&fill(t.organisation_of_level, &[("level", word)]))
        });
        doc
    }));
    docs.extend(site.working_groups.iter().map(|group| {
        let mut doc =
            Doc::new(Kind::WorkingGroup, &group.name, format!("{}?group={}", paths::MEMBERS, group.id));
        doc.summary = group.description.clone();
        doc.body = group.chair.clone().unwrap_or_default();
        doc.status = Some(
            match group.kind {
                GroupKind::Regional => t.regional_group,
                GroupKind::Thematic => t.thematic_group,
            }
            .to_owned(),
        );
        doc.years = group.established.map(|year| year..=year);
        doc.date_label = group.established.map(|year| fill(t.since_year, &[("year", &year.to_string())]));
        doc
    }));
    let mut about = Doc::new(Kind::Page, locale.messages().about.heading, paths::ABOUT.to_owned());
    about.summary = site.about.summary.clone();
    about.body = site
        .about
        .strengths
        .iter()
        .map(|s| format!("{}. {}", s.title, s.text))
        .chain(
            site.about
                .sections
                .iter()
                .map(|s| format!("{}. {} {}", s.heading, s.paragraphs.join(" "), s.list.join(". "))),
        )
        .collect::<Vec<_>>()
        .join(" ");
    docs.push(about);
    let contact = &site.contact;
    let mut page = Doc::new(Kind::Page, locale.messages().contact.title, paths::CONTACT.to_owned());
    page.summary = [contact.name.as_str(), contact.organisation.as_str()].join(", ");
    page.body = contact.address_lines.join(", ");
    docs.push(page);
    for doc in &mut docs {
        doc.kind_label = doc.kind.label(locale);
    }
    docs
}

fn feed_doc(item: &FeedItem, today: Date, locale: Locale) -> Doc {
    let t = &locale.messages().search;
    let (kind, status) = match &item.kind {
        ItemKind::News => (Kind::News, None),
        ItemKind::Event { start, end } => {
            let last = end.unwrap_or(*start);
            let when = if last >= today { t.upcoming_event } else { t.past_event };
            (Kind::Event, Some(when.to_owned()))
        }
        ItemKind::Document { doc_type, .. } => (Kind::Document, doc_type.as_deref().map(capitalised)),
    };
    let mut doc = Doc::new(kind, &item.display_title(), paths::item(item));
    if let Some(date) = item.date() {
        doc = doc.dated(date, locale);
    }
    if let ItemKind::Document { year: Some(year), .. } = item.kind {
        // A document is known by its year; its day is often unknown.
        doc.date_label = Some(year.to_string());
        doc.years = Some(year..=year);
    }
    if let ItemKind::Event { start, end: Some(end) } = item.kind {
        doc.date_label = Some(crate::i18n::format::date_range(locale, start, Some(end)));
        doc.years = Some(start.year..=end.year.max(start.year));
    }
    doc.status = status;
    doc.summary = item.summary.clone().unwrap_or_default();
    let content = match &item.content {
        Content::Html(html) => html_text(html),
        Content::Text(text) => text.clone(),
        Content::None => String::new(),
    };
    let attachments = item.attachments.iter().filter_map(|a| a.title.as_deref());
    let extra: Vec<&str> =
        item.tags.iter().map(String::as_str).chain(item.place.as_deref()).chain(attachments).collect();
    doc.body = format!("{content} {}", extra.join(". "));
    doc
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}
