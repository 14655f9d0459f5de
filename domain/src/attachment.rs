//! The kinds of document an application may attach, recognised from their content.
//!
//! A file's type is read from its first bytes, never from its name: an executable renamed
//! "aanvraag.pdf" is not a PDF.

use crate::parse_enum::string_enum;

string_enum! {
    /// The accepted document types, spelled as their media type.
    pub enum MediaType("media type") {
        Pdf => "application/pdf",
        Png => "image/png",
        Jpeg => "image/jpeg",
        /// OpenDocument text (LibreOffice Writer).
        Odt => "application/vnd.oasis.opendocument.text",
        /// OpenDocument spreadsheet (LibreOffice Calc).
        Ods => "application/vnd.oasis.opendocument.spreadsheet",
        /// Office Open XML document (Word).
        Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        /// Office Open XML workbook (Excel).
        Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    }
}

/// The usual file extension, without the dot.
pub fn extension_for(media: MediaType) -> &'static str {
    match media {
        MediaType::Pdf => "pdf",
        MediaType::Png => "png",
        MediaType::Jpeg => "jpg",
        MediaType::Odt => "odt",
        MediaType::Ods => "ods",
        MediaType::Docx => "docx",
        MediaType::Xlsx => "xlsx",
    }
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
const ZIP_LOCAL_HEADER: &[u8] = b"PK\x03\x04";
const ZIP_HEADER_LEN: usize = 30;

/// The document type of `content`, from its bytes only; `None` for anything not accepted
/// (an executable, plain text, an empty file, a ZIP that is not an office document).
pub fn sniff(content: &[u8]) -> Option<MediaType> {
    if content.starts_with(b"%PDF-") {
        Some(MediaType::Pdf)
    } else if content.starts_with(PNG_SIGNATURE) {
        Some(MediaType::Png)
    } else if content.starts_with(b"\xFF\xD8\xFF") {
        Some(MediaType::Jpeg)
    } else if content.starts_with(ZIP_LOCAL_HEADER) {
        sniff_zip(content)
    } else {
        None
    }
}

fn sniff_zip(content: &[u8]) -> Option<MediaType> {
    if let Some(mimetype) = odf_mimetype(content) {
        return match mimetype {
            b"application/vnd.oasis.opendocument.text" => Some(MediaType::Odt),
            b"application/vnd.oasis.opendocument.spreadsheet" => Some(MediaType::Ods),
            _ => None,
        };
    }
    // Office Open XML: the part names are stored uncompressed in the local headers and in the
    // central directory.
    if !contains(content, b"[Content_Types].xml") {
        return None;
    }
    if contains(content, b"word/document.xml") {
        Some(MediaType::Docx)
    } else if contains(content, b"xl/workbook.xml") {
        Some(MediaType::Xlsx)
    } else {
        None
    }
}

