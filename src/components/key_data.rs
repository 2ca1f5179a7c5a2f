//! The key-data cards: chair, co-chair, founding year, secretariat and the
//! membership counts, each linking to where the detail lives.

use leptos::prelude::*;

use crate::model::query::MemberFilter;
use crate::model::site::{RoleKind, SiteData, Status};
use crate::paths;

struct Card {
    label: &'static str,
    value: String,
    href: String,
}

/// The cards; without data (still loading) every value is a placeholder,
/// so the grid has its final size from the first paint and nothing below it
/// moves when the numbers arrive.
fn cards(site: Option<&SiteData>) -> Vec<Card> {
    let Some(site) = site else {
        return placeholder_cards();
    };
    let counts = site.key_counts();
    let holder = |kind| site.holder_of(kind).map_or_else(|| "Not stated".to_owned(), |m| m.name.clone());
    let members_with = |status| {
        let filter = MemberFilter { status: Some(status), ..Default::default() };
        format!("{}{}", paths::MEMBERS, filter.to_query())
    };
    vec![
        Card { label: "Chair", value: holder(RoleKind::Chair), href: format!("{}#governance", paths::ABOUT) },
        Card {
            label: "Co-Chair",
            value: holder(RoleKind::CoChair),
            href: format!("{}#governance", paths::ABOUT),
        },
        Card {
            label: "Established",
            value: site.facts.established.map_or_else(|| "Not stated".to_owned(), |y| y.to_string()),
            href: paths::TIMELINE.to_owned(),
        },
        Card {
            label: "Secretariat",
            value: site
                .facts
                .secretariat
                .as_ref()
                .map_or_else(|| "Not stated".to_owned(), |s| s.acronym.clone()),
            href: paths::CONTACT.to_owned(),
        },
        Card {
            label: "Participating states",
            value: counts.participating_states.to_string(),
            href: members_with(Status::Participating),
        },
        Card {
            label: "Observer states",
            value: counts.observer_states.to_string(),
            href: members_with(Status::Observer),
        },
        Card {
            label: "Participating organisations",
            value: counts.organisations.to_string(),
            href: format!("{}#organisations", paths::MEMBERS),
        },
        Card {
            label: "Regional working groups",
            value: counts.regional_working_groups.to_string(),
            href: format!("{}#working-groups", paths::ABOUT),
        },
    ]
}

fn placeholder_cards() -> Vec<Card> {
    cards(Some(&SiteData::default())).into_iter().map(|card| Card { value: "…".to_owned(), ..card }).collect()
}

/// The cards as a list of links; the label comes first so a screen reader
/// says "Participating states, 52". `None` draws the loading placeholders.
#[component]
pub fn KeyData(site: Option<std::sync::Arc<SiteData>>) -> impl IntoView {
    let loading = site.is_none();
    view! {
        <ul class="key-data" aria-busy=loading.then_some("true")>
            {cards(site.as_deref())
                .into_iter()
                .map(|card| {
                    view! {
                        <li>
                            <a class="key-card" href=card.href>
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
