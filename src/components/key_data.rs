//! The key-data cards: chair, co-chair, founding year, secretariat and the
//! membership counts, each linking to where the detail lives.

use leptos::prelude::*;

use crate::i18n::names::member_name;
use crate::i18n::{Locale, Plural, format, use_locale};
use crate::model::query::MemberFilter;
use crate::model::site::{RoleKind, SiteData, Status};
use crate::paths;

struct Card {
    label: String,
    value: String,
    href: String,
    /// The value's language where it is a name from the (English) data.
    lang: Option<&'static str>,
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
    let members_with = |status| {
        let filter = MemberFilter { status: Some(status), ..Default::default() };
        format!("{}{}", paths::MEMBERS, filter.to_query())
    };
    let card =
        |label: &str, value: String, href: String| Card { label: label.to_owned(), value, href, lang: None };
    let holder = |label: &str, kind| {
        let holder = site.holder_of(kind);
        Card {
            lang: holder.and_then(|m| m.name_lang(locale)),
            ..card(
                label,
                holder.map_or_else(|| t.not_stated.to_owned(), |m| member_name(locale, m).to_owned()),
                format!("{}#governance", paths::ABOUT),
            )
        }
    };
    // The noun in the form the number takes ("52 государства-участника").
    let count = |n: usize, noun: &Plural, href: String| Card {
        label: noun.format(locale, n as u64),
        value: format::number(locale, n as u64),
        href,
        lang: None,
    };
    let content_lang = (locale != Locale::En).then_some("en");
    vec![
        holder(t.chair, RoleKind::Chair),
        holder(t.co_chair, RoleKind::CoChair),
        card(
            t.established,
            site.facts.established.map_or_else(|| t.not_stated.to_owned(), |y| y.to_string()),
            paths::TIMELINE.to_owned(),
        ),
        Card {
            lang: site.facts.secretariat.as_ref().and(content_lang),
            ..card(
                t.secretariat,
                site.facts
                    .secretariat
                    .as_ref()
                    .map_or_else(|| t.not_stated.to_owned(), |s| s.acronym.clone()),
                paths::CONTACT.to_owned(),
            )
        },
        count(counts.participating_states, &t.participating_noun, members_with(Status::Participating)),
        count(counts.observer_states, &t.observer_noun, members_with(Status::Observer)),
        count(counts.organisations, &t.organisation_noun, format!("{}#organisations", paths::MEMBERS)),
        count(
            counts.regional_working_groups,
            &t.regional_group_noun,
            format!("{}#working-groups", paths::ABOUT),
        ),
    ]
}

/// While the data loads: each card's heading ("Participating states") over
/// a placeholder.
fn placeholder_cards(locale: Locale) -> Vec<Card> {
    let t = &locale.messages().key_data;
    let headings = [
        t.chair,
        t.co_chair,
        t.established,
        t.secretariat,
        t.participating_states,
        t.observer_states,
        t.organisations,
        t.regional_working_groups,
    ];
    cards(Some(&SiteData::default()), locale)
        .into_iter()
        .zip(headings)
        .map(|(card, heading)| Card { label: heading.to_owned(), value: "…".to_owned(), ..card })
        .collect()
}

/// The cards as a list of links, in the order the language reads them: a
/// screen reader says "Participating states, 52" in English and
/// "52 государства-участника" in Russian. `None` draws the loading
/// placeholders.
#[component]
pub fn KeyData(site: Option<std::sync::Arc<SiteData>>) -> impl IntoView {
    let loading = site.is_none();
    let locale = use_locale();
    let value_first = locale.messages().key_data.value_first;
    view! {
        <ul class="key-data" aria-busy=loading.then_some("true")>
            {cards(site.as_deref(), locale)
                .into_iter()
                .map(|card| {
                    let label = view! { <span class="key-card__label">{card.label}</span> };
                    let value = view! { <span class="key-card__value" lang=card.lang>{card.value}</span> };
                    let inside = if value_first {
                        view! { {value}{label} }.into_any()
                    } else {
                        view! { {label}{value} }.into_any()
                    };
                    view! {
                        <li>
                            <a class="key-card" href=crate::i18n::link(card.href)>{inside}</a>
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
    fn counts_come_from_the_data_in_both_languages() -> Result<(), String> {
        let site = bundled();
        let participating = site.key_counts().participating_states;
        assert!(participating > 40, "{participating}");
        for &locale in Locale::ALL {
            let t = &locale.messages().key_data;
            let cards = cards(Some(&site), locale);
            let noun = t.participating_noun.format(locale, participating as u64);
            let card = cards.iter().find(|c| c.label == noun);
            let card = card.ok_or_else(|| format!("{}: no card {noun}", locale.tag()))?;
            assert_eq!(card.value, participating.to_string());
        }
        let russian = cards(Some(&site), Locale::Ru);
        let chair = russian.iter().find(|c| c.label == "Председатель").map(|c| c.value.as_str());
        assert_eq!(chair, Some("Турция"));
        // 52 in the bundled data: "52 государства-участника".
        if participating == 52 {
            assert!(russian.iter().any(|c| c.label == "государства-участника" && c.value == "52"));
        }
        // While loading, the headings stand in.
        let loading = cards(None, Locale::Ru);
        assert!(loading.iter().any(|c| c.label == "Государства-участники" && c.value == "…"));
        Ok(())
    }
}
