//! Text as search sees it: words with their place in the original text,
//! folded (case, accents, Cyrillic `ё`, Arabic vowel marks and letter
//! variants) so that `turkiye` finds `Türkiye`, and stemmed in the word's
//! own script (English, Russian, Arabic Snowball stemmers) so that
//! `migrants` finds `migrant` and `миграции` finds `миграция`.

use std::ops::Range;

use pagefind_stem::{Algorithm, Stemmer};

/// Words longer than this are cut for matching: no real word is, and it
/// bounds the work a hostile query can cause.
pub const MAX_WORD: usize = 40;

/// One word of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Lower case, accents and marks removed.
    pub folded: String,
    /// Byte range in the original text, for highlighting.
    pub span: Range<usize>,
}

/// The words of `text`, in order: runs of letters and digits (an
/// apostrophe inside a word keeps it whole: `d'Ivoire`).
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let inner_apostrophe = matches!(c, '\'' | '’')
            && start.is_some()
            && chars.peek().is_some_and(|&(_, next)| is_word_char(next));
        if is_word_char(c) || inner_apostrophe {
            start.get_or_insert(at);
        } else if let Some(from) = start.take() {
            push_word(&mut out, text, from..at);
        }
    }
    if let Some(from) = start {
        push_word(&mut out, text, from..text.len());
    }
    out
}

fn push_word(out: &mut Vec<Word>, text: &str, span: Range<usize>) {
    let Some(original) = text.get(span.clone()) else { return };
    let folded = fold(original);
    if !folded.is_empty() {
        out.push(Word { folded, span });
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks (accents typed as separate characters, Arabic vowel
/// signs): part of the word they sit on, dropped by [`fold`].
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}')
}

/// Lower case with accents and marks removed, at most [`MAX_WORD`]
/// characters.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    // The English possessive: "Afghanistan's" is Afghanistan.
    let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
    for c in word.chars().flat_map(char::to_lowercase) {
        if is_mark(c) || matches!(c, '\'' | '’') {
            continue;
        }
        match base_letter(c) {
            Some(base) => out.push_str(base),
            None => out.push(c),
        }
        if out.chars().count() >= MAX_WORD {
            break;
        }
    }
    out
}

/// The unaccented form of a lower-case letter, where it has one. Covers the
/// Latin letters of the member states' languages (Latin-1, Latin
/// Extended-A, Romanian and Azerbaijani letters), Cyrillic `ё` and the
/// Arabic letter variants that writers use interchangeably.
fn base_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ə' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ё' => "е",
        'أ' | 'إ' | 'آ' | 'ٱ' => "ا",
        'ى' => "ي",
        'ة' => "ه",
        _ => return None,
    })
}

/// The script a folded word is written in, which decides its stemmer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
    Other,
}

fn script(word: &str) -> Script {
    for c in word.chars() {
        match c {
            'a'..='z' => return Script::Latin,
            '\u{0400}'..='\u{04FF}' => return Script::Cyrillic,
            '\u{0600}'..='\u{06FF}' => return Script::Arabic,
            _ => {}
        }
    }
    Script::Other
}

/// Stems folded words in their own script's language.
pub struct Stemmers {
    english: Stemmer,
    russian: Stemmer,
    arabic: Stemmer,
}

impl Default for Stemmers {
    fn default() -> Self {
        Stemmers {
            english: Stemmer::create(Algorithm::English),
            russian: Stemmer::create(Algorithm::Russian),
            arabic: Stemmer::create(Algorithm::Arabic),
        }
    }
}

impl Stemmers {
    /// The stem of a folded word; words with digits and very short words
    /// are their own stem.
    pub fn stem(&self, folded: &str) -> String {
        if folded.chars().count() < 3 || folded.chars().any(|c| c.is_ascii_digit()) {
            return folded.to_owned();
        }
        let stemmer = match script(folded) {
            Script::Latin => &self.english,
            Script::Cyrillic => &self.russian,
            Script::Arabic => &self.arabic,
            Script::Other => return folded.to_owned(),
        };
        stemmer.stem(folded).into_owned()
    }
}

