//! Reading typed values out of `serde_json::Value` by hand, for the site
//! data's types (`decode`).
//!
//! Why not `#[derive(Deserialize)]`: the site data is read in the app's
//! core, on every page. The derived code (a visitor per type and field,
//! and serde_json's `Deserializer` for `&Value` under them) was the largest
//! single piece of the core's own code; the feed, the map and the search
//! messages are read this way for the same reason. A failure names the
//! JSON path inside the entry, which serde's messages did not.

use std::collections::BTreeMap;
use std::fmt;

use serde_json::{Map, Value};

/// Why a value could not be read, and where below the entry being read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wrong {
    /// A JSON path relative to the entry (`.start.year`, `.roles[2]`);
    /// empty when the entry itself is wrong.
    pub path: String,
    pub why: String,
}

impl Wrong {
    fn new(why: impl Into<String>) -> Wrong {
        Wrong { path: String::new(), why: why.into() }
    }

    /// The same failure, seen from one level up.
    fn below(mut self, step: &str) -> Wrong {
        self.path.insert_str(0, step);
        self
    }
}

impl fmt::Display for Wrong {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() { f.write_str(&self.why) } else { write!(f, "{}: {}", self.path, self.why) }
    }
}

/// A type read from a JSON value.
pub trait FromJson: Sized {
    fn from_json(value: &Value) -> Result<Self, Wrong>;
}

/// What a value is, for messages: "found a string", "found 300".
fn found(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(_) => "a string".into(),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// The failure for a value of the wrong kind.
pub fn expected(what: &str, value: &Value) -> Wrong {
    Wrong::new(format!("expected {what}, found {}", found(value)))
}

impl FromJson for String {
    fn from_json(value: &Value) -> Result<Self, Wrong> {
        value.as_str().map(str::to_owned).ok_or_else(|| expected("a string", value))
    }
}

impl FromJson for bool {
    fn from_json(value: &Value) -> Result<Self, Wrong> {
        value.as_bool().ok_or_else(|| expected("true or false", value))
    }
}

impl FromJson for i32 {
    fn from_json(value: &Value) -> Result<Self, Wrong> {
        value.as_i64().and_then(|n| i32::try_from(n).ok()).ok_or_else(|| expected("a whole number", value))
    }
}

impl FromJson for u8 {
    fn from_json(value: &Value) -> Result<Self, Wrong> {
        value
            .as_u64()
            .and_then(|n| u8::try_from(n).ok())
            .ok_or_else(|| expected("a number from 0 to 255", value))
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Value) -> Result<Self, Wrong> {
        let Value::Array(values) = value else { return Err(expected("a list", value)) };
        values
            .iter()
            .enumerate()
            .map(|(index, value)| T::from_json(value).map_err(|e| e.below(&format!("[{index}]"))))
            .collect()
    }
}

impl<T: FromJson> FromJson for BTreeMap<String, T> {
    fn from_json(value: &Value) -> Result<Self, Wrong> {
        let Value::Object(entries) = value else { return Err(expected("an object", value)) };
        entries
            .iter()
            .map(|(key, value)| Ok((key.clone(), T::from_json(value).map_err(|e| e.below(&field(key)))?)))
            .collect()
    }
}

/// A step into an object's field, as a JSON path writes it.
fn field(key: &str) -> String {
    if key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        format!(".{key}")
    } else {
        format!("[{key:?}]")
    }
}

/// An enumeration read from its name in the file: `one_of(value, &[("chair",
/// RoleKind::Chair), …])`.
pub fn one_of<T: Copy>(value: &Value, names: &[(&str, T)]) -> Result<T, Wrong> {
    let Value::String(name) = value else { return Err(expected("a name", value)) };
    names.iter().find(|(known, _)| known == name).map(|(_, v)| *v).ok_or_else(|| {
        let known: Vec<&str> = names.iter().map(|(known, _)| *known).collect();
        Wrong::new(format!("unknown value {name:?}, expected one of: {}", known.join(", ")))
    })
}

