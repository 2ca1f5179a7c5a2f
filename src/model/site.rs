//! The site data (`public/data/site.json`): key facts, members,
//! organisations, working groups, milestones, contact and about text.
//!
//! Read tolerantly like the feed: a malformed entry in a list is skipped and
//! recorded, the rest is kept, so one typo never blanks the members page.
//! Nothing here is typed into a view; the key-data counts are computed.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::date::Date;

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
    /// Plain-language notes on everything that was skipped.
    pub skipped: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Facts {
    pub established: Option<i32>,
    pub secretariat: Option<Secretariat>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Secretariat {
    pub name: String,
    pub acronym: String,
    pub since: Option<i32>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Region {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GroupKind {
    Regional,
    Thematic,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct WorkingGroup {
    pub id: String,
    pub name: String,
    pub kind: GroupKind,
    pub established: Option<i32>,
    /// Free text, as the sources describe chairs over time.
    pub chair: Option<String>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
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

    /// "participating state" / "observer state", for accessible names.
    pub fn label(self) -> &'static str {
        match self {
            Status::Participating => "participating state",
            Status::Observer => "observer state",
        }
    }

    pub fn plural_heading(self) -> &'static str {
        match self {
            Status::Participating => "Participating states",
            Status::Observer => "Observer states",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// A source names the state in this group.
    Confirmed,
    /// The sources only imply it from geography.
    Inferred,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct GroupMembership {
    pub group: String,
    pub basis: Basis,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoleKind {
    Chair,
    CoChair,
    FormerChair,
    WorkingGroupChair,
    FormerWorkingGroupChair,
    WorkingGroupCoChair,
    ReferenceGroupRapporteur,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Role {
    pub kind: RoleKind,
    /// The working group, for working-group roles.
    pub group: Option<String>,
    /// "since January 2006", "1993–2006", as the sources put it.
    pub period: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Member {
    pub name: String,
    /// ISO 3166-1 alpha-2; absent only for a placeholder.
    pub iso2: Option<String>,
    pub status: Status,
    pub region: Option<String>,
    #[serde(default)]
    pub working_groups: Vec<GroupMembership>,
    #[serde(default)]
    pub roles: Vec<Role>,
    /// A member the sources count but do not name.
    #[serde(default)]
    pub placeholder: bool,
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

impl Member {
    pub fn has_role(&self, kind: RoleKind) -> bool {
        self.roles.iter().any(|r| r.kind == kind)
    }

    pub fn in_group(&self, group: &str) -> bool {
        self.working_groups.iter().any(|m| m.group == group)
    }

    /// "Armenia, participating state": what a screen reader announces.
    pub fn accessible_name(&self) -> String {
        format!("{}, {}", self.name, self.status.label())
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Organisation {
    pub name: String,
    pub acronym: Option<String>,
    /// "international", "European" or "regional".
    pub level: Option<String>,
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Category {
    pub id: String,
    pub label: String,
}

/// A year with an optional month and day, as history is often only known
/// to the year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn year(year: i32) -> PartialDate {
        PartialDate { year, month: None, day: None }
    }

    /// Drops a month or day that does not exist rather than the date.
    fn repaired(self) -> PartialDate {
        let month = self.month.filter(|m| (1..=12).contains(m));
        let day =
            month.and(self.day).filter(|d| month.is_some_and(|m| Date::new(self.year, m, *d).is_some()));
        PartialDate { year: self.year, month, day }
    }

    /// The first day the date can mean (1 January for a bare year).
    pub fn first_day(self) -> Option<Date> {
        Date::new(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date can mean (31 December for a bare year).
    pub fn last_day(self) -> Option<Date> {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| super::date::days_in_month(self.year, month));
        Date::new(self.year, month, day)
    }

    pub fn label(self) -> String {
        match (self.month.and_then(super::date::month_name), self.day) {
            (Some(month), Some(day)) => format!("{day} {month} {}", self.year),
            (Some(month), None) => format!("{month} {}", self.year),
            _ => self.year.to_string(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Milestone {
    /// Stable, hand-assigned: deep links must survive headline edits.
    pub id: String,
    pub start: PartialDate,
    pub end: Option<PartialDate>,
    /// An announced extension beyond `end` ("2018–2022, to be extended
    /// until 2024"), drawn as a dashed continuation.
    pub extended_to: Option<PartialDate>,
    pub headline: String,
    #[serde(default)]
    pub text: String,
    pub category: String,
    #[serde(default)]
    pub sources: Vec<String>,
    /// Ids of related feed items.
    #[serde(default)]
    pub related: Vec<String>,
}

impl Milestone {
    /// "1993", "1993–2006", "February 2019", "2017–2022 (extended to 2024)"
    /// style labels; equal or inverted ends show the start alone.
    pub fn date_label(&self) -> String {
        let full_dates = |end: PartialDate| {
            self.start.day.and(end.day).and_then(|_| Some((self.start.first_day()?, end.first_day()?)))
        };
        let base = match self.end.filter(|end| *end > self.start) {
            Some(end) if full_dates(end).is_some() => {
                full_dates(end).map_or_else(String::new, |(s, e)| super::date::format_range(s, Some(e)))
            }
            Some(end) if end.month.is_none() && self.start.month.is_none() => {
                format!("{}–{}", self.start.year, end.year)
            }
            Some(end) => format!("{} – {}", self.start.label(), end.label()),
            None => self.start.label(),
        };
        match self.extended_to {
            Some(ext) => format!("{base} (extended to {})", ext.label()),
            None => base,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct EmailParts {
    pub user: String,
    pub domain: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Contact {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub address_lines: Vec<String>,
    pub phone: Option<String>,
    pub fax: Option<String>,
    /// Kept in two parts so the address appears nowhere as plain text; the
    /// contact page joins them at run time.
    pub email: Option<EmailParts>,
    pub website: Option<String>,
    /// Caveats shown with the contact details ("verify before use").
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct About {
    #[serde(default)]
    pub summary: String,
    #[serde(default)]
    pub strengths: Vec<Strength>,
    #[serde(default)]
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Strength {
    pub title: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Section {
    pub id: String,
    pub heading: String,
    #[serde(default)]
    pub paragraphs: Vec<String>,
    #[serde(default)]
    pub list: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// The numbers on the key-data cards, always computed from the lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyCounts {
    pub participating_states: usize,
    pub observer_states: usize,
    pub organisations: usize,
    pub regional_working_groups: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteError(pub String);

impl std::fmt::Display for SiteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// Reads the site data. Fails only when the text is not a JSON object;
/// missing or malformed parts are skipped and recorded.
pub fn parse_site(text: &str) -> Result<SiteData, SiteError> {
    let top: Map<String, Value> = match serde_json::from_str(text) {
        Ok(Value::Object(top)) => top,
        Ok(_) => return Err(SiteError("the site data is not a JSON object".into())),
        Err(e) => return Err(SiteError(format!("not valid JSON ({e})"))),
    };
    let mut skipped = Vec::new();
    let mut site = SiteData {
        facts: object(&top, "facts", &mut skipped),
        regions: list(&top, "regions", &mut skipped),
        working_groups: list(&top, "working_groups", &mut skipped),
        members: list(&top, "members", &mut skipped),
        organisations: list(&top, "organisations", &mut skipped),
        other_partners: list(&top, "other_partners", &mut skipped),
        milestone_categories: list(&top, "milestone_categories", &mut skipped),
        milestones: list(&top, "milestones", &mut skipped),
        contact: object(&top, "contact", &mut skipped),
        about: object(&top, "about", &mut skipped),
        skipped: Vec::new(),
    };
    site.validate(&mut skipped);
    site.skipped = skipped;
    Ok(site)
}

impl SiteData {
    /// Cross-checks between lists: unique ids, references that resolve.
    fn validate(&mut self, skipped: &mut Vec<String>) {
        let mut seen = std::collections::HashSet::new();
        self.members.retain(|m| {
            let iso_ok = match &m.iso2 {
                Some(iso) => iso.len() == 2 && iso.bytes().all(|b| b.is_ascii_uppercase()),
                None => m.placeholder,
            };
            let unique = m.iso2.as_ref().is_none_or(|iso| seen.insert(iso.clone()));
            if !iso_ok || !unique {
                skipped.push(format!(
                    "{}.iso2: missing, malformed or repeated ISO code; the member is skipped",
                    entry("members", "name", &m.name)
                ));
            }
            iso_ok && unique
        });
        let group_ids: Vec<String> = self.working_groups.iter().map(|g| g.id.clone()).collect();
        let region_ids: Vec<String> = self.regions.iter().map(|r| r.id.clone()).collect();
        for member in &mut self.members {
            member.working_groups.retain(|m| {
                let known = group_ids.contains(&m.group);
                if !known {
                    skipped.push(format!(
                        "{}.working_groups[?(@.group=={:?})]: unknown working group; ignored",
                        entry("members", "name", &member.name),
                        m.group
                    ));
                }
                known
            });
            if member.region.as_ref().is_some_and(|r| !region_ids.contains(r)) {
                skipped.push(format!(
                    "{}.region: unknown region; ignored",
                    entry("members", "name", &member.name)
                ));
                member.region = None;
            }
        }
        let mut ids = std::collections::HashSet::new();
        self.milestones.retain(|m| {
            let unique = ids.insert(m.id.clone());
            if !unique {
                skipped.push(format!("{}: repeated id; skipped", entry("milestones", "id", &m.id)));
            }
            unique
        });
        for milestone in &mut self.milestones {
            milestone.start = milestone.start.repaired();
            milestone.end = milestone.end.map(PartialDate::repaired);
            if milestone.end.is_some_and(|end| end < milestone.start) {
                skipped.push(format!(
                    "{}.end: before the start; ignored",
                    entry("milestones", "id", &milestone.id)
                ));
                milestone.end = None;
            }
            milestone.extended_to = milestone.extended_to.map(PartialDate::repaired);
            let reach = milestone.end.unwrap_or(milestone.start);
            if milestone.extended_to.is_some_and(|ext| ext <= reach) {
                skipped.push(format!(
                    "{}.extended_to: does not go beyond the end; ignored",
                    entry("milestones", "id", &milestone.id)
                ));
                milestone.extended_to = None;
            }
        }
        // Chronological, with the stable sort keeping data order within a day.
        self.milestones.sort_by_key(|m| m.start);
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

    pub fn category_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.milestone_categories.iter().find(|c| c.id == id).map_or(id, |c| c.label.as_str())
    }

    /// "Chair of the Working Group on South Eastern Europe (since 2010)".
    pub fn role_label(&self, role: &Role) -> String {
        let group = || {
            role.group
                .as_deref()
                .map(|id| self.group(id).map_or(id, |g| g.name.as_str()))
                .unwrap_or("a working group")
        };
        let base = match role.kind {
            RoleKind::Chair => "Chair of the Budapest Process".to_owned(),
            RoleKind::CoChair => "Co-Chair of the Budapest Process".to_owned(),
            RoleKind::FormerChair => "Former Chair of the Budapest Process".to_owned(),
            RoleKind::WorkingGroupChair => format!("Chair of the {}", group()),
            RoleKind::FormerWorkingGroupChair => format!("Former chair of the {}", group()),
            RoleKind::WorkingGroupCoChair => format!("Co-chair of the {}", group()),
            RoleKind::ReferenceGroupRapporteur => "Rapporteur of the Reference Group".to_owned(),
        };
        match &role.period {
            Some(period) => format!("{base} ({period})"),
            None => base,
        }
    }
}

/// Reads each element of a list on its own, so one bad entry costs only itself.
type Top = Map<String, Value>;

/// A JSON path to the entry of `list` whose `key` is `value`, e.g.
/// `$.members[?(@.name=="Ghost")]`: after the lists have been read, the
/// entry's position in the file is no longer known, its name is.
fn entry(list: &str, key: &str, value: &str) -> String {
    format!("$.{list}[?(@.{key}=={value:?})]")
}

fn list<T: DeserializeOwned>(top: &Top, key: &str, skipped: &mut Vec<String>) -> Vec<T> {
    let entries = match top.get(key) {
        None | Some(Value::Null) => {
            skipped.push(format!("$.{key}: missing"));
            return Vec::new();
        }
        Some(Value::Array(entries)) => entries,
        Some(_) => {
            skipped.push(format!("$.{key}: not a list; ignored"));
            return Vec::new();
        }
    };
    entries
        .iter()
        .enumerate()
        .filter_map(|(index, entry)| match T::deserialize(entry) {
            Ok(entry) => Some(entry),
            Err(e) => {
                skipped.push(format!("$.{key}[{index}]: {e}; skipped"));
                None
            }
        })
        .collect()
}

fn object<T: DeserializeOwned + Default>(top: &Top, key: &str, skipped: &mut Vec<String>) -> T {
    match top.get(key).map(T::deserialize) {
        Some(Ok(value)) => value,
        Some(Err(e)) => {
            skipped.push(format!("$.{key}: {e}; ignored"));
            T::default()
        }
        None => {
            skipped.push(format!("$.{key}: missing"));
            T::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{
        "regions": [{"id": "r", "name": "Region"}],
        "working_groups": [{"id": "g", "name": "Group", "kind": "regional"},
                           {"id": "t", "name": "Theme", "kind": "thematic"}],
        "members": [
            {"name": "Aland", "iso2": "AA", "status": "participating", "region": "r",
             "working_groups": [{"group": "g", "basis": "inferred"}, {"group": "nope", "basis": "confirmed"}],
             "roles": [{"kind": "chair", "period": "since 2006"}]},
            {"name": "Bland", "iso2": "BB", "status": "observer", "region": "elsewhere"},
            {"name": "Repeat", "iso2": "AA", "status": "observer"},
            {"name": "Lower", "iso2": "cc", "status": "observer"},
            {"name": "Unnamed", "iso2": null, "status": "observer", "placeholder": true},
            {"name": "Ghost", "iso2": null, "status": "observer"},
            {"name": "Odd", "iso2": "DD", "status": "member"}
        ],
        "organisations": [{"name": "Org"}, {"acronym": "no name"}],
        "milestones": [
            {"id": "b", "start": {"year": 2010}, "headline": "B", "category": "c"},
            {"id": "a", "start": {"year": 1993, "month": 2, "day": 30}, "end": {"year": 1990}, "headline": "A", "category": "c"},
            {"id": "a", "start": {"year": 2000}, "headline": "dup", "category": "c"},
            {"id": "m", "start": {"year": 2001, "month": 13}, "headline": "bad month", "category": "c"}
        ]
    }"#;

    #[test]
    fn bad_entries_cost_only_themselves() {
        let site = parse_site(MINIMAL).unwrap_or_default();
        let names: Vec<&str> = site.members.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["Aland", "Bland", "Unnamed"]);
        assert_eq!(site.members[0].working_groups.len(), 1);
        assert_eq!(site.members[1].region, None);
        assert_eq!(site.organisations.len(), 1);
        let counts = site.key_counts();
        assert_eq!(
            counts,
            KeyCounts {
                participating_states: 1,
                observer_states: 2,
                organisations: 1,
                regional_working_groups: 1
            }
        );
        assert!(site.skipped.len() >= 8, "{:?}", site.skipped);
    }

    #[test]
    fn milestones_are_repaired_and_sorted() {
        let site = parse_site(MINIMAL).unwrap_or_default();
        let ids: Vec<&str> = site.milestones.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["a", "m", "b"]);
        let a = &site.milestones[0];
        assert_eq!(a.start, PartialDate { year: 1993, month: Some(2), day: None });
        assert_eq!(a.end, None);
        assert_eq!(site.milestones[1].start, PartialDate::year(2001));
    }

    #[test]
    fn only_non_objects_fail() {
        assert!(parse_site("[]").is_err());
        assert!(parse_site("nope").is_err());
        let empty = parse_site("{}").unwrap_or_default();
        assert!(empty.members.is_empty());
        assert!(!empty.skipped.is_empty());
    }

    #[test]
    fn roles_and_labels() {
        let site = parse_site(MINIMAL).unwrap_or_default();
        assert_eq!(site.holder_of(RoleKind::Chair).map(|m| m.name.as_str()), Some("Aland"));
        assert_eq!(site.holder_of(RoleKind::CoChair), None);
        let role = Role { kind: RoleKind::WorkingGroupChair, group: Some("g".into()), period: None };
        assert_eq!(site.role_label(&role), "Chair of the Group");
        assert_eq!(site.members[0].accessible_name(), "Aland, participating state");
    }

    #[test]
    fn partial_date_labels() {
        let m = |start, end| Milestone {
            id: "x".into(),
            start,
            end,
            extended_to: None,
            headline: String::new(),
            text: String::new(),
            category: String::new(),
            sources: vec![],
            related: vec![],
        };
        let y = PartialDate::year;
        let ymd = |year, month, day| PartialDate { year, month: Some(month), day };
        assert_eq!(m(y(1993), Some(y(2006))).date_label(), "1993–2006");
        assert_eq!(m(y(1993), Some(y(1993))).date_label(), "1993");
        assert_eq!(m(ymd(2019, 2, Some(20)), None).date_label(), "20 February 2019");
        assert_eq!(
            m(ymd(1991, 10, Some(30)), Some(ymd(1991, 10, Some(31)))).date_label(),
            "30–31 October 1991"
        );
        assert_eq!(m(ymd(2017, 8, None), Some(y(2022))).date_label(), "August 2017 – 2022");
        let mut extended = m(y(2018), Some(y(2022)));
        extended.extended_to = Some(y(2024));
        assert_eq!(extended.date_label(), "2018–2022 (extended to 2024)");
        assert_eq!(y(2020).first_day(), Date::new(2020, 1, 1));
        assert_eq!(y(2020).last_day(), Date::new(2020, 12, 31));
        assert_eq!(ymd(2020, 2, None).last_day(), Date::new(2020, 2, 29));
    }
}
