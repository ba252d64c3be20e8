// Search everywhere: CacheSearch over a real cache (contacts, communities,
// posts, comments, messages; keyset pages; person and time filters; likes,
// retracted messages and FTS syntax) and SearchModel as the view sees it.
#include "AccountStore.h"
#include "SearchModel.h"
#include "chat/MessageStore.h"
#include "communities/CommunityStore.h"
#include "db/Database.h"
#include "feed/PostStore.h"
#include "roster/RosterStore.h"
#include "search/CacheSearch.h"
#include "search/TextMatch.h"
#include "support/TestUtils.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
const QString kAlice = u"alice@example.org"_s;
const QString kBob = u"bob@example.org"_s;
const QString kRoom = u"riders@muc.example.org"_s;
const QDateTime kStart(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);

template<typename T>
T get(QFuture<T> future)
{
    Test::waitFor(future);
    return future.result();
}

Post blogPost(const QString &author, int n, const QString &title, const QString &text)
{
    Post p;
    p.service = author;
    p.node = u"urn:xmpp:microblog:0"_s;
    p.itemId = u"item-%1"_s.arg(n);
    p.title = title;
    p.text = text;
    p.authorJid = author;
    p.published = p.updated = kStart.addSecs(3600 * n);
    p.comments = {author, u"urn:xmpp:microblog:0:comments/item-%1"_s.arg(n), {}};
    return p;
}

Post comment(const XmppUri &node, const QString &id, const QString &author, const QString &title, int hour)
{
    Post c;
    c.service = node.service;
    c.node = node.node;
    c.itemId = id;
    c.title = title;
    c.authorJid = author;
    c.published = c.updated = kStart.addSecs(3600 * hour);
    return c;
}

ChatMessage message(const QString &chat, const QString &sender, bool outgoing, const QString &id, const QString &body, int hour)
{
    ChatMessage m;
    m.chatJid = chat;
    m.sender = sender;
    m.outgoing = outgoing;
    m.messageId = id;
    m.stanzaId = u"s-"_s + id;
    m.body = body;
    m.stamp = kStart.addSecs(3600 * hour);
    return m;
}

