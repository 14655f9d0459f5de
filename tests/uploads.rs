//! Uploads and request bodies: a file's type is read from its content and checked for its
//! structure, its name must agree with it; a multipart form is capped as a whole; a body that
//! trickles in is cut off with a 408. Whatever is refused stores nothing.

mod common;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use common::files::*;
use common::*;
use serde_json::Value;

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

/// What a raw exchange gave: the answer, when it came, and how much of the body had been sent
/// by then.
struct Exchange {
    status: u16,
    headers: String,
    body: Value,
    elapsed: Duration,
    sent_before_answer: usize,
}

/// Sends `head` and then `body` in pieces of `piece` bytes with `pause` between them, from
/// another thread, while this one reads the answer; stops sending once the answer is in.
fn trickle(base: &str, head: String, body: Vec<u8>, piece: usize, pause: Duration) -> Exchange {
    let addr = base.trim_start_matches("http://").to_owned();
    let mut reader = TcpStream::connect(&addr).unwrap();
    reader
        .set_read_timeout(Some(Duration::from_secs(40)))
        .unwrap();
    let mut writer = reader.try_clone().unwrap();
    let answered = Arc::new(AtomicBool::new(false));
    let sent = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    writer
        .write_all(format!("{head}Host: {addr}\r\n\r\n").as_bytes())
        .unwrap();
    let sender = {
        let answered = answered.clone();
        let sent = sent.clone();
        std::thread::spawn(move || {
            for chunk in body.chunks(piece) {
                if answered.load(Ordering::SeqCst) || writer.write_all(chunk).is_err() {
                    return;
                }
                sent.fetch_add(chunk.len(), Ordering::SeqCst);
                std::thread::sleep(pause);
            }
        })
    };
    let mut received = Vec::new();
    let mut buf = [0u8; 4096];
    let mut answer_at = None;
    let (head_end, length) = loop {
        let n = reader.read(&mut buf).expect("an answer");
        assert!(n > 0, "the connection closed without an answer");
        if answer_at.is_none() {
            answer_at = Some((start.elapsed(), sent.load(Ordering::SeqCst)));
        }
        received.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&received).into_owned();
        if let Some(end) = text.find("\r\n\r\n") {
            let length = text[..end]
                .to_ascii_lowercase()
                .lines()
                .find_map(|l| l.strip_prefix("content-length:").map(str::to_owned))
                .map(|v| v.trim().parse::<usize>().unwrap())
                .expect("a content length");
            if received.len() >= end + 4 + length {
                break (end, length);
            }
        }
    };
    answered.store(true, Ordering::SeqCst);
    sender.join().unwrap();
    let (elapsed, sent_before_answer) = answer_at.unwrap();
    let text = String::from_utf8_lossy(&received[..head_end]).into_owned();
    let status = text.split(' ').nth(1).unwrap().parse().unwrap();
    let body = serde_json::from_slice(&received[head_end + 4..head_end + 4 + length])
        .expect("a JSON answer");
    Exchange {
        status,
        headers: text.to_ascii_lowercase(),
        body,
        elapsed,
        sent_before_answer,
    }
}

