//! The key-data cards: chair, co-chair, founding year, secretariat and the
//! membership counts, each linking to where the detail lives.

use leptos::prelude::*;

use crate::i18n::countries::member_name;
use crate::i18n::{Locale, Plural, format, use_locale};
use crate::model::query::MemberFilter;
use crate::model::site::{RoleKind, SiteData, Status};
use crate::paths;

struct Card {
    label: &'static str,
    value: String,
    href: String,
    /// A count's phrase with its plural ("52 participating states"), which
    /// names the card.
    phrase: Option<String>,
}

/// The cards; without data (still loading) every value is a placeholder,
/// so the grid has its final size from the first paint and nothing below it
/// moves when the numbers arrive.
fn cards(site: Option<&SiteData>, locale: Locale) -> Vec<Card> {
    let Some(site) = site else {
        return placeholder_cards(locale);
    };
    let t = &locale.messages().key_data;
    let counts = site.key_counts();
    let holder = |kind| {
        site.holder_of(kind).map_or_else(|| t.not_stated.to_owned(), |m| member_name(locale, m).to_owned())
    };
    let members_with = |status| {
        let filter = MemberFilter { status: Some(status), ..Default::default() };
        format!("{}{}", paths::MEMBERS, filter.to_query())
    };
    let card = |label, value: String, href: String| Card { label, value, href, phrase: None };
    let count = |label, n: usize, plural: &Plural, href: String| Card {
        label,
        value: format::number(locale, n as u64),
        href,
        phrase: Some(plural.format(locale, n as u64)),
    };
    vec![
        card(t.chair, holder(RoleKind::Chair), format!("{}#governance", paths::ABOUT)),
        card(t.co_chair, holder(RoleKind::CoChair), format!("{}#governance", paths::ABOUT)),
        card(
            t.established,
            site.facts.established.map_or_else(|| t.not_stated.to_owned(), |y| y.to_string()),
            paths::TIMELINE.to_owned(),
        ),
        card(
            t.secretariat,
            site.facts.secretariat.as_ref().map_or_else(|| t.not_stated.to_owned(), |s| s.acronym.clone()),
            paths::CONTACT.to_owned(),
        ),
        count(
            t.participating_states,
            counts.participating_states,
            &t.participating_count,
            members_with(Status::Participating),
        ),
        count(t.observer_states, counts.observer_states, &t.observer_count, members_with(Status::Observer)),
        count(
            t.organisations,
            counts.organisations,
            &t.organisation_count,
            format!("{}#organisations", paths::MEMBERS),
        ),
        count(
            t.regional_working_groups,
            counts.regional_working_groups,
            &t.regional_group_count,
            format!("{}#working-groups", paths::ABOUT),
        ),
    ]
}

fn placeholder_cards(locale: Locale) -> Vec<Card> {
    cards(Some(&SiteData::default()), locale)
        .into_iter()
        .map(|card| Card { value: "…".to_owned(), phrase: None, ..card })
        .collect()
}

/// The cards as a list of links; the label comes first so a screen reader
/// says "Participating states, 52". `None` draws the loading placeholders.
#[component]
pub fn KeyData(site: Option<std::sync::Arc<SiteData>>) -> impl IntoView {
    let loading = site.is_none();
    view! {
        <ul class="key-data" aria-busy=loading.then_some("true")>
            {cards(site.as_deref(), use_locale())
                .into_iter()
                .map(|card| {
                    view! {
                        <li>
                            <a class="key-card" href=card.href aria-label=card.phrase>
                                <span class="key-card__label">{card.label}</span>
                                <span class="key-card__value">{card.value}</span>
                            </a>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> SiteData {
        crate::model::site::parse_site(include_str!("../../public/data/site.json")).unwrap_or_default()
    }

    #[test]
    fn counts_come_from_the_data_in_both_languages() {
        let site = bundled();
        let participating = site.key_counts().participating_states as u64;
        assert!(participating > 40, "{participating}");
        for locale in Locale::ALL {
            let cards = cards(Some(&site), locale);
            let t = &locale.messages().key_data;
            let card = cards.iter().find(|c| c.label == t.participating_states);
            let Some(card) = card else { panic!("{}: no participating card", locale.tag()) };
            assert_eq!(card.value, participating.to_string());
            assert_eq!(
                card.phrase.as_deref(),
                Some(t.participating_count.format(locale, participating).as_str())
            );
        }
        let russian = cards(Some(&site), Locale::Ru);
        let chair = russian.iter().find(|c| c.label == "Председатель").map(|c| c.value.as_str());
        assert_eq!(chair, Some("Турция"));
        // 52 in the bundled data: "52 государства-участника".
        if participating == 52 {
            assert_eq!(
                russian.iter().find_map(|c| c.phrase.clone()).as_deref(),
                Some("52 государства-участника")
            );
        }
    }
}
