//! The kinds of document an application may attach, recognised from their content, and the
//! agreement of a file's name with it.
//!
//! A file's type is read from its bytes, never from its name: an executable renamed
//! "aanvraag.pdf" is not a PDF. The bytes are first classified by a magic-number detector
//! (`infer`), then the structure of the accepted types is checked: a PDF has its header, a
//! `startxref` and an `%%EOF` marker at its end; an Office Open XML or OpenDocument file is a
//! ZIP archive whose central directory can be read and names the parts of its kind. Last, the
//! name's extension must be one of the detected type's ("setup.exe" holding a PDF is refused),
//! so that what a reviewer downloads opens as what it is.
//!
//! All of this reads a byte slice in memory: no IO.

use std::fmt;
use std::io::{Cursor, Read};

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

/// The file name extensions (lower case, without the dot) a file of this type may have; the
/// first is the usual one.
pub fn extensions(media: MediaType) -> &'static [&'static str] {
    match media {
        MediaType::Pdf => &["pdf"],
        MediaType::Png => &["png"],
        MediaType::Jpeg => &["jpg", "jpeg"],
        MediaType::Odt => &["odt"],
        MediaType::Ods => &["ods"],
        MediaType::Docx => &["docx"],
        MediaType::Xlsx => &["xlsx"],
    }
}

/// The usual file extension, without the dot.
pub fn extension_for(media: MediaType) -> &'static str {
    extensions(media)[0]
}

/// What a person calls a file of this type.
pub fn describe(media: MediaType) -> &'static str {
    match media {
        MediaType::Pdf => "a PDF document",
        MediaType::Png => "a PNG image",
        MediaType::Jpeg => "a JPEG image",
        MediaType::Odt => "an OpenDocument text (ODT)",
        MediaType::Ods => "an OpenDocument spreadsheet (ODS)",
        MediaType::Docx => "a Word document (DOCX)",
        MediaType::Xlsx => "an Excel workbook (XLSX)",
    }
}

/// Why a file is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileTypeError {
    /// The content is none of the accepted types; `detected` is what it seems to be (media
    /// type and usual extension) when the detector recognises it.
    NotAccepted {
        detected: Option<(&'static str, &'static str)>,
    },
    /// The content starts as `what` but is not a whole, well-formed one.
    Malformed { what: &'static str, reason: String },
    /// The content is `media` but the name's extension is another (`None`: no extension).
    NameMismatch {
        media: MediaType,
        extension: Option<String>,
    },
}

impl FileTypeError {
    /// A short, stable code for the refusal (the rule's).
    pub fn code(&self) -> &'static str {
        self.rule().code()
    }

    /// The rule the file broke.
    pub fn rule(&self) -> crate::Rule {
        match self {
            FileTypeError::NotAccepted { detected } => crate::Rule::MediaType {
                detected: detected
                    .map(|(mime, ext)| format!("{mime} (.{ext})"))
                    .unwrap_or_else(|| "none".to_owned()),
            },
            FileTypeError::Malformed { what, reason } => crate::Rule::Malformed {
                what: (*what).to_owned(),
                reason: reason.clone(),
            },
            FileTypeError::NameMismatch { media, extension } => crate::Rule::Extension {
                kind: extensions(*media)[0].to_owned(),
                media: media.as_str().to_owned(),
                extension: extension.clone().unwrap_or_else(|| "none".to_owned()),
            },
        }
    }
}

impl fmt::Display for FileTypeError {
    /// The rule broken (`extension (kind pdf, media application/pdf, extension exe)`); people
    /// read the catalogue's wording of it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.rule().fmt(f)
    }
}

impl std::error::Error for FileTypeError {}

/// The type of a file named `file_name` holding `content`: sniffed from the content, checked
/// for its structure, and agreeing with the name's extension (case-insensitive).
pub fn identify(file_name: &str, content: &[u8]) -> Result<MediaType, FileTypeError> {
    let media = sniff(content)?;
    check_extension(file_name, media)?;
    Ok(media)
}

/// The extension of a file name, lower case, without the dot; `None` when it has none.
pub fn extension_of(file_name: &str) -> Option<String> {
    let (stem, ext) = file_name.rsplit_once('.')?;
    if stem.is_empty() || ext.is_empty() {
        return None;
    }
    Some(ext.to_ascii_lowercase())
}

