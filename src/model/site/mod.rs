//! The site data (`public/data/site.json`): key facts, members,
//! organisations, working groups, milestones, contact and about text.
//!
//! - `members`, `history` and `texts`: the types, as the file holds them;
//! - `json` and `decode`: each type read from its JSON, by hand;
//! - `reader`: the tolerant reader (a malformed entry in a list is skipped
//!   and recorded, the rest is kept, so one typo never blanks the members
//!   page) and the cross-checks between lists;
//! - `labels`: how members, roles and dates read on the pages;
//! - `part`: the parts of the file the member and timeline pages load alone.
//!
//! Nothing here is typed into a view; the key-data counts are computed.

mod decode;
mod history;
mod json;
mod labels;
mod members;
pub mod part;
mod reader;
mod texts;

pub use history::{Category, Milestone, PartialDate};
pub use members::{
    Basis, GroupKind, GroupMembership, Member, Organisation, Region, Role, RoleKind, Status, WorkingGroup,
};
pub use part::SitePart;
pub use reader::parse_site;
pub use texts::{About, Contact, EmailParts, Facts, Secretariat, Section, Strength};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SiteData {
    pub facts: Facts,
    pub regions: Vec<Region>,
    pub working_groups: Vec<WorkingGroup>,
    pub members: Vec<Member>,
    pub organisations: Vec<Organisation>,
    /// Named as partners in some sources but not among the counted ones.
    pub other_partners: Vec<Organisation>,
    pub milestone_categories: Vec<Category>,
    pub milestones: Vec<Milestone>,
    pub contact: Contact,
    pub about: About,
    /// The part of the data this is, read from a part's file (`part.rs`):
    /// the other lists are empty because they were left out. `None` for
    /// the whole.
    pub part: Option<SitePart>,
    /// Plain-language notes on everything that was skipped.
    pub skipped: Vec<String>,
}

/// The numbers on the key-data cards, always computed from the lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyCounts {
    pub participating_states: usize,
    pub observer_states: usize,
    pub organisations: usize,
    pub regional_working_groups: usize,
}

impl SiteData {
    /// Whether this holds what a view reads: `part`, or the whole (`None`).
    pub fn holds(&self, part: Option<SitePart>) -> bool {
        self.part.is_none() || self.part == part
    }

    pub fn key_counts(&self) -> KeyCounts {
        let with_status = |status| self.members.iter().filter(|m| m.status == status).count();
        KeyCounts {
            participating_states: with_status(Status::Participating),
            observer_states: with_status(Status::Observer),
            organisations: self.organisations.len(),
            regional_working_groups: self
                .working_groups
                .iter()
                .filter(|g| g.kind == GroupKind::Regional)
                .count(),
        }
    }

    pub fn member(&self, iso2: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.iso2.as_deref() == Some(iso2))
    }

    /// The state holding a role (chair, co-chair), if the data names one.
    pub fn holder_of(&self, kind: RoleKind) -> Option<&Member> {
        self.members.iter().find(|m| m.has_role(kind))
    }

    pub fn region_name(&self, id: &str) -> Option<&str> {
        self.regions.iter().find(|r| r.id == id).map(|r| r.name.as_str())
    }

    pub fn group(&self, id: &str) -> Option<&WorkingGroup> {
        self.working_groups.iter().find(|g| g.id == id)
    }
}
