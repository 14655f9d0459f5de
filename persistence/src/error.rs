use diesel::result::{DatabaseErrorKind, Error as DieselError};

/// What can go wrong in storage, independent of the backend.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("not found")]
    NotFound,
    /// A unique key or a concurrent change got in the way; the caller may retry or report 409.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The database cannot be reached or is shutting down: 503, try again later.
    #[error("{0}")]
    Unavailable(String),
    /// Stored data that the domain refuses to read back (a bug or a tampered row).
    #[error("corrupt row: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Database(DieselError),
}

impl From<DieselError> for StoreError {
    fn from(e: DieselError) -> Self {
        match e {
            DieselError::NotFound => StoreError::NotFound,
            DieselError::DatabaseError(DatabaseErrorKind::UniqueViolation, info) => {
                StoreError::Conflict(info.message().to_owned())
            }
            DieselError::DatabaseError(DatabaseErrorKind::SerializationFailure, info) => {
                StoreError::Conflict(info.message().to_owned())
            }
            DieselError::DatabaseError(DatabaseErrorKind::ClosedConnection, info) => {
                StoreError::Unavailable(info.message().to_owned())
            }
            DieselError::DatabaseError(DatabaseErrorKind::Unknown, ref info)
                if is_unavailable_message(info.message()) =>
            {
                StoreError::Unavailable(info.message().to_owned())
            }
            other => StoreError::Database(other),
        }
    }
}

fn is_unavailable_message(msg: &str) -> bool {
    let m = msg.to_ascii_lowercase();
    m.contains("database is locked")
        || m.contains("terminating connection")
        || m.contains("server closed the connection")
        || m.contains("connection refused")
        || m.contains("no connection to the server")
        || m.contains("deadlock detected")
}
