//! What every delivery queue does (notifications by mail, webhook messages): claim due rows with
//! a lease, record an attempt's outcome only while the lease is still the worker's, put a
//! parked row back. One definition over any table with the queue's columns (`id`, `seq`,
//! `delivery_status`, `attempts`, `next_attempt_at`, `lease_owner`, `lease_until`,
//! `last_error`, `sent_at`), so both queues behave alike and a fix reaches both.

/// Writes, into the module that invokes it, `claim_ids`, `finish_sent`, `finish_failed` and
/// `requeue` over table `$t` (imported in that module), optionally restricting which due rows
/// may be claimed (`where <expression over $t's columns>`).
macro_rules! delivery_queue {
    ($t:ident $(, where $eligible:expr)?) => {
        /// Claims up to `limit` rows due at `now` for `owner` until `lease_until`: pending,
        /// their next attempt due, no other worker's lease running. On PostgreSQL the
        /// candidates are locked with `SKIP LOCKED`, so that workers claiming at once take
        /// different rows; on SQLite the write transaction is alone anyway. Run it in a write
        /// transaction of its own, committed before the rows are delivered: the lease, not a
        /// lock, then keeps other workers off them. The ids claimed, oldest due first.
        fn claim_ids(
            conn: &mut DbConn,
            owner: &str,
            now: chrono::NaiveDateTime,
            lease_until: chrono::NaiveDateTime,
            limit: i64,
        ) -> Result<Vec<String>, StoreError> {
            macro_rules! due {
                () => {
                    $t::table
                        // the partial index of due rows: its condition in the SQL
                        .filter($t::delivery_status.eq(crate::db::literal(
                            DeliveryStatus::Pending.as_str(),
                        )))
                        .filter($t::next_attempt_at.le(now))
                        .filter($t::lease_until.is_null().or($t::lease_until.le(now)))
                        $(.filter($eligible))?
                };
            }
            let ids: Vec<String> = match conn {
                DbConn::Pg(c) => due!()
                    .order($t::next_attempt_at.asc())
                    .limit(limit)
                    .select($t::id)
                    .for_update()
                    .skip_locked()
                    .load(c)?,
                DbConn::Sqlite(c) => due!()
                    .order($t::next_attempt_at.asc())
                    .limit(limit)
                    .select($t::id)
                    .load(c)?,
            };
            if ids.is_empty() {
                return Ok(ids);
            }
            diesel::update(due!().filter($t::id.eq_any(&ids)))
                .set((
                    $t::lease_owner.eq(Some(owner)),
                    $t::lease_until.eq(Some(lease_until)),
                ))
                .execute(conn)?;
            Ok(ids)
        }

        /// Records that `owner` delivered row `id`. `false` when its lease was lost meanwhile
        /// (another worker took it over, and records its own outcome).
        fn finish_sent(
            conn: &mut DbConn,
            id: &str,
            owner: &str,
            now: chrono::NaiveDateTime,
        ) -> Result<bool, StoreError> {
            let updated = diesel::update(
                $t::table
                    .filter($t::id.eq(id))
                    .filter($t::lease_owner.eq(owner))
                    .filter($t::delivery_status.eq(DeliveryStatus::Pending.as_str())),
            )
            .set((
                $t::delivery_status.eq(DeliveryStatus::Sent.as_str()),
                $t::sent_at.eq(Some(now)),
                $t::attempts.eq($t::attempts + 1),
                $t::lease_owner.eq(None::<String>),
                $t::lease_until.eq(None::<chrono::NaiveDateTime>),
                $t::last_error.eq(None::<String>),
            ))
            .execute(conn)?;
            Ok(updated == 1)
        }

        /// Records that `owner`'s attempt to deliver row `id` failed with `error`, and what
        /// follows: the next attempt's instant, or parking the row as failed. `false` when the
        /// lease was lost meanwhile.
        fn finish_failed(
            conn: &mut DbConn,
            id: &str,
            owner: &str,
            error: &str,
            next: grantdesk_domain::AfterFailure,
        ) -> Result<bool, StoreError> {
            let (status, next_at) = match next {
                grantdesk_domain::AfterFailure::RetryAt(t) => {
                    (DeliveryStatus::Pending, Some(t.naive_utc()))
                }
                grantdesk_domain::AfterFailure::Park => (DeliveryStatus::Failed, None),
            };
            let updated = diesel::update(
                $t::table
                    .filter($t::id.eq(id))
                    .filter($t::lease_owner.eq(owner))
                    .filter($t::delivery_status.eq(DeliveryStatus::Pending.as_str())),
            )
            .set((
                $t::delivery_status.eq(status.as_str()),
                $t::next_attempt_at.eq(next_at),
                $t::attempts.eq($t::attempts + 1),
                $t::lease_owner.eq(None::<String>),
                $t::lease_until.eq(None::<chrono::NaiveDateTime>),
                $t::last_error.eq(Some(error)),
            ))
            .execute(conn)?;
            Ok(updated == 1)
        }

        /// Puts row `id` back in the queue, due at `now`, with a fresh count of attempts, if
        /// it stands at one of `from`. `None` when there is no such row; `Some(false)` when it
        /// stands elsewhere.
        fn requeue(
            conn: &mut DbConn,
            id: &str,
            from: &[DeliveryStatus],
            now: chrono::NaiveDateTime,
        ) -> Result<Option<bool>, StoreError> {
            let from: Vec<&str> = from.iter().map(|s| s.as_str()).collect();
            let updated = diesel::update(
                $t::table
                    .filter($t::id.eq(id))
                    .filter($t::delivery_status.eq_any(from)),
            )
            .set((
                $t::delivery_status.eq(DeliveryStatus::Pending.as_str()),
                $t::next_attempt_at.eq(Some(now)),
                $t::attempts.eq(0),
                $t::sent_at.eq(None::<chrono::NaiveDateTime>),
            ))
            .execute(conn)?;
            if updated == 1 {
                return Ok(Some(true));
            }
            let exists: i64 = $t::table.filter($t::id.eq(id)).count().get_result(conn)?;
            Ok((exists == 1).then_some(false))
        }
    };
}

pub(crate) use delivery_queue;
