//! Who takes part: states and their regions, working groups and roles, and
//! the participating organisations.

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupKind {
    Regional,
    Thematic,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorkingGroup {
    pub id: String,
    pub name: String,
    pub kind: GroupKind,
    pub established: Option<i32>,
    /// Free text, as the sources describe chairs over time.
    pub chair: Option<String>,
    pub description: String,
    pub sources: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    Participating,
    Observer,
}

impl Status {
    pub const ALL: [Status; 2] = [Status::Participating, Status::Observer];

    pub fn slug(self) -> &'static str {
        match self {
            Status::Participating => "participating",
            Status::Observer => "observer",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// A source names the state in this group.
    Confirmed,
    /// The sources only imply it from geography.
    Inferred,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupMembership {
    pub group: String,
    pub basis: Basis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleKind {
    Chair,
    CoChair,
    FormerChair,
    WorkingGroupChair,
    FormerWorkingGroupChair,
    WorkingGroupCoChair,
    ReferenceGroupRapporteur,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    pub kind: RoleKind,
    /// The working group, for working-group roles.
    pub group: Option<String>,
    /// "since January 2006", "1993–2006", as the sources put it.
    pub period: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub name: String,
    /// ISO 3166-1 alpha-2; absent only for a placeholder.
    pub iso2: Option<String>,
    pub status: Status,
    pub region: Option<String>,
    pub working_groups: Vec<GroupMembership>,
    pub roles: Vec<Role>,
    /// A member the sources count but do not name.
    pub placeholder: bool,
    pub note: Option<String>,
    /// Other names the state goes by ("Turkey" for Türkiye), so that
    /// search finds it under them. Not shown.
    pub also_known_as: Vec<String>,
    pub sources: Vec<String>,
}

impl Member {
    pub fn has_role(&self, kind: RoleKind) -> bool {
        self.roles.iter().any(|r| r.kind == kind)
    }

    pub fn in_group(&self, group: &str) -> bool {
        self.working_groups.iter().any(|m| m.group == group)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organisation {
    pub name: String,
    pub acronym: Option<String>,
    /// "international", "European" or "regional".
    pub level: Option<String>,
    pub note: Option<String>,
    pub sources: Vec<String>,
    /// Its official names in other languages, by language tag:
    /// `{"ru": {"name": "Международная организация по миграции", "acronym": "МОМ"}}`.
    pub names: std::collections::BTreeMap<String, OfficialName>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OfficialName {
    pub name: String,
    pub acronym: Option<String>,
}

impl Organisation {
    /// Its official name (and acronym) in `locale`, if it has one; `None`
    /// means the English name is the one to show.
    pub fn official(&self, locale: crate::i18n::Locale) -> Option<&OfficialName> {
        (locale != crate::i18n::Locale::En).then(|| self.names.get(locale.tag())).flatten()
    }
}
