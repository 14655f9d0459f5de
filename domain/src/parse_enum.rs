//! Enums that travel as fixed strings ("VAK", "if_advice", "RESERVE").
//!
//! [`string_enum!`] declares such an enum once, with its wire names, so that `as_str`, `parse`,
//! `FromStr`, `Display` and serde can never disagree about the spelling.

/// A string that names none of an enum's values.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {value:?}; expected one of {expected}")]
pub struct ParseEnumError {
    /// What was being parsed, e.g. "credit type".
    pub what: &'static str,
    /// The refused input.
    pub value: String,
    /// The accepted spellings, comma separated.
    pub expected: String,
}

impl ParseEnumError {
    /// The accepted spellings named in the message such an error gives (its `Display`), if
    /// `message` is one.
    pub fn expected_in(message: &str) -> Option<String> {
        let rest = message.strip_prefix("unknown ")?;
        let (_, expected) = rest.rsplit_once("; expected one of ")?;
        Some(expected.to_owned())
    }

    /// The rule the text broke: one of the accepted spellings.
    pub fn rule(&self) -> crate::Rule {
        crate::Rule::OneOf {
            choices: self.expected.clone(),
        }
    }

    pub(crate) fn new(what: &'static str, value: &str, expected: &[&str]) -> Self {
        Self {
            what,
            value: value.to_owned(),
            expected: expected.join(", "),
        }
    }
}

/// Declares a `Copy` enum whose values are spelled by fixed strings.
macro_rules! string_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident ($what:literal) {
            $( $(#[$vmeta:meta])* $variant:ident => $text:literal ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$($text),+].len()] = [$($name::$variant),+];

            /// The wire spelling of this value.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $text ),+
                }
            }

            /// Parses the exact wire spelling.
            pub fn parse(s: &str) -> Result<Self, $crate::ParseEnumError> {
                match s {
                    $( $text => Ok($name::$variant), )+
                    _ => Err($crate::ParseEnumError::new($what, s, &[$($text),+])),
                }
            }
        }

        impl ::std::str::FromStr for $name {
            type Err = $crate::ParseEnumError;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                Self::parse(s)
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <String as ::serde::Deserialize>::deserialize(deserializer)?;
                Self::parse(&text).map_err(<D::Error as ::serde::de::Error>::custom)
            }
        }
    };
}

pub(crate) use string_enum;
