//! The problem responses every endpoint shares, declared once for the OpenAPI document.
//!
//! An endpoint lists its success, one of these sets for the problems that come with its shape
//! (a path to a resource, a role, a JSON body, query filters), and only then the problems that
//! are particular to it, with a description that says when (a row for a status a set already
//! has replaces the set's). Every problem is `application/problem+json` with the [`Problem`]
//! schema; the status says what kind (RFC 9457's `type` says which).
//!
//! [`Problem`]: crate::Problem

use std::collections::BTreeMap;

use utoipa::openapi::{ContentBuilder, Ref, RefOr, Response, ResponseBuilder};
use utoipa::IntoResponses;

/// The media type of every problem.
pub const PROBLEM_MEDIA_TYPE: &str = "application/problem+json";

/// A problem response with no description of its own.
fn problem() -> RefOr<Response> {
    ResponseBuilder::new()
        .description("")
        .content(
            PROBLEM_MEDIA_TYPE,
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("Problem")))
                .build(),
        )
        .build()
        .into()
}

macro_rules! problems {
    ($(#[$doc:meta])* $name:ident => [$($status:literal),+]) => {
        $(#[$doc])*
        pub struct $name;

        impl IntoResponses for $name {
            fn responses() -> BTreeMap<String, RefOr<Response>> {
                [$($status),+]
                    .into_iter()
                    .map(|status: u16| (status.to_string(), problem()))
                    .collect()
            }
        }
    };
}

problems!(
    /// A resource named in the path, for some roles: a malformed path (400), no or a bad token
    /// (401), another role (403), no such resource or not visible to the bearer (404).
    Resource => [400, 401, 403, 404]
);
problems!(
    /// A [`Resource`] changed with a body: also a body that did not arrive whole within the
    /// server's body time (408), is over its size limit (413), is not JSON (415) or has invalid
    /// fields (422).
    ResourceWrite => [400, 401, 403, 404, 408, 413, 415, 422]
);
problems!(
    /// A new resource from a JSON body, for some roles.
    Creation => [400, 401, 403, 408, 413, 415, 422]
);
problems!(
    /// A listing for some roles, with query filters (an invalid filter is a 422).
    Listing => [400, 401, 403, 422]
);
problems!(
    /// A resource named in the path, open to every signed-in user.
    SignedInResource => [400, 401, 404]
);
problems!(
    /// A listing open to every signed-in user, with query filters.
    SignedInListing => [400, 401, 422]
);
problems!(
    /// A JSON body from any signed-in user.
    SignedInBody => [400, 401, 408, 413, 415, 422]
);
problems!(
    /// A JSON body sent without a token.
    PublicBody => [400, 408, 413, 415, 422]
);
problems!(
    /// For some roles: no or a bad token, or another role.
    RoleOnly => [401, 403]
);
problems!(
    /// For every signed-in user: no or a bad token.
    Unauthenticated => [401]
);
problems!(
    /// Not possible in the resource's current state.
    Conflict => [409]
);
problems!(
    /// An invalid query or field.
    Invalid => [422]
);
problems!(
    /// The database does not answer (for now).
    Unavailable => [503]
);
problems!(
    /// An abuse limit is spent (per account or per client address): try again after the
    /// `Retry-After` header's seconds.
    Throttled => [429]
);

/// A file uploaded to a resource as multipart/form-data: [`ResourceWrite`]'s problems, a file
/// that is not of an accepted type (415, described), and a spent upload limit ([`Throttled`]).
pub struct FileUpload;

impl IntoResponses for FileUpload {
    fn responses() -> BTreeMap<String, RefOr<Response>> {
        let mut responses = ResourceWrite::responses();
        responses.extend(Throttled::responses());
        responses.insert(
            "415".to_owned(),
            ResponseBuilder::new()
                .description(
                    "Not a PDF, ODF/OOXML document, PNG or JPEG, not well formed, or named with \
                     another type's extension",
                )
                .content(
                    PROBLEM_MEDIA_TYPE,
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("Problem")))
                        .build(),
                )
                .build()
                .into(),
        );
        responses
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_is_its_statuses_each_a_problem_without_a_description() {
        let responses = ResourceWrite::responses();
        assert_eq!(
            responses.keys().map(String::as_str).collect::<Vec<_>>(),
            ["400", "401", "403", "404", "408", "413", "415", "422"]
        );
        let json = serde_json::to_value(&responses["415"]).expect("json");
        assert_eq!(
            json,
            serde_json::json!({
                "description": "",
                "content": {"application/problem+json": {
                    "schema": {"$ref": "#/components/schemas/Problem"}
                }}
            })
        );
    }
}
