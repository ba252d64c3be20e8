-- Rows a user's cache held at each schema version, written with the columns
-- their table had when it was created. tst_migrations writes vN.sql (the
-- schema at version N with every row of the sections up to N) from this
-- file once, when a migration is added (HEARTH_WRITE_MIGRATION_FIXTURES);
-- the checked-in vN.sql files are the old databases every later migration
-- must carry forward.

-- version 1: an account and its state
INSERT INTO account (id, jid, host, port, security, resource, enabled, remember_password, position, created_at, last_connected_at)
VALUES (1, 'sam@example.org', '', 0, 0, 'hearth.Abc1', 1, 1, 0, 1700000000000, 1700000500000);
INSERT INTO account (id, jid, created_at) VALUES (2, 'sam@work.example', 1700000100000);
INSERT INTO account_state (account_id, key, value) VALUES (1, 'roster_version', 'ver42');
INSERT INTO account_state (account_id, key, value) VALUES (1, 'mam_last:alice@example.org', 'a1b2c3');

-- version 2: contacts with groups, a pending request, a last status
INSERT INTO contact (account_id, jid, name, subscription, ask, last_status, last_seen_at)
VALUES (1, 'alice@example.org', 'Alice', 3, 0, 'Climbing 🧗', 1700000400000);
INSERT INTO contact (account_id, jid, name, subscription, ask) VALUES (1, 'bob@example.org', '', 2, 1);
INSERT INTO contact (account_id, jid, name, subscription, ask) VALUES (2, 'boss@work.example', 'Boss <b>', 3, 0);
INSERT INTO contact_group (account_id, jid, name) VALUES (1, 'alice@example.org', 'Friends');
INSERT INTO contact_group (account_id, jid, name) VALUES (1, 'alice@example.org', 'Climbing');

-- version 3: a cached profile
INSERT INTO contact_profile (account_id, jid, vcard_xml, source, pep_nickname, display_name, avatar_hash, fetched_at)
VALUES (1, 'alice@example.org', '<vcard xmlns="urn:ietf:params:xml:ns:vcard-4.0"><fn><text>Alice Martin</text></fn><tel><uri>tel:+33-1-23</uri></tel></vcard>',
        1, 'Ali', 'Alice Martin', '2b9c4e5f', 1700000300000);

-- version 4: a post with a tag, a picture link, a comment and a like, and
-- its full-text row
INSERT INTO post (id, account_id, service, node, item_id, atom_id, title, html, text, author_jid, author_name, published, updated,
                  comments_service, comments_node, reply_to, is_comment, is_like, raw_xml)
VALUES (1, 1, 'alice@example.org', 'urn:xmpp:microblog:0', 'p1', 'tag:example.org,2023:p1', 'Sunday at the crag',
        '<p>We climbed <strong>all day</strong>.</p>', 'We climbed all day.', 'alice@example.org', 'Alice', 1700000200000, 1700000200000,
        'pubsub.example.org', 'urn:xmpp:microblog:0:comments/p1', '', 0, 0, '<entry xmlns="http://www.w3.org/2005/Atom"/>');
INSERT INTO post (id, account_id, service, node, item_id, title, text, author_jid, author_name, published, updated, is_comment)
VALUES (2, 1, 'pubsub.example.org', 'urn:xmpp:microblog:0:comments/p1', 'c1', 'Looks great!', 'Looks great!', 'bob@example.org', 'Bob',
        1700000210000, 1700000210000, 1);
INSERT INTO post (id, account_id, service, node, item_id, title, author_jid, published, updated, is_comment, is_like)
VALUES (3, 1, 'pubsub.example.org', 'urn:xmpp:microblog:0:comments/p1', 'l1', '♥', 'sam@example.org', 1700000220000, 1700000220000, 1, 1);
INSERT INTO post_tag (post_id, tag) VALUES (1, 'climbing');
INSERT INTO post_link (post_id, position, rel, href, type, title, description, logo)
VALUES (1, 0, 'enclosure', 'https://upload.example.org/crag.jpg', 'image/jpeg', '', '', '');
INSERT INTO post_fts (rowid, title, text, tags) VALUES (1, 'Sunday at the crag', 'We climbed all day.', 'climbing');
INSERT INTO post_fts (rowid, title, text, tags) VALUES (2, 'Looks great!', 'Looks great!', '');

-- version 5: followed blogs, one read to its end
INSERT INTO follow (account_id, service, node, title, shared, complete) VALUES (1, 'alice@example.org', 'urn:xmpp:microblog:0', 'Alice', 1, 1);
INSERT INTO follow (account_id, service, node, title, shared, complete) VALUES (1, 'bob@example.org', 'urn:xmpp:microblog:0', '', 0, 0);

