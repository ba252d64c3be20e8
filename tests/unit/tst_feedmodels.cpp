// PostListModel and CommentsModel under QAbstractItemModelTester, on a real
// cache: keyset pages through fetchMore, live inserts at the right place,
// edits and counts in place, removals, and a thread with likes per author.
#include "Account.h"
#include "AccountStore.h"
#include "CommentsModel.h"
#include "PostListModel.h"
#include "db/Database.h"
#include "feed/FeedSync.h"
#include "roster/ContactList.h"
#include "support/TestUtils.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
const QString kBlog = u"urn:xmpp:microblog:0"_s;

Post post(int n, const QString &author = u"alice@example.org"_s)
{
    Post p;
    p.service = p.authorJid = author;
    p.node = kBlog;
    p.itemId = u"post-%1"_s.arg(n);
    p.title = u"Post %1"_s.arg(n);
    p.published = p.updated = QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC).addSecs(3600 * n);
    p.comments = {u"comments.example.org"_s, u"urn:xmpp:microblog:0:comments/post-%1"_s.arg(n), {}};
    return p;
}

Post reply(const Post &on, const QString &id, const QString &author, const QString &text)
{
    Post c;
    c.service = on.comments.service;
    c.node = on.comments.node;
    c.itemId = id;
    c.authorJid = author;
    c.title = text;
    c.published = c.updated = on.published.addSecs(60 * (1 + id.size()));
    return c;
}
} // namespace

class TestFeedModels : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<ContactList> m_contacts;
    std::unique_ptr<FeedSync> m_sync;

    void store(const QList<Post> &posts)
    {
        auto stored = m_sync->posts().ingest(m_sync->accountId(), posts);
        QVERIFY(Test::waitFor(stored));
        QVERIFY(stored.result().ok());
        Q_EMIT m_sync->postsChanged(posts); // as FeedSync does after storing
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::waitFor(m_db->open(m_dir.filePath(u"models-%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch())))));
        AccountRecord record;
        record.settings.jid = u"sam@example.org"_s;
        auto saved = AccountStore(m_db.get()).save(record);
        QVERIFY(Test::waitFor(saved));
        m_account = std::make_unique<Account>();
        m_contacts = std::make_unique<ContactList>(m_db.get(), m_account.get());
        m_sync = std::make_unique<FeedSync>(m_db.get(), m_account.get(), m_contacts.get());
        m_sync->setAccountId(saved.result().value, record.settings.jid);
    }

    void cleanup()
    {
        m_sync.reset();
        m_contacts.reset();
        m_account.reset();
        m_db.reset();
    }

    void pagesLiveInsertsEditsAndRemovals()
    {
        QList<Post> posts;
        for (int n = 1; n <= 70; ++n)
            posts << post(n);
        store(posts);

        PostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_sync.get(), {}); // every cached post
        QTRY_COMPARE(model.rowCount(), PostListModel::kPageSize);
        QCOMPARE(model.data(model.index(0), PostListModel::TitleRole).toString(), u"Post 70"_s);
        // Keyset pages, newest first, every post once.
        while (model.canFetchMore({}) && model.rowCount() < 70) {
            const int before = model.rowCount();
            model.fetchMore({});
            QTRY_VERIFY(model.rowCount() > before || !model.loading());
        }
        QCOMPARE(model.rowCount(), 70);
        QCOMPARE(model.data(model.index(69), PostListModel::TitleRole).toString(), u"Post 1"_s);

        // A new post goes on top and counts as new; an older one in place.
        store({post(80, u"bob@example.org"_s)});
        QTRY_COMPARE(model.rowCount(), 71);
        QCOMPARE(model.data(model.index(0), PostListModel::ItemIdRole).toString(), u"post-80"_s);
        QCOMPARE(model.newCount(), 1);
        Post middle = post(35);
        middle.itemId = u"inserted"_s;
        middle.published = middle.published.addSecs(60);
        store({middle});
        QTRY_COMPARE(model.rowCount(), 72);
        QCOMPARE(model.data(model.index(36), PostListModel::ItemIdRole).toString(), u"inserted"_s);

        // An edit changes the row in place; a comment and a like count.
        Post edited = post(70);
        edited.title = u"Post 70, edited"_s;
        edited.updated = edited.published.addSecs(600);
        store({edited});
        QTRY_COMPARE(model.data(model.index(1), PostListModel::TitleRole).toString(), edited.title);
        QVERIFY(model.data(model.index(1), PostListModel::EditedRole).toBool());
        store({reply(edited, u"c1"_s, u"bob@example.org"_s, u"Nice"_s), reply(edited, u"l1"_s, u"sam@example.org"_s, u"♥"_s)});
        QTRY_COMPARE(model.data(model.index(1), PostListModel::CommentCountRole).toInt(), 1);
        QTRY_COMPARE(model.data(model.index(1), PostListModel::LikeCountRole).toInt(), 1);
        QVERIFY(model.data(model.index(1), PostListModel::LikedByMeRole).toBool());
        QCOMPARE(model.rowCount(), 72); // comments are not rows

        // A deletion removes the row.
        Q_EMIT m_sync->postRemoved(post(80, u"bob@example.org"_s).uri());
        QCOMPARE(model.rowCount(), 71);
        QCOMPARE(model.data(model.index(0), PostListModel::ItemIdRole).toString(), u"post-70"_s);
    }

    void blogScopeShowsOnePerson()
    {
        store({post(1), post(2, u"bob@example.org"_s), post(3)});
        PostListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_sync.get(), FeedQuery::blog(u"alice@example.org"_s));
        QTRY_COMPARE(model.rowCount(), 2);
        store({post(4, u"bob@example.org"_s), post(5)});
        QTRY_COMPARE(model.rowCount(), 3); // only Alice's joined
        QCOMPARE(model.data(model.index(0), PostListModel::ItemIdRole).toString(), u"post-5"_s);
    }

    void commentThreadWithLikers()
    {
        const Post parent = post(1);
        store({parent, reply(parent, u"a"_s, u"bob@example.org"_s, u"First"_s),
               reply(parent, u"bb"_s, u"bob@example.org"_s, u"♥"_s), reply(parent, u"ccc"_s, u"bob@example.org"_s, u"♥"_s),
               reply(parent, u"dddd"_s, u"carol@example.org"_s, u"♥"_s)});
        CommentsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setThread(m_sync.get(), parent.comments);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.likers().size(), 2); // Bob once, Carol
        store({reply(parent, u"eeeee"_s, u"carol@example.org"_s, u"Second"_s)});
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1), CommentsModel::TextRole).toString(), u"Second"_s);
        // Removing the first keeps the second in place (no reset).
        auto removed = m_sync->posts().remove(m_sync->accountId(), reply(parent, u"a"_s, {}, {}).uri());
        QVERIFY(Test::waitFor(removed));
        Q_EMIT m_sync->postRemoved(reply(parent, u"a"_s, {}, {}).uri());
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), CommentsModel::TextRole).toString(), u"Second"_s);
    }
};

QTEST_MAIN(TestFeedModels)
#include "tst_feedmodels.moc"