QStringList targets(const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out << h.target;
    return out;
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_account = 0;
    QList<Post> m_posts;

    QList<SearchHit> find(SearchKind kind, const QString &text, int limit = 100, SearchFilter filter = {})
    {
        filter.text = text;
        const auto page = get(CacheSearch(m_db.get()).search(m_account, filter, kind, {}, limit));
        [&] { QVERIFY2(page.error.isEmpty(), qPrintable(page.error)); }();
        return page.value.hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(Test::waitFor(m_db->open(m_dir.filePath(u"search.sqlite"_s))));
        AccountRecord record;
        record.settings.jid = u"sam@example.org"_s;
        m_account = get(AccountStore(m_db.get()).save(record)).value;
        QVERIFY(m_account > 0);

        RosterSnapshot roster;
        roster.entries << RosterEntry{kAlice, u"Alice Liddell"_s, RosterEntry::Subscription::Both, false, {}}
                       << RosterEntry{u"zoe@example.org"_s, u"Zoë Bernard"_s, RosterEntry::Subscription::Both, false, {}}
                       << RosterEntry{kBob, u"Bob <b>Builder</b>"_s, RosterEntry::Subscription::To, false, {}};
        QVERIFY(get(RosterStore(m_db.get()).replace(m_account, roster)).error.isEmpty());

        Community seville;
        seville.service = u"pubsub.example.org"_s;
        seville.node = u"seville-cycling"_s;
        seville.title = u"Seville Cycling"_s;
        seville.description = u"Rides around Sevilla every Sunday morning, slow pace, coffee after."_s;
        QVERIFY(get(CommunityStore(m_db.get()).save(m_account, seville)).error.isEmpty());

        // 30 of Alice's posts about bicycles, one of Bob's with markup in it,
        // a like whose text matches, comments on post 1 and an orphan comment.
        for (int n = 1; n <= 30; ++n)
            m_posts << blogPost(kAlice, n, u"Ride %1"_s.arg(n), u"My bicycle went %1 km today"_s.arg(n * 10));
        m_posts << blogPost(kBob, 40, u"Workshop"_s, u"A <b>bold</b> claim: the best bicycle pump"_s);
        m_posts << comment(m_posts.first().comments, u"c1"_s, kBob, u"Lovely bicycle ride!"_s, 50);
        m_posts << comment(m_posts.first().comments, u"like1"_s, kBob, u"\u2665"_s, 51);
        m_posts << comment({kBob, u"urn:xmpp:microblog:0:comments/gone"_s, {}}, u"c2"_s, kAlice, u"Which bicycle?"_s, 52);
        QCOMPARE(get(PostStore(m_db.get()).ingest(m_account, m_posts)).value, int(m_posts.size()));

        QList<ChatMessage> messages;
        messages << message(kBob, kBob, false, u"m1"_s, u"Bring your bicycle tomorrow"_s, 60)
                 << message(kBob, u"sam@example.org"_s, true, u"m2"_s, u"My bicycle has a flat"_s, 61)
                 << message(kBob, kBob, false, u"m3"_s, u"secret bicycle plan"_s, 62)
                 << message(kRoom, u"carol"_s, false, u"m4"_s, u"Group bicycle ride at nine"_s, 63);
        QCOMPARE(get(MessageStore(m_db.get()).ingest(m_account, messages)).value.size(), messages.size());
        // Bob took m3 back; the room is a room with a name.
        ChatMessage retraction;
        retraction.chatJid = kBob;
        retraction.sender = kBob;
        retraction.retracts = u"m3"_s;
        retraction.stamp = kStart.addSecs(3600 * 64);
        QVERIFY(get(MessageStore(m_db.get()).amend(m_account, {retraction})).error.isEmpty());
        QVERIFY(get(m_db->execute(u"UPDATE chat SET kind = 1, name = 'Riders' WHERE jid = ?"_s, {kRoom})).error.isEmpty());
    }

    void textMatchFoldsCaseAndAccentsAtWordStarts()
    {
        const QStringList terms = TextMatch::terms(u"  ZOE  ber "_s);
        QCOMPARE(terms, (QStringList{u"zoe"_s, u"ber"_s}));
        const auto ranges = TextMatch::find(terms, u"Zoë Bernard"_s);
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(TextMatch::mark(u"Zoë Bernard"_s, ranges), u"\uE000Zoë\uE001 \uE000Ber\uE001nard"_s);
        QVERIFY(TextMatch::find({u"nard"_s}, u"Zoë Bernard"_s).isEmpty()); // not a word start
        QVERIFY(TextMatch::find({u"zoe"_s, u"xyz"_s}, u"Zoë Bernard"_s).isEmpty()); // every term must match
        // Markers already in the text are not taken for matches.
        QCOMPARE(TextMatch::mark(u"a\uE000b"_s, {}), u"ab"_s);
    }

    void contactsByNameAndAddress()
    {
        QCOMPARE(targets(find(SearchKind::Contact, u"zoe"_s)), QStringList{u"zoe@example.org"_s});
        QCOMPARE(targets(find(SearchKind::Contact, u"lidd"_s)), QStringList{kAlice});
        QCOMPARE(targets(find(SearchKind::Contact, u"example"_s)), (QStringList{kAlice, kBob, u"zoe@example.org"_s}));
        QVERIFY(find(SearchKind::Contact, u"iddell"_s).isEmpty());
        const auto bob = find(SearchKind::Contact, u"builder"_s);
        QCOMPARE(bob.size(), 1);
        // The name is text: its markup is kept as typed, the match marked.
        QCOMPARE(bob.first().title, u"Bob <b>\uE000Builder\uE001</b>"_s);
        QCOMPARE(SearchModel::highlighted(bob.first().title), u"Bob &lt;b&gt;<b>Builder</b>&lt;/b&gt;"_s);
        QCOMPARE(SearchModel::highlighted(u"a\uE000b\uE001 \uE001c\uE000"_s, QColor(u"#d9480f"_s)),
                 u"a<b><font color=\"#d9480f\">b</font></b> c<b><font color=\"#d9480f\"></font></b>"_s);
    }

    void communitiesByTitleAndDescription()
    {
        const auto hits = find(SearchKind::Community, u"sevilla sunday"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().target, u"xmpp:pubsub.example.org?;node=seville-cycling"_s);
        QCOMPARE(hits.first().title, u"Seville Cycling"_s);
        QVERIFY2(hits.first().snippet.contains(u"\uE000Sevilla\uE001"_s), qPrintable(hits.first().snippet));
        QCOMPARE(find(SearchKind::Community, u"cycl"_s).size(), 1);
    }

    void postsPageNewestFirstWithoutGapsOrRepeats()
    {
        CacheSearch search(m_db.get());
        SearchFilter filter;
        filter.text = u"bicycle"_s;
        QStringList seen;
        SearchCursor cursor;
        int pages = 0;
        for (;;) {
            const auto page = get(search.search(m_account, filter, SearchKind::Post, cursor, 7));
            QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
            ++pages;
            for (const SearchHit &hit : page.value.hits) {
                QVERIFY(!seen.contains(hit.target));
                seen << hit.target;
                QVERIFY(hit.snippet.contains(u"\uE000bicycle\uE001"_s));
            }
            if (!page.value.more)
                break;
            cursor = page.value.hits.last().cursor;
        }
        QCOMPARE(seen.size(), 31);
        QCOMPARE(pages, 5);
        QCOMPARE(seen.first(), u"xmpp:bob@example.org?;node=urn:xmpp:microblog:0;item=item-40"_s);
        QCOMPARE(seen.last(), u"xmpp:alice@example.org?;node=urn:xmpp:microblog:0;item=item-1"_s);
    }

    void commentsOpenTheirPostAndLikesAreNeverHits()
    {
        const auto hits = find(SearchKind::Comment, u"bicycle"_s);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(hits.at(0).itemId, u"c2"_s);
        QVERIFY(hits.at(0).target.isEmpty()); // its post is not cached: nothing to open
        QCOMPARE(hits.at(1).itemId, u"c1"_s);
        QCOMPARE(hits.at(1).target, m_posts.first().uri().toString());
        QCOMPARE(hits.at(1).title, u"Ride 1"_s);
        QCOMPARE(hits.at(1).personName, u"Bob <b>Builder</b>"_s);
        QVERIFY(find(SearchKind::Comment, u"\u2665"_s).isEmpty());
    }

    void messagesNameTheirChatAndSkipRetracted()
    {
        const auto hits = find(SearchKind::Message, u"bicycle"_s);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).target, kRoom);
        QCOMPARE(hits.at(0).title, u"Riders"_s);
        QCOMPARE(hits.at(0).personName, u"carol"_s);
        QCOMPARE(hits.at(1).itemId, u"m2"_s);
        QCOMPARE(hits.at(2).itemId, u"m1"_s);
        QCOMPARE(hits.at(2).title, u"Bob <b>Builder</b>"_s);
        QVERIFY(find(SearchKind::Message, u"secret"_s).isEmpty());
    }

    void personAndTimeFilters()
    {
        SearchFilter byBob;
        byBob.person = kBob;
        QCOMPARE(targets(find(SearchKind::Post, u"bicycle"_s, 100, byBob)),
                 QStringList{u"xmpp:bob@example.org?;node=urn:xmpp:microblog:0;item=item-40"_s});
        QCOMPARE(find(SearchKind::Message, u"bicycle"_s, 100, byBob).size(), 1);
        QVERIFY(find(SearchKind::Contact, u"bob"_s, 100, byBob).isEmpty()); // people are not "by" anyone

        SearchFilter span;
        span.since = kStart.addSecs(3600 * 10);
        span.until = kStart.addSecs(3600 * 20);
        QCOMPARE(find(SearchKind::Post, u"bicycle"_s, 100, span).size(), 10);
    }

    void typedSyntaxIsWords()
    {
        for (const QString &typed : {u"\"bicycle"_s, u"bicycle OR NEAR("_s, u"title:ride*"_s, u"-^*"_s})
            (void)find(SearchKind::Post, typed); // no error (checked in find)
        QVERIFY(find(SearchKind::Post, u"   "_s).isEmpty());
    }

    void overviewGroupsEveryKind()
    {
        SearchFilter filter;
        filter.text = u"bicycle"_s;
        const auto all = get(CacheSearch(m_db.get()).overview(m_account, filter, 2));
        QVERIFY(all.error.isEmpty());
        QCOMPARE(all.value.value(SearchKind::Post).hits.size(), 2);
        QVERIFY(all.value.value(SearchKind::Post).more);
        QCOMPARE(all.value.value(SearchKind::Comment).hits.size(), 2);
        QVERIFY(!all.value.value(SearchKind::Comment).more);
        QVERIFY(all.value.value(SearchKind::Message).more);
        QVERIFY(all.value.value(SearchKind::Contact).hits.isEmpty());
    }

    void modelGroupsThenPagesOneKind()
    {
        SearchModel model(m_db.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDelay(0);
        model.setPageSize(10);
        model.setAccountId(m_account);
        model.setText(u"bicycle"_s);
        QTRY_VERIFY(model.searched());
        QVERIFY(model.error().isEmpty());
        // All: five posts and a "more" row, two comments, three messages.
        QStringList groups;
        int moreRows = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex i = model.index(row);
            groups << i.data(SearchModel::GroupRole).toString();
            moreRows += i.data(SearchModel::MoreRole).toBool();
        }
        QCOMPARE(groups.count(u"Posts"_s), 6);
        QCOMPARE(groups.count(u"Comments"_s), 2);
        QCOMPARE(groups.count(u"Messages"_s), 3);
        QCOMPARE(moreRows, 1);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(SearchModel::KindRole).value<SearchModel::Kind>(), SearchModel::Kind::Posts);
        // All gives each kind's best matches, each with the match in bold.
        for (int row = 0; row < 5; ++row)
            QVERIFY(model.index(row).data(SearchModel::SnippetRole).toString().contains(u"<b>bicycle</b>"_s));
        // Bob's post with markup in its text: escaped, the match in bold.
        model.setKind(SearchModel::Kind::Posts); // newest first: Bob's is the first
        QTRY_VERIFY(model.searched() && !model.busy());
        QCOMPARE(model.index(0).data(SearchModel::SnippetRole).toString(), u"A &lt;b&gt;bold&lt;/b&gt; claim: the best <b>bicycle</b> pump"_s);
        QCOMPARE(model.index(0).data(SearchModel::PlainSnippetRole).toString(), u"A <b>bold</b> claim: the best bicycle pump"_s);

        // One kind: a page, then the rest as the view asks for more.
        QCOMPARE(model.rowCount(), 10);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(model.busy());
            QTRY_VERIFY(!model.busy());
        }
        QCOMPARE(model.rowCount(), 31);
        QSet<QString> distinct;
        for (int row = 0; row < model.rowCount(); ++row)
            distinct << model.index(row).data(SearchModel::TargetRole).toString();
        QCOMPARE(distinct.size(), 31);

        // Typing on drops the answer to the older text.
        model.setText(u"zoe"_s);
        model.setKind(SearchModel::Kind::All);
        QTRY_VERIFY(model.searched() && !model.busy());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(SearchModel::TargetRole).toString(), u"zoe@example.org"_s);
        model.setText({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.searched());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