/// The name's extension must be one of `media`'s.
pub fn check_extension(file_name: &str, media: MediaType) -> Result<(), FileTypeError> {
    let extension = extension_of(file_name);
    match &extension {
        Some(ext) if extensions(media).contains(&ext.as_str()) => Ok(()),
        _ => Err(FileTypeError::NameMismatch { media, extension }),
    }
}

/// The document type of `content`, from its bytes only: the detector's verdict, then the
/// structure of that type. Anything not accepted (an executable, plain text, an empty file, a
/// ZIP that is not an office document) or not well formed is refused.
pub fn sniff(content: &[u8]) -> Result<MediaType, FileTypeError> {
    if content.starts_with(ZIP_LOCAL_HEADER) {
        // every ODF and OOXML file; the detector's own guess among them (from the first
        // entries' names) is not trusted: the central directory decides
        return sniff_zip(content, infer::get(content).map(|t| detected(&t)));
    }
    let Some(kind) = infer::get(content) else {
        return Err(FileTypeError::NotAccepted { detected: None });
    };
    match kind.mime_type() {
        "application/pdf" => check_pdf(content).map(|()| MediaType::Pdf),
        "image/png" => check_png(content).map(|()| MediaType::Png),
        "image/jpeg" => Ok(MediaType::Jpeg),
        _ => Err(FileTypeError::NotAccepted {
            detected: Some(detected(&kind)),
        }),
    }
}

fn detected(kind: &infer::Type) -> (&'static str, &'static str) {
    (kind.mime_type(), kind.extension())
}

fn malformed(what: &'static str, reason: impl Into<String>) -> FileTypeError {
    FileTypeError::Malformed {
        what,
        reason: reason.into(),
    }
}

/// How far from the end a PDF's `%%EOF` marker may be (what PDF readers allow).
const PDF_TAIL: usize = 1024;

/// A PDF: the header `%PDF-1.0` to `%PDF-1.7` or `%PDF-2.0`, and at its end (in the last
/// 1,024 bytes) `startxref`, the offset of the cross-reference section inside the file, and
/// the `%%EOF` marker. A file cut off in transit has no marker.
fn check_pdf(content: &[u8]) -> Result<(), FileTypeError> {
    const WHAT: &str = "a PDF";
    if !content.starts_with(b"%PDF-") {
        return Err(malformed(WHAT, "it does not start with its header %PDF-"));
    }
    let version = content.get(5..8).unwrap_or_default();
    let known = matches!(version, [b'1', b'.', b'0'..=b'7']) || version == b"2.0";
    if !known {
        return Err(malformed(
            WHAT,
            "its header names no PDF version (%PDF-1.0 to %PDF-1.7, %PDF-2.0)",
        ));
    }
    let tail = &content[content.len().saturating_sub(PDF_TAIL)..];
    let eof = rfind(tail, b"%%EOF").ok_or_else(|| {
        malformed(
            WHAT,
            "it has no %%EOF marker at its end (it may be cut off)",
        )
    })?;
    let before = &tail[..eof];
    let start = rfind(before, b"startxref").ok_or_else(|| {
        malformed(
            WHAT,
            "it has no startxref before its %%EOF marker (it may be cut off)",
        )
    })?;
    let offset = std::str::from_utf8(&before[start + b"startxref".len()..])
        .ok()
        .map(str::trim)
        .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|s| s.parse::<u64>().ok())
        .ok_or_else(|| malformed(WHAT, "its startxref is not followed by an offset"))?;
    if offset >= content.len() as u64 {
        return Err(malformed(
            WHAT,
            "its startxref points beyond the end of the file (it may be cut off)",
        ));
    }
    Ok(())
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
const PNG_IEND: &[u8] = b"\0\0\0\0IEND\xAE\x42\x60\x82";

/// A PNG: the signature, an `IHDR` chunk first, and the `IEND` chunk at its end.
fn check_png(content: &[u8]) -> Result<(), FileTypeError> {
    const WHAT: &str = "a PNG image";
    let header = content.get(PNG_SIGNATURE.len()..PNG_SIGNATURE.len() + 8);
    if header != Some(b"\0\0\0\x0DIHDR".as_slice()) {
        return Err(malformed(
            WHAT,
            "its first chunk is not the image header (IHDR)",
        ));
    }
    let tail = &content[content.len().saturating_sub(PDF_TAIL)..];
    if rfind(tail, PNG_IEND).is_none() {
        return Err(malformed(
            WHAT,
            "it has no end chunk (IEND) at its end (it may be cut off)",
        ));
    }
    Ok(())
}

