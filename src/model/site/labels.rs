//! How members, roles, groups and dates read on the pages and to screen
//! readers: one place for each wording, so the members table, the map and
//! the timeline say the same thing the same way.

use super::{Basis, Member, Milestone, Organisation, PartialDate, Role, RoleKind, SiteData, Status};
use crate::i18n::messages::Labels;
use crate::i18n::{Locale, fill, format};

fn words(locale: Locale) -> &'static Labels {
    &locale.messages().labels
}

impl Status {
    /// "participating state" / "observer state", for accessible names.
    pub fn label(self, locale: Locale) -> &'static str {
        match self {
            Status::Participating => words(locale).participating,
            Status::Observer => words(locale).observer,
        }
    }

    pub fn plural_heading(self, locale: Locale) -> &'static str {
        match self {
            Status::Participating => words(locale).participating_many,
            Status::Observer => words(locale).observer_many,
        }
    }
}

impl Member {
    /// The state's name in `locale` (CLDR's, or the site data's).
    pub fn name_in(&self, locale: Locale) -> &str {
        crate::i18n::names::member_name(locale, self)
    }

    /// The `lang` of [`Member::name_in`]: English where the name is the
    /// site data's own inside another language (no CLDR name for it).
    pub fn name_lang(&self, locale: Locale) -> Option<&'static str> {
        (locale != Locale::En && self.name_in(locale) == self.name).then_some("en")
    }

    /// "Armenia, participating state": what a screen reader announces.
    pub fn accessible_name(&self, locale: Locale) -> String {
        format!("{}, {}", self.name_in(locale), self.status.label(locale))
    }

    /// The leading role, if any: "Chair" or "Co-Chair".
    fn leading_role(&self, locale: Locale) -> Option<&'static str> {
        if self.has_role(RoleKind::Chair) {
            Some(words(locale).chair)
        } else if self.has_role(RoleKind::CoChair) {
            Some(words(locale).co_chair)
        } else {
            None
        }
    }

    /// "Armenia, participating state, Chair": the accessible name of a
    /// state on the map, with any leading role.
    pub fn map_label(&self, locale: Locale) -> String {
        match self.leading_role(locale) {
            Some(role) => format!("{}, {role}", self.accessible_name(locale)),
            None => self.accessible_name(locale),
        }
    }

    /// "Participating state · Chair".
    pub fn status_text(&self, locale: Locale) -> String {
        let status = match self.status {
            Status::Participating => words(locale).participating_alone,
            Status::Observer => words(locale).observer_alone,
        };
        match self.leading_role(locale) {
            Some(role) => format!("{status} · {role}"),
            None => status.to_owned(),
        }
    }
}

impl Organisation {
    /// Its level ("international", "European", "regional") in `locale`;
    /// `None` for a word the catalogue does not know, which stays as the
    /// data writes it.
    pub fn level_label(&self, locale: Locale) -> Option<&'static str> {
        let t = &locale.messages().members;
        match self.level.as_deref()?.to_ascii_lowercase().as_str() {
            "international" => Some(t.level_international),
            "european" => Some(t.level_european),
            "regional" => Some(t.level_regional),
            _ => None,
        }
    }
}

impl SiteData {
    pub fn category_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.milestone_categories.iter().find(|c| c.id == id).map_or(id, |c| c.label.as_str())
    }

    /// "Chair of the Working Group on South Eastern Europe (since 2010)".
    pub fn role_label(&self, role: &Role, locale: Locale) -> String {
        let (template, values) = self.role_parts(role, locale);
        let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
        fill(&template, &values)
    }

    /// A role as its sentence in `locale` and the site data's own words to
    /// go into it (`{group}`, `{period}`), which a page marks as English.
    pub fn role_parts(&self, role: &Role, locale: Locale) -> (String, Vec<(&'static str, String)>) {
        let t = words(locale);
        let base = match role.kind {
            RoleKind::Chair => t.chair_of_process,
            RoleKind::CoChair => t.co_chair_of_process,
            RoleKind::FormerChair => t.former_chair_of_process,
            RoleKind::WorkingGroupChair => t.chair_of_group,
            RoleKind::FormerWorkingGroupChair => t.former_chair_of_group,
            RoleKind::WorkingGroupCoChair => t.co_chair_of_group,
            RoleKind::ReferenceGroupRapporteur => t.rapporteur,
        };
        let mut values = Vec::new();
        if base.contains("{group}") {
            let group = role.group.as_deref().map(|id| self.group(id).map_or(id, |g| g.name.as_str()));
            match group {
                Some(name) => values.push(("group", name.to_owned())),
                None => values.push(("group", t.unnamed_group.to_owned())),
            }
        }
        let template = match &role.period {
            Some(period) => {
                values.push(("period", period.clone()));
                fill(t.with_period, &[("role", base)])
            }
            None => base.to_owned(),
        };
        (template, values)
    }

    /// The member's working groups by name, and whether each is only
    /// implied by geography.
    pub fn group_memberships<'a>(&'a self, member: &'a Member) -> Vec<(&'a str, bool)> {
        member
            .working_groups
            .iter()
            .map(|m| {
                let name = self.group(&m.group).map_or(m.group.as_str(), |g| g.name.as_str());
                (name, m.basis == Basis::Inferred)
            })
            .collect()
    }

    /// The member's working groups by name, those only implied by
    /// geography marked "(inferred)".
    pub fn group_labels(&self, member: &Member, locale: Locale) -> Vec<String> {
        self.group_memberships(member)
            .into_iter()
            .map(
                |(name, inferred)| {
                    if inferred { fill(words(locale).inferred, &[("group", name)]) } else { name.to_owned() }
                },
            )
            .collect()
    }
}

