//! What any text a person sends must be.

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

#[cfg(test)]
mod tests {
    use super::*;

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
