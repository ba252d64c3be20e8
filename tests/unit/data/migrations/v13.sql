-- A Hearth cache at schema version 13, written by tst_migrations from rows.sql.
PRAGMA user_version = 13;
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
CREATE TABLE contact_profile (
    
    
    
    
    
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    
    
    
    
    
    jid TEXT NOT NULL,
    
    
    
    
    
    vcard_xml TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    source INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    pep_nickname TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    display_name TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    avatar_hash TEXT,
    
    
    
    
    
    fetched_at INTEGER,
    
    
    
    
    
    PRIMARY KEY (account_id, jid)
) WITHOUT ROWID;
CREATE TABLE post (
    
    
    
    
    
    id INTEGER PRIMARY KEY,
    
    
    
    
    
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    
    
    
    
    
    service TEXT NOT NULL,
    
    
    
    
    
    node TEXT NOT NULL,
    
    
    
    
    
    item_id TEXT NOT NULL,
    
    
    
    
    
    atom_id TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    title TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    html TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    text TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    author_jid TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    author_name TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    published INTEGER NOT NULL,
    
    
    
    
    
    updated INTEGER NOT NULL,
    
    
    
    
    
    comments_service TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    comments_node TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    reply_to TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    is_comment INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    is_like INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    raw_xml TEXT NOT NULL DEFAULT ''
,
    
    
    
    
    publisher TEXT NOT NULL DEFAULT '',
    
    
    
    
    verified INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    claimed_author TEXT NOT NULL DEFAULT '',
    
    
    
    
    pending INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX post_item ON post(account_id, service, node, item_id);
CREATE INDEX post_feed ON post(account_id, is_comment, published, id);
CREATE INDEX post_thread ON post(account_id, service, node, published, id);
CREATE TABLE post_tag (
    
    
    
    
    
    post_id INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
    
    
    
    
    
    tag TEXT NOT NULL,
    
    
    
    
    
    PRIMARY KEY (post_id, tag)
) WITHOUT ROWID;
CREATE INDEX post_tag_by_tag ON post_tag(tag, post_id);
CREATE TABLE post_link (
    
    
    
    
    
    post_id INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,
    
    
    
    
    
    position INTEGER NOT NULL,
    
    
    
    
    
    rel TEXT NOT NULL,
    
    
    
    
    
    href TEXT NOT NULL,
    
    
    
    
    
    type TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    title TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    description TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    logo TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    PRIMARY KEY (post_id, position)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE post_fts USING fts5(
    
    
    
    
    
    title,
    
    
    
    
    
    text,
    
    
    
    
    
    tags,
    
    
    
    
    
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE follow (
    
    
    
    
    
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    
    
    
    
    
    service TEXT NOT NULL,
    
    
    
    
    
    node TEXT NOT NULL,
    
    
    
    
    
    title TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    shared INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    PRIMARY KEY (account_id, service, node)
) WITHOUT ROWID;
CREATE TABLE chat (
    
    
    
    
    
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    
    
    
    
    
    jid TEXT NOT NULL,
    
    
    
    
    
    kind INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    name TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    last_activity INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    unread INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    muted INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    draft TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    displayed_id TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    nick TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    subject TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    notify INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    mentions INTEGER NOT NULL DEFAULT 0,
    e2ee INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    PRIMARY KEY (account_id, jid)
) WITHOUT ROWID;
CREATE INDEX chat_by_activity ON chat(account_id, last_activity);
CREATE TABLE message (
    
    
    
    
    
    id INTEGER PRIMARY KEY,
    
    
    
    
    
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    
    
    
    
    
    chat_jid TEXT NOT NULL,
    
    
    
    
    
    sender TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    outgoing INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    stamp INTEGER NOT NULL,
    
    
    
    
    
    message_id TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    origin_id TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    stanza_id TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    body TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    truncated INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    state INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    encryption INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    edited INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    retracted INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    reply_to TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    attachment_url TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    attachment_type TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    reply_quote TEXT NOT NULL DEFAULT ''
,
    
    imported INTEGER NOT NULL DEFAULT 0
,
    undecryptable INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX message_by_chat ON message(account_id, chat_jid, stamp, id);
CREATE UNIQUE INDEX message_stanza ON message(account_id, chat_jid, stanza_id) WHERE stanza_id <> '';
CREATE INDEX message_origin ON message(account_id, chat_jid, origin_id) WHERE origin_id <> '';
CREATE INDEX message_by_id ON message(account_id, chat_jid, message_id) WHERE message_id <> '';
CREATE VIRTUAL TABLE message_fts USING fts5(
    
    
    
    
    
    body,
    
    
    
    
    
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TABLE reaction (
    
    
    
    
    
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    
    
    
    
    
    chat_jid TEXT NOT NULL,
    
    
    
    
    
    target_id TEXT NOT NULL,
    
    
    
    
    
    sender TEXT NOT NULL,
    
    
    
    
    
    emojis TEXT NOT NULL,
    
    
    
    
    
    stamp INTEGER NOT NULL,
    
    
    
    
    
    PRIMARY KEY (account_id, chat_jid, target_id, sender)
) WITHOUT ROWID;
CREATE TABLE bookmark (
    
    
    
    
    
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    
    
    
    
    
    jid TEXT NOT NULL,
    
    
    
    
    
    name TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    nick TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    autojoin INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    
    extensions TEXT NOT NULL DEFAULT '',
    
    
    
    
    
    PRIMARY KEY (account_id, jid)
) WITHOUT ROWID;
CREATE TABLE node_sync (
    
    
    
    
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    
    
    
    
    service TEXT NOT NULL,
    
    
    
    
    node TEXT NOT NULL,
    
    
    
    
    marks TEXT NOT NULL DEFAULT '',
    
    
    
    
    depth_done INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    complete INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    running INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    synced_at INTEGER NOT NULL DEFAULT 0,
    
    
    
    
    PRIMARY KEY (account_id, service, node)
) WITHOUT ROWID;
CREATE TABLE outbox (
    
    
    
    
    id INTEGER PRIMARY KEY,
    
    
    
    
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    
    
    
    
    service TEXT NOT NULL,
    
    
    
    
    node TEXT NOT NULL,
    
    
    
    
    item_id TEXT NOT NULL,
    
    
    
    
    with_comments INTEGER NOT NULL DEFAULT 1,
    
    
    
    
    error TEXT NOT NULL DEFAULT '',
    
    
    
    
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX outbox_item ON outbox(account_id, service, node, item_id);
CREATE TABLE community (
    
    
    
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    
    
    
    service TEXT NOT NULL,
    
    
    
    node TEXT NOT NULL,
    
    
    
    title TEXT NOT NULL DEFAULT '',
    
    
    
    description TEXT NOT NULL DEFAULT '',
    
    
    
    type TEXT NOT NULL DEFAULT 'feed',
    
    
    
    access_model TEXT NOT NULL DEFAULT '',
    
    
    
    publish_model TEXT NOT NULL DEFAULT '',
    
    
    
    subscribers INTEGER,
    
    
    
    created_at INTEGER NOT NULL DEFAULT 0,
    
    
    
    avatar_hash TEXT NOT NULL DEFAULT '',
    
    
    
    avatar_url TEXT NOT NULL DEFAULT '',
    
    
    
    affiliation TEXT NOT NULL DEFAULT '',
    
    
    
    subscription TEXT NOT NULL DEFAULT '',
    
    
    
    seen_at INTEGER NOT NULL DEFAULT 0,
    
    
    
    described_at INTEGER NOT NULL DEFAULT 0,
    
    
    
    PRIMARY KEY (account_id, service, node)
) WITHOUT ROWID;
CREATE TABLE community_server (
    
    
    
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    
    
    
    jid TEXT NOT NULL,
    
    
    
    added_at INTEGER NOT NULL,
    
    
    
    PRIMARY KEY (account_id, jid)
) WITHOUT ROWID;
CREATE INDEX post_by_comments ON post(account_id, comments_service, comments_node) WHERE comments_node <> '';
CREATE VIRTUAL TABLE comment_fts USING fts5(
    
    
    title,
    
    
    text,
    
    
    tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER post_unindex AFTER DELETE ON post BEGIN DELETE FROM post_fts WHERE rowid = old.id; DELETE FROM comment_fts WHERE rowid = old.id; END;
CREATE TABLE import_step (
    
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    
    archive TEXT NOT NULL,
    
    step TEXT NOT NULL,
    
    outcome INTEGER NOT NULL,
    
    detail TEXT NOT NULL DEFAULT '',
    
    done_at INTEGER NOT NULL,
    
    PRIMARY KEY (account_id, archive, step)
) WITHOUT ROWID;
CREATE TABLE omemo_own_device (
    account_id INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
    device_id INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    private_identity_key BLOB,
    public_identity_key BLOB NOT NULL,
    latest_signed_pre_key_id INTEGER NOT NULL,
    latest_pre_key_id INTEGER NOT NULL
);
CREATE TABLE omemo_signed_pre_key (
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    key_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (account_id, key_id)
) WITHOUT ROWID;
CREATE TABLE omemo_pre_key (
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    key_id INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (account_id, key_id)
) WITHOUT ROWID;
CREATE TABLE omemo_device (
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    jid TEXT NOT NULL,
    device_id INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    key_id BLOB,
    session BLOB,
    unresponded_sent INTEGER NOT NULL DEFAULT 0,
    unresponded_received INTEGER NOT NULL DEFAULT 0,
    removed_at INTEGER,
    PRIMARY KEY (account_id, jid, device_id)
) WITHOUT ROWID;
CREATE TABLE trust_setting (
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    encryption TEXT NOT NULL,
    security_policy INTEGER NOT NULL DEFAULT 0,
    own_key BLOB,
    PRIMARY KEY (account_id, encryption)
) WITHOUT ROWID;
CREATE TABLE trust_key (
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    encryption TEXT NOT NULL,
    owner_jid TEXT NOT NULL,
    key_id BLOB NOT NULL,
    trust_level INTEGER NOT NULL,
    PRIMARY KEY (account_id, encryption, owner_jid, key_id)
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
INSERT INTO contact_profile (account_id, jid, vcard_xml, source, pep_nickname, display_name, avatar_hash, fetched_at) VALUES (1, 'alice@example.org', '<vcard xmlns="urn:ietf:params:xml:ns:vcard-4.0"><fn><text>Alice Martin</text></fn><tel><uri>tel:+33-1-23</uri></tel></vcard>', 1, 'Ali', 'Alice Martin', '2b9c4e5f', 1700000300000);
INSERT INTO post (id, account_id, service, node, item_id, atom_id, title, html, text, author_jid, author_name, published, updated, comments_service, comments_node, reply_to, is_comment, is_like, raw_xml, publisher, verified, claimed_author, pending) VALUES (1, 1, 'alice@example.org', 'urn:xmpp:microblog:0', 'p1', 'tag:example.org,2023:p1', 'Sunday at the crag', '<p>We climbed <strong>all day</strong>.</p>', 'We climbed all day.', 'alice@example.org', 'Alice', 1700000200000, 1700000200000, 'pubsub.example.org', 'urn:xmpp:microblog:0:comments/p1', '', 0, 0, '<entry xmlns="http://www.w3.org/2005/Atom"/>', '', 0, '', 0);
INSERT INTO post (id, account_id, service, node, item_id, atom_id, title, html, text, author_jid, author_name, published, updated, comments_service, comments_node, reply_to, is_comment, is_like, raw_xml, publisher, verified, claimed_author, pending) VALUES (2, 1, 'pubsub.example.org', 'urn:xmpp:microblog:0:comments/p1', 'c1', '', 'Looks great!', '', 'Looks great!', 'bob@example.org', 'Bob', 1700000210000, 1700000210000, '', '', '', 1, 0, '', '', 0, '', 0);
INSERT INTO post (id, account_id, service, node, item_id, atom_id, title, html, text, author_jid, author_name, published, updated, comments_service, comments_node, reply_to, is_comment, is_like, raw_xml, publisher, verified, claimed_author, pending) VALUES (3, 1, 'pubsub.example.org', 'urn:xmpp:microblog:0:comments/p1', 'l1', '', '♥', '', '', 'sam@example.org', '', 1700000220000, 1700000220000, '', '', '', 1, 1, '', '', 0, '', 0);
INSERT INTO post_tag (post_id, tag) VALUES (1, 'climbing');
INSERT INTO post_link (post_id, position, rel, href, type, title, description, logo) VALUES (1, 0, 'enclosure', 'https://upload.example.org/crag.jpg', 'image/jpeg', '', '', '');
INSERT INTO post_fts (rowid, title, text, tags) VALUES (1, 'Sunday at the crag', 'We climbed all day.', 'climbing');
INSERT INTO follow (account_id, service, node, title, shared) VALUES (1, 'alice@example.org', 'urn:xmpp:microblog:0', 'Alice', 1);
INSERT INTO follow (account_id, service, node, title, shared) VALUES (1, 'bob@example.org', 'urn:xmpp:microblog:0', '', 0);
INSERT INTO chat (account_id, jid, kind, name, last_activity, unread, muted, draft, displayed_id, nick, subject, notify, mentions, e2ee) VALUES (1, 'alice@example.org', 0, 'Alice', 1700000260000, 1, 0, 'See you', 'm1', '', '', 0, 0, 0);
INSERT INTO chat (account_id, jid, kind, name, last_activity, unread, muted, draft, displayed_id, nick, subject, notify, mentions, e2ee) VALUES (1, 'climbing@muc.example.org', 1, 'Climbing', 1700000270000, 2, 0, '', '', 'sam', 'Sunday plans', 1, 1, 0);
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, origin_id, stanza_id, body, truncated, state, encryption, edited, retracted, reply_to, attachment_url, attachment_type, reply_quote, imported, undecryptable) VALUES (1, 1, 'alice@example.org', 'alice@example.org', 0, 1700000240000, 'm1', 'o1', 's1', 'Rope tomorrow?', 0, 0, 0, 0, 0, '', '', '', '', 0, 0);
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, origin_id, stanza_id, body, truncated, state, encryption, edited, retracted, reply_to, attachment_url, attachment_type, reply_quote, imported, undecryptable) VALUES (2, 1, 'alice@example.org', 'sam@example.org', 1, 1700000250000, 'm2', 'm2', 's2', 'Yes, at 9', 0, 3, 0, 1, 0, '', '', '', '', 0, 0);
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, origin_id, stanza_id, body, truncated, state, encryption, edited, retracted, reply_to, attachment_url, attachment_type, reply_quote, imported, undecryptable) VALUES (3, 1, 'alice@example.org', 'alice@example.org', 0, 1700000255000, 'm3', '', 's3', '', 0, 0, 0, 0, 1, '', '', '', '', 0, 0);
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, origin_id, stanza_id, body, truncated, state, encryption, edited, retracted, reply_to, attachment_url, attachment_type, reply_quote, imported, undecryptable) VALUES (4, 1, 'alice@example.org', 'alice@example.org', 0, 1700000260000, 'm4', '', 's4', 'https://upload.example.org/topo.png', 0, 0, 0, 0, 0, '', 'https://upload.example.org/topo.png', 'image/png', '', 0, 0);
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, origin_id, stanza_id, body, truncated, state, encryption, edited, retracted, reply_to, attachment_url, attachment_type, reply_quote, imported, undecryptable) VALUES (5, 1, 'climbing@muc.example.org', 'carol', 0, 1700000270000, 'r1', '', 'rs1', 'sam: bring the rope?', 0, 0, 0, 0, 0, '', '', '', '', 0, 0);
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, origin_id, stanza_id, body, truncated, state, encryption, edited, retracted, reply_to, attachment_url, attachment_type, reply_quote, imported, undecryptable) VALUES (6, 1, 'climbing@muc.example.org', 'sam', 1, 1700000280000, 'r2', '', 'rs2', 'I will', 0, 0, 0, 0, 0, 'rs1', '', '', '> sam: bring the rope?', 0, 0);
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, origin_id, stanza_id, body, truncated, state, encryption, edited, retracted, reply_to, attachment_url, attachment_type, reply_quote, imported, undecryptable) VALUES (7, 1, 'bob@example.org', 'alice@example.org', 1, 1690000000000, 'old-1', '', 'archive-old-1', 'From the old server', 0, 0, 0, 0, 0, '', '', '', '', 1, 0);
INSERT INTO message_fts (rowid, body) VALUES (1, 'Rope tomorrow?');
INSERT INTO message_fts (rowid, body) VALUES (2, 'Yes, at 9');
INSERT INTO message_fts (rowid, body) VALUES (5, 'sam: bring the rope?');
INSERT INTO reaction (account_id, chat_jid, target_id, sender, emojis, stamp) VALUES (1, 'alice@example.org', 'm2', 'alice@example.org', '👍', 1700000265000);
INSERT INTO bookmark (account_id, jid, name, nick, autojoin, extensions) VALUES (1, 'climbing@muc.example.org', 'Climbing', 'sam', 1, '<extensions xmlns="urn:xmpp:bookmarks:1"><x xmlns="urn:example"/></extensions>');
INSERT INTO bookmark (account_id, jid, name, nick, autojoin, extensions) VALUES (1, 'quiet@muc.example.org', 'Quiet room', '', 0, '');
INSERT INTO node_sync (account_id, service, node, marks, depth_done, complete, running, synced_at) VALUES (1, 'alice@example.org', 'urn:xmpp:microblog:0', '', 0, 1, 0, 0);
INSERT INTO community (account_id, service, node, title, description, type, access_model, publish_model, subscribers, created_at, avatar_hash, avatar_url, affiliation, subscription, seen_at, described_at) VALUES (1, 'pubsub.example.org', 'climbing', 'Climbing <b>', 'Routes & crags', 'feed', 'open', 'publishers', 12, 1700000000000, '3f786850e387550fdab836ed7e6dc881de23001b', 'https://example.org/c.png', 'member', 'subscribed', 1700000600000, 1700000700000);
INSERT INTO community (account_id, service, node, title, description, type, access_model, publish_model, subscribers, created_at, avatar_hash, avatar_url, affiliation, subscription, seen_at, described_at) VALUES (1, 'pubsub.example.org', 'sams-photos', 'Sam''s photos', '', 'gallery', 'authorize', 'publishers', NULL, 0, '', '', 'owner', '', 0, 0);
INSERT INTO community_server (account_id, jid, added_at) VALUES (1, 'pubsub.movim.example', 1700000800000);
INSERT INTO comment_fts (rowid, title, text) VALUES (2, 'Looks great!', 'Looks great!');
INSERT INTO import_step (account_id, archive, step, outcome, detail, done_at) VALUES (1, 'alice@old.example 2026-11-30T08:15:00Z', 'media:3f786850e387550fdab836ed7e6dc881de23001b', 1, 'https://upload.example.org/new/cat.jpg', 1700000900000);
