//! Parts of the site data. The member and timeline pages read only some
//! of `site.json`'s lists, so the render step writes each such part to a
//! file of its own (`/data/site.members.json`), which is all a first visit
//! to those pages downloads: 4–5 KB brotli instead of 9.4. The app loads
//! the whole file when the visitor goes to a page that needs more
//! (`components::remote::with_site_part`).
//!
//! A part's file is `site.json` with only the part's keys, and one more,
//! `"_part": "members"`, that says which part it is: the reader then knows
//! the other lists are left out, not missing.

/// A part of the site data that some views read on their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SitePart {
    /// The member map and directory, its widget and the key-data cards:
    /// the members and what they refer to.
    Members,
    /// The timeline and its widget: the milestones and their categories.
    Timeline,
}

/// The key that names the part in its file.
pub const PART_KEY: &str = "_part";

impl SitePart {
    pub const ALL: [SitePart; 2] = [SitePart::Members, SitePart::Timeline];

    pub fn name(self) -> &'static str {
        match self {
            SitePart::Members => "members",
            SitePart::Timeline => "timeline",
        }
    }

    pub fn from_name(name: &str) -> Option<SitePart> {
        SitePart::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The keys of `site.json` the part keeps. The members keep the lists
    /// their references are checked against (regions, working groups), so
    /// that a part reads into the same members as the whole file.
    pub fn keys(self) -> &'static [&'static str] {
        match self {
            SitePart::Members => {
                &["facts", "regions", "working_groups", "members", "organisations", "other_partners"]
            }
            SitePart::Timeline => &["milestone_categories", "milestones"],
        }
    }

    /// Where the render step writes the part of a file: beside the whole,
    /// `/data/site.json` -> `/data/site.members.json` (and a language's
    /// catalogue, `/i18n/ru.txt` -> `/i18n/ru.members.txt`).
    pub fn path(self, whole: &str) -> String {
        let name_starts = whole.rfind('/').map_or(0, |slash| slash + 1);
        match whole.rfind('.').filter(|dot| *dot > name_starts) {
            Some(dot) => format!("{}.{}{}", &whole[..dot], self.name(), &whole[dot..]),
            None => format!("{whole}.{}", self.name()),
        }
    }
}

/// The part's file, from the whole file's text (the render step).
pub fn part_text(whole: &str, part: SitePart) -> Result<String, String> {
    use serde_json::Value;
    let Ok(Value::Object(mut top)) = serde_json::from_str::<Value>(whole) else {
        return Err("the site data is not a JSON object".to_owned());
    };
    top.retain(|key, _| part.keys().contains(&key.as_str()));
    top.insert(PART_KEY.to_owned(), Value::String(part.name().to_owned()));
    Ok(Value::Object(top).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::site::parse_site;

    const BUNDLED: &str = include_str!("../../../public/data/site.json");

    #[test]
    fn a_part_reads_into_the_same_lists_as_the_whole() -> Result<(), String> {
        let whole = parse_site(BUNDLED).map_err(|e| e.to_string())?;
        let members = parse_site(&part_text(BUNDLED, SitePart::Members)?).map_err(|e| e.to_string())?;
        assert_eq!(members.part, Some(SitePart::Members));
        assert!(members.skipped.is_empty(), "{:?}", members.skipped);
        assert_eq!(members.members, whole.members);
        assert_eq!((&members.regions, &members.working_groups), (&whole.regions, &whole.working_groups));
        assert_eq!((&members.organisations, &members.facts), (&whole.organisations, &whole.facts));
        assert_eq!(members.key_counts(), whole.key_counts());
        assert!(members.milestones.is_empty() && members.about.sections.is_empty());

        let timeline = parse_site(&part_text(BUNDLED, SitePart::Timeline)?).map_err(|e| e.to_string())?;
        assert_eq!(timeline.part, Some(SitePart::Timeline));
        assert!(timeline.skipped.is_empty(), "{:?}", timeline.skipped);
        assert_eq!(timeline.milestones, whole.milestones);
        assert_eq!(timeline.milestone_categories, whole.milestone_categories);
        assert!(timeline.members.is_empty());
        Ok(())
    }

    #[test]
    fn what_a_part_holds() -> Result<(), String> {
        let whole = parse_site(BUNDLED).map_err(|e| e.to_string())?;
        let members = parse_site(&part_text(BUNDLED, SitePart::Members)?).map_err(|e| e.to_string())?;
        assert!(whole.holds(None) && whole.holds(Some(SitePart::Timeline)));
        assert!(members.holds(Some(SitePart::Members)));
        assert!(!members.holds(Some(SitePart::Timeline)) && !members.holds(None));
        Ok(())
    }

    #[test]
    fn a_part_this_build_does_not_know_is_refused() {
        assert!(parse_site(r#"{"_part": "weather", "members": []}"#).is_err());
        assert!(parse_site(r#"{"_part": 7}"#).is_err());
    }

    #[test]
    fn a_part_lives_beside_the_whole_file() {
        assert_eq!(SitePart::Members.path("/data/site.json"), "/data/site.members.json");
        assert_eq!(SitePart::Timeline.path("/data/site"), "/data/site.timeline");
        assert_eq!(SitePart::Members.path("/i18n/ru.txt"), "/i18n/ru.members.txt");
        assert_eq!(SitePart::Members.path("/v1.2/site"), "/v1.2/site.members");
        for part in SitePart::ALL {
            assert_eq!(SitePart::from_name(part.name()), Some(part));
        }
    }
}
