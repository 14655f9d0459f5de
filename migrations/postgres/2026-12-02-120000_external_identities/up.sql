-- Sign-in through a government's own OpenID Connect provider (issue #12, item 4): each
-- identity of the provider (its issuer and subject) is linked to one local account, which
-- keeps its own role. An account has at most one identity per provider. Keep in step with
-- migrations/sqlite.

CREATE TABLE external_identities (
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id),
    linked_at TIMESTAMP NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE UNIQUE INDEX external_identities_user ON external_identities (user_id, issuer);
