//! What a catalogue holds: one field per message, grouped by where it is
//! shown. Each language is one value of [`Messages`] (`en.rs`, `ru.rs`), so
//! a message missing from a language is a compile error, and a view can
//! only ask for messages that exist.
//!
//! Messages with a `{name}` take values through [`super::fill`]; a
//! [`super::Plural`] takes a count. `super::tests` checks that every
//! language's messages have the same placeholders as the English ones.

use crate::fetch::FetchError;

// Every group of messages, each with its `Entry` (`catalogue.rs`): how a
// catalogue is written to a file and read back, field by field in this
// order.
super::catalogue::groups! {
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Messages {
        pub format: Format,
        pub chrome: Chrome,
        pub boot: Boot,
        pub status: Status,
        pub not_found: NotFound,
        pub offline: Offline,
        pub pages: Pages,
        pub home: Home,
        pub key_data: KeyData,
        pub about: About,
        pub contact: Contact,
        pub sources: Sources,
        pub news: List,
        pub documents: List,
        pub events: Events,
        pub filters: Filters,
        pub items: Items,
        pub article: Article,
        pub search: Search,
        pub share: Share,
        pub embed: Embed,
        pub labels: Labels,
        pub members: Members,
        pub map: Map,
        pub timeline: Timeline,
        pub widgets: Widgets,
    }

    /// `/timeline` and the timeline widget.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Timeline {
        pub title: &'static str,
        pub description: &'static str,
        pub heading: &'static str,
        /// "{count} milestones, from the first ministerial conference to today."
        pub lead: super::Plural,
        pub lead_more: &'static str,
        pub region_label: &'static str,
        pub needs_app: &'static str,
        pub view_controls: &'static str,
        pub zoom_in: &'static str,
        pub zoom_out: &'static str,
        pub fit: &'static str,
        pub earlier: &'static str,
        pub later: &'static str,
        pub list_view: &'static str,
        /// "Showing {from} (axis in {unit})".
        pub showing_year: &'static str,
        /// "Showing {from}–{to} (axis in {unit})".
        pub showing_years: &'static str,
        pub unit_months: &'static str,
        pub unit_years: &'static str,
        pub unit_decades: &'static str,
        pub unit_centuries: &'static str,
        pub categories: &'static str,
        pub show_all_categories: &'static str,
        pub none_in_categories: &'static str,
        pub none: &'static str,
        pub rail: &'static str,
        /// A cluster's button: "{count} milestones close together, {first} to {last}: magnify".
        pub cluster: &'static str,
        pub related: &'static str,
        pub previous: &'static str,
        pub next: &'static str,
        pub close: &'static str,
        pub kind_news: &'static str,
        pub kind_event: &'static str,
        pub kind_document: &'static str,
    }

    /// The widget pages' own words (the rest is the views they show).
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Widgets {
        pub timeline_title: &'static str,
        pub timeline_description: &'static str,
        pub timeline_heading: &'static str,
        pub map_title: &'static str,
        pub map_description: &'static str,
        pub map_heading: &'static str,
        pub key_data_title: &'static str,
        pub key_data_description: &'static str,
        pub key_data_heading: &'static str,
        pub news_heading: &'static str,
        pub news_title: &'static str,
        pub news_description: &'static str,
        pub no_news: &'static str,
        /// The news widget's `?q=`: while the search runs, with no match,
        /// and when the search could not load ("{query}" as typed).
        pub news_searching: &'static str,
        pub news_no_match: &'static str,
        pub news_search_failed: &'static str,
        pub open_full_site: &'static str,
        pub new_tab: &'static str,
        /// Each widget's frame title: what a screen reader announces for it.
        pub frame_timeline: &'static str,
        pub frame_map: &'static str,
        pub frame_key_data: &'static str,
        pub frame_news: &'static str,
    }

    /// How members, roles and dates read wherever they appear (the members
    /// table, the map, the timeline, search results): `model::site::labels`.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Labels {
        /// Inside a sentence or an accessible name: "participating state".
        pub participating: &'static str,
        pub observer: &'static str,
        /// On its own: "Participating state".
        pub participating_alone: &'static str,
        pub observer_alone: &'static str,
        /// Headings and filter options: "Participating states".
        pub participating_many: &'static str,
        pub observer_many: &'static str,
        pub chair: &'static str,
        pub co_chair: &'static str,
        /// The roles; `{group}` is a working group's name.
        pub chair_of_process: &'static str,
        pub co_chair_of_process: &'static str,
        pub former_chair_of_process: &'static str,
        pub chair_of_group: &'static str,
        pub former_chair_of_group: &'static str,
        pub co_chair_of_group: &'static str,
        pub rapporteur: &'static str,
        /// A role whose group the data does not name.
        pub unnamed_group: &'static str,
        /// "{role} ({period})".
        pub with_period: &'static str,
        /// A membership only implied by geography: "{group} (inferred)".
        pub inferred: &'static str,
        /// "{dates} (extended to {end})".
        pub extended: &'static str,
    }

    /// `/members`.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Members {
        pub title: &'static str,
        pub description: &'static str,
        pub heading: &'static str,
        /// A state's page: "{name} · Members".
        pub state_title: &'static str,
        /// "{name}: {status} of the Budapest Process ({region})."
        pub state_description: &'static str,
        pub state_description_no_region: &'static str,
        /// "{participating} participating states, {observer} observer states
        /// and {organisations} organisations take part in the dialogue."
        pub lead: &'static str,
        pub filtering_needs_app: &'static str,
        pub filter_states: &'static str,
        pub status: &'static str,
        pub all_statuses: &'static str,
        pub region: &'static str,
        pub all_regions: &'static str,
        pub working_group: &'static str,
        pub all_working_groups: &'static str,
        pub map_heading: &'static str,
        /// "Showing all {total} states."
        pub showing_all: &'static str,
        /// "Showing {shown} of {total} states."
        pub showing_some: &'static str,
        pub no_match: &'static str,
        pub show_all: &'static str,
        pub inferred_note: &'static str,
        pub lists_note: &'static str,
        pub organisations: &'static str,
        pub other_partners: &'static str,
        /// Table columns.
        pub state: &'static str,
        pub roles_and_notes: &'static str,
        pub iso_code: &'static str,
        pub name_unconfirmed: &'static str,
        /// An organisation's level, as a badge.
        pub level_international: &'static str,
        pub level_european: &'static str,
        pub level_regional: &'static str,
    }

    /// The member map, its tooltip and the details of a state.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Map {
        pub needs_app: &'static str,
        pub view_controls: &'static str,
        pub zoom_in: &'static str,
        pub zoom_out: &'static str,
        pub reset: &'static str,
        pub whole_map: &'static str,
        /// "Zoom {level}×".
        pub zoom_level: &'static str,
        /// The map's accessible name, with its keys.
        pub label: &'static str,
        /// Announced: "{name} selected; details follow the map."
        pub selected: &'static str,
        /// "Participating organisations ({count})".
        pub organisations: &'static str,
        pub organisations_note: &'static str,
        pub full_names: &'static str,
        pub legend: &'static str,
        /// "Participating states ({count})".
        pub legend_participating: &'static str,
        /// "Observer states ({count}, hatched)".
        pub legend_observer: &'static str,
        pub legend_other: &'static str,
        pub legend_markers: &'static str,
        pub outside: &'static str,
        /// "{count} observer state counted by the sources is not yet named…".
        pub unnamed: super::Plural,
        /// After the map data's attribution.
        pub projection_note: &'static str,
        pub status: &'static str,
        pub region: &'static str,
        pub working_group: &'static str,
        pub roles: &'static str,
        pub region_not_stated: &'static str,
        pub no_regional_group: &'static str,
        pub related: &'static str,
        pub close: &'static str,
    }

    /// How the language writes dates, numbers and lists, after CLDR's
    /// patterns for it (`i18n::format` puts them together).
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Format {
        /// Month names standing alone, January first ("апрель 2013 г.").
        pub months: [&'static str; 12],
        /// Month names after a day, January first ("19 апреля").
        pub months_after_day: [&'static str; 12],
        /// A day: "{day} {month} {year}" ("19 April 2013").
        pub date: &'static str,
        /// A day without its year, the first half of a range within one year:
        /// "{day} {month}".
        pub day_and_month: &'static str,
        /// A month: "{month} {year}" ("April 2013").
        pub month: &'static str,
        /// Between groups of three digits: "," in "10,000".
        pub digit_group: &'static str,
        /// The fewest digits a number has before its groups are separated (4
        /// in English, "2,486"; 5 in Russian, "2486" but "10 000").
        pub min_grouped_digits: usize,
        /// Before the decimals: "." in "1.4".
        pub decimal_mark: &'static str,
        /// Between the items of a list: ", ".
        pub list_comma: &'static str,
        /// Before the last item of a list: " and ".
        pub list_and: &'static str,
    }

    /// The notices `public/boot.js` writes before (or without) the app, and
    /// the line that ends a printed page; the render step hands them over.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Boot {
        pub update: &'static str,
        pub reload: &'static str,
        /// Offline, showing the copy saved on "{when}".
        pub offline_from: &'static str,
        pub offline: &'static str,
        /// "Printed from {url} on {date}."
        pub printed: &'static str,
    }

    /// The frame around every page.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Chrome {
        pub skip_link: &'static str,
        pub brand: &'static str,
        /// The main navigation's accessible name.
        pub main_navigation: &'static str,
        /// The language switcher's accessible name.
        pub languages: &'static str,
        /// The home page, in breadcrumbs.
        pub home: &'static str,
        pub about: &'static str,
        pub timeline: &'static str,
        pub members: &'static str,
        pub news: &'static str,
        pub events: &'static str,
        pub documents: &'static str,
        pub contact: &'static str,
        pub footer_summary: &'static str,
        pub json_feed: &'static str,
        pub atom_feed: &'static str,
        pub contact_secretariat: &'static str,
        pub fine_print: &'static str,
    }

    /// What loads over the network, named as each sentence about it needs.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Resource {
        /// Opening a sentence: "The site data", "Данные сайта".
        pub subject: &'static str,
        /// After "load": "the site data", "данные сайта".
        pub object: &'static str,
        /// After "Loading": "the site data", "данных сайта".
        pub of: &'static str,
    }

    /// Loading and error states, for each thing that loads.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Status {
        pub site_data: Resource,
        pub news_feed: Resource,
        pub map: Resource,
        pub search_index: Resource,
        pub full_text: Resource,
        pub page_code: Resource,
        /// "Loading {of}…"
        pub loading: &'static str,
        /// "Sorry, {object} could not be loaded."
        pub failed: &'static str,
        /// The reasons, with the resource's `{subject}`, `{object}` or `{of}`.
        pub network: &'static str,
        pub timeout: &'static str,
        pub not_on_server: &'static str,
        /// Also `{code}`, the HTTP status.
        pub server_error: &'static str,
        pub damaged: &'static str,
        pub try_again: &'static str,
    }

    /// The page the service worker shows offline for a page never saved
    /// (`pages/offline.rs`, `public/sw.js`).
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Offline {
        pub title: &'static str,
        pub description: &'static str,
        pub not_saved: &'static str,
        pub try_again: &'static str,
        /// Over the list of saved pages, which the worker writes.
        pub saved: &'static str,
        /// "Pages you open while online are saved…, starting with the {home}."
        pub later: &'static str,
        pub home: &'static str,
    }

    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct NotFound {
        pub title: &'static str,
        pub description: &'static str,
        /// What was looked for, in "We could not find {what}".
        pub page: &'static str,
        pub news_item: &'static str,
        pub document: &'static str,
        pub event: &'static str,
        pub text: &'static str,
        pub home: &'static str,
        pub browse_news: &'static str,
        pub browse_documents: &'static str,
    }

    /// Shared by the list pages.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Pages {
        /// "{list}, page {n}": a later page's title.
        pub list_page_title: &'static str,
        pub pages_navigation: &'static str,
        pub previous: &'static str,
        pub previous_page: &'static str,
        pub next: &'static str,
        pub next_page: &'static str,
        /// "Page {n}"
        pub page: &'static str,
        /// "Page {n}, current page"
        pub current_page: &'static str,
        /// A list's count ("12 news items") as a sentence: "{count}."
        pub counted: &'static str,
        /// "{count}; page {n} of {pages}."
        pub counted_page: &'static str,
    }

    /// `/`.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Home {
        pub description: &'static str,
        pub heading: &'static str,
        pub key_data: &'static str,
        pub latest_news: &'static str,
        pub no_news: &'static str,
        pub all_news: &'static str,
        pub upcoming_events: &'static str,
        pub no_upcoming_events: &'static str,
        pub all_events: &'static str,
        pub explore: &'static str,
        pub milestones: &'static str,
        pub milestones_text: &'static str,
        pub members_text: &'static str,
        pub documents_text: &'static str,
    }

    /// The key-data cards. A count card shows its number, then the noun in the
    /// form that number takes ("52 / государства-участника"); while the data
    /// loads, the headings stand in.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct KeyData {
        pub chair: &'static str,
        pub co_chair: &'static str,
        pub established: &'static str,
        pub secretariat: &'static str,
        pub not_stated: &'static str,
        pub participating_states: &'static str,
        pub observer_states: &'static str,
        pub organisations: &'static str,
        pub regional_working_groups: &'static str,
        /// Whether a card shows its value before its label: a number before
        /// the noun that agrees with it ("52 государства-участника").
        pub value_first: bool,
        /// The nouns after a count, without the number.
        pub participating_noun: super::Plural,
        pub observer_noun: super::Plural,
        pub organisation_noun: super::Plural,
        pub regional_group_noun: super::Plural,
    }

    /// `/about`.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct About {
        pub title: &'static str,
        pub description: &'static str,
        pub heading: &'static str,
        pub strengths: &'static str,
        pub working_groups: &'static str,
        pub working_groups_text: &'static str,
        pub regional_working_groups: &'static str,
        pub thematic_formats: &'static str,
        pub chair: &'static str,
        pub since: &'static str,
        /// "States in the {group}"
        pub states_in_group: &'static str,
    }

    /// `/contact`.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Contact {
        pub title: &'static str,
        pub description: &'static str,
        pub phone: &'static str,
        pub fax: &'static str,
        pub email: &'static str,
        pub website: &'static str,
        pub email_unknown: &'static str,
    }

    /// The disclosure of sources under sourced content.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Sources {
        pub one: &'static str,
        /// "Sources ({n})"
        pub many: &'static str,
    }

    /// A list page of feed items (`/news`, `/documents`).
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct List {
        pub title: &'static str,
        pub description: &'static str,
        /// "{n} news items"
        pub count: super::Plural,
        /// Said when the filters leave nothing.
        pub none: &'static str,
        /// The link back to the whole list then.
        pub show_all: &'static str,
        /// Said where the filters need the app.
        pub app_note: &'static str,
        /// The filter form's accessible name.
        pub filter_form: &'static str,
    }

    /// `/events`.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Events {
        pub title: &'static str,
        pub description: &'static str,
        pub upcoming: &'static str,
        pub no_upcoming: &'static str,
        pub past: &'static str,
        /// "Past events (page {n} of {pages})"
        pub past_page: &'static str,
        pub no_past: &'static str,
        pub subscribe_heading: &'static str,
        pub calendar_link: &'static str,
        /// Follows the link: "(.ics) holds every event…"
        pub subscribe_text: &'static str,
        /// (application, where to click) for each calendar.
        pub outlook: (&'static str, &'static str),
        pub google: (&'static str, &'static str),
        pub apple: (&'static str, &'static str),
    }

    /// The filters above the lists.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Filters {
        pub topic: &'static str,
        pub all_topics: &'static str,
        pub year: &'static str,
        pub all_years: &'static str,
        pub kind: &'static str,
        pub all_kinds: &'static str,
        pub doc_type: &'static str,
        pub all_types: &'static str,
        pub language: &'static str,
        pub all_languages: &'static str,
    }

    /// A feed item in a list.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Items {
        pub undated: &'static str,
        pub date_not_given: &'static str,
        pub tags: &'static str,
        pub available_in: &'static str,
        /// The note under the documents list.
        pub document_links: &'static str,
    }

    /// A news item's, event's or document's own page.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Article {
        /// The links back to each list ("All news").
        pub all_news: &'static str,
        pub all_events: &'static str,
        pub all_documents: &'static str,
        pub no_text: &'static str,
        pub versions: &'static str,
        pub no_files: &'static str,
        pub language: &'static str,
        pub link: &'static str,
        pub file_type: &'static str,
        pub size: &'static str,
        pub not_stated: &'static str,
        pub not_known: &'static str,
        pub open: &'static str,
        /// "{title} ({language})": a file's link.
        pub file_link: &'static str,
        pub web_page: &'static str,
        pub word_document: &'static str,
        /// "{n} bytes", "{n} KB", "{n} MB".
        pub bytes: &'static str,
        pub kilobytes: &'static str,
        pub megabytes: &'static str,
        pub original: &'static str,
        pub add_to_calendar: &'static str,
        pub calendar_note: &'static str,
        /// The neighbour links' names, and the navigation's for each kind.
        pub newer: &'static str,
        pub older: &'static str,
        pub previous_document: &'static str,
        pub next_document: &'static str,
        pub more_news: &'static str,
        pub more_events: &'static str,
        pub more_documents: &'static str,
    }

    /// The search box in the header and the `/search` page.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Search {
        pub title: &'static str,
        /// "Search: {query}"
        pub title_with_query: &'static str,
        pub description: &'static str,
        /// Before the lists, where search cannot run.
        pub no_app: &'static str,
        /// The lists' link texts there, joined as a list.
        pub list_news: &'static str,
        pub list_documents: &'static str,
        pub list_events: &'static str,
        pub list_milestones: &'static str,
        pub list_members: &'static str,
        pub hint: &'static str,
        pub form: &'static str,
        pub search_for: &'static str,
        pub titles_only: &'static str,
        /// "{n} results for “{query}”"
        pub results_for: super::Plural,
        /// "No results for “{query}”"
        pub no_results_for: &'static str,
        pub nothing_matches: &'static str,
        /// Around the suggested spelling's link: " Did you mean " … "?"
        pub did_you_mean: (&'static str, &'static str),
        /// Around the list links: " You can also browse the " news " and the " documents "."
        pub browse: (&'static str, &'static str, &'static str),
        pub browse_news: &'static str,
        pub browse_documents: &'static str,
        /// "The first {shown} of {total} are shown. "
        pub first_shown: &'static str,
        pub narrow_down: &'static str,
        /// The header box.
        pub site_search: &'static str,
        pub box_label: &'static str,
        pub placeholder: &'static str,
        pub suggestions: &'static str,
        /// "All results for “{query}”"
        pub all_results_for: &'static str,
        /// The live region's count: "No results", "1 result", "{n} results".
        pub no_results: &'static str,
        pub results: super::Plural,
        pub loading_index: &'static str,
        pub unavailable: &'static str,
        /// The box's suggestions did not load (their code, not the data).
        pub suggestions_missing: &'static str,
        pub no_title_matches_yet: &'static str,
        pub no_title_matches_failed: &'static str,
        pub no_results_enter: &'static str,
        pub title_matches_loading: &'static str,
        pub title_matches_failed: &'static str,
        /// A result's details, written by the search worker.
        pub upcoming_event: &'static str,
        pub past_event: &'static str,
        pub regional_group: &'static str,
        pub thematic_group: &'static str,
        /// "{level} organisation", with `members.level_*`.
        pub organisation_of_level: &'static str,
        /// A working group's start: "Since {year}".
        pub since_year: &'static str,
        /// What each kind of result is called, one and many.
        pub kinds: Kinds,
    }

    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Kinds {
        pub member: (&'static str, &'static str),
        pub milestone: (&'static str, &'static str),
        pub document: (&'static str, &'static str),
        pub news: (&'static str, &'static str),
        pub event: (&'static str, &'static str),
        pub organisation: (&'static str, &'static str),
        pub working_group: (&'static str, &'static str),
        pub page: (&'static str, &'static str),
    }

    /// The share button on item pages.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Share {
        pub button: &'static str,
        /// Read after the button's text: "Share" " this page".
        pub button_more: &'static str,
        pub copied: &'static str,
        /// "Could not copy the link; it is {url}"
        pub failed: &'static str,
    }

    /// The Embed button and dialog.
    #[cfg_attr(test, derive(serde::Serialize))]
    pub struct Embed {
        pub app_note: &'static str,
        /// The dialog's code did not load (its button tries again).
        pub dialog_missing: &'static str,
        pub button: &'static str,
        /// What each widget is, after "Embed" ("the key data").
        pub timeline: &'static str,
        pub map: &'static str,
        pub key_data: &'static str,
        pub news: &'static str,
        /// "Embed {what}": the dialog's heading; the button reads the same.
        pub heading: &'static str,
        pub intro: &'static str,
        pub theme: &'static str,
        /// The widget's interface language.
        pub language: &'static str,
        pub theme_auto: &'static str,
        pub theme_light: &'static str,
        pub theme_dark: &'static str,
        pub news_count: &'static str,
        /// The news widget's search option (`q`).
        pub news_query: &'static str,
        pub highlight_state: &'static str,
        pub no_highlight: &'static str,
        pub open_at_milestone: &'static str,
        pub no_milestone: &'static str,
        pub loader: &'static str,
        pub copy_loader: &'static str,
        pub plain_iframe: &'static str,
        pub copy_iframe: &'static str,
        pub loader_copied: &'static str,
        pub iframe_copied: &'static str,
        pub loader_not_copied: &'static str,
        pub iframe_not_copied: &'static str,
        pub preview: &'static str,
        /// "Preview: {title}", the preview frame's title.
        pub preview_title: &'static str,
        pub close: &'static str,
    }
}