/// An object's fields. Unknown fields are ignored, and a field that is
/// `null` counts as missing.
pub struct Fields<'a>(&'a Map<String, Value>);

impl<'a> Fields<'a> {
    pub fn of(value: &'a Value) -> Result<Fields<'a>, Wrong> {
        value.as_object().map(Fields).ok_or_else(|| expected("an object", value))
    }

    fn read<T: FromJson>(&self, key: &str) -> Option<Result<T, Wrong>> {
        match self.0.get(key) {
            None | Some(Value::Null) => None,
            Some(value) => Some(T::from_json(value).map_err(|e| e.below(&field(key)))),
        }
    }

    pub fn required<T: FromJson>(&self, key: &str) -> Result<T, Wrong> {
        self.read(key).unwrap_or_else(|| Err(Wrong::new("missing").below(&field(key))))
    }

    pub fn optional<T: FromJson>(&self, key: &str) -> Result<Option<T>, Wrong> {
        self.read(key).transpose()
    }

    /// The field, or `T::default()` when it is missing (an empty list, an
    /// empty text, `false`).
    pub fn or_default<T: FromJson + Default>(&self, key: &str) -> Result<T, Wrong> {
        self.read(key).unwrap_or_else(|| Ok(T::default()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[derive(Debug, PartialEq)]
    struct Pair {
        name: String,
        size: Option<u8>,
        tags: Vec<String>,
    }

    impl FromJson for Pair {
        fn from_json(value: &Value) -> Result<Self, Wrong> {
            let fields = Fields::of(value)?;
            Ok(Pair {
                name: fields.required("name")?,
                size: fields.optional("size")?,
                tags: fields.or_default("tags")?,
            })
        }
    }

    #[test]
    fn fields_read_as_declared() {
        let read = |value: Value| Vec::<Pair>::from_json(&value).map_err(|e| e.to_string());
        assert_eq!(
            read(json!([{"name": "a", "extra": 1}, {"name": "b", "size": 3, "tags": ["x"]}])),
            Ok(vec![
                Pair { name: "a".into(), size: None, tags: vec![] },
                Pair { name: "b".into(), size: Some(3), tags: vec!["x".into()] }
            ])
        );
        assert_eq!(read(json!([{"name": "a", "size": null, "tags": null}])).map(|p| p.len()), Ok(1));
        assert_eq!(read(json!([{"name": "a"}, {"size": 1}])), Err("[1].name: missing".into()));
        assert_eq!(
            read(json!([{"name": "a", "size": 300}])),
            Err("[0].size: expected a number from 0 to 255, found 300".into())
        );
        assert_eq!(
            read(json!([{"name": "a", "tags": ["x", 2]}])),
            Err("[0].tags[1]: expected a string, found 2".into())
        );
        assert_eq!(read(json!({"name": "a"})), Err("expected a list, found an object".into()));
        assert_eq!(read(json!(["a"])), Err("[0]: expected an object, found a string".into()));
    }

    #[test]
    fn numbers_keep_to_their_range() {
        assert_eq!(i32::from_json(&json!(-1993)), Ok(-1993));
        assert!(i32::from_json(&json!(1.5)).is_err());
        assert!(i32::from_json(&json!(3_000_000_000_i64)).is_err());
        assert!(u8::from_json(&json!(-1)).is_err());
        assert!(bool::from_json(&json!("true")).is_err());
    }

    #[test]
    fn names_and_maps() {
        let names = [("chair", 1), ("co-chair", 2)];
        assert_eq!(one_of(&json!("co-chair"), &names), Ok(2));
        assert_eq!(
            one_of(&json!("emperor"), &names).map_err(|e| e.to_string()),
            Err(r#"unknown value "emperor", expected one of: chair, co-chair"#.into())
        );
        let map = BTreeMap::<String, String>::from_json(&json!({"ru": "Турция", "a b": 1}));
        assert_eq!(map.map_err(|e| e.to_string()), Err(r#"["a b"]: expected a string, found 1"#.into()));
    }
}