impl PartialDate {
    /// "20 February 2019", "February 2019", "2019" (and in `locale`).
    pub fn label(self, locale: Locale) -> String {
        match (self.month, self.day.and_then(|_| self.first_day())) {
            (Some(_), Some(day)) => format::date(locale, day),
            (Some(month), None) if (1..=12).contains(&month) => format::month(locale, self.year, month),
            _ => self.year.to_string(),
        }
    }
}

impl Milestone {
    /// "1993", "1993–2006", "February 2019", "2017–2022 (extended to 2024)"
    /// style labels; equal or inverted ends show the start alone.
    pub fn date_label(&self, locale: Locale) -> String {
        let full_dates = |end: PartialDate| {
            self.start.day.and(end.day).and_then(|_| Some((self.start.first_day()?, end.first_day()?)))
        };
        let base = match self.end.filter(|end| *end > self.start) {
            Some(end) if full_dates(end).is_some() => {
                full_dates(end).map_or_else(String::new, |(s, e)| format::date_range(locale, s, Some(e)))
            }
            Some(end) if end.month.is_none() && self.start.month.is_none() => {
                format!("{}–{}", self.start.year, end.year)
            }
            Some(end) => format!("{} – {}", self.start.label(locale), end.label(locale)),
            None => self.start.label(locale),
        };
        match self.extended_to {
            Some(ext) => fill(words(locale).extended, &[("dates", &base), ("end", &ext.label(locale))]),
            None => base,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::date::Date;

    const EN: Locale = Locale::En;
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
        assert_eq!(a.accessible_name(EN), "Aland, participating state");
        assert_eq!(a.map_label(EN), "Aland, participating state, Chair");
        assert_eq!(b.map_label(EN), "Bland, observer state, Co-Chair");
        assert_eq!(a.status_text(EN), "Participating state · Chair");
        assert_eq!(b.status_text(EN), "Observer state · Co-Chair");
        assert_eq!(b.status_text(Locale::Ru), "Государство-наблюдатель · Сопредседатель");
        assert_eq!(site.group_labels(a, Locale::Ru), ["Silk Routes Group (предположительно)"]);
        assert_eq!(site.group_labels(a, EN), ["Silk Routes Group (inferred)"]);
        assert_eq!(site.group_labels(b, EN), ["Silk Routes Group"]);
        let unknown = Member {
            working_groups: vec![GroupMembership { group: "x".into(), basis: Basis::Confirmed }],
            ..a.clone()
        };
        assert_eq!(site.group_labels(&unknown, EN), ["x"], "an unknown group shows its id");
    }

    #[test]
    fn roles_read_with_their_group_and_period() {
        let site = parse_site(SITE).expect("the test data is a site file");
        let role = Role { kind: RoleKind::WorkingGroupChair, group: Some("g".into()), period: None };
        assert_eq!(site.role_label(&role, EN), "Chair of the Silk Routes Group");
        assert_eq!(
            site.role_label(&site.members[0].roles[0], EN),
            "Chair of the Budapest Process (since 2006)"
        );
        assert_eq!(Status::Observer.plural_heading(EN), "Observer states");
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
        assert_eq!(m(y(1993), Some(y(2006))).date_label(EN), "1993–2006");
        assert_eq!(m(y(1993), Some(y(1993))).date_label(EN), "1993");
        assert_eq!(m(ymd(2019, 2, Some(20)), None).date_label(EN), "20 February 2019");
        assert_eq!(
            m(ymd(1991, 10, Some(30)), Some(ymd(1991, 10, Some(31)))).date_label(EN),
            "30–31 October 1991"
        );
        assert_eq!(m(ymd(2017, 8, None), Some(y(2022))).date_label(EN), "August 2017 – 2022");
        let mut extended = m(y(2018), Some(y(2022)));
        extended.extended_to = Some(y(2024));
        assert_eq!(extended.date_label(EN), "2018–2022 (extended to 2024)");
        assert_eq!(extended.date_label(Locale::Ru), "2018–2022 (продлено до 2024)");
        assert_eq!(m(ymd(2019, 2, Some(20)), None).date_label(Locale::Ru), "20 февраля 2019 г.");
        assert_eq!(m(ymd(2017, 8, None), None).date_label(Locale::Ru), "август 2017 г.");
        assert_eq!(y(2020).first_day(), Date::new(2020, 1, 1));
        assert_eq!(y(2020).last_day(), Date::new(2020, 12, 31));
        assert_eq!(ymd(2020, 2, None).last_day(), Date::new(2020, 2, 29));
    }
}