/// What loads over the network, for the loading and error states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loadable {
    SiteData,
    NewsFeed,
    Map,
    SearchIndex,
    /// The feed's texts, after search has its titles.
    FullText,
    /// The code of the page's own view, where it comes in a chunk of its
    /// own (`crate::chunks`).
    PageCode,
}

impl Kinds {
    /// (one, many) for a kind of result: "Member state", "Member states".
    pub fn of(&self, kind: crate::search::Kind) -> (&'static str, &'static str) {
        use crate::search::Kind;
        match kind {
            Kind::Member => self.member,
            Kind::Milestone => self.milestone,
            Kind::Document => self.document,
            Kind::News => self.news,
            Kind::Event => self.event,
            Kind::Organisation => self.organisation,
            Kind::WorkingGroup => self.working_group,
            Kind::Page => self.page,
        }
    }
}

impl Status {
    fn resource(&self, what: Loadable) -> &Resource {
        match what {
            Loadable::SiteData => &self.site_data,
            Loadable::NewsFeed => &self.news_feed,
            Loadable::Map => &self.map,
            Loadable::SearchIndex => &self.search_index,
            Loadable::FullText => &self.full_text,
            Loadable::PageCode => &self.page_code,
        }
    }

    /// `template` with `what` named in each form it may ask for.
    fn about(&self, template: &str, what: Loadable, code: &str) -> String {
        let names = self.resource(what);
        super::fill(
            template,
            &[("subject", names.subject), ("object", names.object), ("of", names.of), ("code", code)],
        )
    }

