//! Each site-data type read from its JSON (see `json` for why by hand).
//! Required fields are those the type cannot do without; lists and texts
//! a file may leave out read as empty.

use serde_json::Value;

use super::json::{Fields, FromJson, Wrong, one_of};
use super::members::OfficialName;
use super::{
    About, Basis, Category, Contact, EmailParts, Facts, GroupKind, GroupMembership, Member, Milestone,
    Organisation, PartialDate, Region, Role, RoleKind, Secretariat, Section, Status, Strength, WorkingGroup,
};

/// `impl FromJson` for an enumeration, from the names the file uses.
macro_rules! named {
    ($type:ident { $($name:literal => $variant:ident),+ $(,)? }) => {
        impl FromJson for $type {
            fn from_json(value: &Value) -> Result<Self, Wrong> {
                one_of(value, &[$(($name, $type::$variant)),+])
            }
        }
    };
}

named!(GroupKind { "regional" => Regional, "thematic" => Thematic, });
named!(Basis { "confirmed" => Confirmed, "inferred" => Inferred, });
named!(RoleKind {
    "chair" => Chair,
    "co-chair" => CoChair,
    "former-chair" => FormerChair,
    "working-group-chair" => WorkingGroupChair,
    "former-working-group-chair" => FormerWorkingGroupChair,
    "working-group-co-chair" => WorkingGroupCoChair,
    "reference-group-rapporteur" => ReferenceGroupRapporteur,
});

impl FromJson for Status {
    fn from_json(value: &Value) -> Result<Self, Wrong> {
        one_of(value, &Status::ALL.map(|status| (status.slug(), status)))
    }
}

/// `impl FromJson` for a struct whose every field is read by name: `field:
/// required`, `field: optional` (absent is `None`) or `field: or_default`.
macro_rules! fields {
    ($type:ident { $($field:ident: $how:ident),+ $(,)? }) => {
        impl FromJson for $type {
            fn from_json(value: &Value) -> Result<Self, Wrong> {
                let fields = Fields::of(value)?;
                Ok($type { $($field: fields.$how(stringify!($field))?,)+ })
            }
        }
    };
}

fields!(Region { id: required, name: required });
fields!(WorkingGroup {
    id: required,
    name: required,
    kind: required,
    established: optional,
    chair: optional,
    description: or_default,
    sources: or_default,
});
fields!(GroupMembership { group: required, basis: required });
fields!(Role { kind: required, group: optional, period: optional });
fields!(Member {
    name: required,
    iso2: optional,
    status: required,
    region: optional,
    working_groups: or_default,
    roles: or_default,
    placeholder: or_default,
    note: optional,
    also_known_as: or_default,
    sources: or_default,
});
fields!(Organisation {
    name: required,
    acronym: optional,
    level: optional,
    note: optional,
    sources: or_default,
    names: or_default,
});
fields!(OfficialName { name: required, acronym: optional });
fields!(Category { id: required, label: required });
fields!(PartialDate { year: required, month: optional, day: optional });
fields!(Milestone {
    id: required,
    start: required,
    end: optional,
    extended_to: optional,
    headline: required,
    text: or_default,
    category: required,
    sources: or_default,
    related: or_default,
});
fields!(Facts { established: optional, secretariat: optional, sources: or_default });
fields!(Secretariat { name: required, acronym: required, since: optional });
fields!(EmailParts { user: required, domain: required });
fields!(Contact {
    name: or_default,
    organisation: or_default,
    address_lines: or_default,
    phone: optional,
    fax: optional,
    email: optional,
    website: optional,
    notes: or_default,
    sources: or_default,
});
fields!(About { summary: or_default, strengths: or_default, sections: or_default });
fields!(Strength { title: required, text: required });
fields!(Section {
    id: required,
    heading: required,
    paragraphs: or_default,
    list: or_default,
    sources: or_default,
});

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn member(value: Value) -> Result<Member, String> {
        Member::from_json(&value).map_err(|e| e.to_string())
    }

    #[test]
    fn a_member_reads_with_its_roles_and_groups() {
        let read = member(json!({
            "name": "Türkiye", "iso2": "TR", "status": "participating", "region": "south-east-europe",
            "working_groups": [{"group": "silk-routes", "basis": "confirmed"}],
            "roles": [{"kind": "chair", "period": "since 2006"}, {"kind": "working-group-co-chair", "group": "g"}],
            "also_known_as": ["Turkey"], "unknown": {"ignored": true}
        }))
        .expect("the member reads");
        assert_eq!(read.status, Status::Participating);
        assert_eq!(read.roles[1].kind, RoleKind::WorkingGroupCoChair);
        assert_eq!(read.roles[1].group.as_deref(), Some("g"));
        assert_eq!(read.working_groups[0].basis, Basis::Confirmed);
        assert_eq!(read.also_known_as, ["Turkey"]);
        assert!(!read.placeholder && read.sources.is_empty() && read.note.is_none());
    }

    #[test]
    fn failures_name_the_field() {
        assert_eq!(member(json!({"iso2": "TR", "status": "observer"})), Err(".name: missing".into()));
        assert_eq!(
            member(json!({"name": "X", "status": "member"})),
            Err(r#".status: unknown value "member", expected one of: participating, observer"#.into())
        );
        assert_eq!(
            member(
                json!({"name": "X", "status": "observer", "roles": [{"kind": "chair"}, {"period": "2019"}]})
            ),
            Err(".roles[1].kind: missing".into())
        );
        let date = Milestone::from_json(
            &json!({"id": "a", "start": {"year": "1991"}, "headline": "A", "category": "c"}),
        );
        assert_eq!(
            date.map_err(|e| e.to_string()),
            Err(".start.year: expected a whole number, found a string".into())
        );
    }

    #[test]
    fn every_role_name_reads() {
        for (name, kind) in [
            ("chair", RoleKind::Chair),
            ("co-chair", RoleKind::CoChair),
            ("former-chair", RoleKind::FormerChair),
            ("working-group-chair", RoleKind::WorkingGroupChair),
            ("former-working-group-chair", RoleKind::FormerWorkingGroupChair),
            ("working-group-co-chair", RoleKind::WorkingGroupCoChair),
            ("reference-group-rapporteur", RoleKind::ReferenceGroupRapporteur),
        ] {
            assert_eq!(RoleKind::from_json(&json!(name)), Ok(kind));
        }
    }
}
