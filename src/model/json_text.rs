//! JSON text to `serde_json::Value`, read by a small reader of our own.
//!
//! Why not `serde_json::from_str`: its deserializer (generic over sources
//! and visitors, with its number tables and error machinery) was about
//! 12 KB of the core's code before optimisation, downloaded on every page;
//! this reader is a fraction of that. The values are serde_json's, so the
//! readers of the feed, the site data and the map above it are unchanged.
//!
//! It accepts what serde_json accepts and refuses what it refuses (strict
//! RFC 8259: no comments, no trailing commas, no lone surrogates, no
//! control characters in strings, at most 127 levels of nesting), which a
//! host test checks against serde_json itself. Numbers with a fraction or
//! an exponent are computed as digits times a power of ten, as serde_json
//! does by default: within a few units in the last place of the exact
//! value (so a number within those few units of `f64::MAX` may be refused
//! as out of range, which serde_json would take).

use std::fmt;

use serde_json::{Map, Number, Value};

/// Arrays and objects inside one another, at most: deeper text is refused
/// rather than overflowing the stack (serde_json's limit).
const MAX_NESTING: usize = 127;

/// Why the text is not JSON, and where (1-based, columns in bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub what: &'static str,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.what, self.line, self.column)
    }
}

impl std::error::Error for JsonError {}

/// The value `text` holds, which must be one JSON value with nothing but
/// whitespace around it.
pub fn parse(text: &str) -> Result<Value, JsonError> {
    let mut reader = Reader { text, at: 0 };
    reader.skip_space();
    let value = reader.value(0)?;
    reader.skip_space();
    match reader.peek() {
        None => Ok(value),
        Some(_) => Err(reader.error("trailing characters")),
    }
}