const ZIP_LOCAL_HEADER: &[u8] = b"PK\x03\x04";
/// The most that is unpacked of a small part (`mimetype`, `[Content_Types].xml`): a ZIP bomb
/// stops here.
const SMALL_PART_MAX: u64 = 1024 * 1024;

/// A ZIP archive is an OpenDocument file when its `mimetype` entry names ODT or ODS and it has
/// a `content.xml`; an Office Open XML file when its `[Content_Types].xml` declares the main
/// part of a Word document (`word/document.xml`) or of an Excel workbook
/// (`xl/workbook.xml`), and that part is there. The central directory is read, not the bytes
/// searched: a ZIP that merely contains those names somewhere is nothing of the kind.
fn sniff_zip(
    content: &[u8],
    guess: Option<(&'static str, &'static str)>,
) -> Result<MediaType, FileTypeError> {
    const WHAT: &str = "a ZIP archive (as Office and OpenDocument files are)";
    let mut archive = zip::ZipArchive::new(Cursor::new(content)).map_err(|_| {
        malformed(
            WHAT,
            "its central directory cannot be read (it may be cut off or damaged)",
        )
    })?;
    let not_accepted = FileTypeError::NotAccepted {
        detected: guess.or(Some(("application/zip", "zip"))),
    };
    if archive.index_for_name("mimetype").is_some() {
        let mimetype = read_small_part(&mut archive, "mimetype", WHAT)?;
        let media = match mimetype.trim_ascii() {
            b"application/vnd.oasis.opendocument.text" => MediaType::Odt,
            b"application/vnd.oasis.opendocument.spreadsheet" => MediaType::Ods,
            _ => return Err(not_accepted),
        };
        require_part(&mut archive, "content.xml", media, content.len())?;
        return Ok(media);
    }
    if archive.index_for_name("[Content_Types].xml").is_none() {
        return Err(not_accepted);
    }
    let (media, main_part) = if archive.index_for_name("word/document.xml").is_some() {
        (MediaType::Docx, "word/document.xml")
    } else if archive.index_for_name("xl/workbook.xml").is_some() {
        (MediaType::Xlsx, "xl/workbook.xml")
    } else {
        return Err(not_accepted);
    };
    let what = describe(media);
    let types = read_small_part(&mut archive, "[Content_Types].xml", what)?;
    let declared = match media {
        MediaType::Docx => "wordprocessingml.document.main+xml",
        _ => "spreadsheetml.sheet.main+xml",
    };
    if rfind(&types, declared.as_bytes()).is_none() {
        return Err(malformed(
            what,
            format!(
                "its [Content_Types].xml does not declare {main_part} as the main part \
                 (a macro-enabled or template file is not accepted)"
            ),
        ));
    }
    require_part(&mut archive, main_part, media, content.len())?;
    Ok(media)
}

/// A small entry unpacked whole (its checksum verified), at most [`SMALL_PART_MAX`] bytes.
fn read_small_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    what: &'static str,
) -> Result<Vec<u8>, FileTypeError> {
    let unreadable = || malformed(what, format!("its {name} entry cannot be read"));
    let entry = archive.by_name(name).map_err(|_| unreadable())?;
    let mut bytes = Vec::new();
    entry
        .take(SMALL_PART_MAX + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| unreadable())?;
    if bytes.len() as u64 > SMALL_PART_MAX {
        return Err(malformed(
            what,
            format!("its {name} entry is far too large"),
        ));
    }
    Ok(bytes)
}

