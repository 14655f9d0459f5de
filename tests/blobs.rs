//! Files on shared storage (issue #16): blobs behind `object_store`, in an S3-compatible store
//! (a real `s3s-fs` server on 127.0.0.1) by configuration. Two server processes with folders of
//! their own and one bucket serve each other's uploads; a store that cannot be reached refuses
//! the upload with nothing written.

mod common;

use common::files::count_files;
use common::s3::S3Server;
use common::*;
use serde_json::json;

fn sha256_hex(bytes: &[u8]) -> String {
    grantdesk_persistence::blobs::sha256_hex(bytes)
}

/// A PDF no other test uploads.
fn unique_pdf() -> Vec<u8> {
    let mut bytes = TINY_PDF.to_vec();
    bytes.extend_from_slice(format!("% {}\n", uuid::Uuid::new_v4()).as_bytes());
    bytes
}

/// The reference call with its form, taking applications until 2099: open on the test clock
/// and on the real one a second server process runs on.
fn call_open_for_years(reference: &str) -> serde_json::Value {
    let mut call = call_with_form(reference);
    call["deadline"] = json!("2099-08-31T10:00");
    call["start_date"] = json!("2099-11-01");
    call
}

#[tokio::test]
async fn two_server_processes_with_folders_of_their_own_serve_each_others_uploads_from_one_bucket()
{
    let s3 = S3Server::start("grantdesk");
    let app = spawn_app_with_blobs(s3.location("shared/files")).await;
    let call = app.with_opened_call(call_open_for_years("S3A99")).await;
    let genk = app.with_member("Stad Genk", 1).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
    let second = app.spawn_process_with(&s3.env("shared/files")).await;
    let there = app.at(&second.base);
    let token_there = app.real_time_token(&genk.token);

    // uploaded to this server, read from the other
    let first = unique_pdf();
    let res = draft
        .upload("application_form", "aanvraag.pdf", first.clone())
        .await;
    let href = res.ok(201)["href"].as_str().unwrap().to_owned();
    assert_eq!(res.body["sha256"], sha256_hex(&first).as_str());
    let read = there.get_raw(&href, &token_there).await;
    assert_eq!(read.status().as_u16(), 200);
    assert_eq!(read.bytes().await.unwrap().as_ref(), first.as_slice());

    // uploaded to the other server, read from this one
    let second_file = unique_pdf();
    let res = there
        .upload(
            &token_there,
            &draft.id,
            "annex",
            "bijlage.pdf",
            second_file.clone(),
        )
        .await;
    let href = res.ok(201)["href"].as_str().unwrap().to_owned();
    let read = app.get_raw(&href, &genk.token).await;
    assert_eq!(read.status().as_u16(), 200);
    assert_eq!(read.bytes().await.unwrap().as_ref(), second_file.as_slice());

    // both files are in the bucket, under the prefix, content-addressed; no server kept one in
    // its own folder
    for bytes in [&first, &second_file] {
        let sha = sha256_hex(bytes);
        let key = format!("shared/files/{}/{}/{sha}", &sha[0..2], &sha[2..4]);
        assert_eq!(
            std::fs::read(s3.object_path(&key)).expect("the object in the bucket"),
            *bytes
        );
    }
    assert_eq!(count_files(app.blob_dir.path()), 0);

    // the same content through the other server is the same object, stored once
    let objects = count_files(&s3.object_path("shared/files"));
    let res = there
        .upload(&token_there, &draft.id, "annex", "kopie.pdf", first.clone())
        .await;
    assert_eq!(res.ok(201)["sha256"], sha256_hex(&first).as_str());
    assert_eq!(count_files(&s3.object_path("shared/files")), objects);
}

#[tokio::test]
async fn an_object_changed_in_the_bucket_is_refused_not_served() {
    let s3 = S3Server::start("grantdesk");
    let app = spawn_app_with_blobs(s3.location("")).await;
    let call = app.with_opened_call(call_open_for_years("S3B99")).await;
    let genk = app.with_member("Stad Genk", 1).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
    let bytes = unique_pdf();
    let res = draft
        .upload("application_form", "aanvraag.pdf", bytes.clone())
        .await;
    let href = res.ok(201)["href"].as_str().unwrap().to_owned();
    let sha = sha256_hex(&bytes);
    let object = s3.object_path(&format!("{}/{}/{sha}", &sha[0..2], &sha[2..4]));
    std::fs::write(&object, b"%PDF-1.7 not what was uploaded").unwrap();
    let read = app.get_raw(&href, &genk.token).await;
    assert_eq!(
        read.status().as_u16(),
        500,
        "a stored file that lost its digest"
    );
    let body = read.text().await.unwrap();
    assert!(!body.contains("not what was uploaded"), "{body}");
}

#[tokio::test]
async fn an_upload_while_the_store_is_down_is_refused_and_nothing_is_recorded() {
    let mut s3 = S3Server::start("grantdesk");
    let app = spawn_app_with_blobs(s3.location("files")).await;
    let call = app.with_opened_call(call_open_for_years("S3C99")).await;
    let genk = app.with_member("Stad Genk", 1).await;
    let draft = call.draft_lacking_the_form_by(&genk).await;
    s3.stop();
    let res = draft
        .upload("application_form", "aanvraag.pdf", unique_pdf())
        .await;
    let problem = res.problem(503);
    let detail = problem["detail"].as_str().unwrap();
    assert!(detail.contains("file store cannot be reached"), "{problem}");
    assert!(
        !detail.contains(&s3.endpoint),
        "no address given away: {problem}"
    );
    let read = draft.read().await;
    assert_eq!(read.ok(200)["attachments"], json!([]), "{}", read.text);
}
