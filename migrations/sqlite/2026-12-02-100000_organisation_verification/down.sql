-- Back to one organisation per enterprise number (fails while two share one).
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;

CREATE TABLE organisations_old (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    kbo TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    street TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);

INSERT INTO organisations_old
    (id, name, kbo, kind, street, postal_code, city, country, created_by, created_at)
SELECT id, name, kbo, kind, street, postal_code, city, country, created_by, created_at
FROM organisations;

DROP TABLE organisations;
ALTER TABLE organisations_old RENAME TO organisations;

COMMIT;
PRAGMA foreign_keys = ON;
