//! Control links between organisations (issue #15): declared, decided by staff through updates
//! guarded on the status they leave, and the single undertaking an organisation belongs to.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDateTime, Utc};
use diesel::prelude::*;
use grantdesk_domain::undertaking::{single_undertaking, ControlLink, LinkStatus};
use uuid::Uuid;

use crate::db::{one_of, DbConn};
use crate::mapping::{enumerated, uuid};
use crate::schema::control_links;
use crate::StoreError;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = control_links)]
struct LinkRow {
    id: String,
    parent_id: String,
    subsidiary_id: String,
    criterion: String,
    status: String,
    declared_by: String,
    declared_at: NaiveDateTime,
    decided_by: Option<String>,
    decided_at: Option<NaiveDateTime>,
    reason: Option<String>,
}

/// A control link as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRecord {
    pub id: Uuid,
    pub link: ControlLink,
    pub status: LinkStatus,
    pub declared_by: String,
    pub declared_at: DateTime<Utc>,
    pub decided_by: Option<String>,
    pub decided_at: Option<DateTime<Utc>>,
    pub reason: Option<String>,
}

impl TryFrom<LinkRow> for LinkRecord {
    type Error = StoreError;
    fn try_from(r: LinkRow) -> Result<Self, StoreError> {
        Ok(LinkRecord {
            id: uuid(&r.id)?,
            link: ControlLink {
                parent: uuid(&r.parent_id)?,
                subsidiary: uuid(&r.subsidiary_id)?,
                criterion: enumerated(&r.criterion)?,
            },
            status: enumerated(&r.status)?,
            declared_by: r.declared_by,
            declared_at: r.declared_at.and_utc(),
            decided_by: r.decided_by,
            decided_at: r.decided_at.map(|t| t.and_utc()),
            reason: r.reason,
        })
    }
}

/// Records a declared link; false when the pair has an open link already (also one that
/// arrived at the same moment: the partial unique index decides), and then nothing changed
/// and the transaction goes on.
pub fn declare(conn: &mut DbConn, r: &LinkRecord) -> Result<bool, StoreError> {
    let insert = diesel::insert_into(control_links::table)
        .values(LinkRow {
            id: r.id.to_string(),
            parent_id: r.link.parent.to_string(),
            subsidiary_id: r.link.subsidiary.to_string(),
            criterion: r.link.criterion.as_str().to_owned(),
            status: LinkStatus::Declared.as_str().to_owned(),
            declared_by: r.declared_by.clone(),
            declared_at: r.declared_at.naive_utc(),
            decided_by: None,
            decided_at: None,
            reason: None,
        })
        .on_conflict_do_nothing();
    let inserted = match conn {
        DbConn::Pg(c) => insert.execute(c)?,
        DbConn::Sqlite(c) => insert.execute(c)?,
    };
    Ok(inserted == 1)
}

/// A link by its id.
pub fn find(conn: &mut DbConn, id: Uuid) -> Result<Option<LinkRecord>, StoreError> {
    control_links::table
        .find(id.to_string())
        .select(LinkRow::as_select())
        .first(conn)
        .optional()?
        .map(LinkRecord::try_from)
        .transpose()
}

/// The open (declared or confirmed) link from `parent` to `subsidiary`, if any.
pub fn open_between(
    conn: &mut DbConn,
    parent: Uuid,
    subsidiary: Uuid,
) -> Result<Option<LinkRecord>, StoreError> {
    control_links::table
        .filter(control_links::parent_id.eq(parent.to_string()))
        .filter(control_links::subsidiary_id.eq(subsidiary.to_string()))
        .filter(control_links::status.eq_any([
            LinkStatus::Declared.as_str(),
            LinkStatus::Confirmed.as_str(),
        ]))
        .select(LinkRow::as_select())
        .first(conn)
        .optional()?
        .map(LinkRecord::try_from)
        .transpose()
}

/// Moves a link from `from` to `to` with who, when and why; false when it was not `from` any
/// more (decided in between), and then nothing changed.
pub fn decide(
    conn: &mut DbConn,
    id: Uuid,
    (from, to): (LinkStatus, LinkStatus),
    by: &str,
    at: DateTime<Utc>,
    reason: Option<&str>,
) -> Result<bool, StoreError> {
    let changed = diesel::update(
        control_links::table
            .filter(control_links::id.eq(id.to_string()))
            .filter(control_links::status.eq(from.as_str())),
    )
    .set((
        control_links::status.eq(to.as_str()),
        control_links::decided_by.eq(Some(by)),
        control_links::decided_at.eq(Some(at.naive_utc())),
        control_links::reason.eq(reason),
    ))
    .execute(conn)?;
    Ok(changed == 1)
}

/// The links touching any of `organisations` (as parent or subsidiary), in `statuses` (every
/// status when empty), oldest first.
pub fn touching(
    conn: &mut DbConn,
    organisations: &BTreeSet<Uuid>,
    statuses: &[LinkStatus],
) -> Result<Vec<LinkRecord>, StoreError> {
    let ids: Vec<String> = organisations.iter().map(Uuid::to_string).collect();
    let mut q = control_links::table
        .filter(
            one_of(control_links::parent_id, ids.clone())
                .or(one_of(control_links::subsidiary_id, ids)),
        )
        .into_boxed();
    if !statuses.is_empty() {
        let statuses: Vec<&'static str> = statuses.iter().map(|s| s.as_str()).collect();
        q = q.filter(one_of(control_links::status, statuses));
    }
    q.order((control_links::declared_at.asc(), control_links::id.asc()))
        .select(LinkRow::as_select())
        .load(conn)?
        .into_iter()
        .map(LinkRecord::try_from)
        .collect()
}

/// The links in `status` (every one when none), oldest first, at most `limit` from `offset`.
pub fn list(
    conn: &mut DbConn,
    status: Option<LinkStatus>,
    (offset, limit): (i64, i64),
) -> Result<(Vec<LinkRecord>, i64), StoreError> {
    let filtered = || {
        let mut q = control_links::table.into_boxed();
        if let Some(s) = status {
            q = q.filter(control_links::status.eq(s.as_str()));
        }
        q
    };
    let total = filtered().count().get_result(conn)?;
    let rows = filtered()
        .order((control_links::declared_at.asc(), control_links::id.asc()))
        .offset(offset)
        .limit(limit)
        .select(LinkRow::as_select())
        .load(conn)?
        .into_iter()
        .map(LinkRecord::try_from)
        .collect::<Result<_, _>>()?;
    Ok((rows, total))
}

/// The single undertaking `organisation` belongs to: every organisation reached through
/// confirmed links (the domain's rule), read outwards from it one ring at a time.
pub fn single_undertaking_of(
    conn: &mut DbConn,
    organisation: Uuid,
) -> Result<BTreeSet<Uuid>, StoreError> {
    let mut group = BTreeSet::from([organisation]);
    loop {
        let links: Vec<ControlLink> = touching(conn, &group, &[LinkStatus::Confirmed])?
            .into_iter()
            .map(|r| r.link)
            .collect();
        let reached = single_undertaking(organisation, &links);
        if reached.len() == group.len() {
            return Ok(group);
        }
        group = reached;
    }
}
