//! Turning the name an uploader gave a file into one that is safe to show and to offer for
//! download.

/// Why an uploaded file's name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AttachmentNameError {
    /// The name climbs out of a folder ("../etc/passwd").
    #[error("file names may not contain path components")]
    PathComponents,
    /// Nothing usable is left of the name.
    #[error("the file name is empty")]
    Empty,
}

impl AttachmentNameError {
    /// The rule the name broke.
    pub fn rule(&self) -> crate::Rule {
        match self {
            AttachmentNameError::PathComponents => crate::Rule::FileNamePath,
            AttachmentNameError::Empty => crate::Rule::FileNameEmpty,
        }
    }
}

pub const FILE_NAME_MAX_CHARS: usize = 150;
/// An extension longer than this is treated as part of the name when shortening.
const EXTENSION_MAX_CHARS: usize = 16;

/// A safe file name: the last path component (browsers send "C:\fakepath\x.pdf"), without
/// control characters or invisible formatting (tabs and line breaks count as blanks), with
/// anything but letters, digits, spaces and `._()-` replaced by "_" (dashes such as "–" become
/// "-"), blanks collapsed, no leading or trailing dots or blanks, at most 150 characters keeping
/// the extension. A name with ".." as a path component is refused.
pub fn sanitize_file_name(name: &str) -> Result<String, AttachmentNameError> {
    let is_separator = |c: char| c == '/' || c == '\\';
    if name.split(is_separator).any(|part| part.trim() == "..") {
        return Err(AttachmentNameError::PathComponents);
    }
    let last = name.rsplit(is_separator).next().unwrap_or_default();
    let mut clean = String::with_capacity(last.len());
    for c in last
        .chars()
        .filter(|&c| c.is_whitespace() || !(c.is_control() || is_invisible(c)))
    {
        let kept = match c {
            c if c.is_whitespace() => ' ',
            '‐' | '‑' | '‒' | '–' | '—' | '―' => '-',
            c if c.is_alphanumeric() || "._()-".contains(c) => c,
            _ => '_',
        };
        if !(kept == ' ' && clean.ends_with(' ')) {
            clean.push(kept);
        }
    }
    let clean = clean
        .trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' ']);
    if clean.is_empty() {
        return Err(AttachmentNameError::Empty);
    }
    Ok(shortened(clean))
}

/// Zero-width and bidirectional formatting characters: "\u{202E}fdp.exe" shows as "exe.pdf".
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
    )
}

/// At most [`FILE_NAME_MAX_CHARS`], cutting the stem and keeping the extension.
fn shortened(name: &str) -> String {
    if name.chars().count() <= FILE_NAME_MAX_CHARS {
        return name.to_owned();
    }
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension))
            if !stem.is_empty() && extension.chars().count() <= EXTENSION_MAX_CHARS =>
        {
            (stem, format!(".{extension}"))
        }
        _ => (name, String::new()),
    };
    let room = FILE_NAME_MAX_CHARS - extension.chars().count();
    let cut: String = stem.chars().take(room).collect();
    format!("{}{extension}", cut.trim_end_matches(['.', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sanitized(name: &str) -> String {
        sanitize_file_name(name).expect(name)
    }

    #[test]
    fn a_browser_path_keeps_only_the_file_name() {
        assert_eq!(sanitized("C:\\fakepath\\aanvraag.pdf"), "aanvraag.pdf");
        assert_eq!(
            sanitized("/home/an/Documents/begroting.xlsx"),
            "begroting.xlsx"
        );
    }

    #[test]
    fn climbing_out_of_a_folder_is_refused() {
        for name in [
            "../x.pdf",
            "..\\..\\x.pdf",
            "../etc/passwd",
            "a/../b.pdf",
            "..",
        ] {
            let error = sanitize_file_name(name).expect_err(name);
            assert_eq!(error, AttachmentNameError::PathComponents, "{name:?}");
            assert_eq!(
                error.to_string(),
                "file names may not contain path components"
            );
        }
        assert_eq!(sanitized("a..b.pdf"), "a..b.pdf");
    }

    #[test]
    fn nothing_left_is_refused() {
        for name in ["", " ", ".", "...", "docs/", "\u{0}\u{7}", "a/."] {
            assert_eq!(
                sanitize_file_name(name),
                Err(AttachmentNameError::Empty),
                "{name:?}"
            );
        }
    }

    #[test]
    fn control_characters_are_dropped_and_odd_ones_replaced() {
        assert_eq!(sanitized("a\u{0}b.pdf"), "ab.pdf");
        assert_eq!(sanitized("line\r\nbreak.pdf"), "line break.pdf");
        assert_eq!(sanitized("a\tb.pdf"), "a b.pdf");
        assert_eq!(sanitized("budget <final>?.xlsx"), "budget _final__.xlsx");
        assert_eq!(sanitized("a;rm -rf *.pdf"), "a_rm -rf _.pdf");
        assert_eq!(sanitized("\u{202E}fdp.exe"), "fdp.exe");
    }

    #[test]
    fn letters_of_any_language_are_kept() {
        assert_eq!(
            sanitized("Aanvraagformulier Genk – 2023.pdf"),
            "Aanvraagformulier Genk - 2023.pdf"
        );
        assert_eq!(
            sanitized("Begroting Liège (v2).ods"),
            "Begroting Liège (v2).ods"
        );
    }

    #[test]
    fn blanks_collapse_and_leading_dots_go() {
        assert_eq!(sanitized("  my   \t annex .pdf "), "my annex .pdf");
        assert_eq!(sanitized(".htaccess"), "htaccess");
        assert_eq!(sanitized(" ..hidden.pdf..."), "hidden.pdf");
    }

    #[test]
    fn long_names_are_cut_keeping_the_extension() {
        let long = format!("{}.pdf", "é".repeat(200));
        let short = sanitized(&long);
        assert_eq!(short.chars().count(), 150);
        assert!(short.ends_with("é.pdf"), "{short}");
        let no_extension = "x".repeat(200);
        assert_eq!(sanitized(&no_extension).chars().count(), 150);
        let exactly = format!("{}.pdf", "x".repeat(146));
        assert_eq!(sanitized(&exactly), exactly);
    }
}
