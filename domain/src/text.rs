//! What any text a person sends must be, and the one rule for names.

use std::ops::RangeInclusive;

use crate::rule::Rule;

/// Whether `text` carries a control character no person means to send: NUL, escape, the other
/// C0 and C1 controls and DEL. Tab, line feed and carriage return are text (a summary has
/// paragraphs). Such text is refused wherever it comes in, before it reaches a database:
/// PostgreSQL cannot store NUL at all, SQLite would, and both backends must answer the same.
pub fn has_control_character(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
}

/// The message every refusal of such text gives.
pub const CONTROL_CHARACTER_MESSAGE: &str =
    "must not contain control characters (such as NUL or escape)";

/// Whether a character shows nothing: white space, or an invisible format character that
/// `str::trim` keeps (zero-width space, non-joiner and joiner, word joiner, byte-order mark,
/// Mongolian vowel separator).
fn shows_nothing(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}'
        )
}

/// `text` without what shows nothing at either end.
pub fn trimmed(text: &str) -> &str {
    text.trim_matches(shows_nothing)
}

/// True when `text` shows nothing at all (empty, spaces, invisible characters).
pub fn is_blank(text: &str) -> bool {
    trimmed(text).is_empty()
}

/// The one rule for a name, a title or a label a person gives (an organisation's name, a
/// display name, a call's title, a track's name, an article's description, ...): what shows
/// nothing at either end is trimmed, the rest must not be blank and must be within `chars`
/// characters. Returns the trimmed text, which is what is stored; or the rule it breaks
/// ([`Rule::Blank`], [`Rule::Length`]).
pub fn check_name(text: &str, chars: RangeInclusive<usize>) -> Result<&str, Rule> {
    let name = trimmed(text);
    if name.is_empty() {
        return Err(Rule::Blank);
    }
    if !chars.contains(&name.chars().count()) {
        return Err(Rule::Length {
            min: *chars.start(),
            max: *chars.end(),
        });
    }
    Ok(name)
}

/// How long a person's display name may be.
pub const DISPLAY_NAME_CHARS: RangeInclusive<usize> = 1..=200;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_must_show_something() {
        assert_eq!(check_name("  Stad Genk \n", 2..=200), Ok("Stad Genk"));
        assert_eq!(
            check_name("\u{200B}Stad\u{200B}Genk\u{FEFF}", 2..=200),
            Ok("Stad\u{200B}Genk")
        );
        for blank in [
            "",
            " ",
            "\t\r\n",
            "\u{A0}\u{3000}",
            "\u{200B}\u{2060}\u{FEFF}",
        ] {
            assert_eq!(check_name(blank, 1..=200), Err(Rule::Blank), "{blank:?}");
            assert!(is_blank(blank));
        }
        assert_eq!(
            check_name(" a ", 2..=200),
            Err(Rule::Length { min: 2, max: 200 })
        );
        assert_eq!(
            check_name(&"é".repeat(201), 1..=200),
            Err(Rule::Length { min: 1, max: 200 })
        );
    }

    #[test]
    fn nul_escape_and_the_other_controls_are_refused_but_not_line_breaks_or_tabs() {
        for bad in [
            "Stad\0Genk",
            "\u{1b}[31m",
            "a\u{7f}",
            "\u{85}next line",
            "\u{0}",
        ] {
            assert!(has_control_character(bad), "{bad:?}");
        }
        for good in [
            "Stad Genk",
            "Eén-op-één\nondersteuning\r\n\tmet zorg",
            "",
            "Œ ß ∑ 😀",
        ] {
            assert!(!has_control_character(good), "{good:?}");
        }
    }
}
