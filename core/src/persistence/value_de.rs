//! Typed reading of an already-parsed `serde_json::Value` that says where it
//! failed (`people[3].channel`). It replaces serde_path_to_error, whose
//! wrappers around every visitor and seed gave each type of the document a
//! second copy of its deserialization code in the wasm; here the path is one
//! non-generic list, filled in while an error travels back up.
//!
//! Behaves as serde_json's own `&Value` deserializer (same visits, same
//! messages: errors are serde_json's), with the path of the innermost value
//! that failed, as serde_path_to_error reported it.

use std::fmt;

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, Expected, MapAccess, SeqAccess, Unexpected,
    VariantAccess, Visitor,
};
use serde_json::{Map, Value};

/// One step from the root to the value that failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    /// An element of a list.
    Seq(usize),
    /// A field of an object or an entry of a map.
    Map(String),
    /// The content of an enum variant written as `{"variant": …}`.
    Enum(String),
}

/// A failure with the path to where it happened.
#[derive(Debug)]
pub struct Error {
    /// Innermost first: each level adds its own step while the error returns.
    path: Vec<Segment>,
    inner: serde_json::Error,
}

impl Error {
    /// The steps from the root to the failing value, outermost first.
    pub fn path(&self) -> impl Iterator<Item = &Segment> {
        self.path.iter().rev()
    }

    /// What went wrong, in serde_json's words.
    pub fn inner(&self) -> &serde_json::Error {
        &self.inner
    }

    /// The path as text: `people[3].channel`, `.` for the root (the form
    /// serde_path_to_error used).
    pub fn path_text(&self) -> String {
        if self.path.is_empty() {
            return ".".into();
        }
        let mut text = String::new();
        for segment in self.path() {
            match segment {
                Segment::Seq(index) => {
                    text.push('[');
                    text.push_str(&index.to_string());
                    text.push(']');
                }
                Segment::Map(key) | Segment::Enum(key) => {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(key);
                }
            }
        }
        text
    }

    fn within(mut self, segment: Segment) -> Self {
        self.path.push(segment);
        self
    }
}

fn plain(inner: serde_json::Error) -> Error {
    Error {
        path: Vec::new(),
        inner,
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.inner, f)
    }
}

impl std::error::Error for Error {}

// Every constructor is serde_json's, so messages read exactly as before.
impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        plain(serde_json::Error::custom(msg))
    }
    fn invalid_type(unexp: Unexpected, exp: &dyn Expected) -> Self {
        plain(serde_json::Error::invalid_type(unexp, exp))
    }
    fn invalid_value(unexp: Unexpected, exp: &dyn Expected) -> Self {
        plain(serde_json::Error::invalid_value(unexp, exp))
    }
    fn invalid_length(len: usize, exp: &dyn Expected) -> Self {
        plain(serde_json::Error::invalid_length(len, exp))
    }
    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        plain(serde_json::Error::unknown_variant(variant, expected))
    }
    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        plain(serde_json::Error::unknown_field(field, expected))
    }
    fn missing_field(field: &'static str) -> Self {
        plain(serde_json::Error::missing_field(field))
    }
    fn duplicate_field(field: &'static str) -> Self {
        plain(serde_json::Error::duplicate_field(field))
    }
}

/// Reads `T` from `value`, borrowing its strings where `T` can.
pub fn from_value<'a, T: de::Deserialize<'a>>(value: &'a Value) -> Result<T, Error> {
    T::deserialize(At(value))
}

fn unexpected(value: &Value) -> Unexpected<'_> {
    match value {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (None, Some(i)) => Unexpected::Signed(i),
            // Not `Unexpected::Float`: writing the value would pull Rust's
            // float formatting (about 12 KB) into the wasm for an error text.
            _ => Unexpected::Other("a number with a fraction"),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

/// The deserializer: one borrowed value.
#[derive(Clone, Copy)]
struct At<'a>(&'a Value);