struct Reader<'a> {
    text: &'a str,
    /// A byte offset, always at a character boundary between tokens.
    at: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let byte = self.peek()?;
        self.at += 1;
        Some(byte)
    }

    fn error(&self, what: &'static str) -> JsonError {
        let before = self.text.get(..self.at).unwrap_or(self.text);
        let line = before.bytes().filter(|b| *b == b'\n').count() + 1;
        let column = before.rfind('\n').map_or(before.len(), |newline| before.len() - newline - 1) + 1;
        JsonError { what, line, column }
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, JsonError> {
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'[') => self.array(depth),
            Some(b'{') => self.object(depth),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(_) => Err(self.error("expected value")),
        }
    }

    fn word(&mut self, word: &str, value: Value) -> Result<Value, JsonError> {
        for expected in word.bytes() {
            match self.peek() {
                Some(byte) if byte == expected => self.at += 1,
                Some(_) => return Err(self.error("expected ident")),
                None => return Err(self.error("EOF while parsing a value")),
            }
        }
        Ok(value)
    }

    /// Steps into an array or object (at its opening bracket).
    fn open(&mut self, depth: usize) -> Result<(), JsonError> {
        if depth >= MAX_NESTING {
            return Err(self.error("recursion limit exceeded"));
        }
        self.at += 1;
        self.skip_space();
        Ok(())
    }

    /// After an element: true if another follows (a comma, skipped), false
    /// at the closing bracket (skipped).
    fn more(&mut self, close: u8, eof: &'static str, expected: &'static str) -> Result<bool, JsonError> {
        self.skip_space();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                self.skip_space();
                Ok(true)
            }
            Some(byte) if byte == close => {
                self.at += 1;
                Ok(false)
            }
            Some(_) => Err(self.error(expected)),
            None => Err(self.error(eof)),
        }
    }

    fn array(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.open(depth)?;
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            if !self.more(b']', "EOF while parsing a list", "expected `,` or `]`")? {
                return Ok(Value::Array(items));
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, JsonError> {
        self.open(depth)?;
        let mut entries = Map::new();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Value::Object(entries));
        }
        loop {
            match self.peek() {
                Some(b'"') => {}
                Some(_) => return Err(self.error("key must be a string")),
                None => return Err(self.error("EOF while parsing an object")),
            }
            let key = self.string()?;
            self.skip_space();
            match self.peek() {
                Some(b':') => {
                    self.at += 1;
                    self.skip_space();
                }
                Some(_) => return Err(self.error("expected `:`")),
                None => return Err(self.error("EOF while parsing an object")),
            }
            // A repeated key keeps its last value, as in serde_json.
            entries.insert(key, self.value(depth + 1)?);
            if !self.more(b'}', "EOF while parsing an object", "expected `,` or `}`")? {
                return Ok(Value::Object(entries));
            }
        }
    }

    /// A string, from its opening quote.
    fn string(&mut self) -> Result<String, JsonError> {
        self.at += 1;
        let mut out = String::new();
        loop {
            // Plain text runs up to a quote, a backslash or a control
            // character, all ASCII: the run ends at a character boundary.
            let start = self.at;
            while matches!(self.peek(), Some(byte) if byte != b'"' && byte != b'\\' && byte >= 0x20) {
                self.at += 1;
            }
            out.push_str(self.text.get(start..self.at).unwrap_or_default());
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                Some(_) => {
                    return Err(
                        self.error("control character (\\u0000-\\u001F) found while parsing a string")
                    );
                }
                None => return Err(self.error("EOF while parsing a string")),
            }
        }
    }

    /// The character an escape stands for, after its backslash.
    fn escape(&mut self) -> Result<char, JsonError> {
        Ok(match self.next() {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let unit = self.hex4()?;
                let code = match unit {
                    0xD800..=0xDBFF => {
                        // A leading surrogate: its trailing one must follow.
                        if self.next() != Some(b'\\') || self.next() != Some(b'u') {
                            return Err(self.error("unexpected end of hex escape"));
                        }
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return Err(self.error("lone leading surrogate in hex escape"));
                        }
                        0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    }
                    0xDC00..=0xDFFF => return Err(self.error("lone trailing surrogate in hex escape")),
                    _ => unit,
                };
                char::from_u32(code).ok_or_else(|| self.error("invalid unicode code point"))?
            }
            Some(_) => return Err(self.error("invalid escape")),
            None => return Err(self.error("EOF while parsing a string")),
        })
    }

    fn hex4(&mut self) -> Result<u32, JsonError> {
        let mut unit = 0;
        for _ in 0..4 {
            let digit = match self.next() {
                Some(byte) => char::from(byte).to_digit(16),
                None => return Err(self.error("EOF while parsing a string")),
            };
            unit = unit * 16 + digit.ok_or_else(|| self.error("invalid escape"))?;
        }
        Ok(unit)
    }

    /// A number: a whole one fits `u64` or `i64` where it can (as in
    /// serde_json), any other is an `f64`.
    fn number(&mut self) -> Result<Number, JsonError> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        // The digits, as far as they fit; those that do not scale the value.
        let mut digits: u64 = 0;
        let mut scale: i64 = 0;
        let mut whole = true;
        match self.next() {
            Some(b'0') => {
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.error("invalid number"));
                }
            }
            Some(byte @ b'1'..=b'9') => {
                digits = u64::from(byte - b'0');
                while let Some(byte @ b'0'..=b'9') = self.peek() {
                    self.at += 1;
                    match digits.checked_mul(10).and_then(|d| d.checked_add(u64::from(byte - b'0'))) {
                        Some(more) => digits = more,
                        None => {
                            whole = false;
                            scale += 1;
                        }
                    }
                }
            }
            _ => return Err(self.error("invalid number")),
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            whole = false;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("invalid number"));
            }
            let mut full = false;
            while let Some(byte @ b'0'..=b'9') = self.peek() {
                self.at += 1;
                match digits.checked_mul(10).and_then(|d| d.checked_add(u64::from(byte - b'0'))) {
                    Some(more) if !full => {
                        digits = more;
                        scale -= 1;
                    }
                    _ => full = true,
                }
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            whole = false;
            let sign = match self.peek() {
                Some(b'-') => {
                    self.at += 1;
                    -1
                }
                Some(b'+') => {
                    self.at += 1;
                    1
                }
                _ => 1,
            };
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err(self.error("invalid number"));
            }
            let mut exponent: i64 = 0;
            while let Some(byte @ b'0'..=b'9') = self.peek() {
                self.at += 1;
                // Past a million the value is zero or out of range anyway.
                exponent = (exponent * 10 + i64::from(byte - b'0')).min(1_000_000);
            }
            scale += sign * exponent;
        }
        if whole {
            if !negative {
                return Ok(Number::from(digits));
            }
            if let Some(value) = 0i64.checked_sub_unsigned(digits).filter(|v| *v != 0) {
                return Ok(Number::from(value));
            }
        }
        let magnitude = scaled(digits, scale);
        Number::from_f64(if negative { -magnitude } else { magnitude })
            .ok_or_else(|| self.error("number out of range"))
    }
}

