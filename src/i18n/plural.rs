//! Plural categories for whole numbers, by the CLDR cardinal rules of each
//! interface language (https://cldr.unicode.org, "Language Plural Rules").
//! The site counts states, items, results and pages: whole numbers only, so
//! only the integer part of each rule is needed.

/// The CLDR plural categories a message can have forms for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// English: "1 state", "2 states", "0 states".
pub fn english(n: u64) -> Category {
    if n == 1 { Category::One } else { Category::Other }
}

/// Russian (CLDR `ru`): one for 1, 21, 31, … but not 11; few for 2–4, 22–24,
/// … but not 12–14; many for the rest of the whole numbers.
pub fn russian(n: u64) -> Category {
    let (tens, hundreds) = (n % 10, n % 100);
    if tens == 1 && hundreds != 11 {
        Category::One
    } else if (2..=4).contains(&tens) && !(12..=14).contains(&hundreds) {
        Category::Few
    } else {
        Category::Many
    }
}

/// Arabic (CLDR `ar`), for a catalogue in the language many of the
/// process's documents come in: zero for 0, one for 1, two for 2, few when
/// the last two digits are 3–10, many when they are 11–99, other for the
/// rest (100, 101, 102, …).
pub fn arabic(n: u64) -> Category {
    match (n, n % 100) {
        (0, _) => Category::Zero,
        (1, _) => Category::One,
        (2, _) => Category::Two,
        (_, 3..=10) => Category::Few,
        (_, 11..=99) => Category::Many,
        _ => Category::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_follows_the_cldr_rule() {
        use Category::*;
        let cases = [
            (0, Many),
            (1, One),
            (2, Few),
            (4, Few),
            (5, Many),
            (11, Many),
            (12, Many),
            (14, Many),
            (21, One),
            (22, Few),
            (52, Few),
            (101, One),
            (111, Many),
            (1_000, Many),
        ];
        for (n, category) in cases {
            assert_eq!(russian(n), category, "{n}");
        }
    }

    #[test]
    fn arabic_follows_the_cldr_rule() {
        use Category::*;
        let cases = [
            (0, Zero),
            (1, One),
            (2, Two),
            (3, Few),
            (10, Few),
            (11, Many),
            (26, Many),
            (99, Many),
            (100, Other),
            (101, Other),
            (102, Other),
            (103, Few),
            (111, Many),
            (1_000, Other),
        ];
        for (n, category) in cases {
            assert_eq!(arabic(n), category, "{n}");
        }
    }

    #[test]
    fn english_has_one_and_other() {
        assert_eq!(english(1), Category::One);
        for n in [0, 2, 5, 11, 21, 52] {
            assert_eq!(english(n), Category::Other, "{n}");
        }
    }
}
