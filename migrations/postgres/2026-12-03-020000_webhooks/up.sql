-- Signed webhooks (issue #13, item 5). Keep in step with migrations/sqlite.
--
-- An endpoint belongs to an organisation (it receives that organisation's events) or to no
-- organisation (an admin's: every event). Its secrets sign each delivery (Standard Webhooks);
-- a rotation adds a secret and gives the one it replaces retires_at: both sign until then.
-- Secrets are kept as written (whsec_...): signing needs them, a hash would not do.
--
-- A webhook message is one event for one endpoint, written in the transaction of the fact it
-- tells; its id is the webhook-id the receiver deduplicates on, the same on every attempt and
-- replay. It is delivered like a notification (lease, back-off, parking): the same columns.
-- Each attempt is kept in webhook_attempts, the endpoint's delivery log.

CREATE TABLE webhook_endpoints (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    organisation_id TEXT REFERENCES organisations (id),
    url TEXT NOT NULL,
    description TEXT NOT NULL,
    event_types TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('active', 'disabled')),
    disabled_reason TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL REFERENCES users (id),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX webhook_endpoints_organisation ON webhook_endpoints (organisation_id);

CREATE TABLE webhook_secrets (
    seq BIGSERIAL PRIMARY KEY,
    endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints (id),
    secret TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    retires_at TIMESTAMP
);
CREATE INDEX webhook_secrets_endpoint ON webhook_secrets (endpoint_id);

CREATE TABLE webhook_messages (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints (id),
    event_type TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    delivery_status TEXT NOT NULL CHECK (delivery_status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP,
    lease_owner TEXT,
    lease_until TIMESTAMP,
    last_error TEXT,
    sent_at TIMESTAMP
);
CREATE INDEX webhook_messages_endpoint ON webhook_messages (endpoint_id, seq);
CREATE INDEX webhook_messages_due ON webhook_messages (next_attempt_at) WHERE delivery_status = 'pending';

CREATE TABLE webhook_attempts (
    seq BIGSERIAL PRIMARY KEY,
    message_id TEXT NOT NULL REFERENCES webhook_messages (id),
    attempted_at TIMESTAMP NOT NULL,
    response_status INTEGER,
    error TEXT,
    duration_ms BIGINT NOT NULL
);
CREATE INDEX webhook_attempts_message ON webhook_attempts (message_id, seq);
