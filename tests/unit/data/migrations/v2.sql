-- A Hearth cache at schema version 2, written by tst_migrations from rows.sql.
PRAGMA user_version = 2;
CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    jid TEXT NOT NULL UNIQUE,
    host TEXT NOT NULL DEFAULT '',
    port INTEGER NOT NULL DEFAULT 0,
    security INTEGER NOT NULL DEFAULT 0,
    resource TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    remember_password INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    last_connected_at INTEGER
);
CREATE TABLE account_state (
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    value BLOB,
    PRIMARY KEY (account_id, key)
) WITHOUT ROWID;
CREATE TABLE contact (
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    jid TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    subscription INTEGER NOT NULL DEFAULT 0,
    ask INTEGER NOT NULL DEFAULT 0,
    last_status TEXT,
    last_seen_at INTEGER,
    PRIMARY KEY (account_id, jid)
) WITHOUT ROWID;
CREATE TABLE contact_group (
    account_id INTEGER NOT NULL,
    jid TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (account_id, jid, name),
    FOREIGN KEY (account_id, jid) REFERENCES contact(account_id, jid) ON DELETE CASCADE
) WITHOUT ROWID;
INSERT INTO account (id, jid, host, port, security, resource, enabled, remember_password, position, created_at, last_connected_at) VALUES (1, 'sam@example.org', '', 0, 0, 'hearth.Abc1', 1, 1, 0, 1700000000000, 1700000500000);
INSERT INTO account (id, jid, host, port, security, resource, enabled, remember_password, position, created_at, last_connected_at) VALUES (2, 'sam@work.example', '', 0, 0, '', 1, 1, 0, 1700000100000, NULL);
INSERT INTO account_state (account_id, key, value) VALUES (1, 'mam_last:alice@example.org', 'a1b2c3');
INSERT INTO account_state (account_id, key, value) VALUES (1, 'roster_version', 'ver42');
INSERT INTO contact (account_id, jid, name, subscription, ask, last_status, last_seen_at) VALUES (1, 'alice@example.org', 'Alice', 3, 0, 'Climbing 🧗', 1700000400000);
INSERT INTO contact (account_id, jid, name, subscription, ask, last_status, last_seen_at) VALUES (1, 'bob@example.org', '', 2, 1, NULL, NULL);
INSERT INTO contact (account_id, jid, name, subscription, ask, last_status, last_seen_at) VALUES (2, 'boss@work.example', 'Boss <b>', 3, 0, NULL, NULL);
INSERT INTO contact_group (account_id, jid, name) VALUES (1, 'alice@example.org', 'Climbing');
INSERT INTO contact_group (account_id, jid, name) VALUES (1, 'alice@example.org', 'Friends');
