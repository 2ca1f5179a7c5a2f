//! The filters of the news, documents and members lists, read from and
//! written to the URL query.

use super::params::{QueryLookup, build_query};
use crate::model::feed::{FeedItem, ItemKind};
use crate::model::order;
use crate::model::site::{Member, SiteData, Status};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct NewsFilter {
    pub tag: Option<String>,
    pub year: Option<i32>,
}

impl NewsFilter {
    pub fn from_query(query: &impl QueryLookup) -> NewsFilter {
        NewsFilter { tag: query.param("tag"), year: query.param("year").and_then(|y| y.parse().ok()) }
    }

    pub fn matches(&self, item: &FeedItem) -> bool {
        self.tag.as_ref().is_none_or(|tag| item.tags.iter().any(|t| t == tag))
            && self.year.is_none_or(|year| item.year() == Some(year))
    }

    pub fn to_query(&self) -> String {
        build_query(&[("tag", self.tag.clone()), ("year", self.year.map(|y| y.to_string()))])
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentFilter {
    pub doc_type: Option<String>,
    pub year: Option<i32>,
    pub language: Option<String>,
}

impl DocumentFilter {
    pub fn from_query(query: &impl QueryLookup) -> DocumentFilter {
        DocumentFilter {
            doc_type: query.param("type"),
            year: query.param("year").and_then(|y| y.parse().ok()),
            language: query.param("lang").map(|l| l.to_ascii_lowercase()),
        }
    }

    pub fn matches(&self, item: &FeedItem) -> bool {
        let doc_type = match &item.kind {
            ItemKind::Document { doc_type, .. } => doc_type.as_deref(),
            _ => return false,
        };
        self.doc_type.as_deref().is_none_or(|t| doc_type == Some(t))
            && self.year.is_none_or(|y| item.year() == Some(y))
            && self
                .language
                .as_deref()
                .is_none_or(|l| item.attachments.iter().any(|a| a.language.as_deref() == Some(l)))
    }

    pub fn to_query(&self) -> String {
        build_query(&[
            ("type", self.doc_type.clone()),
            ("year", self.year.map(|y| y.to_string())),
            ("lang", self.language.clone()),
        ])
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemberFilter {
    pub status: Option<Status>,
    pub region: Option<String>,
    pub group: Option<String>,
}

impl MemberFilter {
    /// Values that match nothing in `site` are dropped, so a stale or
    /// hand-edited link shows everything rather than nothing.
    pub fn from_query(query: &impl QueryLookup, site: &SiteData) -> MemberFilter {
        MemberFilter {
            status: query.param("status").and_then(|s| Status::from_slug(&s)),
            region: query.param("region").filter(|r| site.region_name(r).is_some()),
            group: query.param("group").filter(|g| site.group(g).is_some()),
        }
    }

    pub fn matches(&self, member: &Member) -> bool {
        self.status.is_none_or(|s| member.status == s)
            && self.region.as_ref().is_none_or(|r| member.region.as_ref() == Some(r))
            && self.group.as_ref().is_none_or(|g| member.in_group(g))
    }

    pub fn is_empty(&self) -> bool {
        *self == MemberFilter::default()
    }

    pub fn to_query(&self) -> String {
        build_query(&[
            ("status", self.status.map(|s| s.slug().to_owned())),
            ("region", self.region.clone()),
            ("group", self.group.clone()),
        ])
    }
}

/// Members passing the filter, alphabetically by name, placeholders last.
pub fn filter_members<'a>(site: &'a SiteData, filter: &MemberFilter) -> Vec<&'a Member> {
    let mut members: Vec<&Member> = site.members.iter().filter(|m| filter.matches(m)).collect();
    order::sort_by(&mut members, |a, b| a.placeholder.cmp(&b.placeholder).then_with(|| a.name.cmp(&b.name)));
    members
}
