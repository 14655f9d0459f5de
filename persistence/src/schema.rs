//! Diesel table definitions, shared by both backends (see `migrations/sqlite` and
//! `migrations/postgres`, which must stay in step).

diesel::table! {
    users (id) {
        id -> Text,
        email -> Text,
        password_hash -> Text,
        role -> Text,
        display_name -> Text,
        active -> Bool,
        created_at -> Timestamp,
        token_version -> BigInt,
        language -> Text,
    }
}

diesel::table! {
    account_epoch (id) {
        id -> Integer,
        epoch -> BigInt,
    }
}

diesel::table! {
    revoked_tokens (jti) {
        jti -> Text,
        user_id -> Text,
        revoked_at -> Timestamp,
        expires_at -> Timestamp,
    }
}

diesel::table! {
    external_identities (issuer, subject) {
        issuer -> Text,
        subject -> Text,
        user_id -> Text,
        linked_at -> Timestamp,
    }
}

diesel::table! {
    password_resets (id) {
        id -> Text,
        user_id -> Text,
        token_sha256 -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        used_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    notifications (seq) {
        seq -> BigInt,
        id -> Text,
        kind -> Text,
        user_id -> Text,
        email -> Text,
        payload -> Text,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
        organisation_id -> Nullable<Text>,
        language -> Text,
        read_at -> Nullable<Timestamp>,
        delivery_status -> Text,
        attempts -> Integer,
        next_attempt_at -> Nullable<Timestamp>,
        lease_owner -> Nullable<Text>,
        lease_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
    }
}

diesel::table! {
    budget_articles (code, budget_year) {
        code -> Text,
        budget_year -> Integer,
        description -> Text,
        created_by -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    ledgers (id) {
        id -> Text,
        budget_year -> Integer,
        credit_type -> Text,
        article -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    accounts (id) {
        id -> Text,
        ledger_id -> Text,
        kind -> Text,
        owner_id -> Text,
        must_not_overdraw -> Bool,
        debits_posted -> BigInt,
        credits_posted -> BigInt,
        debits_pending -> BigInt,
        credits_pending -> BigInt,
        created_at -> Timestamp,
    }
}

diesel::table! {
    transfers (seq) {
        seq -> BigInt,
        id -> Text,
        ledger_id -> Text,
        debit_account_id -> Text,
        credit_account_id -> Text,
        amount_cents -> BigInt,
        code -> Text,
        reference -> Text,
        actor -> Text,
        status -> Text,
        refusal -> Nullable<Text>,
        refused_available_cents -> Nullable<BigInt>,
        created_at -> Timestamp,
        pending_id -> Nullable<Text>,
    }
}

diesel::table! {
    calls (id) {
        id -> Text,
        reference -> Text,
        title -> Text,
        description -> Text,
        policy_link -> Nullable<Text>,
        budget_cents -> BigInt,
        article -> Text,
        budget_year -> Integer,
        cap_per_project_cents -> Nullable<BigInt>,
        tracks -> Text,
        deadline_at -> Timestamp,
        time_zone -> Text,
        start_date -> Date,
        status -> Text,
        cancelled_reason -> Nullable<Text>,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        version -> Integer,
        questions -> Text,
        attachment_kinds -> Text,
        criteria -> Text,
        payment_schedule -> Text,
        grant_months -> Integer,
        after_decision -> Text,
        aid -> Text,
    }
}

diesel::table! {
    gate_evidence (id) {
        id -> Text,
        call_id -> Text,
        seq -> Integer,
        gate -> Text,
        reference -> Text,
        decided_on -> Date,
        verdict -> Text,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    deadline_changes (id) {
        id -> Text,
        call_id -> Text,
        seq -> Integer,
        previous_at -> Nullable<Timestamp>,
        deadline_at -> Timestamp,
        time_zone -> Text,
        reason -> Text,
        changed_by -> Text,
        changed_at -> Timestamp,
    }
}

diesel::table! {
    audit_log (seq) {
        seq -> BigInt,
        id -> Text,
        at -> Timestamp,
        actor -> Text,
        action -> Text,
        target_type -> Text,
        target_id -> Text,
        before_json -> Nullable<Text>,
        after_json -> Nullable<Text>,
        chain_seq -> Nullable<BigInt>,
        prev_hash -> Nullable<Text>,
        hash -> Nullable<Text>,
        personal_commitment -> Nullable<Text>,
    }
}

diesel::table! {
    personal_data (entry_id) {
        entry_id -> Text,
        salt -> Nullable<Text>,
        content -> Nullable<Text>,
        erased_at -> Nullable<Timestamp>,
        erasure_id -> Nullable<Text>,
    }
}

diesel::table! {
    personal_data_subjects (subject, entry_id) {
        subject -> Text,
        entry_id -> Text,
    }
}

diesel::table! {
    log_pending (seq) {
        seq -> BigInt,
        entry_id -> Text,
    }
}

diesel::table! {
    log_leaves (log_index) {
        log_index -> BigInt,
        entry_seq -> BigInt,
        sealed_at -> Timestamp,
    }
}

diesel::table! {
    log_nodes (level, idx) {
        level -> Integer,
        idx -> BigInt,
        hash -> Binary,
    }
}

diesel::table! {
    log_checkpoints (tree_size) {
        tree_size -> BigInt,
        root_hash -> Binary,
        note -> Text,
        signed_at -> Timestamp,
    }
}

diesel::table! {
    audit_head (id) {
        id -> Integer,
        chain_seq -> BigInt,
        hash -> Text,
    }
}

diesel::table! {
    account_code_totals (account_id, code) {
        account_id -> Text,
        code -> Text,
        debits_posted -> BigInt,
        credits_posted -> BigInt,
    }
}

diesel::table! {
    organisations (id) {
        id -> Text,
        name -> Text,
        kbo -> Text,
        kind -> Text,
        street -> Text,
        postal_code -> Text,
        city -> Text,
        country -> Text,
        created_by -> Text,
        created_at -> Timestamp,
        verification_status -> Text,
        verification_decided_at -> Nullable<Timestamp>,
        verification_decided_by -> Nullable<Text>,
        kbo_extract_reference -> Nullable<Text>,
        mandate_reference -> Nullable<Text>,
        representative_identity -> Nullable<Text>,
        verification_reason -> Nullable<Text>,
    }
}

diesel::table! {
    memberships (organisation_id, user_id) {
        organisation_id -> Text,
        user_id -> Text,
        added_by -> Text,
        added_at -> Timestamp,
        role -> Text,
        invitation_id -> Nullable<Text>,
    }
}

diesel::table! {
    ended_memberships (id) {
        id -> Text,
        organisation_id -> Text,
        user_id -> Text,
        role -> Text,
        added_by -> Text,
        added_at -> Timestamp,
        invitation_id -> Nullable<Text>,
        ended_at -> Timestamp,
        ended_by -> Text,
        end_reason -> Text,
    }
}

diesel::table! {
    invitations (id) {
        id -> Text,
        organisation_id -> Text,
        email -> Text,
        invited_by -> Text,
        created_at -> Timestamp,
        expires_at -> Timestamp,
        status -> Text,
        answered_at -> Nullable<Timestamp>,
        answered_by -> Nullable<Text>,
    }
}

diesel::table! {
    applications (id) {
        id -> Text,
        call_id -> Text,
        lead_organisation_id -> Text,
        track -> Integer,
        status -> Text,
        content -> Text,
        requested_cents -> BigInt,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
        version -> Integer,
    }
}

diesel::table! {
    attachments (id) {
        id -> Text,
        application_id -> Text,
        kind -> Text,
        file_name -> Text,
        media_type -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        uploaded_by -> Text,
        uploaded_at -> Timestamp,
        detached_at -> Nullable<Timestamp>,
        detached_by -> Nullable<Text>,
    }
}

diesel::table! {
    receipt_counters (call_id) {
        call_id -> Text,
        last_number -> Integer,
    }
}

diesel::table! {
    receipts (id) {
        id -> Text,
        application_id -> Text,
        call_id -> Text,
        seq -> Integer,
        number -> Text,
        received_at -> Timestamp,
        digest -> Text,
        snapshot -> Text,
        submitted_by -> Text,
        log_entry_id -> Nullable<Text>,
    }
}

diesel::table! {
    call_questions (id) {
        id -> Text,
        call_id -> Text,
        question -> Text,
        asked_by -> Text,
        asked_at -> Timestamp,
        answer -> Nullable<Text>,
        answered_by -> Nullable<Text>,
        answered_at -> Nullable<Timestamp>,
        published -> Bool,
    }
}

diesel::table! {
    reviewer_affiliations (user_id, kbo) {
        user_id -> Text,
        kbo -> Text,
        added_by -> Text,
        added_at -> Timestamp,
    }
}

diesel::table! {
    screenings (seq) {
        seq -> BigInt,
        id -> Text,
        application_id -> Text,
        verdict -> Text,
        reason -> Text,
        screened_by -> Text,
        screened_at -> Timestamp,
    }
}

diesel::table! {
    assignments (id) {
        id -> Text,
        application_id -> Text,
        reviewer_id -> Text,
        status -> Text,
        assigned_by -> Text,
        assigned_at -> Timestamp,
        conflict_reason -> Nullable<Text>,
        conflict_declared_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    reviews (id) {
        id -> Text,
        assignment_id -> Text,
        application_id -> Text,
        reviewer_id -> Text,
        scores -> Text,
        comment -> Text,
        status -> Text,
        score_hundredths -> Nullable<BigInt>,
        updated_at -> Timestamp,
        submitted_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    decisions (seq) {
        seq -> BigInt,
        id -> Text,
        application_id -> Text,
        call_id -> Text,
        kind -> Text,
        awarded_cents -> Nullable<BigInt>,
        motivation -> Text,
        hold_transfer_id -> Nullable<Text>,
        decided_by -> Text,
        decided_at -> Timestamp,
    }
}

diesel::table! {
    outbox (seq) {
        seq -> BigInt,
        id -> Text,
        kind -> Text,
        organisation_id -> Text,
        application_id -> Text,
        payload -> Text,
        created_at -> Timestamp,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    grants (id) {
        id -> Text,
        call_id -> Text,
        organisation_id -> Text,
        track -> Integer,
        committed_cents -> BigInt,
        start_date -> Date,
        end_date -> Date,
        tranches -> Text,
        created_at -> Timestamp,
    }
}

diesel::table! {
    grant_payments (id) {
        id -> Text,
        grant_id -> Text,
        tranche -> Integer,
        amount_cents -> BigInt,
        vek_transfer_id -> Text,
        paid_by -> Text,
        paid_at -> Timestamp,
    }
}

diesel::table! {
    final_reports (id) {
        id -> Text,
        grant_id -> Text,
        version -> Integer,
        spent_cents -> BigInt,
        file_name -> Text,
        media_type -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        submitted_by -> Text,
        submitted_at -> Timestamp,
    }
}

diesel::table! {
    final_report_verdicts (report_id) {
        report_id -> Text,
        grant_id -> Text,
        accepted -> Bool,
        accepted_spend_cents -> Nullable<BigInt>,
        motivation -> Text,
        decided_by -> Text,
        decided_at -> Timestamp,
    }
}

diesel::table! {
    grant_settlements (grant_id) {
        grant_id -> Text,
        id -> Text,
        report_id -> Text,
        accepted_spend_cents -> BigInt,
        paid_before_cents -> BigInt,
        balance_cents -> BigInt,
        recovery_cents -> BigInt,
        release_cents -> BigInt,
        settled_by -> Text,
        settled_at -> Timestamp,
    }
}

diesel::table! {
    ledger_code_totals (ledger_id, account_kind, code) {
        ledger_id -> Text,
        account_kind -> Text,
        code -> Text,
        debits_posted -> BigInt,
        credits_posted -> BigInt,
    }
}

diesel::table! {
    webhook_endpoints (id) {
        seq -> BigInt,
        id -> Text,
        organisation_id -> Nullable<Text>,
        url -> Text,
        description -> Text,
        event_types -> Text,
        status -> Text,
        disabled_reason -> Nullable<Text>,
        consecutive_failures -> Integer,
        created_by -> Text,
        created_at -> Timestamp,
        updated_at -> Timestamp,
    }
}

diesel::table! {
    webhook_epoch (id) {
        id -> Integer,
        epoch -> BigInt,
    }
}

diesel::table! {
    webhook_secrets (seq) {
        seq -> BigInt,
        endpoint_id -> Text,
        secret -> Text,
        created_at -> Timestamp,
        retires_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    webhook_messages (id) {
        seq -> BigInt,
        id -> Text,
        endpoint_id -> Text,
        event_type -> Text,
        payload -> Text,
        created_at -> Timestamp,
        delivery_status -> Text,
        attempts -> Integer,
        next_attempt_at -> Nullable<Timestamp>,
        lease_owner -> Nullable<Text>,
        lease_until -> Nullable<Timestamp>,
        last_error -> Nullable<Text>,
        sent_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    webhook_attempts (seq) {
        seq -> BigInt,
        message_id -> Text,
        attempted_at -> Timestamp,
        response_status -> Nullable<Integer>,
        error -> Nullable<Text>,
        duration_ms -> BigInt,
    }
}

diesel::table! {
    reminders_sent (kind, subject_id, due_at, offset_seconds) {
        kind -> Text,
        subject_id -> Text,
        due_at -> Timestamp,
        offset_seconds -> BigInt,
        organisation_id -> Text,
        recipients -> Integer,
        sent_at -> Timestamp,
    }
}

diesel::table! {
    reminder_preferences (user_id) {
        user_id -> Text,
        enabled -> Bool,
        changed_at -> Timestamp,
    }
}

diesel::table! {
    grant_acceptances (grant_id) {
        grant_id -> Text,
        call_id -> Text,
        offered_at -> Timestamp,
        due_at -> Timestamp,
        zone -> Text,
        status -> Text,
        hold_transfer_id -> Nullable<Text>,
        partial -> Bool,
        answered_at -> Nullable<Timestamp>,
        answered_by -> Nullable<Text>,
    }
}

diesel::table! {
    reserve_places (application_id) {
        application_id -> Text,
        call_id -> Text,
        track -> Integer,
        rank -> Integer,
        amount_cents -> BigInt,
        placed_at -> Timestamp,
        until -> Timestamp,
        offered_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    objections (application_id) {
        application_id -> Text,
        id -> Text,
        call_id -> Text,
        organisation_id -> Text,
        grounds -> Text,
        lodged_by -> Text,
        lodged_at -> Timestamp,
        due_at -> Timestamp,
        zone -> Text,
        ruling -> Nullable<Text>,
        motivation -> Nullable<Text>,
        outcome -> Nullable<Text>,
        ruled_by -> Nullable<Text>,
        ruled_at -> Nullable<Timestamp>,
        attachment_count -> Integer,
    }
}

diesel::table! {
    aid_regulations (code) {
        code -> Text,
        regime -> Text,
        title -> Text,
        source -> Text,
        ceiling_cents -> Nullable<BigInt>,
        period_years -> Nullable<Integer>,
        valid_from -> Date,
        valid_until -> Nullable<Date>,
        added_by -> Text,
        added_at -> Timestamp,
    }
}

diesel::table! {
    control_links (id) {
        id -> Text,
        parent_id -> Text,
        subsidiary_id -> Text,
        criterion -> Text,
        status -> Text,
        declared_by -> Text,
        declared_at -> Timestamp,
        decided_by -> Nullable<Text>,
        decided_at -> Nullable<Timestamp>,
        reason -> Nullable<Text>,
    }
}

diesel::table! {
    aid_awards (id) {
        id -> Text,
        organisation_id -> Text,
        application_id -> Text,
        call_id -> Text,
        regulation -> Text,
        award_day -> Date,
        amount_cents -> BigInt,
        made_by -> Text,
        made_at -> Timestamp,
        ended_at -> Nullable<Timestamp>,
        ended_because -> Nullable<Text>,
    }
}

diesel::table! {
    double_funding_findings (id) {
        id -> Text,
        application_id -> Text,
        finding -> Text,
        note -> Text,
        recorded_by -> Text,
        recorded_at -> Timestamp,
    }
}

diesel::table! {
    grant_cancellations (grant_id) {
        grant_id -> Text,
        id -> Text,
        motivation -> Text,
        paid_before_cents -> BigInt,
        kept_cents -> BigInt,
        recovery_cents -> BigInt,
        release_cents -> BigInt,
        freed -> Bool,
        cancelled_by -> Text,
        cancelled_at -> Timestamp,
    }
}

diesel::table! {
    objection_attachments (id) {
        id -> Text,
        application_id -> Text,
        file_name -> Text,
        media_type -> Text,
        size_bytes -> BigInt,
        sha256 -> Text,
        description -> Nullable<Text>,
        uploaded_by -> Text,
        uploaded_at -> Timestamp,
    }
}

diesel::joinable!(accounts -> ledgers (ledger_id));
diesel::joinable!(log_leaves -> audit_log (entry_seq));
diesel::joinable!(webhook_secrets -> webhook_endpoints (endpoint_id));
diesel::joinable!(webhook_messages -> webhook_endpoints (endpoint_id));
diesel::joinable!(webhook_attempts -> webhook_messages (message_id));
diesel::joinable!(transfers -> ledgers (ledger_id));
diesel::joinable!(gate_evidence -> calls (call_id));
diesel::joinable!(deadline_changes -> calls (call_id));
diesel::joinable!(memberships -> organisations (organisation_id));
diesel::joinable!(memberships -> users (user_id));
diesel::joinable!(external_identities -> users (user_id));
diesel::joinable!(invitations -> organisations (organisation_id));
diesel::joinable!(applications -> calls (call_id));
diesel::joinable!(applications -> organisations (lead_organisation_id));
diesel::joinable!(attachments -> applications (application_id));
diesel::joinable!(receipts -> applications (application_id));

diesel::allow_columns_to_appear_in_same_group_by_clause!(accounts::kind, transfers::code);

diesel::allow_tables_to_appear_in_same_query!(
    users,
    account_epoch,
    webhook_epoch,
    revoked_tokens,
    external_identities,
    password_resets,
    budget_articles,
    ledgers,
    accounts,
    transfers,
    calls,
    gate_evidence,
    deadline_changes,
    audit_log,
    log_pending,
    personal_data,
    personal_data_subjects,
    log_leaves,
    log_nodes,
    log_checkpoints,
    account_code_totals,
    notifications,
    organisations,
    memberships,
    ended_memberships,
    invitations,
    applications,
    attachments,
    receipt_counters,
    receipts,
    call_questions,
    reviewer_affiliations,
    screenings,
    assignments,
    reviews,
    decisions,
    outbox,
    audit_head,
    grants,
    grant_payments,
    final_reports,
    final_report_verdicts,
    grant_settlements,
    ledger_code_totals,
    webhook_endpoints,
    webhook_secrets,
    webhook_messages,
    webhook_attempts,
    reminders_sent,
    reminder_preferences,
    grant_acceptances,
    reserve_places,
    objections,
    objection_attachments,
    grant_cancellations,
    aid_regulations,
    control_links,
    double_funding_findings,
    aid_awards,
);