-- version 6: a one-to-one chat and a room, messages of each kind
INSERT INTO chat (account_id, jid, kind, name, last_activity, unread, muted, draft, displayed_id)
VALUES (1, 'alice@example.org', 0, 'Alice', 1700000260000, 1, 0, 'See you', 'm1');
INSERT INTO chat (account_id, jid, kind, name, last_activity, unread) VALUES (1, 'climbing@muc.example.org', 1, 'Climbing', 1700000270000, 2);
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, origin_id, stanza_id, body, state)
VALUES (1, 1, 'alice@example.org', 'alice@example.org', 0, 1700000240000, 'm1', 'o1', 's1', 'Rope tomorrow?', 0);
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, origin_id, stanza_id, body, state, edited)
VALUES (2, 1, 'alice@example.org', 'sam@example.org', 1, 1700000250000, 'm2', 'm2', 's2', 'Yes, at 9', 3, 1);
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, stanza_id, body, retracted)
VALUES (3, 1, 'alice@example.org', 'alice@example.org', 0, 1700000255000, 'm3', 's3', '', 1);
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, stanza_id, body, attachment_url, attachment_type)
VALUES (4, 1, 'alice@example.org', 'alice@example.org', 0, 1700000260000, 'm4', 's4', 'https://upload.example.org/topo.png',
        'https://upload.example.org/topo.png', 'image/png');
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, stanza_id, body, reply_to)
VALUES (5, 1, 'climbing@muc.example.org', 'carol', 0, 1700000270000, 'r1', 'rs1', 'sam: bring the rope?', '');
INSERT INTO message_fts (rowid, body) VALUES (1, 'Rope tomorrow?');
INSERT INTO message_fts (rowid, body) VALUES (2, 'Yes, at 9');
INSERT INTO message_fts (rowid, body) VALUES (5, 'sam: bring the rope?');

-- version 7: a reaction, a reply with its quote, a room's nickname and
-- subject, bookmarks
INSERT INTO reaction (account_id, chat_jid, target_id, sender, emojis, stamp)
VALUES (1, 'alice@example.org', 'm2', 'alice@example.org', '👍', 1700000265000);
INSERT INTO message (id, account_id, chat_jid, sender, outgoing, stamp, message_id, stanza_id, body, reply_to, reply_quote)
VALUES (6, 1, 'climbing@muc.example.org', 'sam', 1, 1700000280000, 'r2', 'rs2', 'I will', 'rs1', '> sam: bring the rope?');
UPDATE chat SET nick = 'sam', subject = 'Sunday plans', notify = 1 WHERE jid = 'climbing@muc.example.org';
INSERT INTO bookmark (account_id, jid, name, nick, autojoin, extensions)
VALUES (1, 'climbing@muc.example.org', 'Climbing', 'sam', 1, '<extensions xmlns="urn:xmpp:bookmarks:1"><x xmlns="urn:example"/></extensions>');
INSERT INTO bookmark (account_id, jid, name) VALUES (1, 'quiet@muc.example.org', 'Quiet room');

-- version 8: unread mentions in a room
UPDATE chat SET mentions = 1 WHERE jid = 'climbing@muc.example.org';

-- version 10: a followed community described by its service, one the user
-- owns, and a community server the user typed in
INSERT INTO community (account_id, service, node, title, description, type, access_model, publish_model, subscribers, created_at,
                       avatar_hash, avatar_url, affiliation, subscription, seen_at, described_at)
VALUES (1, 'pubsub.example.org', 'climbing', 'Climbing <b>', 'Routes & crags', 'feed', 'open', 'publishers', 12, 1700000000000,
        '3f786850e387550fdab836ed7e6dc881de23001b', 'https://example.org/c.png', 'member', 'subscribed', 1700000600000, 1700000700000);
INSERT INTO community (account_id, service, node, title, type, access_model, publish_model, affiliation)
VALUES (1, 'pubsub.example.org', 'sams-photos', 'Sam''s photos', 'gallery', 'authorize', 'publishers', 'owner');
INSERT INTO community_server (account_id, jid, added_at) VALUES (1, 'pubsub.movim.example', 1700000800000);
-- version 12: a message brought by an import, and the import's journal
INSERT INTO message (account_id, chat_jid, sender, outgoing, stamp, message_id, stanza_id, body, imported)
VALUES (1, 'bob@example.org', 'alice@example.org', 1, 1690000000000, 'old-1', 'archive-old-1', 'From the old server', 1);
INSERT INTO import_step (account_id, archive, step, outcome, detail, done_at)
VALUES (1, 'alice@old.example 2026-11-30T08:15:00Z', 'media:3f786850e387550fdab836ed7e6dc881de23001b', 1,
        'https://upload.example.org/new/cat.jpg', 1700000900000);
