#include "Schema.h"

namespace Hearth::Schema {

namespace {
// Version 1: accounts and per-account key/value state (roster version,
// archive positions and the like are stored there by later features).
const QStringList kV1 = {
    QStringLiteral(
        "CREATE TABLE account ("
        " id INTEGER PRIMARY KEY,"
        " jid TEXT NOT NULL UNIQUE,"
        " host TEXT NOT NULL DEFAULT '',"
        " port INTEGER NOT NULL DEFAULT 0,"
        " security INTEGER NOT NULL DEFAULT 0,"
        " resource TEXT NOT NULL DEFAULT '',"
        " enabled INTEGER NOT NULL DEFAULT 1,"
        " remember_password INTEGER NOT NULL DEFAULT 1,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " created_at INTEGER NOT NULL,"
        " last_connected_at INTEGER)"),
    QStringLiteral(
        "CREATE TABLE account_state ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " key TEXT NOT NULL,"
        " value BLOB,"
        " PRIMARY KEY (account_id, key)) WITHOUT ROWID"),
};

// Version 2: the cached roster (RFC 6121 items) and its groups; presence
// stays in memory, only the last status text and last-seen time persist.
const QStringList kV2 = {
    QStringLiteral(
        "CREATE TABLE contact ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " jid TEXT NOT NULL,"
        " name TEXT NOT NULL DEFAULT '',"
        " subscription INTEGER NOT NULL DEFAULT 0,"
        " ask INTEGER NOT NULL DEFAULT 0,"
        " last_status TEXT,"
        " last_seen_at INTEGER,"
        " PRIMARY KEY (account_id, jid)) WITHOUT ROWID"),
    QStringLiteral(
        "CREATE TABLE contact_group ("
        " account_id INTEGER NOT NULL,"
        " jid TEXT NOT NULL,"
        " name TEXT NOT NULL,"
        " PRIMARY KEY (account_id, jid, name),"
        " FOREIGN KEY (account_id, jid) REFERENCES contact(account_id, jid) ON DELETE CASCADE) WITHOUT ROWID"),
};

// Version 3: cached profiles (vCard4 as XML, so unknown elements survive an
// edit) and the name each offers for the contact list.
const QStringList kV3 = {
    QStringLiteral(
        "CREATE TABLE contact_profile ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " jid TEXT NOT NULL,"
        " vcard_xml TEXT NOT NULL DEFAULT '',"
        " source INTEGER NOT NULL DEFAULT 0,"
        " pep_nickname TEXT NOT NULL DEFAULT '',"
        " display_name TEXT NOT NULL DEFAULT '',"
        " avatar_hash TEXT,"
        " fetched_at INTEGER,"
        " PRIMARY KEY (account_id, jid)) WITHOUT ROWID"),
};

// Version 4: posts and comments of every node Hearth reads, their tags and
// links, and a full-text index over title, text and tags. Feeds page on
// (published, id), never OFFSET.
const QStringList kV4 = {
    QStringLiteral(
        "CREATE TABLE post ("
        " id INTEGER PRIMARY KEY,"
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " service TEXT NOT NULL,"
        " node TEXT NOT NULL,"
        " item_id TEXT NOT NULL,"
        " atom_id TEXT NOT NULL DEFAULT '',"
        " title TEXT NOT NULL DEFAULT '',"
        " html TEXT NOT NULL DEFAULT '',"
        " text TEXT NOT NULL DEFAULT '',"
        " author_jid TEXT NOT NULL DEFAULT '',"
        " author_name TEXT NOT NULL DEFAULT '',"
        " published INTEGER NOT NULL,"
        " updated INTEGER NOT NULL,"
        " comments_service TEXT NOT NULL DEFAULT '',"
        " comments_node TEXT NOT NULL DEFAULT '',"
        " reply_to TEXT NOT NULL DEFAULT '',"
        " is_comment INTEGER NOT NULL DEFAULT 0,"
        " is_like INTEGER NOT NULL DEFAULT 0,"
        " raw_xml TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE UNIQUE INDEX post_item ON post(account_id, service, node, item_id)"),
    QStringLiteral("CREATE INDEX post_feed ON post(account_id, is_comment, published, id)"),
    QStringLiteral("CREATE INDEX post_thread ON post(account_id, service, node, published, id)"),
    QStringLiteral(
        "CREATE TABLE post_tag ("
        " post_id INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,"
        " tag TEXT NOT NULL,"
        " PRIMARY KEY (post_id, tag)) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX post_tag_by_tag ON post_tag(tag, post_id)"),
    QStringLiteral(
        "CREATE TABLE post_link ("
        " post_id INTEGER NOT NULL REFERENCES post(id) ON DELETE CASCADE,"
        " position INTEGER NOT NULL,"
        " rel TEXT NOT NULL, href TEXT NOT NULL, type TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',"
        " description TEXT NOT NULL DEFAULT '', logo TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (post_id, position)) WITHOUT ROWID"),
    QStringLiteral("CREATE VIRTUAL TABLE post_fts USING fts5(title, text, tags, tokenize = 'unicode61 remove_diacritics 2')"),
};

// Version 5: the nodes the user follows (a mirror of the XEP-0330 lists,
// with how far back the cache reaches).
const QStringList kV5 = {
    QStringLiteral(
        "CREATE TABLE follow ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " service TEXT NOT NULL,"
        " node TEXT NOT NULL,"
        " title TEXT NOT NULL DEFAULT '',"
        " shared INTEGER NOT NULL DEFAULT 0,"
        " complete INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (account_id, service, node)) WITHOUT ROWID"),
};

// Version 6: conversations and their messages. A chat is a contact's or a
// room's bare JID; messages page on (stamp, id), never OFFSET, and are
// deduplicated by the archive's stanza-id and the sender's origin-id.
const QStringList kV6 = {
    QStringLiteral(
        "CREATE TABLE chat ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " jid TEXT NOT NULL,"
        " kind INTEGER NOT NULL DEFAULT 0,"
        " name TEXT NOT NULL DEFAULT '',"
        " last_activity INTEGER NOT NULL DEFAULT 0,"
        " unread INTEGER NOT NULL DEFAULT 0,"
        " muted INTEGER NOT NULL DEFAULT 0,"
        " draft TEXT NOT NULL DEFAULT '',"
        " displayed_id TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (account_id, jid)) WITHOUT ROWID"),
    QStringLiteral("CREATE INDEX chat_by_activity ON chat(account_id, last_activity)"),
    QStringLiteral(
        "CREATE TABLE message ("
        " id INTEGER PRIMARY KEY,"
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " chat_jid TEXT NOT NULL,"
        " sender TEXT NOT NULL DEFAULT '',"
        " outgoing INTEGER NOT NULL DEFAULT 0,"
        " stamp INTEGER NOT NULL,"
        " message_id TEXT NOT NULL DEFAULT '',"
        " origin_id TEXT NOT NULL DEFAULT '',"
        " stanza_id TEXT NOT NULL DEFAULT '',"
        " body TEXT NOT NULL DEFAULT '',"
        " truncated INTEGER NOT NULL DEFAULT 0,"
        " state INTEGER NOT NULL DEFAULT 0,"
        " encryption INTEGER NOT NULL DEFAULT 0,"
        " edited INTEGER NOT NULL DEFAULT 0,"
        " retracted INTEGER NOT NULL DEFAULT 0,"
        " reply_to TEXT NOT NULL DEFAULT '',"
        " attachment_url TEXT NOT NULL DEFAULT '',"
        " attachment_type TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX message_by_chat ON message(account_id, chat_jid, stamp, id)"),
    QStringLiteral("CREATE UNIQUE INDEX message_stanza ON message(account_id, chat_jid, stanza_id) WHERE stanza_id <> ''"),
    QStringLiteral("CREATE INDEX message_origin ON message(account_id, chat_jid, origin_id) WHERE origin_id <> ''"),
    QStringLiteral("CREATE INDEX message_by_id ON message(account_id, chat_jid, message_id) WHERE message_id <> ''"),
    QStringLiteral("CREATE VIRTUAL TABLE message_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2')"),
};

// Version 7: reactions (XEP-0444, kept by target id so that reactions to a
// message not yet cached apply when it arrives), the quote a reply carried
// (XEP-0461), and group chats: the room's nickname, subject and
// notification level, and the user's bookmarks (XEP-0402) with their
// extensions kept verbatim.
const QStringList kV7 = {
    QStringLiteral("ALTER TABLE message ADD COLUMN reply_quote TEXT NOT NULL DEFAULT ''"),
    QStringLiteral(
        "CREATE TABLE reaction ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " chat_jid TEXT NOT NULL,"
        " target_id TEXT NOT NULL,"
        " sender TEXT NOT NULL,"
        " emojis TEXT NOT NULL,"
        " stamp INTEGER NOT NULL,"
        " PRIMARY KEY (account_id, chat_jid, target_id, sender)) WITHOUT ROWID"),
    QStringLiteral("ALTER TABLE chat ADD COLUMN nick TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE chat ADD COLUMN subject TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE chat ADD COLUMN notify INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral(
        "CREATE TABLE bookmark ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " jid TEXT NOT NULL,"
        " name TEXT NOT NULL DEFAULT '',"
        " nick TEXT NOT NULL DEFAULT '',"
        " autojoin INTEGER NOT NULL DEFAULT 0,"
        " extensions TEXT NOT NULL DEFAULT '',"
        " PRIMARY KEY (account_id, jid)) WITHOUT ROWID"),
};

// Version 8: how many unread room messages name the user (for rooms whose
// notification level is "only when mentioned").
const QStringList kV8 = {
    QStringLiteral("ALTER TABLE chat ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0"),
};

// Version 9: feed sync that cannot lose posts. Per node: the newest items
// held when its last catch-up completed (so an interrupted catch-up is
// resumed instead of taken for done), whether its first read reached the
// wanted depth and whether the cache holds all of it. Per post: who the
// server says published it, whether the entry's author is that publisher,
// the author the entry claimed when it is not, and the outbox state of the
// user's own posts, comments and likes made while offline or whose publish
// failed (published in order at the next session, or cancelled).
const QStringList kV9 = {
    QStringLiteral(
        "CREATE TABLE node_sync ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " service TEXT NOT NULL,"
        " node TEXT NOT NULL,"
        " marks TEXT NOT NULL DEFAULT '',"
        " depth_done INTEGER NOT NULL DEFAULT 0,"
        " complete INTEGER NOT NULL DEFAULT 0,"
        " running INTEGER NOT NULL DEFAULT 0,"
        " synced_at INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (account_id, service, node)) WITHOUT ROWID"),
    QStringLiteral("INSERT INTO node_sync (account_id, service, node, complete)"
                   " SELECT account_id, service, node, complete FROM follow WHERE complete <> 0"),
    QStringLiteral("ALTER TABLE follow DROP COLUMN complete"),
    QStringLiteral("ALTER TABLE post ADD COLUMN publisher TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE post ADD COLUMN verified INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE post ADD COLUMN claimed_author TEXT NOT NULL DEFAULT ''"),
    QStringLiteral("ALTER TABLE post ADD COLUMN pending INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral(
        "CREATE TABLE outbox ("
        " id INTEGER PRIMARY KEY,"
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " service TEXT NOT NULL,"
        " node TEXT NOT NULL,"
        " item_id TEXT NOT NULL,"
        " with_comments INTEGER NOT NULL DEFAULT 1,"
        " error TEXT NOT NULL DEFAULT '',"
        " created_at INTEGER NOT NULL)"),
    QStringLiteral("CREATE UNIQUE INDEX outbox_item ON outbox(account_id, service, node, item_id)"),
};

// Version 10: communities (pubsub nodes on a service) as last described by
// their service, with the user's own standing in each and how far the user
// has read it; and the community servers the user typed in (remembered).
const QStringList kV10 = {
    QStringLiteral(
        "CREATE TABLE community ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " service TEXT NOT NULL,"
        " node TEXT NOT NULL,"
        " title TEXT NOT NULL DEFAULT '',"
        " description TEXT NOT NULL DEFAULT '',"
        " type TEXT NOT NULL DEFAULT 'feed',"
        " access_model TEXT NOT NULL DEFAULT '',"
        " publish_model TEXT NOT NULL DEFAULT '',"
        " subscribers INTEGER,"
        " created_at INTEGER NOT NULL DEFAULT 0,"
        " avatar_hash TEXT NOT NULL DEFAULT '',"
        " avatar_url TEXT NOT NULL DEFAULT '',"
        " affiliation TEXT NOT NULL DEFAULT '',"
        " subscription TEXT NOT NULL DEFAULT '',"
        " seen_at INTEGER NOT NULL DEFAULT 0,"
        " described_at INTEGER NOT NULL DEFAULT 0,"
        " PRIMARY KEY (account_id, service, node)) WITHOUT ROWID"),
    QStringLiteral(
        "CREATE TABLE community_server ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " jid TEXT NOT NULL,"
        " added_at INTEGER NOT NULL,"
        " PRIMARY KEY (account_id, jid)) WITHOUT ROWID"),
};

// Version 11: search everywhere. Comments get a full-text index of their
// own (so that "the best five comments" never reads through the posts'
// matches; likes are not indexed), a deleted post or comment leaves no row
// in either index whatever deletes it (rowids are reused), and a comment's
// post is found from its comments node (search results open it).
const QStringList kV11 = {
    QStringLiteral("CREATE INDEX post_by_comments ON post(account_id, comments_service, comments_node) WHERE comments_node <> ''"),
    QStringLiteral("CREATE VIRTUAL TABLE comment_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2')"),
    QStringLiteral("CREATE TRIGGER post_unindex AFTER DELETE ON post BEGIN"
                   " DELETE FROM post_fts WHERE rowid = old.id; DELETE FROM comment_fts WHERE rowid = old.id; END"),
    QStringLiteral("DELETE FROM post_fts WHERE rowid NOT IN (SELECT id FROM post WHERE is_comment = 0)"),
    QStringLiteral("INSERT INTO comment_fts (rowid, title, text) SELECT id, title, text FROM post WHERE is_comment = 1 AND is_like = 0"),
};

// Version 12: importing an export into an account (issue 16). Messages
// brought from an export say so; the journal of an import holds each step
// done (a media file, an item, a contact…), so that an import started again
// goes on where it stopped and never does a step twice.
const QStringList kV12 = {
    QStringLiteral("ALTER TABLE message ADD COLUMN imported INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral(
        "CREATE TABLE import_step ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " archive TEXT NOT NULL,"
        " step TEXT NOT NULL,"
        " outcome INTEGER NOT NULL,"
        " detail TEXT NOT NULL DEFAULT '',"
        " done_at INTEGER NOT NULL,"
        " PRIMARY KEY (account_id, archive, step)) WITHOUT ROWID"),
};

// Version 13: end-to-end encryption (issue 19). QXmpp's OMEMO storage (the
// own device, its pre-keys, other devices and their sessions) and its trust
// storage, kept per account and written as QXmpp changes them; a
// conversation's choice (0 automatic, 1 on, 2 off); why a message could not
// be decrypted (0: it could).
const QStringList kV13 = {
    QStringLiteral(
        "CREATE TABLE omemo_own_device ("
        " account_id INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,"
        " device_id INTEGER NOT NULL,"
        " label TEXT NOT NULL DEFAULT '',"
        " private_identity_key BLOB,"
        " public_identity_key BLOB NOT NULL,"
        " latest_signed_pre_key_id INTEGER NOT NULL,"
        " latest_pre_key_id INTEGER NOT NULL)"),
    QStringLiteral(
        "CREATE TABLE omemo_signed_pre_key ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " key_id INTEGER NOT NULL,"
        " created_at INTEGER NOT NULL,"
        " data BLOB NOT NULL,"
        " PRIMARY KEY (account_id, key_id)) WITHOUT ROWID"),
    QStringLiteral(
        "CREATE TABLE omemo_pre_key ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " key_id INTEGER NOT NULL,"
        " data BLOB NOT NULL,"
        " PRIMARY KEY (account_id, key_id)) WITHOUT ROWID"),
    QStringLiteral(
        "CREATE TABLE omemo_device ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " jid TEXT NOT NULL,"
        " device_id INTEGER NOT NULL,"
        " label TEXT NOT NULL DEFAULT '',"
        " key_id BLOB,"
        " session BLOB,"
        " unresponded_sent INTEGER NOT NULL DEFAULT 0,"
        " unresponded_received INTEGER NOT NULL DEFAULT 0,"
        " removed_at INTEGER,"
        " PRIMARY KEY (account_id, jid, device_id)) WITHOUT ROWID"),
    QStringLiteral(
        "CREATE TABLE trust_setting ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " encryption TEXT NOT NULL,"
        " security_policy INTEGER NOT NULL DEFAULT 0,"
        " own_key BLOB,"
        " PRIMARY KEY (account_id, encryption)) WITHOUT ROWID"),
    QStringLiteral(
        "CREATE TABLE trust_key ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " encryption TEXT NOT NULL,"
        " owner_jid TEXT NOT NULL,"
        " key_id BLOB NOT NULL,"
        " trust_level INTEGER NOT NULL,"
        " PRIMARY KEY (account_id, encryption, owner_jid, key_id)) WITHOUT ROWID"),
    QStringLiteral("ALTER TABLE chat ADD COLUMN e2ee INTEGER NOT NULL DEFAULT 0"),
    QStringLiteral("ALTER TABLE message ADD COLUMN undecryptable INTEGER NOT NULL DEFAULT 0"),
};

// Version 14: OMEMO 0.3 (eu.siacs.conversations.axolotl), which QXmpp does
// not implement and Hearth runs on libomemo-c itself: this device's identity
// and signed pre-key, its one-time pre-keys, and each contact device's
// identity key and session (listed: in the owner's current device list).
const QStringList kV14 = {
    QStringLiteral(
        "CREATE TABLE omemo_legacy_own ("
        " account_id INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,"
        " device_id INTEGER NOT NULL,"
        " registration_id INTEGER NOT NULL,"
        " identity_public BLOB NOT NULL,"
        " identity_private BLOB NOT NULL,"
        " signed_pre_key_id INTEGER NOT NULL,"
        " signed_pre_key BLOB NOT NULL,"
        " next_pre_key_id INTEGER NOT NULL)"),
    QStringLiteral(
        "CREATE TABLE omemo_legacy_pre_key ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " key_id INTEGER NOT NULL,"
        " data BLOB NOT NULL,"
        " PRIMARY KEY (account_id, key_id)) WITHOUT ROWID"),
    QStringLiteral(
        "CREATE TABLE omemo_legacy_device ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " jid TEXT NOT NULL,"
        " device_id INTEGER NOT NULL,"
        " identity_key BLOB,"
        " session BLOB,"
        " listed INTEGER NOT NULL DEFAULT 1,"
        " PRIMARY KEY (account_id, jid, device_id)) WITHOUT ROWID"),
};

QStringList concat(std::initializer_list<QStringList> parts)
{
    QStringList all;
    for (const auto &part : parts)
        all += part;
    return all;
}
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, kV1},
        {2, kV2},
        {3, kV3},
        {4, kV4},
        {5, kV5},
        {6, kV6},
        {7, kV7},
        {8, kV8},
        {9, kV9},
        {10, kV10},
        {11, kV11},
        {12, kV12},
        {13, kV13},
        {14, kV14},
    };
    return list;
}

const QStringList &freshSchema()
{
    static const QStringList schema = concat({kV1, kV2, kV3, kV4, kV5, kV6, kV7, kV8, kV9, kV10, kV11, kV12, kV13, kV14});
    return schema;
}

int currentVersion()
{
    return migrations().constLast().version;
}

} // namespace Hearth::Schema
