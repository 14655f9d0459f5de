//! Uploads: a file's type is read from its content and checked for its structure, its name must
//! agree with it. Whatever is refused stores nothing.

mod common;

use common::files::*;
use common::*;

fn count_files(dir: &std::path::Path) -> usize {
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

/// Asserts a 415 problem of this type about the field `file`, and returns its detail.
#[track_caller]
fn refused_file(res: &Res, problem_type: &str, code: &str) -> String {
    let problem = res.problem(415);
    assert_eq!(problem["type"], problem_type, "{problem}");
    assert_eq!(problem["errors"][0]["field"], "file", "{problem}");
    assert_eq!(problem["errors"][0]["code"], code, "{problem}");
    problem["detail"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_pdf_named_setup_exe_is_refused_with_what_it_is_and_the_extension_it_needs() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
    let files = count_files(app.blob_dir.path());

    // it used to be stored, and served as application/pdf with filename="setup.exe"
    let res = draft.upload("annex", "setup.exe", TINY_PDF.to_vec()).await;
    let detail = refused_file(&res, "/problems/file-name-mismatch", "extension");
    assert_eq!(
        detail,
        "the file's content is a PDF document (application/pdf) but its name ends in .exe: give \
         it the extension .pdf"
    );
    assert_eq!(
        res.body["title"],
        "The file's name does not match its content"
    );
    // no extension at all
    let res = draft.upload("annex", "aanvraag", TINY_PDF.to_vec()).await;
    let detail = refused_file(&res, "/problems/file-name-mismatch", "extension");
    assert!(detail.contains("its name has no extension"), "{detail}");
    assert!(detail.ends_with("give it the extension .pdf"), "{detail}");
    // another accepted type's extension
    let res = draft.upload("annex", "begroting.xlsx", tiny_docx()).await;
    let detail = refused_file(&res, "/problems/file-name-mismatch", "extension");
    assert!(
        detail.contains("a Word document (DOCX)") && detail.contains(".docx"),
        "{detail}"
    );
    let res = draft.upload("annex", "foto.png", TINY_JPEG.to_vec()).await;
    let detail = refused_file(&res, "/problems/file-name-mismatch", "extension");
    assert!(detail.contains(".jpg or .jpeg"), "{detail}");
    // a double extension is judged by its last
    draft
        .upload("annex", "aanvraag.pdf.exe", TINY_PDF.to_vec())
        .await
        .problem(415);

    let read = draft.read().await;
    assert_eq!(read.ok(200)["attachments"].as_array().unwrap().len(), 0);
    assert_eq!(count_files(app.blob_dir.path()), files, "nothing stored");
}

#[tokio::test]
async fn every_accepted_type_with_its_own_extension_is_stored_and_served_as_that_type() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
    let cases: [(&str, Vec<u8>, &str); 9] = [
        ("AANVRAAG.PDF", TINY_PDF.to_vec(), "application/pdf"),
        ("logo.png", TINY_PNG.to_vec(), "image/png"),
        ("foto.jpg", TINY_JPEG.to_vec(), "image/jpeg"),
        ("Foto.JPEG", TINY_JPEG.to_vec(), "image/jpeg"),
        (
            "tekst.odt",
            tiny_odt(),
            "application/vnd.oasis.opendocument.text",
        ),
        (
            "rekenblad.ods",
            tiny_ods(),
            "application/vnd.oasis.opendocument.spreadsheet",
        ),
        (
            "Aanvraag.docx",
            tiny_docx(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            "begroting.XLSX",
            tiny_xlsx(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        // a name with blanks and brackets keeps its extension
        (
            "Begroting 2023 (v2).xlsx",
            tiny_xlsx(),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
    ];
    for (name, content, media_type) in cases {
        let res = draft.upload("annex", name, content.clone()).await;
        let view = res.ok(201).clone();
        assert_eq!(view["media_type"], media_type, "{name}: {view}");
        let download = app
            .get_raw(view["href"].as_str().unwrap(), &genk.token)
            .await;
        assert_eq!(download.status().as_u16(), 200);
        assert_eq!(download.headers()["content-type"], media_type, "{name}");
        let disposition = download.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(disposition.contains(name), "{name}: {disposition}");
        assert_eq!(download.bytes().await.unwrap().as_ref(), content.as_slice());
    }
}

#[tokio::test]
async fn a_zip_that_merely_contains_the_part_names_does_not_pass_as_a_docx() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
    let files = count_files(app.blob_dir.path());

    // what used to pass: a ZIP's local header followed by the two names, no archive behind it
    let mut fake = b"PK\x03\x04".to_vec();
    fake.extend_from_slice(&[0; 26]);
    fake.extend_from_slice(b"[Content_Types].xml\0word/document.xml\0");
    let res = draft.upload("annex", "aanvraag.docx", fake).await;
    let detail = refused_file(&res, "/problems/malformed-file", "malformed");
    assert!(
        detail.contains("ZIP archive") && detail.contains("central directory"),
        "{detail}"
    );
    assert_eq!(
        res.body["title"],
        "The file is damaged or not what it seems"
    );

    // a real ZIP holding the names in a text file: a ZIP, not an accepted type
    let zipped_text = zip_of(&[(
        "notes.txt",
        b"[Content_Types].xml word/document.xml xl/workbook.xml".as_slice(),
    )]);
    let res = draft.upload("annex", "aanvraag.docx", zipped_text).await;
    let detail = refused_file(&res, "/problems/unsupported-media-type", "media_type");
    assert!(detail.contains("application/zip (.zip)"), "{detail}");
    assert!(detail.contains("which is not accepted"), "{detail}");

    // the entries there, but its content types declare no Word document (e.g. a macro-enabled
    // .docm renamed)
    let docm = zip_of(&[
        (
            "[Content_Types].xml",
            b"<Types><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>".as_slice(),
        ),
        ("word/document.xml", b"<w:document/>"),
    ]);
    let res = draft.upload("annex", "aanvraag.docx", docm).await;
    let detail = refused_file(&res, "/problems/malformed-file", "malformed");
    assert!(
        detail.contains("does not declare word/document.xml"),
        "{detail}"
    );

    // a real document cut off in transit
    let docx = tiny_docx();
    let res = draft
        .upload("annex", "aanvraag.docx", docx[..docx.len() - 10].to_vec())
        .await;
    refused_file(&res, "/problems/malformed-file", "malformed");
    let res = draft
        .upload(
            "annex",
            "aanvraag.pdf",
            TINY_PDF[..TINY_PDF.len() - 7].to_vec(),
        )
        .await;
    let detail = refused_file(&res, "/problems/malformed-file", "malformed");
    assert!(detail.contains("no %%EOF marker"), "{detail}");
    let res = draft
        .upload("annex", "logo.png", TINY_PNG[..40].to_vec())
        .await;
    refused_file(&res, "/problems/malformed-file", "malformed");

    // an executable is named for what it is
    let mut exe = b"MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF".to_vec();
    exe.resize(0x40, 0);
    exe[0x3C] = 0x40;
    exe.extend_from_slice(b"PE\0\0");
    let res = draft.upload("annex", "aanvraag.pdf", exe).await;
    let detail = refused_file(&res, "/problems/unsupported-media-type", "media_type");
    assert!(
        detail.contains("application/vnd.microsoft.portable-executable (.exe)"),
        "{detail}"
    );

    let read = draft.read().await;
    assert_eq!(read.ok(200)["attachments"].as_array().unwrap().len(), 0);
    assert_eq!(count_files(app.blob_dir.path()), files, "nothing stored");
}