impl<'de> Deserializer<'de> for At<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => visit_number(n, visitor),
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visit_array(items, visitor),
            Value::Object(entries) => visit_object(entries, visitor),
        }
    }

    // The kinds a type asks for read only that kind (as serde_json does):
    // each visitor's code then holds one branch, not six.
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::String(s) => visitor.visit_borrowed_str(s),
            other => Err(refused(other, &visitor)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Array(items) => visit_array(items, visitor),
            other => Err(refused(other, &visitor)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Object(entries) => visit_object(entries, visitor),
            other => Err(refused(other, &visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.0 {
            Value::Array(items) => visit_array(items, visitor),
            Value::Object(entries) => visit_object(entries, visitor),
            other => Err(refused(other, &visitor)),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Bool(b) => visitor.visit_bool(*b),
            other => Err(refused(other, &visitor)),
        }
    }

    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }
    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }
    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_number(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let (variant, content) = match self.0 {
            Value::String(variant) => (variant, None),
            Value::Object(entries) if entries.len() == 1 => {
                let (variant, content) = entries.iter().next().expect("one entry");
                (variant, Some(content))
            }
            Value::Object(_) => {
                return Err(de::Error::invalid_value(
                    Unexpected::Map,
                    &"map with a single key",
                ))
            }
            other => return Err(de::Error::invalid_type(unexpected(other), &"string or map")),
        };
        visitor.visit_enum(Variant { variant, content })
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    // The rest read the value as it is; a visitor that wants another kind
    // refuses it with serde_json's "invalid type" message.
    serde::forward_to_deserialize_any! {
        i128 u128 char bytes byte_buf unit unit_struct tuple tuple_struct
    }
}

impl<'de> At<'de> {
    fn deserialize_number<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Number(n) => visit_number(n, visitor),
            other => Err(refused(other, &visitor)),
        }
    }
}

/// serde_json's "invalid type: …, expected …" for a value of the wrong kind.
fn refused(value: &Value, expected: &dyn Expected) -> Error {
    de::Error::invalid_type(unexpected(value), expected)
}

fn visit_number<'de, V: Visitor<'de>>(
    n: &serde_json::Number,
    visitor: V,
) -> Result<V::Value, Error> {
    match (n.as_u64(), n.as_i64()) {
        (Some(u), _) => visitor.visit_u64(u),
        (None, Some(i)) => visitor.visit_i64(i),
        _ => visitor.visit_f64(n.as_f64().unwrap_or(f64::NAN)),
    }
}

fn visit_array<'de, V: Visitor<'de>>(items: &'de [Value], visitor: V) -> Result<V::Value, Error> {
    let mut seq = Items {
        iter: items.iter(),
        index: 0,
    };
    let value = visitor.visit_seq(&mut seq)?;
    if seq.iter.len() == 0 {
        Ok(value)
    } else {
        Err(de::Error::invalid_length(
            items.len(),
            &"fewer elements in array",
        ))
    }
}

fn visit_object<'de, V: Visitor<'de>>(
    entries: &'de Map<String, Value>,
    visitor: V,
) -> Result<V::Value, Error> {
    let mut map = Entries {
        iter: entries.iter(),
        pending: None,
    };
    let value = visitor.visit_map(&mut map)?;
    if map.iter.len() == 0 {
        Ok(value)
    } else {
        Err(de::Error::invalid_length(
            entries.len(),
            &"fewer elements in map",
        ))
    }
}

struct Items<'a> {
    iter: std::slice::Iter<'a, Value>,
    index: usize,
}

impl<'de> SeqAccess<'de> for Items<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        let Some(item) = self.iter.next() else {
            return Ok(None);
        };
        let index = self.index;
        self.index += 1;
        seed.deserialize(At(item))
            .map(Some)
            .map_err(|e| e.within(Segment::Seq(index)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

struct Entries<'a> {
    iter: serde_json::map::Iter<'a>,
    pending: Option<(&'a String, &'a Value)>,
}

impl<'de> MapAccess<'de> for Entries<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.iter.next() else {
            return Ok(None);
        };
        self.pending = Some((key, value));
        seed.deserialize(BorrowedStrDeserializer::new(key))
            .map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let (key, value) = self
            .pending
            .take()
            .ok_or_else(|| de::Error::custom("value is missing"))?;
        seed.deserialize(At(value))
            .map_err(|e| e.within(Segment::Map(key.clone())))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.iter.len())
    }
}

