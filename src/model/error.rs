//! Why a whole data file could not be read. (A bad entry inside a file is
//! never an error: the readers skip it, record it and keep the rest.)

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// The text is not JSON at all.
    NotJson(String),
    /// JSON, but not the kind of file expected: `what` it should be (a
    /// JSON Feed, the site data, a map file), and why it is not.
    NotThisFile { what: &'static str, why: String },
}

impl ReadError {
    pub fn not(what: &'static str, why: impl Into<String>) -> ReadError {
        ReadError::NotThisFile { what, why: why.into() }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotJson(detail) => write!(f, "not valid JSON ({detail})"),
            ReadError::NotThisFile { what, why } => write!(f, "not {what} ({why})"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_say_what_was_expected() {
        assert_eq!(
            ReadError::not("a JSON Feed", "it has no items list").to_string(),
            "not a JSON Feed (it has no items list)"
        );
        assert_eq!(ReadError::NotJson("EOF".into()).to_string(), "not valid JSON (EOF)");
    }
}