/// A multipart body: a `kind` part and then `file` parts.
fn multipart(boundary: &str, files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut body =
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nannex\r\n")
            .into_bytes();
    for (name, content) in files {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; \
                 filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(content);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    body
}

/// The body in HTTP/1.1 chunks of `size` bytes (no length announced).
fn chunked(body: &[u8], size: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in body.chunks(size) {
        out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

#[tokio::test]
async fn a_chunked_form_of_many_parts_is_refused_as_soon_as_it_passes_the_total() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
    let files = count_files(app.blob_dir.path());
    // 60 parts of 100 KiB, each under the file limit (256 KiB), 6 MiB in all, no length
    // announced: it used to be read whole
    let part = {
        let mut v = TINY_PDF.to_vec();
        v.resize(100 * 1024, b' ');
        v
    };
    let parts: Vec<(&str, &[u8])> = (0..60).map(|_| ("aanvraag.pdf", part.as_slice())).collect();
    let boundary = "grantdesk-test-boundary";
    let body = chunked(&multipart(boundary, &parts), 64 * 1024);
    let total = body.len();
    let head = format!(
        "POST {}/attachments HTTP/1.1\r\nAuthorization: Bearer {}\r\n\
         Content-Type: multipart/form-data; boundary={boundary}\r\n\
         Transfer-Encoding: chunked\r\n",
        draft.path(),
        genk.token
    );
    let base = app.base.clone();
    let exchange = tokio::task::spawn_blocking(move || {
        trickle(&base, head, body, 64 * 1024, Duration::from_millis(50))
    })
    .await
    .unwrap();

    assert_eq!(
        exchange.status, 413,
        "{}\n{}",
        exchange.headers, exchange.body
    );
    assert!(
        exchange
            .headers
            .contains("content-type: application/problem+json"),
        "{}",
        exchange.headers
    );
    assert_eq!(exchange.body["type"], "/problems/payload-too-large");
    let detail = exchange.body["detail"].as_str().unwrap();
    assert!(
        detail.contains(&format!("at most {MAX_FORM_BYTES} bytes in all")),
        "{detail}"
    );
    // answered once the total was passed, long before the body was sent
    assert!(
        exchange.sent_before_answer < total / 4,
        "{} of {total} bytes sent before the answer",
        exchange.sent_before_answer
    );
    let read = draft.read().await;
    assert_eq!(read.ok(200)["attachments"].as_array().unwrap().len(), 0);
    assert_eq!(count_files(app.blob_dir.path()), files, "nothing stored");
}

#[tokio::test]
async fn a_json_body_sent_a_byte_at_a_time_is_cut_off_with_a_408() {
    let app = spawn_app().await;
    // sign-in: no token needed, a body of 80 bytes that would take 20 s at 1 byte per 0.25 s
    let body = format!(
        "{{\"email\": \"someone@test.example\", \"password\": \"{}\"}}",
        "p".repeat(31)
    )
    .into_bytes();
    assert_eq!(body.len(), 80);
    let head = format!(
        "POST /api/v1/auth/token HTTP/1.1\r\nContent-Type: application/json\r\n\
         Content-Length: {}\r\n",
        body.len()
    );
    let base = app.base.clone();
    let exchange = tokio::task::spawn_blocking(move || {
        trickle(&base, head, body, 1, Duration::from_millis(250))
    })
    .await
    .unwrap();

    assert_eq!(
        exchange.status, 408,
        "{}\n{}",
        exchange.headers, exchange.body
    );
    assert!(
        exchange
            .headers
            .contains("content-type: application/problem+json"),
        "{}",
        exchange.headers
    );
    assert!(
        exchange.headers.contains("connection: close"),
        "{}",
        exchange.headers
    );
    assert_eq!(exchange.body["type"], "/problems/request-timeout");
    assert_eq!(exchange.body["title"], "The request body came too slowly");
    let detail = exchange.body["detail"].as_str().unwrap();
    let seconds = JSON_BODY_TIMEOUT.as_secs();
    assert!(
        detail.contains(&format!("did not arrive within {seconds} s")),
        "{detail}"
    );
    // at the configured time, well before the body would have been whole
    assert!(
        exchange.elapsed >= JSON_BODY_TIMEOUT && exchange.elapsed < JSON_BODY_TIMEOUT * 3,
        "answered after {:?}",
        exchange.elapsed
    );
    assert!(
        exchange.sent_before_answer < 40,
        "{}",
        exchange.sent_before_answer
    );

    // the server goes on answering
    app.get("/health/live", None).await.ok(200);
}

#[tokio::test]
async fn an_upload_that_trickles_in_is_cut_off_with_a_408_and_nothing_is_stored() {
    let (app, call, genk) = open_call_and_member(call_with_form("EXP23")).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
    let files = count_files(app.blob_dir.path());
    let boundary = "grantdesk-test-boundary";
    let body = multipart(boundary, &[("aanvraag.pdf", TINY_PDF)]);
    let length = body.len();
    let head = format!(
        "POST {}/attachments HTTP/1.1\r\nAuthorization: Bearer {}\r\n\
         Content-Type: multipart/form-data; boundary={boundary}\r\n\
         Content-Length: {length}\r\n",
        draft.path(),
        genk.token
    );
    // ten bytes every quarter second: about 15 s for the whole form
    let base = app.base.clone();
    let exchange = tokio::task::spawn_blocking(move || {
        trickle(&base, head, body, 10, Duration::from_millis(250))
    })
    .await
    .unwrap();

    assert_eq!(
        exchange.status, 408,
        "{}\n{}",
        exchange.headers, exchange.body
    );
    assert!(exchange.headers.contains("connection: close"));
    assert_eq!(exchange.body["type"], "/problems/request-timeout");
    let seconds = UPLOAD_BODY_TIMEOUT.as_secs();
    assert!(exchange.body["detail"]
        .as_str()
        .unwrap()
        .contains(&format!("within {seconds} s")));
    assert!(
        exchange.elapsed < UPLOAD_BODY_TIMEOUT * 3,
        "answered after {:?}",
        exchange.elapsed
    );
    assert!(exchange.sent_before_answer < length / 2);

    let read = draft.read().await;
    assert_eq!(read.ok(200)["attachments"].as_array().unwrap().len(), 0);
    assert_eq!(count_files(app.blob_dir.path()), files, "nothing stored");
    // the same form sent at once is stored
    draft
        .upload("annex", "aanvraag.pdf", TINY_PDF.to_vec())
        .await
        .ok(201);
}