/// An enum written as `"variant"` (no content) or `{"variant": content}`.
struct Variant<'a> {
    variant: &'a str,
    content: Option<&'a Value>,
}

impl<'de> EnumAccess<'de> for Variant<'de> {
    type Error = Error;
    type Variant = Content<'de>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Content<'de>), Error> {
        let name = seed.deserialize(BorrowedStrDeserializer::new(self.variant))?;
        Ok((
            name,
            Content {
                variant: self.variant,
                content: self.content,
            },
        ))
    }
}

/// The content of a variant; errors inside it name the variant in the path.
struct Content<'a> {
    variant: &'a str,
    content: Option<&'a Value>,
}

impl Content<'_> {
    fn here(&self) -> impl FnOnce(Error) -> Error + '_ {
        move |e| e.within(Segment::Enum(self.variant.to_string()))
    }
}

impl<'de> VariantAccess<'de> for Content<'de> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        match self.content {
            Some(value) => de::Deserialize::deserialize(At(value)).map_err(self.here()),
            None => Ok(()),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        match self.content {
            Some(value) => seed.deserialize(At(value)),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"newtype variant",
            )),
        }
        .map_err(self.here())
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        match self.content {
            Some(Value::Array(items)) if items.is_empty() => visitor.visit_unit(),
            Some(Value::Array(items)) => visit_array(items, visitor),
            Some(other) => Err(de::Error::invalid_type(unexpected(other), &"tuple variant")),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"tuple variant",
            )),
        }
        .map_err(self.here())
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self.content {
            Some(Value::Object(entries)) => visit_object(entries, visitor),
            Some(other) => Err(de::Error::invalid_type(
                unexpected(other),
                &"struct variant",
            )),
            None => Err(de::Error::invalid_type(
                Unexpected::UnitVariant,
                &"struct variant",
            )),
        }
        .map_err(self.here())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    enum Every {
        #[serde(rename = "days")]
        Days(u16),
        #[serde(rename = "none")]
        Nothing,
    }

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Row {
        name: String,
        every: Every,
        #[serde(default)]
        tags: Vec<String>,
    }

    fn error<'a, T: Deserialize<'a> + fmt::Debug>(value: &'a Value) -> (String, String) {
        let e = from_value::<T>(value).unwrap_err();
        (e.path_text(), e.inner().to_string())
    }

    #[test]
    fn paths_and_messages_match_serde_json_and_the_old_path_tracker() {
        let rows = serde_json::json!([
            { "name": "a", "every": "none" },
            { "name": "b", "every": { "days": 70000 }, "tags": ["x", 5] },
        ]);
        assert_eq!(
            error::<Vec<Row>>(&rows),
            (
                "[1].every.days".into(),
                "invalid value: integer `70000`, expected u16".into()
            )
        );
        let tags = serde_json::json!([{ "name": "b", "every": "none", "tags": ["x", 5] }]);
        let (path, message) = error::<Vec<Row>>(&tags);
        assert_eq!(path, "[0].tags[1]");
        assert_eq!(
            message,
            serde_json::from_value::<String>(serde_json::json!(5))
                .unwrap_err()
                .to_string()
        );
        let missing = serde_json::json!({ "every": "none" });
        assert_eq!(
            error::<Row>(&missing),
            (".".into(), "missing field `name`".into())
        );
        let unknown = serde_json::json!({ "name": "c", "every": "yearly" });
        assert_eq!(
            error::<Row>(&unknown),
            (
                "every".into(),
                "unknown variant `yearly`, expected `days` or `none`".into()
            )
        );
        let null = serde_json::json!({ "name": null, "every": "none" });
        assert_eq!(
            error::<Row>(&null),
            (
                "name".into(),
                "invalid type: null, expected a string".into()
            )
        );
    }

    #[test]
    fn reads_what_serde_json_reads() {
        let row = serde_json::json!({ "name": "d", "every": { "days": 14 }, "extra": [1, {}] });
        let ours: Row = from_value(&row).unwrap();
        assert_eq!(
            format!("{ours:?}"),
            format!("{:?}", Row::deserialize(&row).unwrap())
        );
    }
}