/// A part that must be there, with a local header where the central directory says and its
/// data inside the file.
fn require_part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    media: MediaType,
    len: usize,
) -> Result<(), FileTypeError> {
    let inside = archive.by_name(name).ok().is_some_and(|entry| {
        entry
            .data_start()
            .and_then(|start| start.checked_add(entry.compressed_size()))
            .is_some_and(|end| end <= len as u64)
    });
    if inside {
        Ok(())
    } else {
        Err(malformed(
            describe(media),
            format!("its {name} entry cannot be read (it may be cut off or damaged)"),
        ))
    }
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > haystack.len() {
        return None;
    }
    (0..=haystack.len() - needle.len())
        .rev()
        .find(|&i| &haystack[i..i + needle.len()] == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;
    use zip::CompressionMethod;

    /// A whole minimal PDF (one empty A4 page; the offsets in its cross-reference table are
    /// right).
    const PDF: &[u8] = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n\
2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n\
3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n\
xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \n\
trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n186\n%%EOF\n";

    /// A 1×1 white PNG.
    const PNG: &[u8] =
        b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x01\0\0\0\x01\x08\0\0\0\0\x3a\x7e\x9b\x55\
\0\0\0\x0aIDAT\x78\x9c\x63\xf8\x0f\0\x01\x01\x01\0\xb1\x38\xf6\x14\0\0\0\0IEND\xae\x42\x60\x82";

    /// A JPEG's start (the structure of a JPEG is not checked further).
    const JPEG: &[u8] = b"\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xFF\xD9";

    /// A real ZIP archive of these entries (the first stored, the others deflated).
    fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (i, (name, content)) in entries.iter().enumerate() {
            let method = if i == 0 {
                CompressionMethod::Stored
            } else {
                CompressionMethod::Deflated
            };
            let options = SimpleFileOptions::default().compression_method(method);
            writer.start_file(*name, options).expect("entry");
            writer.write_all(content).expect("content");
        }
        writer.finish().expect("zip").into_inner()
    }

    fn opendocument(mimetype: &str) -> Vec<u8> {
        zip_of(&[
            ("mimetype", mimetype.as_bytes()),
            ("content.xml", b"<office:document-content/>"),
            ("META-INF/manifest.xml", b"<manifest:manifest/>"),
        ])
    }

    fn content_types(main_type: &str, part: &str) -> String {
        format!(
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
             <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
             <Override PartName=\"/{part}\" ContentType=\"application/vnd.openxmlformats-officedocument.{main_type}\"/></Types>"
        )
    }

    fn office_open_xml(main_type: &str, part: &str) -> Vec<u8> {
        zip_of(&[
            (
                "[Content_Types].xml",
                content_types(main_type, part).as_bytes(),
            ),
            ("_rels/.rels", b"<Relationships/>"),
            (part, b"<document/>"),
        ])
    }

    fn docx() -> Vec<u8> {
        office_open_xml("wordprocessingml.document.main+xml", "word/document.xml")
    }

    fn xlsx() -> Vec<u8> {
        office_open_xml("spreadsheetml.sheet.main+xml", "xl/workbook.xml")
    }

    fn refusal(content: &[u8]) -> FileTypeError {
        sniff(content).expect_err("refused")
    }

    #[track_caller]
    fn assert_malformed(content: &[u8], what: &str, reason: &str) {
        match refusal(content) {
            FileTypeError::Malformed { what: w, reason: r } => {
                assert!(w.contains(what), "{w}");
                assert!(r.contains(reason), "{r}");
            }
            other => panic!("not malformed: {other:?}"),
        }
    }

    #[test]
    fn each_accepted_type_is_recognised_from_its_bytes() {
        let cases: [(Vec<u8>, MediaType); 7] = [
            (PDF.to_vec(), MediaType::Pdf),
            (PNG.to_vec(), MediaType::Png),
            (JPEG.to_vec(), MediaType::Jpeg),
            (
                opendocument("application/vnd.oasis.opendocument.text"),
                MediaType::Odt,
            ),
            (
                opendocument("application/vnd.oasis.opendocument.spreadsheet"),
                MediaType::Ods,
            ),
            (docx(), MediaType::Docx),
            (xlsx(), MediaType::Xlsx),
        ];
        for (bytes, expected) in cases {
            assert_eq!(sniff(&bytes), Ok(expected), "{expected}");
        }
    }

    #[test]
    fn the_name_never_decides_so_a_renamed_executable_is_refused() {
        // What an upload of "aanvraag.pdf" might really contain.
        let mut executable = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF".to_vec();
        executable.resize(0x40, 0);
        executable[0x3C] = 0x40;
        executable.extend_from_slice(b"PE\0\0");
        let refused = refusal(&executable);
        assert_eq!(
            refused,
            FileTypeError::NotAccepted {
                detected: Some(("application/vnd.microsoft.portable-executable", "exe"))
            }
        );
        assert_eq!(
            refused.rule(),
            crate::Rule::MediaType {
                detected: "application/vnd.microsoft.portable-executable (.exe)".into()
            }
        );
        let script = refusal(b"#!/bin/sh\nrm -rf /\n");
        assert!(
            script.to_string().contains("text/x-shellscript (.sh)"),
            "{script}"
        );
        for other in [b"Beste, hierbij onze aanvraag.".as_slice(), b"", b"%PD"] {
            assert_eq!(
                refusal(other),
                FileTypeError::NotAccepted { detected: None },
                "{other:?}"
            );
        }
        assert_eq!(
            FileTypeError::NotAccepted { detected: None }.rule(),
            crate::Rule::MediaType {
                detected: "none".into()
            }
        );
        // a GIF is recognised, and named
        let gif = refusal(b"GIF89a\x01\0\x01\0\x80\0\0");
        assert!(gif.to_string().contains("image/gif (.gif)"), "{gif}");
    }

    #[test]
    fn a_pdf_must_be_whole() {
        let cut = &PDF[..PDF.len() - 20];
        assert_malformed(cut, "a PDF", "no %%EOF marker");
        let without_startxref = String::from_utf8_lossy(PDF).replace("startxref\n186\n", "");
        assert_malformed(without_startxref.as_bytes(), "a PDF", "no startxref");
        let beyond = String::from_utf8_lossy(PDF).replace("startxref\n186", "startxref\n99999");
        assert_malformed(beyond.as_bytes(), "a PDF", "beyond the end");
        let no_offset = String::from_utf8_lossy(PDF).replace("startxref\n186", "startxref\nxx");
        assert_malformed(no_offset.as_bytes(), "a PDF", "not followed by an offset");
        assert_malformed(b"%PDF-9.9\n%%EOF\n", "a PDF", "names no PDF version");
        assert_malformed(b"%PDF-\n", "a PDF", "names no PDF version");
        assert_malformed(b" %PDF-1.7\n%%EOF\n", "a PDF", "does not start with");
        // the marker far from the end: bytes appended after it
        let mut padded = PDF.to_vec();
        padded.extend(std::iter::repeat_n(b' ', 2000));
        assert_malformed(&padded, "a PDF", "no %%EOF marker");
        // what readers accept: a comment line after the marker, PDF 2.0, an incremental update
        let mut commented = PDF.to_vec();
        commented.extend_from_slice(b"% a comment\n");
        assert_eq!(sniff(&commented), Ok(MediaType::Pdf));
        let two = String::from_utf8_lossy(PDF).replace("%PDF-1.7", "%PDF-2.0");
        assert_eq!(sniff(two.as_bytes()), Ok(MediaType::Pdf));
    }

    #[test]
    fn a_png_must_be_whole() {
        assert_malformed(&PNG[..PNG.len() - 12], "a PNG image", "no end chunk");
        let mut no_header = PNG.to_vec();
        no_header[12..16].copy_from_slice(b"IDAT");
        assert_malformed(&no_header, "a PNG image", "image header");
    }

    #[test]
    fn a_zip_that_merely_contains_the_part_names_is_not_an_office_document() {
        // the names as bytes in a ZIP's first local header, no central directory
        let mut fake = ZIP_LOCAL_HEADER.to_vec();
        fake.extend_from_slice(&[0; 26]);
        fake.extend_from_slice(b"[Content_Types].xml word/document.xml xl/workbook.xml");
        assert_malformed(&fake, "ZIP archive", "central directory cannot be read");
        // a real ZIP with the names inside a text file
        let text = zip_of(&[(
            "notes.txt",
            b"[Content_Types].xml word/document.xml mimetype".as_slice(),
        )]);
        assert_eq!(
            refusal(&text),
            FileTypeError::NotAccepted {
                detected: Some(("application/zip", "zip"))
            }
        );
        // the entries, but [Content_Types].xml declares no Word document
        let undeclared = zip_of(&[
            ("[Content_Types].xml", b"<Types/>".as_slice()),
            ("word/document.xml", b"<document/>"),
        ]);
        assert_malformed(&undeclared, "Word document", "does not declare");
        // a macro-enabled document (.docm) renamed
        let docm = zip_of(&[
            (
                "[Content_Types].xml",
                b"<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/>".as_slice(),
            ),
            ("word/document.xml", b"<document/>"),
        ]);
        assert_malformed(&docm, "Word document", "macro-enabled");
        // a presentation, an e-book, an OpenDocument template: other zips
        assert!(matches!(
            refusal(&office_open_xml(
                "presentationml.presentation.main+xml",
                "ppt/presentation.xml"
            )),
            FileTypeError::NotAccepted { detected: Some(_) }
        ));
        for mimetype in [
            "application/epub+zip",
            "application/vnd.oasis.opendocument.text-template",
        ] {
            assert!(matches!(
                refusal(&opendocument(mimetype)),
                FileTypeError::NotAccepted { detected: Some(_) }
            ));
        }
    }

    #[test]
    fn a_cut_off_or_incomplete_office_document_is_refused() {
        let whole = docx();
        for cut in [1, 30, whole.len() / 2] {
            assert!(
                matches!(
                    refusal(&whole[..whole.len() - cut]),
                    FileTypeError::Malformed { .. }
                ),
                "{cut} bytes short"
            );
        }
        assert_malformed(b"PK\x03\x04 truncated", "ZIP", "central directory");
        let no_content = zip_of(&[
            (
                "mimetype",
                b"application/vnd.oasis.opendocument.text".as_slice(),
            ),
            ("META-INF/manifest.xml", b"<manifest:manifest/>"),
        ]);
        assert_malformed(&no_content, "OpenDocument text", "content.xml");
        // the central directory names a main part whose local header is not where it says
        let mut moved = xlsx();
        let at = zip::ZipArchive::new(Cursor::new(moved.as_slice()))
            .expect("a zip")
            .by_name("xl/workbook.xml")
            .expect("the entry")
            .header_start();
        moved[usize::try_from(at).expect("small")] = b'X'; // the local header's signature
        assert_malformed(&moved, "Excel workbook", "xl/workbook.xml");
    }

    #[test]
    fn the_name_must_have_the_extension_of_the_content() {
        assert_eq!(identify("Aanvraag.pdf", PDF), Ok(MediaType::Pdf));
        assert_eq!(identify("AANVRAAG.PDF", PDF), Ok(MediaType::Pdf));
        assert_eq!(identify("foto.jpeg", JPEG), Ok(MediaType::Jpeg));
        assert_eq!(identify("foto.JPG", JPEG), Ok(MediaType::Jpeg));
        assert_eq!(identify("begroting.xlsx", &xlsx()), Ok(MediaType::Xlsx));

        let refused = identify("setup.exe", PDF).expect_err("refused");
        assert_eq!(
            refused,
            FileTypeError::NameMismatch {
                media: MediaType::Pdf,
                extension: Some("exe".into())
            }
        );
        // worded by the API's catalogues ("... is a PDF document (application/pdf) but its
        // name ends in .exe: give it the extension .pdf")
        assert_eq!(
            refused.rule(),
            crate::Rule::Extension {
                kind: "pdf".into(),
                media: "application/pdf".into(),
                extension: "exe".into()
            }
        );
        let refused = identify("aanvraag", PDF).expect_err("refused");
        assert!(
            matches!(refused.rule(), crate::Rule::Extension { extension, .. } if extension == "none")
        );
        let refused = identify("foto.png", JPEG).expect_err("refused");
        assert!(
            matches!(refused.rule(), crate::Rule::Extension { kind, extension, .. } if kind == "jpg" && extension == "png"),
            "{refused}"
        );
        assert!(identify("report.pdf.exe", PDF).is_err());
        assert!(identify("aanvraag.", PDF).is_err());
        assert!(identify("begroting.docx", &xlsx()).is_err());
        // the content is judged first
        assert_eq!(
            identify("aanvraag.pdf", b"just text"),
            Err(FileTypeError::NotAccepted { detected: None })
        );
    }

    #[test]
    fn media_types_have_their_usual_extension() {
        let extensions: Vec<_> = MediaType::ALL.into_iter().map(extension_for).collect();
        assert_eq!(
            extensions,
            ["pdf", "png", "jpg", "odt", "ods", "docx", "xlsx"]
        );
        assert_eq!(extension_of("x.tar.GZ").as_deref(), Some("gz"));
        assert_eq!(extension_of("README"), None);
        assert_eq!(MediaType::parse("application/pdf"), Ok(MediaType::Pdf));
        assert_eq!(MediaType::Docx.to_string(), MediaType::Docx.as_str());
        assert!(MediaType::parse("application/x-msdownload").is_err());
    }
}
