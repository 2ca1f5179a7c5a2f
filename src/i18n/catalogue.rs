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
//! The file is the catalogue's strings, field by field in the order the
//! structs in `messages.rs` declare them, each ended by a NUL. Reading it
//! costs a few instructions per field (no parser, no field names), and the
//! strings are used where they lie. A file from another build does not fit
//! the structs (a count or a number is off, or strings are left over) and
//! is refused.

use std::sync::OnceLock;

use super::Locale;
use super::messages::Messages;
use super::names::Names;

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
            #[derive(Default)]
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
pub fn write(
    messages: &Messages,
    names: Option<&Names>,
    country: impl Fn(&str) -> bool,
) -> Result<String, String> {
    let mut out = Writer::default();
    messages.write(&mut out);
    let empty: &'static [(&'static str, &'static str)] = &[];
    let countries: Vec<&(&str, &str)> =
        names.map_or(empty, |n| n.countries).iter().filter(|(code, _)| country(code)).collect();
    countries.len().write(&mut out);
    countries.into_iter().for_each(|pair| pair.write(&mut out));
    names.map_or(empty, |n| n.languages).write(&mut out);
    match out.invalid {
        Some(text) => Err(format!("a message holds a NUL character: {text:?}")),
        None => Ok(out.text),
    }
}

/// A language read from its file.
pub struct Loaded {
    pub locale: Locale,
    pub messages: &'static Messages,
    pub names: Option<Names>,
    /// The file, which the page hands on to the search worker (its own
    /// bundle leaves the language out as well).
    pub text: &'static str,
}

/// Reads a catalogue file; `None` unless it is exactly a catalogue of this
/// build. The text stays for the life of the page (the strings are used
/// where they lie).
pub fn read(text: String) -> Option<(Messages, Option<Names>)> {
    read_static(String::leak(text))
}

fn read_static(text: &'static str) -> Option<(Messages, Option<Names>)> {
    let mut input = Reader { strings: text.split(END), fault: false };
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
    Some((messages, names))
}

static LOADED: OnceLock<Loaded> = OnceLock::new();

/// Makes `text`, the catalogue file of `locale`, the catalogue the app
/// uses for that language. False if it cannot be read (or another
/// language's was installed already: a page has one language).
pub fn install(locale: Locale, text: String) -> bool {
    if let Some(loaded) = LOADED.get() {
        return loaded.locale == locale;
    }
    let text: &'static str = String::leak(text);
    let Some((messages, names)) = read_static(text) else { return false };
    let messages = Box::leak(Box::new(messages));
    LOADED.set(Loaded { locale, messages, names, text }).is_ok()
}

/// The catalogue installed for `locale`, if any.
pub fn loaded(locale: Locale) -> Option<&'static Loaded> {
    LOADED.get().filter(|l| l.locale == locale)
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
            let text = write(messages, language.built_in_names(), |_| true)?;
            let (read_back, names) = read(text.clone()).ok_or("the file does not read")?;
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
            assert_eq!(write(&read_back, names.as_ref(), |_| true)?, text, "{}", locale.tag());
        }
        Ok(())
    }

    #[test]
    fn a_catalogue_keeps_the_countries_asked_for_and_every_language() -> Result<(), String> {
        let language = Locale::Ru.language();
        let (messages, names) = (language.built_in_messages(), language.built_in_names());
        let (Some(messages), Some(all)) = (messages, names) else { return Err("no Russian".into()) };
        let text = write(messages, names, |code| code == "TR" || code == "HU")?;
        let (_, names) = read(text).ok_or("the file does not read")?;
        let names = names.ok_or("no names")?;
        assert_eq!(names.countries, &[("HU", "Венгрия"), ("TR", "Турция")]);
        assert_eq!(names.languages, all.languages);
        Ok(())
    }

    #[test]
    fn a_file_of_another_shape_is_refused() -> Result<(), String> {
        let text = write(Locale::En.messages(), None, |_| true)?;
        assert!(read(text.clone()).is_some());
        assert!(read(format!("{text}extra\0")).is_none(), "strings left over");
        assert!(read(text.replacen('\0', "", 1)).is_none(), "one string short");
        assert!(read(String::new()).is_none());
        assert!(read("\0".repeat(10_000)).is_none(), "numbers that are not numbers");
        Ok(())
    }

    #[test]
    fn a_message_with_a_nul_cannot_be_written() {
        let mut out = Writer::default();
        "a\0b".write(&mut out);
        assert!(out.invalid.is_some());
    }
}