/// The content of an OpenDocument package's first entry: a file named "mimetype", stored
/// without compression (the OpenDocument packaging rule).
fn odf_mimetype(content: &[u8]) -> Option<&[u8]> {
    let header = content.get(..ZIP_HEADER_LEN)?;
    let u16_at = |at: usize| usize::from(u16::from_le_bytes([header[at], header[at + 1]]));
    let method = u16_at(8);
    let size = u32::from_le_bytes([header[18], header[19], header[20], header[21]]);
    let name_len = u16_at(26);
    let extra_len = u16_at(28);
    let name_end = ZIP_HEADER_LEN + name_len;
    if method != 0 || content.get(ZIP_HEADER_LEN..name_end)? != b"mimetype" {
        return None;
    }
    let start = name_end + extra_len;
    let end = start.checked_add(usize::try_from(size).ok()?)?;
    content.get(start..end)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A ZIP local file header followed by the entry's name and stored content.
    fn zip_entry(name: &str, content: &[u8], method: u16) -> Vec<u8> {
        let mut bytes = ZIP_LOCAL_HEADER.to_vec();
        bytes.extend_from_slice(&20u16.to_le_bytes()); // version needed
        bytes.extend_from_slice(&0u16.to_le_bytes()); // flags
        bytes.extend_from_slice(&method.to_le_bytes());
        bytes.extend_from_slice(&[0; 8]); // time, date, crc-32
        let size = u32::try_from(content.len()).expect("small");
        bytes.extend_from_slice(&size.to_le_bytes()); // compressed
        bytes.extend_from_slice(&size.to_le_bytes()); // uncompressed
        let name_len = u16::try_from(name.len()).expect("short");
        bytes.extend_from_slice(&name_len.to_le_bytes());
        bytes.extend_from_slice(&0u16.to_le_bytes()); // extra field
        bytes.extend_from_slice(name.as_bytes());
        bytes.extend_from_slice(content);
        bytes
    }

    fn opendocument(mimetype: &str) -> Vec<u8> {
        let mut bytes = zip_entry("mimetype", mimetype.as_bytes(), 0);
        bytes.extend(zip_entry("content.xml", b"\x78\x9c compressed", 8));
        bytes
    }

    fn office_open_xml(main_part: &str) -> Vec<u8> {
        let mut bytes = zip_entry("[Content_Types].xml", b"<Types/>", 8);
        bytes.extend(zip_entry("_rels/.rels", b"<Relationships/>", 8));
        bytes.extend(zip_entry(main_part, b"<document/>", 8));
        bytes
    }

    #[test]
    fn each_accepted_type_is_recognised_from_its_bytes() {
        let cases: [(Vec<u8>, MediaType); 7] = [
            (b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec(), MediaType::Pdf),
            (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), MediaType::Png),
            (b"\xFF\xD8\xFF\xE0\0\x10JFIF".to_vec(), MediaType::Jpeg),
            (
                opendocument("application/vnd.oasis.opendocument.text"),
                MediaType::Odt,
            ),
            (
                opendocument("application/vnd.oasis.opendocument.spreadsheet"),
                MediaType::Ods,
            ),
            (office_open_xml("word/document.xml"), MediaType::Docx),
            (office_open_xml("xl/workbook.xml"), MediaType::Xlsx),
        ];
        for (bytes, expected) in cases {
            assert_eq!(sniff(&bytes), Some(expected), "{expected}");
        }
    }

    #[test]
    fn the_name_never_decides_so_a_renamed_executable_is_refused() {
        // What an upload of "aanvraag.pdf" might really contain.
        let executable =
            b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFFThis program cannot be run in DOS mode";
        assert_eq!(sniff(executable), None);
        assert_eq!(sniff(b"#!/bin/sh\nrm -rf /\n"), None);
        assert_eq!(sniff(b"Beste, hierbij onze aanvraag."), None);
        assert_eq!(sniff(b""), None);
        assert_eq!(sniff(b"%PD"), None);
        assert_eq!(sniff(b" %PDF-1.7"), None);
    }

    #[test]
    fn other_zips_are_refused() {
        assert_eq!(sniff(&zip_entry("notes.txt", b"hello", 0)), None);
        assert_eq!(sniff(&office_open_xml("ppt/presentation.xml")), None);
        assert_eq!(sniff(&zip_entry("word/document.xml", b"<x/>", 8)), None);
        assert_eq!(
            sniff(&opendocument(
                "application/vnd.oasis.opendocument.text-template"
            )),
            None
        );
        assert_eq!(sniff(&opendocument("application/epub+zip")), None);
        assert_eq!(sniff(b"PK\x03\x04 truncated"), None);
    }

    #[test]
    fn a_mimetype_entry_that_claims_more_bytes_than_there_are_is_refused() {
        let mut bytes = zip_entry("mimetype", b"application/vnd.oasis.opendocument.text", 0);
        bytes[18..22].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(sniff(&bytes), None);
    }

    #[test]
    fn media_types_have_their_usual_extension() {
        let extensions: Vec<_> = MediaType::ALL.into_iter().map(extension_for).collect();
        assert_eq!(
            extensions,
            ["pdf", "png", "jpg", "odt", "ods", "docx", "xlsx"]
        );
        assert_eq!(MediaType::parse("application/pdf"), Ok(MediaType::Pdf));
        assert_eq!(MediaType::Docx.to_string(), MediaType::Docx.as_str());
        assert!(MediaType::parse("application/x-msdownload").is_err());
    }
}
