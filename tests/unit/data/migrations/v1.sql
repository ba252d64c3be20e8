-- A Hearth cache at schema version 1, written by tst_migrations from rows.sql.
PRAGMA user_version = 1;
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
INSERT INTO account (id, jid, host, port, security, resource, enabled, remember_password, position, created_at, last_connected_at) VALUES (1, 'sam@example.org', '', 0, 0, 'hearth.Abc1', 1, 1, 0, 1700000000000, 1700000500000);
INSERT INTO account (id, jid, host, port, security, resource, enabled, remember_password, position, created_at, last_connected_at) VALUES (2, 'sam@work.example', '', 0, 0, '', 1, 1, 0, 1700000100000, NULL);
INSERT INTO account_state (account_id, key, value) VALUES (1, 'mam_last:alice@example.org', 'a1b2c3');
INSERT INTO account_state (account_id, key, value) VALUES (1, 'roster_version', 'ver42');
