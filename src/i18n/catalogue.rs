//! Catalogues as files: how the browser bundle gets the languages it does
//! not carry.
//!
//! English is compiled into the bundle. Every other language's catalogue
//! (its messages and its CLDR names) is compiled into the host programs
//! (the render step writes pages with it) and into development builds,
//! but the release bundle leaves it out: an English visitor does not
//! download Russian. The render step writes each such catalogue to
//! `i18n/<tag>.txt` ([`write`]); a page in that language names the file
//! in its head, `public/boot.js` starts the download with the data's, and
//! `startup` reads it ([`install`]) before hydrating.
//!
//! The member and timeline pages name a part of the catalogue instead
//! (`i18n/ru.members.txt`, the parts of `model::site::part`): the same
//! file with the messages of the views in other chunks left empty, and
//! without the names those pages do not show ([`part_of`]). Before the app
//! shows one of those views (`chunks::InChunk`), or searches, it loads the
//! whole file ([`load_whole`], which comes in the chunk that reads
//! catalogues).
//!
//! The file is the name of its part (empty for the whole), then the
//! catalogue's strings, field by field in the order the
//! structs in `messages.rs` declare them, each ended by a NUL. Reading it
//! costs a few instructions per field (no parser, no field names), and the
//! strings are used where they lie. A file from another build does not fit
//! the structs (a count or a number is off, or strings are left over) and
//! is refused.

use std::sync::Mutex;

use super::Locale;
use super::messages::Messages;
use super::names::Names;
use crate::model::site::SitePart;

/// Ends each string in a catalogue file.
const END: char = '\0';

/// A catalogue's strings as they are written.
#[derive(Default)]
pub struct Writer {
    text: String,
    /// The first string that cannot be written (it holds [`END`]).
    invalid: Option<String>,
}

impl Writer {
    fn push(&mut self, value: &str) {
        if value.contains(END) && self.invalid.is_none() {
            self.invalid = Some(value.to_owned());
        }
        self.text.push_str(value);
        self.text.push(END);
    }
}

/// A catalogue file being read, string by string. Reading goes on past a
/// fault (a missing string reads as empty) and remembers it, so that a
/// field costs a call and no branch; [`read`] refuses the whole file.
pub struct Reader {
    strings: std::str::Split<'static, char>,
    fault: bool,
}

impl Reader {
    fn next(&mut self) -> &'static str {
        self.strings.next().unwrap_or_else(|| {
            self.fault = true;
            ""
        })
    }
}

/// A part of a catalogue that can be written to a file and read back.
pub trait Entry: Sized {
    fn write(&self, out: &mut Writer);
    fn read(input: &mut Reader) -> Self;
    /// Reads into a value in place: a group reads its fields this way, so
    /// that each string costs one call with the field's address rather
    /// than a string returned through the stack and copied in.
    fn read_into(&mut self, input: &mut Reader) {
        *self = Self::read(input);
    }
}

impl Entry for &'static str {
    fn write(&self, out: &mut Writer) {
        out.push(self);
    }
    fn read(input: &mut Reader) -> Self {
        input.next()
    }
    #[inline(never)]
    fn read_into(&mut self, input: &mut Reader) {
        *self = input.next();
    }
}

impl Entry for usize {
    fn write(&self, out: &mut Writer) {
        out.push(&self.to_string());
    }
    fn read(input: &mut Reader) -> Self {
        input.next().parse().unwrap_or_else(|_| {
            input.fault = true;
            0
        })
    }
}

impl Entry for bool {
    fn write(&self, out: &mut Writer) {
        out.push(if *self { "1" } else { "0" });
    }
    fn read(input: &mut Reader) -> Self {
        match input.next() {
            "1" => true,
            "0" => false,
            _ => {
                input.fault = true;
                false
            }
        }
    }
}

impl<const N: usize> Entry for [&'static str; N] {
    fn write(&self, out: &mut Writer) {
        self.iter().for_each(|s| out.push(s));
    }
    fn read(input: &mut Reader) -> Self {
        std::array::from_fn(|_| input.next())
    }
}

impl<A: Entry, B: Entry> Entry for (A, B) {
    fn write(&self, out: &mut Writer) {
        self.0.write(out);
        self.1.write(out);
    }
    fn read(input: &mut Reader) -> Self {
        (A::read(input), B::read(input))
    }
}

