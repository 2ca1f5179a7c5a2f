//! How members, roles, groups and dates read on the pages and to screen
//! readers: one place for each wording, so the members table, the map and
//! the timeline say the same thing the same way.

use super::{Basis, Member, Milestone, PartialDate, Role, RoleKind, SiteData, Status};
use crate::model::date::{format_range, month_name};

impl Status {
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

impl Member {
    /// "Armenia, participating state": what a screen reader announces.
    pub fn accessible_name(&self) -> String {
        format!("{}, {}", self.name, self.status.label())
    }

    /// "Armenia, participating state, Chair": the accessible name of a
    /// state on the map, with any leading role.
    pub fn map_label(&self) -> String {
        let role = if self.has_role(RoleKind::Chair) {
            ", Chair"
        } else if self.has_role(RoleKind::CoChair) {
            ", Co-Chair"
        } else {
            ""
        };
        format!("{}{role}", self.accessible_name())
    }

    /// "Participating state · Chair".
    pub fn status_text(&self) -> String {
        let mut text = match self.status {
            Status::Participating => "Participating state".to_owned(),
            Status::Observer => "Observer state".to_owned(),
        };
        if self.has_role(RoleKind::Chair) {
            text.push_str(" · Chair");
        } else if self.has_role(RoleKind::CoChair) {
            text.push_str(" · Co-Chair");
        }
        text
    }
}

impl SiteData {
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

    /// The member's working groups by name, those only implied by
    /// geography marked "(inferred)".
    pub fn group_labels(&self, member: &Member) -> Vec<String> {
        member
            .working_groups
            .iter()
            .map(|m| {
                let name = self.group(&m.group).map_or(m.group.as_str(), |g| g.name.as_str());
                match m.basis {
                    Basis::Confirmed => name.to_owned(),
                    Basis::Inferred => format!("{name} (inferred)"),
                }
            })
            .collect()
    }
}

impl PartialDate {
    pub fn label(self) -> String {
        match (self.month.and_then(month_name), self.day) {
            (Some(month), Some(day)) => format!("{day} {month} {}", self.year),
            (Some(month), None) => format!("{month} {}", self.year),
            _ => self.year.to_string(),
        }
    }
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
                full_dates(end).map_or_else(String::new, |(s, e)| format_range(s, Some(e)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Date;
    use crate::model::site::{GroupMembership, parse_site};

    const SITE: &str = r#"{
        "working_groups": [{"id": "g", "name": "Silk Routes Group", "kind": "regional"}],
        "members": [
            {"name": "Aland", "iso2": "AA", "status": "participating",
             "working_groups": [{"group": "g", "basis": "inferred"}],
             "roles": [{"kind": "chair", "period": "since 2006"}]},
            {"name": "Bland", "iso2": "BB", "status": "observer",
             "working_groups": [{"group": "g", "basis": "confirmed"}],
             "roles": [{"kind": "co-chair"}]}
        ]
    }"#;

    #[test]
    fn members_read_the_same_everywhere() {
        let site = parse_site(SITE).expect("the test data is a site file");
        let (a, b) = (&site.members[0], &site.members[1]);
        assert_eq!(a.accessible_name(), "Aland, participating state");
        assert_eq!(a.map_label(), "Aland, participating state, Chair");
        assert_eq!(b.map_label(), "Bland, observer state, Co-Chair");
        assert_eq!(a.status_text(), "Participating state · Chair");
        assert_eq!(b.status_text(), "Observer state · Co-Chair");
        assert_eq!(site.group_labels(a), ["Silk Routes Group (inferred)"]);
        assert_eq!(site.group_labels(b), ["Silk Routes Group"]);
        let unknown = Member {
            working_groups: vec![GroupMembership { group: "x".into(), basis: Basis::Confirmed }],
            ..a.clone()
        };
        assert_eq!(site.group_labels(&unknown), ["x"], "an unknown group shows its id");
    }

    #[test]
    fn roles_read_with_their_group_and_period() {
        let site = parse_site(SITE).expect("the test data is a site file");
        let role = Role { kind: RoleKind::WorkingGroupChair, group: Some("g".into()), period: None };
        assert_eq!(site.role_label(&role), "Chair of the Silk Routes Group");
        assert_eq!(site.role_label(&site.members[0].roles[0]), "Chair of the Budapest Process (since 2006)");
        assert_eq!(Status::Observer.plural_heading(), "Observer states");
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