/// Plain text from feed HTML, for indexing only (it is never put into the
/// page as markup): tags dropped, `script` and `style` content skipped,
/// the common entities decoded, block ends turned into spaces.
pub fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..open]));
        let after = &rest[open..];
        // As in HTML, `<` starts a tag only before a letter, `/` or `!`.
        if !after[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            out.push('<');
            rest = &after[1..];
            continue;
        }
        let Some(close) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = after[1..close].trim_start_matches('/').to_ascii_lowercase();
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        rest = &after[close + 1..];
        if (name == "script" || name == "style") && !after[1..].starts_with('/') {
            let end = format!("</{name}");
            rest = match rest.to_ascii_lowercase().find(&end) {
                Some(at) => &rest[at..],
                None => "",
            };
        }
        out.push(' ');
    }
    out.push_str(&decode_entities(rest));
    out
}

fn decode_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let entity = after.find(';').filter(|&end| end <= 10).map(|end| (&after[..end], end));
        let decoded = entity.and_then(|(name, _)| match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                .and_then(char::from_u32),
        });
        match (decoded, entity) {
            (Some(c), Some((_, end))) => {
                out.push(c);
                rest = &after[end + 1..];
            }
            _ => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Edit distance of at most one (one letter added, dropped, changed, or
/// two neighbours swapped), without computing the full distance.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let first = short.iter().zip(long.iter()).position(|(x, y)| x != y);
    let Some(i) = first else { return true };
    if short.len() == long.len() {
        let swapped = i + 1 < short.len() && short[i] == long[i + 1] && short[i + 1] == long[i];
        let from = if swapped { i + 2 } else { i + 1 };
        short.get(from..) == long.get(from..)
    } else {
        short.get(i..) == long.get(i + 1..)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        words(text).into_iter().map(|w| w.folded).collect()
    }

    #[test]
    fn words_keep_their_place_in_the_text() {
        let text = "Türkiye, the Chair (since 2006).";
        let found = words(text);
        assert_eq!(folded(text), ["turkiye", "the", "chair", "since", "2006"]);
        assert_eq!(&text[found[0].span.clone()], "Türkiye");
        assert_eq!(&text[found[4].span.clone()], "2006");
    }

    #[test]
    fn folding_removes_case_accents_and_marks() {
        assert_eq!(folded("Côte d’Ivoire"), ["cote", "divoire"]);
        assert_eq!(folded("Afghanistan's participation"), ["afghanistan", "participation"]);
        assert_eq!(folded("Azərbaycan ŞİRKƏT São Tomé"), ["azerbaycan", "sirket", "sao", "tome"]);
        assert_eq!(folded("Ёлка"), ["елка"]);
        // Decomposed accents (e + combining acute) fold like composed ones.
        assert_eq!(folded("Te\u{301}le\u{301}phone"), ["telephone"]);
        // Arabic vowel marks, tatweel and alef variants.
        assert_eq!(folded("الْهِجْرَة"), folded("الهجره"));
        assert_eq!(folded("أمن"), folded("امن"));
    }

    #[test]
    fn hostile_text_is_just_words() {
        assert_eq!(folded("<script>alert(1)</script> .*+?^${}()|[]\\"), ["script", "alert", "1", "script"]);
        assert_eq!(folded("\u{202E}evil\u{202C}"), ["evil"]);
        let long = "a".repeat(10_000);
        assert_eq!(folded(&long)[0].chars().count(), MAX_WORD);
    }

    #[test]
    fn stems_follow_the_script() {
        let stem = Stemmers::default();
        assert_eq!(stem.stem("migrants"), stem.stem("migrant"));
        assert_eq!(stem.stem("commitments"), stem.stem("commitment"));
        assert_eq!(stem.stem("миграции"), stem.stem("миграция"));
        assert_eq!(stem.stem("المهاجرين"), stem.stem("المهاجر"));
        assert_eq!(stem.stem("2019"), "2019");
    }

    #[test]
    fn html_becomes_plain_text() {
        let html = "<p>Senior officials&nbsp;met in <b>Istanbul</b> &amp; agreed.</p><script>x()</script><p>Next&#x21;</p>";
        let text = html_text(html);
        assert_eq!(folded(&text), ["senior", "officials", "met", "in", "istanbul", "agreed", "next"]);
        assert_eq!(html_text("a < b & c"), "a < b & c");
        assert_eq!(html_text("<p unclosed"), "");
    }

    #[test]
    fn one_edit_means_exactly_one() {
        assert!(within_one_edit("migrnts", "migrants"));
        assert!(within_one_edit("migrants", "migrnats"));
        assert!(within_one_edit("istanbul", "istambul"));
        assert!(within_one_edit("same", "same"));
        assert!(!within_one_edit("migrnts", "migration"));
        assert!(!within_one_edit("abcdef", "badcef"));
    }
}
