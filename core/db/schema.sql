PRAGMA user_version = 14;
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
    raw_xml TEXT NOT NULL DEFAULT '',
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
    reply_quote TEXT NOT NULL DEFAULT '',
    imported INTEGER NOT NULL DEFAULT 0,
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
CREATE TABLE omemo_legacy_own (
    account_id INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
    device_id INTEGER NOT NULL,
    registration_id INTEGER NOT NULL,
    identity_public BLOB NOT NULL,
    identity_private BLOB NOT NULL,
    signed_pre_key_id INTEGER NOT NULL,
    signed_pre_key BLOB NOT NULL,
    next_pre_key_id INTEGER NOT NULL
);
CREATE TABLE omemo_legacy_pre_key (
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    key_id INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (account_id, key_id)
) WITHOUT ROWID;
CREATE TABLE omemo_legacy_device (
    account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    jid TEXT NOT NULL,
    device_id INTEGER NOT NULL,
    identity_key BLOB,
    session BLOB,
    listed INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (account_id, jid, device_id)
) WITHOUT ROWID;