impl<A: Entry, B: Entry, C: Entry> Entry for (A, B, C) {
    fn write(&self, out: &mut Writer) {
        self.0.write(out);
        self.1.write(out);
        self.2.write(out);
    }
    fn read(input: &mut Reader) -> Self {
        (A::read(input), B::read(input), C::read(input))
    }
}

impl Entry for super::Plural {
    fn write(&self, out: &mut Writer) {
        [self.zero, self.one, self.two, self.few, self.many, self.other].write(out);
    }
    fn read(input: &mut Reader) -> Self {
        let [zero, one, two, few, many, other] = <[&'static str; 6]>::read(input);
        super::Plural { zero, one, two, few, many, other }
    }
}

/// A table of (code, name) pairs: its length, then the pairs.
impl Entry for &'static [(&'static str, &'static str)] {
    fn write(&self, out: &mut Writer) {
        self.len().write(out);
        self.iter().for_each(|pair| pair.write(out));
    }
    fn read(input: &mut Reader) -> Self {
        let len = usize::read(input);
        let mut pairs = Vec::new();
        // Stops at the first fault: a length from another file never
        // reserves or loops more than the file has strings.
        for _ in 0..len {
            if input.fault {
                break;
            }
            pairs.push(<(&'static str, &'static str)>::read(input));
        }
        Vec::leak(pairs)
    }
}