/// `digits` × 10^`scale`, in floating point (infinite when out of range).
fn scaled(digits: u64, mut scale: i64) -> f64 {
    let mut value = digits as f64;
    // Below 10^-308 the power itself would not fit: divide in steps, so
    // that the smallest values keep their digits (as serde_json does).
    while scale < -308 && value != 0.0 {
        value /= 1e308;
        scale += 308;
    }
    if value == 0.0 {
        return 0.0;
    }
    let mut power = 1.0f64;
    let mut base = 10.0f64;
    let mut left = scale.unsigned_abs();
    // Powers of ten up to 10^22 are exact; the value is divided by the
    // power for a negative scale, which keeps 0.1 as close as it gets.
    while left > 0 && power.is_finite() {
        if left & 1 == 1 {
            power *= base;
        }
        base *= base;
        left >>= 1;
    }
    if scale >= 0 { value * power } else { value / power }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_every_kind_of_value() {
        let text = r#" {"a": [1, -2, 3.5, -0.25, 1e3, 2E-2, true, false, null],
            "b": {"c": "x\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"}, "": []} "#;
        let expected = json!({
            "a": [1, -2, 3.5, -0.25, 1000.0, 0.02, true, false, null],
            "b": {"c": "x\"\\/\u{8}\u{c}\n\r\té😀"},
            "": []
        });
        assert_eq!(parse(text), Ok(expected));
    }

    #[test]
    fn whole_numbers_stay_whole_to_the_ends_of_their_range() {
        assert_eq!(parse("18446744073709551615").ok(), Some(json!(u64::MAX)));
        assert_eq!(parse("-9223372036854775808").ok(), Some(json!(i64::MIN)));
        // One past: a float, as in serde_json.
        assert_eq!(parse("18446744073709551616").ok(), Some(json!(18446744073709551616.0)));
        assert_eq!(parse("-9223372036854775809").ok(), Some(json!(-9223372036854775809.0)));
        assert_eq!(parse("-0").ok().and_then(|v| v.as_f64()).map(f64::is_sign_negative), Some(true));
    }

    #[test]
    fn refuses_what_is_not_json_and_says_where() {
        let refused = |text: &str| parse(text).err().map(|e| e.to_string());
        assert_eq!(refused("[1,]").as_deref(), Some("expected value at line 1 column 4"));
        assert_eq!(refused("{\n  \"a\" 1}").as_deref(), Some("expected `:` at line 2 column 7"));
        assert_eq!(refused("[1] x").as_deref(), Some("trailing characters at line 1 column 5"));
        for text in [
            "",
            " ",
            "01",
            "1.",
            ".5",
            "-",
            "1e",
            "+1",
            "tru",
            "nul",
            "'a'",
            "[1 2]",
            "{1: 2}",
            "{\"a\" 1}",
            "\"a",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\u{1}\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "1e400",
            "-1e400",
            "[",
            "{",
            "{\"a\":",
            "// no\n1",
            "\u{feff}1",
        ] {
            assert!(parse(text).is_err(), "{text:?} is not JSON");
        }
    }

    #[test]
    fn nesting_stops_at_serde_jsons_limit() {
        let nested = |levels: usize| format!("{}{}", "[".repeat(levels), "]".repeat(levels));
        assert!(parse(&nested(MAX_NESTING)).is_ok());
        assert_eq!(parse(&nested(MAX_NESTING + 1)).err().map(|e| e.what), Some("recursion limit exceeded"));
        assert!(parse(&nested(100_000)).is_err());
    }

    #[test]
    fn decimals_are_as_close_as_the_digits_say() {
        for (text, expected) in [("0.1", 0.1), ("2.71", 2.71), ("1e-7", 1e-7), ("6.02e23", 6.02e23)] {
            let read = parse(text).ok().and_then(|v| v.as_f64()).unwrap_or(f64::NAN);
            assert!((read - expected).abs() <= expected.abs() * f64::EPSILON, "{text}: {read}");
        }
        assert_eq!(parse("1e-400").ok().and_then(|v| v.as_f64()), Some(0.0));
    }
}
