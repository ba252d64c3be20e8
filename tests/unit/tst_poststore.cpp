// PostStore: ingest (insert, replace, tags, links), keyset pages that do not
// shift when new posts arrive, threads, removal and full-text search.
#include "AccountStore.h"
#include "db/Database.h"
#include "feed/MicroblogCodec.h"
#include "feed/FollowStore.h"
#include "feed/PostStore.h"
#include "support/TestUtils.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
Post post(int n, const QString &title, QStringList tags = {})
{
    Post p;
    p.service = u"alice@example.org"_s;
    p.node = u"urn:xmpp:microblog:0"_s;
    p.itemId = u"item-%1"_s.arg(n);
    p.title = title;
    p.text = u"body of %1"_s.arg(title);
    p.authorJid = n % 2 ? u"alice@example.org"_s : u"bob@example.org"_s;
    p.service = p.authorJid; // each author's own blog
    p.published = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(60 * n);
    p.updated = p.published;
    p.tags = tags;
    p.comments = {u"comments.example.org"_s, u"urn:xmpp:microblog:0:comments/item-%1"_s.arg(n), {}};
    return p;
}

template<typename T>
T get(QFuture<T> future)
{
    Test::waitFor(future);
    return future.result();
}
} // namespace

class TestPostStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_account = 0;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::waitFor(m_db->open(m_dir.filePath(u"hearth-%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch())))));
        AccountRecord record;
        record.settings.jid = u"sam@example.org"_s;
        m_account = get(AccountStore(m_db.get()).save(record)).value;
        QVERIFY(m_account > 0);
    }

    void pagesAreStableAndComplete()
    {
        PostStore store(m_db.get());
        QList<Post> posts;
        for (int n = 1; n <= 25; ++n)
            posts << post(n, u"Post %1"_s.arg(n));
        // Two posts at the same instant: the id breaks the tie.
        posts << post(26, u"Twin A"_s);
        posts.last().published = posts.last().updated = posts.at(24).published;
        QCOMPARE(get(store.ingest(m_account, posts)).value, 26);

        auto first = get(store.page(m_account, {}, 10));
        QVERIFY(first.ok());
        QCOMPARE(first.value.posts.size(), 10);
        QVERIFY(!first.value.atEnd);
        QVERIFY(first.value.posts.constFirst().published >= first.value.posts.constLast().published);

        // New posts arriving meanwhile do not shift the next page.
        QCOMPARE(get(store.ingest(m_account, {post(100, u"Brand new"_s)})).value, 1);
        QStringList seen;
        for (const auto &p : first.value.posts)
            seen << p.itemId;
        FeedCursor cursor = first.value.next;
        for (int guard = 0; guard < 10; ++guard) {
            auto next = get(store.page(m_account, cursor, 10));
            for (const auto &p : next.value.posts) {
                QVERIFY2(!seen.contains(p.itemId), qPrintable(p.itemId));
                seen << p.itemId;
            }
            cursor = next.value.next;
            if (next.value.atEnd)
                break;
        }
        QCOMPARE(seen.size(), 26); // every older post exactly once, the new one not mixed in
        QVERIFY(!seen.contains(u"item-100"_s));

        // Only one author.
        const auto bobs = get(store.page(m_account, {}, 100, FeedQuery::blog(u"bob@example.org"_s))).value.posts;
        QVERIFY(!bobs.isEmpty());
        for (const auto &p : bobs)
            QCOMPARE(p.authorJid, u"bob@example.org"_s);
    }

    void replaceKeepsOneRowWithNewDetails()
    {
        PostStore store(m_db.get());
        Post p = post(1, u"Original"_s, {u"old"_s});
        p.links << PostLink{u"enclosure"_s, u"https://x.example/a.jpg"_s, u"image/jpeg"_s, {}, {}, {}};
        QCOMPARE(get(store.ingest(m_account, {p})).value, 1);
        p.title = u"Edited"_s;
        p.text = u"rewritten body"_s;
        p.tags = {u"new"_s, u"tags"_s};
        p.links.clear();
        p.updated = p.updated.addSecs(3600);
        QCOMPARE(get(store.ingest(m_account, {p})).value, 1);
        const auto page = get(store.page(m_account, {}, 10)).value;
        QCOMPARE(page.posts.size(), 1);
        QCOMPARE(page.posts.constFirst().title, u"Edited"_s);
        QCOMPARE(page.posts.constFirst().tags, (QStringList{u"new"_s, u"tags"_s}));
        QVERIFY(page.posts.constFirst().links.isEmpty());
        QVERIFY(page.posts.constFirst().isEdited());
        QVERIFY(get(store.search(m_account, u"original"_s, 10)).value.isEmpty()); // the index follows edits
        QCOMPARE(get(store.search(m_account, u"edited"_s, 10)).value.size(), 1);
    }

    void largeBatchesMixNewCachedAndRepeatedPosts()
    {
        PostStore store(m_db.get());
        // 40 cached posts, then a batch of 100 (more than one multi-row
        // INSERT): 20 of the cached ones edited, 80 new, and post 5 twice.
        QList<Post> first;
        for (int n = 0; n < 40; ++n)
            first << post(n, u"First %1"_s.arg(n), {u"one"_s});
        QCOMPARE(get(store.ingest(m_account, first)).value, 40);
        QList<Post> second;
        for (int n = 20; n < 100; ++n)
            second << post(n, u"Second %1"_s.arg(n), {u"two"_s});
        Post again = post(5, u"Fifth, old copy"_s, {u"stale"_s});
        Post later = post(5, u"Fifth, new copy"_s, {u"fresh"_s});
        later.links << PostLink::enclosure(u"https://x.example/5.jpg"_s, u"image/jpeg"_s, {});
        second.insert(10, again);
        second << later;
        QVERIFY(get(store.ingest(m_account, second)).ok());

        QCOMPARE(get(store.count(m_account, u"alice@example.org"_s, u"urn:xmpp:microblog:0"_s)).value
                     + get(store.count(m_account, u"bob@example.org"_s, u"urn:xmpp:microblog:0"_s)).value,
                 100);
        QHash<QString, Post> byId;
        FeedCursor cursor;
        for (;;) {
            const auto page = get(store.page(m_account, cursor, 30)).value;
            for (const Post &p : page.posts)
                byId.insert(p.itemId, p);
            if (page.atEnd)
                break;
            cursor = page.next;
        }
        QCOMPARE(byId.size(), 100);
        QCOMPARE(byId.value(u"item-3"_s).title, u"First 3"_s);
        QCOMPARE(byId.value(u"item-3"_s).tags, QStringList{u"one"_s});
        QCOMPARE(byId.value(u"item-30"_s).title, u"Second 30"_s);
        QCOMPARE(byId.value(u"item-30"_s).tags, QStringList{u"two"_s});
        QCOMPARE(byId.value(u"item-99"_s).title, u"Second 99"_s);
        // The later copy of post 5 won, with its own tags and links.
        QCOMPARE(byId.value(u"item-5"_s).title, u"Fifth, new copy"_s);
        QCOMPARE(byId.value(u"item-5"_s).tags, QStringList{u"fresh"_s});
        QCOMPARE(byId.value(u"item-5"_s).pictures().size(), 1);
        QVERIFY(get(store.search(m_account, u"stale"_s, 10)).value.isEmpty());
        QCOMPARE(get(store.search(m_account, u"second"_s, 100)).value.size(), 80);
    }

    void threadsAndRemoval()
    {
        PostStore store(m_db.get());
        const Post parent = post(1, u"Parent"_s);
        QList<Post> comments;
        for (int n = 0; n < 3; ++n) {
            Post c;
            c.service = parent.comments.service;
            c.node = parent.comments.node;
            c.itemId = u"c%1"_s.arg(n);
            c.title = n == 2 ? u"♥"_s : u"comment %1"_s.arg(n);
            c.authorJid = u"bob@example.org"_s;
            c.published = c.updated = parent.published.addSecs(100 - n * 10); // arrive out of order
            comments << c;
        }
        QCOMPARE(get(store.ingest(m_account, QList<Post>{parent} + comments)).value, 4);
        const auto thread = get(store.thread(m_account, parent.comments)).value;
        QCOMPARE(thread.size(), 3);
        QCOMPARE(thread.at(0).itemId, u"c2"_s); // oldest first
        QVERIFY(thread.at(0).isLike());
        // Comments are not posts in the feed.
        QCOMPARE(get(store.page(m_account, {}, 10)).value.posts.size(), 1);
        // Looked up by uri or by its thread.
        QCOMPARE(get(store.item(m_account, parent.uri())).value->title, u"Parent"_s);
        QCOMPARE(get(store.postOfThread(m_account, parent.comments)).value->itemId, parent.itemId);
        QVERIFY(!get(store.item(m_account, {parent.service, parent.node, u"nope"_s})).value);
        QCOMPARE(get(store.count(m_account, parent.comments.service, parent.comments.node)).value, 3);
        QCOMPARE(get(store.known(m_account, parent.comments.service, parent.comments.node, {u"c0"_s, u"zz"_s, u"c2"_s})).value,
                 (QSet<QString>{u"c0"_s, u"c2"_s}));
        QVERIFY(get(store.remove(m_account, {parent.service, parent.node, parent.itemId})).ok());
        QCOMPARE(get(store.page(m_account, {}, 10)).value.posts.size(), 0);
        QVERIFY(get(store.search(m_account, u"Parent"_s, 10)).value.isEmpty());
        // Its comments went with it.
        QVERIFY(get(store.thread(m_account, parent.comments)).value.isEmpty());
    }

    void countsScopesAndReactions()
    {
        PostStore store(m_db.get());
        const QString me = u"sam@example.org"_s;
        Post mine = post(1, u"Mine"_s);
        mine.service = mine.authorJid = me;
        const Post alices = post(3, u"Alice's"_s); // alice@, followed
        const Post bobs = post(4, u"Bob's"_s);     // bob@, not followed
        auto reply = [&](const Post &on, const QString &id, const QString &author, const QString &text, int minute) {
            Post c;
            c.service = on.comments.service;
            c.node = on.comments.node;
            c.itemId = id;
            c.title = text;
            c.authorJid = author;
            c.published = c.updated = on.published.addSecs(60 * minute);
            return c;
        };
        const QList<Post> all{mine, alices, bobs,
                              reply(mine, u"l1"_s, u"bob@example.org"_s, u"♥"_s, 1),
                              reply(mine, u"l2"_s, u"bob@example.org"_s, u"♥"_s, 2), // the same author twice: one like
                              reply(mine, u"l3"_s, u"carol@example.org"_s, u"♥"_s, 3),
                              reply(mine, u"c1"_s, u"carol@example.org"_s, u"Nice"_s, 4),
                              reply(mine, u"c2"_s, me, u"Thanks"_s, 5), // own: not a notification
                              reply(alices, u"l4"_s, me, u"♥"_s, 1)};
        QCOMPARE(get(store.ingest(m_account, all)).value, all.size());
        FollowStore follows(m_db.get());
        QVERIFY(get(follows.add(m_account, {u"alice@example.org"_s, u"urn:xmpp:microblog:0"_s, {}, false})).ok());

        auto titles = [&](FeedQuery::Scope scope) {
            QStringList out;
            for (const Post &p : get(store.page(m_account, {}, 10, FeedQuery{scope, me})).value.posts)
                out << p.title;
            return out;
        };
        QCOMPARE(titles(FeedQuery::Scope::Feed), (QStringList{u"Alice's"_s, u"Mine"_s}));
        QCOMPARE(titles(FeedQuery::Scope::Contacts), QStringList{u"Alice's"_s});
        QCOMPARE(titles(FeedQuery::Scope::Mine), QStringList{u"Mine"_s});
        QCOMPARE(titles(FeedQuery::Scope::All).size(), 3);

        const auto feed = get(store.page(m_account, {}, 10, FeedQuery{FeedQuery::Scope::Feed, me})).value.posts;
        QCOMPARE(feed.at(1).likeCount, 2);    // bob once, carol
        QCOMPARE(feed.at(1).commentCount, 2); // carol's and mine
        QVERIFY(!feed.at(1).likedByMe);
        QCOMPARE(feed.at(0).likeCount, 1);
        QVERIFY(feed.at(0).likedByMe);

        const auto reactions = get(store.reactions(m_account, me, 10)).value;
        QCOMPARE(reactions.size(), 4); // l1, l2, l3, c1: not the own reply, not on others' posts
        QCOMPARE(reactions.constFirst().comment.title, u"Nice"_s);
        QCOMPARE(reactions.constFirst().post.title, u"Mine"_s);
    }

    void searchIsFullTextAndSafe()
    {
        PostStore store(m_db.get());
        QVERIFY(get(store.ingest(m_account, {post(1, u"Climbing in the Alps"_s, {u"climbing"_s}), post(2, u"Café crème recipes"_s, {u"food"_s}),
                                             post(3, u"Nothing here"_s)}))
                    .ok());
        QCOMPARE(get(store.search(m_account, u"alp"_s, 10)).value.constFirst().itemId, u"item-1"_s); // prefix
        QCOMPARE(get(store.search(m_account, u"cafe creme"_s, 10)).value.size(), 1);                   // diacritics
        QCOMPARE(get(store.search(m_account, u"food"_s, 10)).value.size(), 1);                         // tags
        // FTS syntax in the query is just text, never an error.
        const auto odd = get(store.search(m_account, u"\"unbalanced AND OR NEAR( *"_s, 10));
        QVERIFY2(odd.ok(), qPrintable(odd.error));
        QVERIFY(get(store.search(m_account, u"   "_s, 10)).value.isEmpty());
    }

    void storesSanitizedKeepsFirstDatesAndCredit()
    {
        PostStore store(m_db.get());
        Post hostile = post(1, u"Hostile"_s);
        hostile.html = u"<p style='x' onclick='y'>Hi<script>alert(1)</script><iframe src='https://e.example/'></iframe>"
                       "<a href='javascript:alert(2)'>link</a></p>"_s;
        hostile.publishedGuessed = hostile.updatedGuessed = true;
        hostile.publisher = hostile.authorJid;
        hostile.verified = true;
        QVERIFY(get(store.ingest(m_account, {hostile})).ok());
        const Post stored = *get(store.item(m_account, hostile.uri(), {})).value;
        for (const QString &bad : {u"script"_s, u"onclick"_s, u"style"_s, u"iframe"_s, u"javascript:"_s})
            QVERIFY2(!stored.html.contains(bad), qPrintable(stored.html));
        QVERIFY(stored.html.contains(u"Hi"_s));

        // The same item again with a new guessed "now" and no publisher
        // (an items result that hides it): first dates and credit stay.
        Post again = hostile;
        again.published = again.updated = hostile.published.addDays(3);
        again.publisher.clear();
        again.verified = false;
        QVERIFY(get(store.ingest(m_account, {again})).ok());
        Post back = *get(store.item(m_account, hostile.uri(), {})).value;
        QCOMPARE(back.published, hostile.published);
        QCOMPARE(back.updated, hostile.updated);
        QVERIFY(back.verified);
        QCOMPARE(back.publisher, hostile.publisher);
        // An edit (a real update time, new text) takes the new credit.
        Post edit = again;
        edit.updatedGuessed = false;
        edit.text = u"changed"_s;
        QVERIFY(get(store.ingest(m_account, {edit})).ok());
        back = *get(store.item(m_account, hostile.uri(), {})).value;
        QCOMPARE(back.published, hostile.published);
        QCOMPARE(back.updated, edit.updated);
        QVERIFY(!back.verified);
    }

    void pendingCopiesAreNotOverwrittenByTheServers()
    {
        PostStore store(m_db.get());
        Post server = post(1, u"On the server"_s);
        QVERIFY(get(store.ingest(m_account, {server})).ok());
        Post edit = server;
        edit.title = u"Edited offline"_s;
        edit.pending = true;
        QVERIFY(get(store.ingest(m_account, {edit})).ok());
        QVERIFY(get(store.ingest(m_account, {server})).ok()); // a sync brings the old copy
        const Post back = *get(store.item(m_account, server.uri(), {})).value;
        QCOMPARE(back.title, u"Edited offline"_s);
        QVERIFY(back.pending);
        // Pending items are not "held from the server" for deletions.
        QVERIFY(get(store.itemIds(m_account, server.service, server.node)).value.isEmpty());
    }

    void parsedEntriesRoundTrip()
    {
        PostStore store(m_db.get());
        auto parsed = MicroblogCodec::parseXml(
            u"<entry xmlns='http://www.w3.org/2005/Atom'><title>From the wire</title><content type='text'>#tagged text</content>"
            "<link rel='enclosure' href='https://x.example/p.png' type='image/png'/><updated>2026-01-02T00:00:00Z</updated></entry>"_s,
            u"carol@example.org"_s, u"urn:xmpp:microblog:0"_s, u"wire-1"_s);
        QVERIFY(parsed.post);
        QVERIFY(get(store.ingest(m_account, {*parsed.post})).ok());
        const Post back = get(store.page(m_account, {}, 1)).value.posts.constFirst();
        QCOMPARE(back.title, u"From the wire"_s);
        QCOMPARE(back.tags, QStringList{u"tagged"_s});
        QCOMPARE(back.pictures().size(), 1);
        // Verbatim for export, read with the one item; lists leave it out.
        QVERIFY(back.rawXml.isEmpty());
        const auto item = get(store.item(m_account, parsed.post->uri(), {})).value;
        QVERIFY(item);
        QCOMPARE(item->rawXml, parsed.post->rawXml);
    }
};

QTEST_GUILESS_MAIN(TestPostStore)
#include "tst_poststore.moc"