/// Declares the groups of messages (`messages.rs`), each with its
/// [`Entry`]: every field written and read in the order declared.
macro_rules! groups {
    ($($(#[$attr:meta])* pub struct $name:ident { $($(#[$field_attr:meta])* pub $field:ident: $type:ty),* $(,)? })*) => {
        $(
            $(#[$attr])*
            #[derive(Clone, Default)]
            pub struct $name {
                $($(#[$field_attr])* pub $field: $type,)*
            }

            impl super::catalogue::Entry for $name {
                fn write(&self, out: &mut super::catalogue::Writer) {
                    $(super::catalogue::Entry::write(&self.$field, out);)*
                }
                fn read(input: &mut super::catalogue::Reader) -> Self {
                    let mut value = Self::default();
                    value.read_into(input);
                    value
                }
                fn read_into(&mut self, input: &mut super::catalogue::Reader) {
                    $(super::catalogue::Entry::read_into(&mut self.$field, input);)*
                }
            }
        )*
    };
}
pub(crate) use groups;

/// The catalogue file of a language: its messages, then its names (an
/// empty table for none), of the countries for which `country` holds and
/// of every language. Err names a string that holds a NUL.
///
/// The render step keeps the member states' countries, a fifth of the
/// table and 1.7 KB brotli of the Russian file's 8.8: the site data names
/// every country the pages show, and re-rendering writes the file anew. A
/// feed can name any language at any time, so all of those stay.
///
/// A `part` keeps only what a page that starts with it may show at once
/// (see [`part_of`]).
pub fn write(
    messages: &Messages,
    names: Option<&Names>,
    country: impl Fn(&str) -> bool,
    part: Option<SitePart>,
) -> Result<String, String> {
    let mut out = Writer::default();
    part.map_or("", SitePart::name).write(&mut out);
    let empty: &'static [(&'static str, &'static str)] = &[];
    let countries = names.map_or(empty, |n| n.countries);
    let mut languages = names.map_or(empty, |n| n.languages);
    match part {
        None => messages.write(&mut out),
        Some(part) => {
            part_of(messages, part).write(&mut out);
            // Only the views of other chunks name a document's language
            // (the home page's key-data cards name countries).
            languages = empty;
        }
    }
    let countries: Vec<&(&str, &str)> = countries.iter().filter(|(code, _)| country(code)).collect();
    countries.len().write(&mut out);
    countries.into_iter().for_each(|pair| pair.write(&mut out));
    languages.write(&mut out);
    match out.invalid {
        Some(text) => Err(format!("a message holds a NUL character: {text:?}")),
        None => Ok(out.text),
    }
}

/// The messages of a part: all but those of the views that come in other
/// chunks (the about and contact pages, the lists, the item pages, search,
/// and the other part's views), which the app shows only once it has the
/// whole catalogue. Kept: the part's pages, everything around every page
/// (the header, the footer, the search box, the Embed and Share dialogs,
/// the loading and error states) and the pages outside the chunks (home,
/// offline). `tests/catalogue_parts.rs` renders the part's pages and those
/// from the part and from the whole, and compares.
pub fn part_of(messages: &Messages, part: SitePart) -> Messages {
    let mut kept = Messages {
        about: Default::default(),
        contact: Default::default(),
        not_found: Default::default(),
        pages: Default::default(),
        news: Default::default(),
        documents: Default::default(),
        events: Default::default(),
        filters: Default::default(),
        article: Default::default(),
        ..messages.clone()
    };
    match part {
        SitePart::Members => kept.timeline = Default::default(),
        SitePart::Timeline => {
            kept.members = Default::default();
            kept.map = Default::default();
        }
    }
    kept
}

/// A language read from its file.
pub struct Loaded {
    pub locale: Locale,
    /// The part of the catalogue this is (`None`: the whole).
    pub part: Option<SitePart>,
    pub messages: &'static Messages,
    pub names: Option<Names>,
    /// The file, which the page hands on to the search worker (its own
    /// bundle leaves the language out as well).
    pub text: &'static str,
}

/// Reads a catalogue file; `None` unless it is exactly a catalogue of this
/// build. The text stays for the life of the page (the strings are used
/// where they lie).
pub fn read(text: String) -> Option<(Option<SitePart>, Messages, Option<Names>)> {
    read_static(String::leak(text))
}

fn read_static(text: &'static str) -> Option<(Option<SitePart>, Messages, Option<Names>)> {
    let mut input = Reader { strings: text.split(END), fault: false };
    let part = match input.next() {
        "" => None,
        name => Some(SitePart::from_name(name)?),
    };
    let messages = Messages::read(&mut input);
    let countries = <&'static [(&'static str, &'static str)]>::read(&mut input);
    let languages = <&'static [(&'static str, &'static str)]>::read(&mut input);
    // The file ends with an END, so one empty string is left, and nothing
    // else.
    let last = input.next();
    if input.fault || !last.is_empty() || input.strings.next().is_some() {
        return None;
    }
    let names = (!countries.is_empty() || !languages.is_empty()).then_some(Names { countries, languages });
    Some((part, messages, names))
}

/// The catalogue in use: a part first, then the whole (installed once
/// each at most, so leaking them costs nothing more).
static LOADED: Mutex<Option<&'static Loaded>> = Mutex::new(None);

/// Makes `text`, the catalogue file of `locale`, the catalogue the app
/// uses for that language. False if it cannot be read (or another
/// language's was installed already: a page has one language). The whole
/// catalogue replaces a part; nothing replaces the whole.
pub fn install(locale: Locale, text: String) -> bool {
    if let Some(loaded) = loaded_any() {
        if loaded.locale != locale {
            return false;
        }
        if loaded.part.is_none() {
            return true;
        }
    }
    let text: &'static str = String::leak(text);
    let Some((part, messages, names)) = read_static(text) else { return false };
    let messages = Box::leak(Box::new(messages));
    let loaded: &'static Loaded = Box::leak(Box::new(Loaded { locale, part, messages, names, text }));
    LOADED.lock().map(|mut slot| *slot = Some(loaded)).is_ok()
}

fn loaded_any() -> Option<&'static Loaded> {
    LOADED.lock().ok().and_then(|slot| *slot)
}

/// The catalogue installed for `locale`, if any.
pub fn loaded(locale: Locale) -> Option<&'static Loaded> {
    loaded_any().filter(|l| l.locale == locale)
}

/// The part of the catalogue in use, if it is only a part.
pub fn part_in_use() -> Option<SitePart> {
    loaded_any().and_then(|l| l.part)
}

/// Downloads and installs the whole catalogue of the language whose part
/// is in use (true when it is in use, or there was nothing to do). Only
/// the chunk that reads catalogues calls it in a split build.
pub fn load_whole(timeout_ms: i32) -> futures::future::LocalBoxFuture<'static, bool> {
    Box::pin(async move {
        let Some(loaded) = loaded_any().filter(|l| l.part.is_some()) else { return true };
        let url = crate::config::resolve(&loaded.locale.catalogue_file().unwrap_or_default());
        match crate::fetch::fetch_text(&url, timeout_ms).await {
            Ok(text) => install(loaded.locale, text),
            Err(_) => false,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every language's catalogue reads back as it was written, names
    /// included.
    #[test]
    fn a_catalogue_reads_back_as_written() -> Result<(), String> {
        for &locale in Locale::ALL {
            let language = locale.language();
            let Some(messages) = language.built_in_messages() else { continue };
            let text = write(messages, language.built_in_names(), |_| true, None)?;
            let (part, read_back, names) = read(text.clone()).ok_or("the file does not read")?;
            assert_eq!(part, None);
            assert_eq!(
                serde_json::to_value(&read_back).ok(),
                serde_json::to_value(messages).ok(),
                "{}",
                locale.tag()
            );
            assert_eq!(
                names.as_ref().map(|n| n.countries.len()),
                language.built_in_names().map(|n| n.countries.len())
            );
            assert_eq!(write(&read_back, names.as_ref(), |_| true, None)?, text, "{}", locale.tag());
        }
        Ok(())
    }

    #[test]
    fn a_catalogue_keeps_the_countries_asked_for_and_every_language() -> Result<(), String> {
        let language = Locale::Ru.language();
        let (messages, names) = (language.built_in_messages(), language.built_in_names());
        let (Some(messages), Some(all)) = (messages, names) else { return Err("no Russian".into()) };
        let text = write(messages, names, |code| code == "TR" || code == "HU", None)?;
        let (_, _, names) = read(text).ok_or("the file does not read")?;
        let names = names.ok_or("no names")?;
        assert_eq!(names.countries, &[("HU", "Венгрия"), ("TR", "Турция")]);
        assert_eq!(names.languages, all.languages);
        Ok(())
    }

    #[test]
    fn a_file_of_another_shape_is_refused() -> Result<(), String> {
        let text = write(Locale::En.messages(), None, |_| true, None)?;
        assert!(read(text.clone()).is_some());
        assert!(read(format!("weather{text}")).is_none(), "a part this build does not know");
        assert!(read(format!("{text}extra\0")).is_none(), "strings left over");
        assert!(read(text.replacen('\0', "", 1)).is_none(), "one string short");
        assert!(read(String::new()).is_none());
        assert!(read("\0".repeat(10_000)).is_none(), "numbers that are not numbers");
        Ok(())
    }

    #[test]
    fn a_part_keeps_its_own_pages_messages_and_names() -> Result<(), String> {
        let language = Locale::Ru.language();
        let (Some(messages), Some(names)) = (language.built_in_messages(), language.built_in_names()) else {
            return Err("no Russian".into());
        };
        let whole = write(messages, Some(names), |_| true, None)?;
        for part in SitePart::ALL {
            let text = write(messages, Some(names), |_| true, Some(part))?;
            assert!(
                text.len() * 5 < whole.len() * 4,
                "{}: {} of {} bytes",
                part.name(),
                text.len(),
                whole.len()
            );
            let (read_part, read, read_names) = read(text).ok_or("the part does not read")?;
            assert_eq!(read_part, Some(part));
            // Kept: what is around every page; left out: the other pages.
            assert_eq!(read.chrome.skip_link, messages.chrome.skip_link);
            assert_eq!(read.search.box_label, messages.search.box_label);
            assert_eq!(read.offline.title, messages.offline.title);
            assert_eq!(read.about.title, "");
            assert_eq!(read.news.title, "");
            // Countries, but no document's language.
            assert!(read_names.as_ref().map_or(0, |n| n.countries.len()) > 50);
            assert_eq!(read_names.map_or(0, |n| n.languages.len()), 0);
            match part {
                SitePart::Members => {
                    assert_eq!(read.members.title, messages.members.title);
                    assert_eq!(read.timeline.title, "");
                }
                SitePart::Timeline => {
                    assert_eq!(read.timeline.title, messages.timeline.title);
                    assert_eq!(read.map.zoom_in, "");
                }
            }
        }
        Ok(())
    }

    #[test]
    fn a_message_with_a_nul_cannot_be_written() {
        let mut out = Writer::default();
        "a\0b".write(&mut out);
        assert!(out.invalid.is_some());
    }
}