    /// "Loading the news feed…"
    pub fn loading_text(&self, what: Loadable) -> String {
        self.about(self.loading, what, "")
    }

    /// "Sorry, the news feed could not be loaded."
    pub fn failed_text(&self, what: Loadable) -> String {
        self.about(self.failed, what, "")
    }

    /// Why `what` did not load, in plain words.
    pub fn reason(&self, error: &FetchError, what: Loadable) -> String {
        match error {
            FetchError::Network => self.about(self.network, what, ""),
            FetchError::Timeout => self.about(self.timeout, what, ""),
            FetchError::Status(404) => self.about(self.not_on_server, what, ""),
            FetchError::Status(code) => self.about(self.server_error, what, &code.to_string()),
            FetchError::Decode(_) => self.about(self.damaged, what, ""),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn error_messages_are_plain_and_specific() {
        let en = &Locale::En.messages().status;
        assert_eq!(
            en.reason(&FetchError::Status(500), Loadable::NewsFeed),
            "The server could not deliver the news feed right now (error 500). Try again later."
        );
        assert!(
            en.reason(&FetchError::Status(404), Loadable::NewsFeed)
                .starts_with("The news feed could not be found")
        );
        assert!(en.reason(&FetchError::Timeout, Loadable::Map).contains("too long"));
        assert!(en.reason(&FetchError::Network, Loadable::Map).contains("connection"));
        assert!(
            en.reason(&FetchError::Decode("e".into()), Loadable::SiteData)
                .starts_with("The site data arrived")
        );
        assert_eq!(en.loading_text(Loadable::SiteData), "Loading the site data…");
        let ru = &Locale::Ru.messages().status;
        assert_eq!(ru.loading_text(Loadable::NewsFeed), "Загрузка ленты новостей…");
        assert_eq!(ru.failed_text(Loadable::Map), "К сожалению, не удалось загрузить карту.");
        assert!(ru.reason(&FetchError::Status(503), Loadable::SiteData).contains("(ошибка 503)"));
    }
}
