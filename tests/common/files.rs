//! Real, minimal files of each accepted type, for uploads (a PDF is `TINY_PDF` in the harness).

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

/// A 1×1 white PNG.
pub const TINY_PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x01\0\0\0\x01\x08\0\0\0\0\x3a\x7e\x9b\x55\
\0\0\0\x0aIDAT\x78\x9c\x63\xf8\x0f\0\x01\x01\x01\0\xb1\x38\xf6\x14\0\0\0\0IEND\xae\x42\x60\x82";

/// A 1×1 grey JPEG (baseline, as `cjpeg` writes it).
pub const TINY_JPEG: &[u8] =
    b"\xff\xd8\xff\xe0\x00\x10\x4a\x46\x49\x46\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\
\xff\xdb\x00\x43\x00\x10\x0b\x0c\x0e\x0c\x0a\x10\x0e\x0d\x0e\x12\x11\x10\x13\x18\x28\x1a\x18\x16\
\x16\x18\x31\x23\x25\x1d\x28\x3a\x33\x3d\x3c\x39\x33\x38\x37\x40\x48\x5c\x4e\x40\x44\x57\x45\x37\
\x38\x50\x6d\x51\x57\x5f\x62\x67\x68\x67\x3e\x4d\x71\x79\x70\x64\x78\x5c\x65\x67\x63\
\xff\xc0\x00\x0b\x08\x00\x01\x00\x01\x01\x01\x11\x00\
\xff\xc4\x00\x14\x00\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x07\
\xff\xc4\x00\x14\x10\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\
\xff\xda\x00\x08\x01\x01\x00\x00\x3f\x00\x40\x7f\xff\xd9";

/// A ZIP archive of these entries, the first stored and the others deflated (as office
/// suites write them).
pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (i, (name, content)) in entries.iter().enumerate() {
        let method = if i == 0 {
            CompressionMethod::Stored
        } else {
            CompressionMethod::Deflated
        };
        let options = SimpleFileOptions::default().compression_method(method);
        writer.start_file(*name, options).expect("zip entry");
        writer.write_all(content).expect("zip content");
    }
    writer.finish().expect("zip").into_inner()
}

fn opendocument(kind: &str) -> Vec<u8> {
    let mimetype = format!("application/vnd.oasis.opendocument.{kind}");
    let manifest = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\
         <manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"{mimetype}\"/>\
         <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
         </manifest:manifest>"
    );
    let content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" office:version=\"1.3\">\
         <office:body/></office:document-content>";
    zip_of(&[
        ("mimetype", mimetype.as_bytes()),
        ("content.xml", content.as_bytes()),
        ("META-INF/manifest.xml", manifest.as_bytes()),
    ])
}

/// An OpenDocument text (what LibreOffice Writer saves, reduced to its required parts).
pub fn tiny_odt() -> Vec<u8> {
    opendocument("text")
}

/// An OpenDocument spreadsheet.
pub fn tiny_ods() -> Vec<u8> {
    opendocument("spreadsheet")
}

/// An Office Open XML package: its content types (the main part's, and `overrides` more), the
/// package relationship to the main part, the main part and `more` parts.
fn office_open_xml(
    main_type: &str,
    part: &str,
    body: &str,
    overrides: &[(&str, &str)],
    more: &[(&str, &str)],
) -> Vec<u8> {
    let overrides: String = [(part, main_type)]
        .iter()
        .chain(overrides)
        .map(|(name, kind)| {
            format!(
                "<Override PartName=\"/{name}\" \
                 ContentType=\"application/vnd.openxmlformats-officedocument.{kind}\"/>"
            )
        })
        .collect();
    let types = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>{overrides}</Types>"
    );
    let rels = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"{part}\"/>\
         </Relationships>"
    );
    let mut entries: Vec<(&str, &[u8])> = vec![
        ("[Content_Types].xml", types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        (part, body.as_bytes()),
    ];
    entries.extend(
        more.iter()
            .map(|(name, content)| (*name, content.as_bytes())),
    );
    zip_of(&entries)
}

/// A Word document with one paragraph.
pub fn tiny_docx() -> Vec<u8> {
    office_open_xml(
        "wordprocessingml.document.main+xml",
        "word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body><w:p><w:r><w:t>Aanvraag</w:t></w:r></w:p></w:body></w:document>",
        &[],
        &[],
    )
}

/// An Excel workbook of one sheet whose A1 holds "Begroting".
pub fn tiny_xlsx() -> Vec<u8> {
    office_open_xml(
        "spreadsheetml.sheet.main+xml",
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
         xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">\
         <sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
        &[("xl/worksheets/sheet1.xml", "spreadsheetml.worksheet+xml")],
        &[
            (
                "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
                 <Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
                 <Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>\
                 </Relationships>",
            ),
            (
                "xl/worksheets/sheet1.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
                 <worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
                 <sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Begroting</t></is></c></row></sheetData>\
                 </worksheet>",
            ),
        ],
    )
}

/// The files under `dir`, in every subfolder.
pub fn count_files(dir: &std::path::Path) -> usize {
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            n += count_files(&path);
        } else {
            n += 1;
        }
    }
    n
}
