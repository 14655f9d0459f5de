-- (SQLite; keep in step with migrations/postgres.) The verifiable audit log (issue #16): audit
-- entries are appended with no chain link and no shared row (the entry and its place in the
-- queue, both inserts); the sequencer, one at a time, seals queued entries into an RFC 9162
-- Merkle tree and signs a checkpoint of it.
ALTER TABLE audit_log ADD COLUMN personal_commitment TEXT;

-- entries waiting to be sealed (a row leaves the queue in the transaction that seals its entry)
CREATE TABLE log_pending (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id TEXT NOT NULL UNIQUE REFERENCES audit_log (id)
);

-- the sealed entries, by their index in the tree
CREATE TABLE log_leaves (
    log_index BIGINT PRIMARY KEY NOT NULL CHECK (log_index >= 0),
    entry_seq BIGINT NOT NULL UNIQUE REFERENCES audit_log (seq),
    sealed_at TIMESTAMP NOT NULL
);

-- the hash of every complete subtree: (level, idx) covers leaves idx * 2^level .. (idx + 1) * 2^level
CREATE TABLE log_nodes (
    level INTEGER NOT NULL CHECK (level >= 0 AND level < 64),
    idx BIGINT NOT NULL CHECK (idx >= 0),
    hash BLOB NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (level, idx)
);

-- every signed checkpoint (C2SP tlog-checkpoint in a signed note)
CREATE TABLE log_checkpoints (
    tree_size BIGINT PRIMARY KEY NOT NULL CHECK (tree_size > 0),
    root_hash BLOB NOT NULL CHECK (length(root_hash) = 32),
    note TEXT NOT NULL,
    signed_at TIMESTAMP NOT NULL
);

CREATE TRIGGER log_leaves_is_append_only_update BEFORE UPDATE ON log_leaves
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER log_leaves_is_append_only_delete BEFORE DELETE ON log_leaves
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER log_nodes_is_append_only_update BEFORE UPDATE ON log_nodes
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER log_nodes_is_append_only_delete BEFORE DELETE ON log_nodes
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER log_checkpoints_is_append_only_update BEFORE UPDATE ON log_checkpoints
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER log_checkpoints_is_append_only_delete BEFORE DELETE ON log_checkpoints
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- the personal data an entry concerns (names, e-mail addresses, free text), out of what is
-- sealed: the entry holds a salted commitment to it. Erasing a person's data (GDPR art. 17)
-- empties content and salt; the sealed entry and every proof stay as they are.
CREATE TABLE personal_data (
    entry_id TEXT PRIMARY KEY NOT NULL REFERENCES audit_log (id),
    salt TEXT,
    content TEXT,
    erased_at TIMESTAMP,
    erasure_id TEXT
);
-- whom each entry's personal data concerns ('user:<id>', 'email:<address>'), for erasure
CREATE TABLE personal_data_subjects (
    subject TEXT NOT NULL,
    entry_id TEXT NOT NULL REFERENCES personal_data (entry_id),
    PRIMARY KEY (subject, entry_id)
);

-- the entries already written (the hash chain and what came before it) become the log's first
-- entries, in the order they were written
INSERT INTO log_pending (entry_id) SELECT id FROM audit_log ORDER BY seq;
