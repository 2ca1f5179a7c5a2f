//! Reading `site.json` tolerantly, and the cross-checks between its lists.

use serde_json::{Map, Value};

use super::json::FromJson;
use super::part::{PART_KEY, SitePart};
use super::{PartialDate, SiteData};
use crate::model::ReadError;
use crate::model::json_text;
use crate::model::order;

/// Reads the site data. Fails only when the text is not a JSON object;
/// missing or malformed parts are skipped and recorded.
pub fn parse_site(text: &str) -> Result<SiteData, ReadError> {
    let top: Map<String, Value> = match json_text::parse(text) {
        Ok(Value::Object(top)) => top,
        Ok(_) => return Err(ReadError::not("the site data", "the top level is not an object")),
        Err(e) => return Err(ReadError::NotJson(e.to_string())),
    };
    let mut skipped = Vec::new();
    // A part's file (`part.rs`) leaves the other keys out on purpose.
    let part = match top.get(PART_KEY) {
        None => None,
        Some(name) => match name.as_str().and_then(SitePart::from_name) {
            Some(part) => Some(part),
            None => return Err(ReadError::not("the site data", "it names a part this build does not know")),
        },
    };
    let top = Keys { top: &top, part };
    let mut site = SiteData {
        facts: top.object("facts", &mut skipped),
        regions: top.list("regions", &mut skipped),
        working_groups: top.list("working_groups", &mut skipped),
        members: top.list("members", &mut skipped),
        organisations: top.list("organisations", &mut skipped),
        other_partners: top.list("other_partners", &mut skipped),
        milestone_categories: top.list("milestone_categories", &mut skipped),
        milestones: top.list("milestones", &mut skipped),
        contact: top.object("contact", &mut skipped),
        about: top.object("about", &mut skipped),
        part,
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
        order::sort_by_key(&mut self.milestones, |m| m.start);
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

/// The top level of the file, and the part it holds if it is a part's.
struct Keys<'a> {
    top: &'a Top,
    part: Option<SitePart>,
}

impl Keys<'_> {
    /// The key's value; `None` for a key a part leaves out.
    fn get(&self, key: &str, skipped: &mut Vec<String>) -> Option<&Value> {
        if self.part.is_some_and(|part| !part.keys().contains(&key)) {
            return None;
        }
        let value = self.top.get(key).filter(|v| !v.is_null());
        if value.is_none() {
            skipped.push(format!("$.{key}: missing"));
        }
        value
    }

    fn list<T: FromJson>(&self, key: &str, skipped: &mut Vec<String>) -> Vec<T> {
        let entries = match self.get(key, skipped) {
            None => return Vec::new(),
            Some(Value::Array(entries)) => entries,
            Some(_) => {
                skipped.push(format!("$.{key}: not a list; ignored"));
                return Vec::new();
            }
        };
        entries
            .iter()
            .enumerate()
            .filter_map(|(index, entry)| match T::from_json(entry) {
                Ok(entry) => Some(entry),
                Err(e) => {
                    skipped.push(format!("$.{key}[{index}]{}: {}; skipped", e.path, e.why));
                    None
                }
            })
            .collect()
    }

    fn object<T: FromJson + Default>(&self, key: &str, skipped: &mut Vec<String>) -> T {
        match self.get(key, skipped).map(T::from_json) {
            Some(Ok(value)) => value,
            Some(Err(e)) => {
                skipped.push(format!("$.{key}{}: {}; ignored", e.path, e.why));
                T::default()
            }
            None => T::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::site::{KeyCounts, Role, RoleKind};

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
        let site = parse_site(MINIMAL).expect("the minimal site reads");
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
        let site = parse_site(MINIMAL).expect("the minimal site reads");
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
        let empty = parse_site("{}").expect("an empty object reads");
        assert!(empty.members.is_empty());
        assert!(!empty.skipped.is_empty());
    }

    #[test]
    fn roles_and_holders() {
        let site = parse_site(MINIMAL).expect("the minimal site reads");
        assert_eq!(site.holder_of(RoleKind::Chair).map(|m| m.name.as_str()), Some("Aland"));
        assert_eq!(site.holder_of(RoleKind::CoChair), None);
        let role = Role { kind: RoleKind::WorkingGroupChair, group: Some("g".into()), period: None };
        assert_eq!(site.role_label(&role, crate::i18n::Locale::En), "Chair of the Group");
        assert_eq!(site.members[0].accessible_name(crate::i18n::Locale::En), "Aland, participating state");
    }
}
