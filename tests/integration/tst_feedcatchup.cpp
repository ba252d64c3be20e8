// The feed holds what the servers hold (issue 11), on a real Prosody: a
// sync killed half way or cut by a server restart resumes and loses
// nothing, an edit among a hundred new posts and deletions made while away
// are seen, a first sync reads every followed blog before it ends, counts
// are never a wrong number, scrolling back fetches only what is missing,
// authors cannot be forged, hostile entries are stored clean with their
// dates clamped once, and a second like is no like.
#include "feed/Authorship.h"
#include "feed/FeedSync.h"
#include "profile/PepItem.h"
#include "support/HearthCli.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::result;

namespace {
const QString kBlog = u"urn:xmpp:microblog:0"_s;

using Run = Test::CliRun;

// Runs the hearth binary with parts of 20 and the feed's log;
// killAfterParts > 0: SIGKILL once that many parts were stored; stopAt:
// sees the log as it grows, and says when it has acted.
Run hearth(const QStringList &arguments, const QString &password, int killAfterParts = 0,
           const std::function<bool(const QString &)> &stopAt = {})
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HEARTH_CLI_PASSWORD"_s, password);
    env.insert(u"HEARTH_SYNC_CHUNK"_s, u"20"_s);
    env.insert(u"QT_LOGGING_RULES"_s, u"hearth.core.feed.debug=true"_s);
    env.remove(u"DISPLAY"_s);
    bool stopped = false;
    return Test::runHearth(QStringLiteral(HEARTH_BINARY), arguments, env, [&](QProcess &process, const QString &log) {
        if (stopped)
            return;
        if (killAfterParts > 0 && log.count(u"stored a part"_s) >= killAfterParts) {
            stopped = true;
            process.kill();
        } else if (stopAt && stopAt(log)) {
            stopped = true;
        }
    });
}

Post draft(const QString &title)
{
    Post post;
    post.title = title;
    return post;
}

// Publishes n posts without comment nodes (one request each).
bool publishMany(Test::TestSession &s, int n, const QString &prefix)
{
    for (int i = 1; i <= n; ++i) {
        if (!result(s.feed.publish(draft(u"%1 %2"_s.arg(prefix).arg(i)), false), 20000).error.isEmpty())
            return false;
    }
    return true;
}

QList<Post> cached(Test::TestSession &s, const FeedQuery &query, int limit = 2000)
{
    return result(s.feed.posts().page(s.feed.accountId(), {}, limit, query)).value.posts;
}

QStringList titles(const QList<Post> &posts)
{
    QStringList out;
    for (const Post &p : posts)
        out << p.title;
    return out;
}

// Publishes a hand-made entry (what any other client could send).
QString publishRaw(Test::TestSession &s, const QString &service, const QString &node, const QString &id, const QString &entry)
{
    auto *pubsub = s.account.client()->findExtension<QXmppPubSubManager>();
    auto task = service == s.user.jid ? pubsub->publishOwnPepItem(node, PepItem(id, entry))
                                      : pubsub->publishItem(service, node, PepItem(id, entry));
    const auto published = result(task.toFuture(&s.account), 10000);
    if (auto *error = std::get_if<QXmppError>(&published))
        return error->description.isEmpty() ? u"error"_s : error->description;
    return {};
}

QString entry(const QString &id, const QString &title, const QString &authorJid, const QString &extra = {},
              const QString &date = u"2026-01-02T03:04:05Z"_s)
{
    return u"<entry xmlns='http://www.w3.org/2005/Atom'><id>%1</id><title>%2</title>"
           "<author><name>Someone</name><uri>xmpp:%3</uri></author>%4"
           "<published>%5</published><updated>%5</updated></entry>"_s.arg(id, title, authorJid, extra, date);
}

void goOffline(Test::TestSession &s);

// Logs in (again) and waits for the session's sync to finish.
bool syncOnce(Test::TestSession &s, Test::ProsodyServer &server)
{
    if (s.account.state() != Connection::State::Offline)
        goOffline(s);
    QSignalSpy synced(&s.feed, &FeedSync::syncFinished);
    return s.login(server, s.user) && synced.wait(60000) && s.feed.syncErrors().isEmpty();
}

void goOffline(Test::TestSession &s)
{
    s.account.disconnectFromServer();
    QTRY_COMPARE(s.account.state(), Connection::State::Offline);
}

// a follows b's blog (contacts made after a first login are not followed
// by default).
bool follow(Test::TestSession &a, const Test::TestSession &b)
{
    return result(a.feed.follow({b.user.jid, kBlog, {}, false})).isEmpty();
}
} // namespace

class TestFeedCatchUp : public QObject
{
    Q_OBJECT

    QStringList cliAccount(Test::ProsodyServer &server, const QTemporaryDir &profile, const Test::TestUser &user)
    {
        return {u"--profile"_s, profile.path(), u"--jid"_s, user.jid, u"--password-env"_s, u"HEARTH_CLI_PASSWORD"_s,
                u"--host"_s, server.host(), u"--port"_s, QString::number(server.port())};
    }

    int feedCount(Test::ProsodyServer &server, const QTemporaryDir &profile, const Test::TestUser &user, QJsonArray *out = nullptr)
    {
        const Run feed = hearth(QStringList{u"feed"_s, u"--json"_s, u"--limit"_s, u"5000"_s} + cliAccount(server, profile, user),
                                user.password);
        if (feed.code != 0)
            return -1;
        const QJsonArray posts = QJsonDocument::fromJson(feed.out.toUtf8()).array();
        if (out)
            *out = posts;
        return int(posts.size());
    }

    // Alice and Bob are contacts, Bob has one post; Alice's first command
    // line sync (in profile) follows him and holds it.
    void firstCliSync(Test::ProsodyServer &server, Test::TestSession &alice, Test::TestSession &bob, const QTemporaryDir &profile,
                      QStringList *account)
    {
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(publishMany(bob, 1, u"Before"_s));
        goOffline(alice);
        *account = cliAccount(server, profile, alice.user);
        const Run first = hearth(QStringList{u"sync"_s} + *account, alice.user.password);
        QVERIFY2(first.code == 0, qPrintable(first.err));
        QCOMPARE(feedCount(server, profile, alice.user), 1);
    }

private Q_SLOTS:
    void killedSyncResumesWithoutLosingOrRefetching()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QTemporaryDir profile;
        QStringList account;
        firstCliSync(server, alice, bob, profile, &account);
        if (QTest::currentTestFailed())
            return;

        QVERIFY(publishMany(bob, 240, u"While away"_s));
        // Killed after 2 parts, then after 5 more: each run keeps what it
        // stored, none is taken for a finished catch-up.
        int held = 1;
        for (int parts : {2, 5}) {
            const Run killed = hearth(QStringList{u"sync"_s} + account, alice.user.password, parts);
            QCOMPARE(killed.code, -2); // killed, not finished
            const int now = feedCount(server, profile, alice.user);
            QVERIFY2(now > held && now < 241, qPrintable(u"held %1 after the kill"_s.arg(now)));
            held = now;
        }
        const Run resumed = hearth(QStringList{u"sync"_s} + account, alice.user.password);
        QVERIFY2(resumed.code == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(u"resuming the interrupted catch-up of %1"_s.arg(bob.user.jid)), qPrintable(resumed.err));
        QJsonArray posts;
        QCOMPARE(feedCount(server, profile, alice.user, &posts), 241);
        QSet<QString> uris;
        for (const auto &p : posts)
            uris.insert(p.toObject().value(u"uri"_s).toString());
        QCOMPARE(uris.size(), 241);
        // Only what was missing came, with the one mark that proves nothing
        // older changed (and the newest, which Prosody also pushes on login).
        const QRegularExpression fetched(u"caught up %1 urn:xmpp:microblog:0 : (\\d+) new, (\\d+) again, \\d+ deleted, (\\d+) fetched"_s
                                             .arg(QRegularExpression::escape(bob.user.jid)));
        const auto match = fetched.match(resumed.err);
        QVERIFY2(match.hasMatch(), qPrintable(resumed.err));
        QCOMPARE(match.captured(1).toInt(), 241 - held);
        QVERIFY2(match.captured(3).toInt() <= 241 - held + 2, qPrintable(resumed.err));
    }

    void serverGoneMidSyncFailsAndTheNextSyncHasEverything()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QTemporaryDir profile;
        QStringList account;
        firstCliSync(server, alice, bob, profile, &account);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(publishMany(bob, 120, u"While away"_s));
        goOffline(bob);

        // The server vanishes as soon as the sync is logged in.
        const Run cut = hearth(QStringList{u"sync"_s} + account, alice.user.password, 0, [&](const QString &log) {
            if (!log.contains(u"online as"_s))
                return false;
            server.kill();
            return true;
        });
        QVERIFY2(cut.code == 1, qPrintable(QString::number(cut.code) + cut.err.right(3000)));
        QVERIFY(feedCount(server, profile, alice.user) < 121);
        HEARTH_START_SERVER(server);
        const Run again = hearth(QStringList{u"sync"_s} + account, alice.user.password);
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QCOMPARE(feedCount(server, profile, alice.user), 121);
    }

    void editAmongAHundredNewPosts()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(follow(alice, bob));
        QVERIFY(publishMany(bob, 30, u"Early"_s));
        QVERIFY(syncOnce(alice, server));
        const FeedQuery contacts{FeedQuery::Scope::Contacts, alice.user.jid};
        QCOMPARE(cached(alice, contacts).size(), 30);
        goOffline(alice);

        QVERIFY(publishMany(bob, 100, u"New"_s));
        Post old = cached(bob, {FeedQuery::Scope::Mine, bob.user.jid}, 500).constLast(); // "Early 1"
        QCOMPARE(old.title, u"Early 1"_s);
        old.title = u"Early 1, edited"_s;
        old.html.clear();
        old.updated = {};
        QVERIFY(result(bob.feed.publish(old, false)).error.isEmpty());

        QVERIFY(syncOnce(alice, server));
        const QStringList all = titles(cached(alice, contacts));
        QCOMPARE(all.size(), 130);
        for (int i = 1; i <= 100; ++i)
            QVERIFY2(all.contains(u"New %1"_s.arg(i)), qPrintable(u"New %1 missing"_s.arg(i)));
        QVERIFY(all.contains(u"Early 1, edited"_s));
        QVERIFY(!all.contains(u"Early 1"_s));
    }

    void deletedWhileAwayLeavesTheCache()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob, dave;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QCOMPARE(result(bob.feed.service()->setAudience(FeedService::Audience::Public)), QString());
        QVERIFY(publishMany(bob, 5, u"Post"_s));
        // Dave is no contact: the server lists him no ids, he reads windows.
        QVERIFY(dave.login(server, server.createUser(u"dave"_s)));
        QSignalSpy daveCaughtUp(&dave.feed, &FeedSync::nodeCaughtUp);
        QCOMPARE(result(dave.feed.follow({bob.user.jid, kBlog, {}, false})), QString());
        // Bob's blog, not another node (Dave's own, caught up at login,
        // could come first: a wait for any node failed now and then).
        const auto bobsBlogCaughtUp = [&] {
            return std::any_of(daveCaughtUp.cbegin(), daveCaughtUp.cend(), [&](const QList<QVariant> &arguments) {
                return arguments.at(0).toString() == bob.user.jid && arguments.at(1).toString() == kBlog;
            });
        };
        QVERIFY(QTest::qWaitFor(bobsBlogCaughtUp, 10000));
        QVERIFY(follow(alice, bob));
        QVERIFY(syncOnce(alice, server));
        QCOMPARE(cached(alice, {FeedQuery::Scope::Contacts, alice.user.jid}).size(), 5);
        QCOMPARE(cached(dave, {FeedQuery::Scope::Contacts, dave.user.jid}).size(), 5);
        goOffline(alice);
        goOffline(dave);

        const QList<Post> mine = cached(bob, {FeedQuery::Scope::Mine, bob.user.jid});
        QCOMPARE(result(bob.feed.remove(mine.at(1))), QString());
        QCOMPARE(result(bob.feed.remove(mine.at(3))), QString());

        QVERIFY(syncOnce(alice, server));
        QVERIFY(syncOnce(dave, server));
        for (Test::TestSession *s : {&alice, &dave}) {
            const QStringList left = titles(cached(*s, {FeedQuery::Scope::Contacts, s->user.jid}));
            QCOMPARE(left.size(), 3);
            QVERIFY(!left.contains(mine.at(1).title));
            QVERIFY(!left.contains(mine.at(3).title));
        }
    }

    void firstSyncEndsAfterEveryFollowedBlog()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob, carol;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(carol.login(server, server.createUser(u"carol"_s)));
        QVERIFY(Test::befriend(alice, carol));
        QVERIFY(publishMany(bob, 150, u"Bob's"_s));
        QVERIFY(publishMany(carol, 5, u"Carol's"_s));
        goOffline(alice);

        // How deep a first read goes is checked before anything is done.
        {
            QTemporaryDir profile;
            const QStringList account = cliAccount(server, profile, alice.user);
            QCOMPARE(hearth(QStringList{u"sync"_s, u"--days"_s, u"soon"_s} + account, alice.user.password).code, 2);
            QCOMPARE(hearth(QStringList{u"sync"_s, u"--items"_s, u"0"_s} + account, alice.user.password).code, 2);
            QCOMPARE(hearth(QStringList{u"feed"_s, u"--days"_s, u"3"_s} + account, alice.user.password).code, 2);
            QCOMPARE(hearth(QStringList{u"feed"_s, u"--full"_s} + account, alice.user.password).code, 2);
        }
        // A new machine: the first sync follows both and ends when both
        // blogs are read (each is small enough to be read whole).
        for (int run = 0; run < 2; ++run) {
            QTemporaryDir profile;
            const Run sync = hearth(QStringList{u"sync"_s} + cliAccount(server, profile, alice.user), alice.user.password);
            QVERIFY2(sync.code == 0, qPrintable(sync.err));
            QCOMPARE(feedCount(server, profile, alice.user), 155);
        }
    }

    // A node asked for again while its catch-up runs (a profile opened
    // during the session's sync): every caller hears the end. Qt 6.4 keeps
    // one continuation per future, so sharing the running one silenced the
    // first caller and the session's sync never ended (the demo's feed
    // screenshot timed out "still syncing").
    void askedAgainWhileRunningEveryCallerHearsTheEnd()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(publishMany(bob, 3, u"Post"_s));
        QVERIFY(follow(alice, bob));
        QVERIFY(syncOnce(alice, server));
        QObject context;
        QList<QFuture<int>> heard;
        for (int i = 0; i < 3; ++i) {
            heard << alice.feed.catchUp(bob.user.jid, kBlog, i == 1 ? NodeCatchUp::Mode::Full : NodeCatchUp::Mode::Update)
                         .then(&context, [](NodeCatchUp::Result result) { return result.error.isEmpty() ? 1 : 0; });
        }
        for (int i = 0; i < heard.size(); ++i)
            QVERIFY2(Test::waitFor(heard.at(i), 20000) && heard.at(i).result() == 1, qPrintable(u"caller %1"_s.arg(i + 1)));
        QCOMPARE(cached(alice, {FeedQuery::Scope::Contacts, alice.user.jid}).size(), 3);
    }

    // A link to a post the cache does not hold: the post page asks its
    // server for it.
    void aPostNotHeldIsFetchedByItsAddress()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QCOMPARE(result(bob.feed.service()->setAudience(FeedService::Audience::Public)), QString());
        const auto published = result(bob.feed.service()->publish(draft(u"Linked"_s), false), 20000);
        QVERIFY2(published.error.isEmpty(), qPrintable(published.error));
        const XmppUri uri = published.post.uri();
        QVERIFY(!result(alice.feed.posts().item(alice.feed.accountId(), uri, alice.user.jid)).value);
        QCOMPARE(result(alice.feed.fetchPost(uri), 20000), QString());
        const auto held = result(alice.feed.posts().item(alice.feed.accountId(), uri, alice.user.jid)).value;
        QVERIFY(held);
        QCOMPARE(held->title, u"Linked"_s);
        XmppUri gone = uri;
        gone.item = u"no-such-item"_s;
        QVERIFY(!result(alice.feed.fetchPost(gone), 20000).isEmpty());
    }

    void countsAreUnknownUntilTheThreadIsRead()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob, carol;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(carol.login(server, server.createUser(u"carol"_s)));
        QList<Post> posts;
        for (int i = 1; i <= FeedSync::kThreadsPolled + 5; ++i) {
            const auto published = result(bob.feed.publish(draft(u"Threaded %1"_s.arg(i))), 20000);
            QVERIFY(published.error.isEmpty());
            posts << published.post;
        }
        // Carol answers the oldest and the newest post.
        for (const Post &p : {posts.constFirst(), posts.constLast()}) {
            QVERIFY(result(carol.feed.comment(p, u"Seen it"_s)).error.isEmpty());
            QVERIFY(result(carol.feed.like(p)).error.isEmpty());
        }
        goOffline(alice);

        Test::TestSession laptop; // Alice on a new machine
        laptop.user = alice.user;
        QVERIFY(syncOnce(laptop, server));
        auto find = [&](const Post &p) { return result(laptop.feed.posts().item(laptop.feed.accountId(), p.uri())).value.value_or(Post{}); };
        const Post newest = find(posts.constLast());
        QVERIFY(newest.countsKnown);
        QCOMPARE(newest.commentCount, 1);
        QCOMPARE(newest.likeCount, 1);
        // Past the threads a sync reads: unknown, never a confident 0…
        Post oldest = find(posts.constFirst());
        QVERIFY(!oldest.countsKnown);
        // …until a view shows it and its thread is read.
        QSignalSpy changed(&laptop.feed, &FeedSync::postsChanged);
        laptop.feed.refreshThreads({oldest});
        QTRY_VERIFY_WITH_TIMEOUT(find(posts.constFirst()).countsKnown, 10000);
        oldest = find(posts.constFirst());
        QCOMPARE(oldest.commentCount, 1);
        QCOMPARE(oldest.likeCount, 1);
    }

    void scrollingBackFetchesOnlyWhatIsMissing()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(publishMany(bob, 75, u"Long blog"_s));
        goOffline(alice);
        // Alice on a new machine, whose first read goes 20 items deep.
        Test::TestSession laptop;
        laptop.user = alice.user;
        NodeCatchUp::Options shallow = NodeCatchUp::defaults();
        shallow.depthItems = 20;
        shallow.depthDays = 0;
        shallow.readWholeBelow = 10;
        laptop.feed.setCatchUpOptions(shallow);
        QVERIFY(syncOnce(laptop, server));
        QCOMPARE(result(laptop.feed.posts().count(laptop.feed.accountId(), bob.user.jid, kBlog)).value, 20);
        Test::TestSession &alice2 = laptop;
        // Each step back asks for the next 30 by id, nothing held again.
        for (int expected : {30, 25}) {
            const auto older = result(alice2.feed.catchUp(bob.user.jid, kBlog, NodeCatchUp::Mode::Older), 20000);
            QVERIFY2(older.error.isEmpty(), qPrintable(older.error));
            QCOMPARE(older.added, expected);
            QCOMPARE(older.fetched, expected);
        }
        const auto done = result(alice2.feed.catchUp(bob.user.jid, kBlog, NodeCatchUp::Mode::Older), 20000);
        QCOMPARE(done.fetched, 0);
        QVERIFY(done.complete);
        QCOMPARE(result(alice2.feed.posts().count(alice2.feed.accountId(), bob.user.jid, kBlog)).value, 75);
        // And the next catch-up asks for the one mark only.
        const auto update = result(alice2.feed.catchUp(bob.user.jid, kBlog), 20000);
        QCOMPARE(update.added, 0);
        QCOMPARE(update.fetched, 1);
    }

    void authorsCannotBeForged()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob, carol;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(carol.login(server, server.createUser(u"carol"_s)));
        QVERIFY(follow(alice, bob));
        const auto published = result(bob.feed.publish(draft(u"A real post"_s)));
        QVERIFY(published.error.isEmpty());
        const Post real = published.post;
        // On Bob's own blog, an entry claiming Carol wrote it.
        QCOMPARE(publishRaw(bob, bob.user.jid, kBlog, u"claims-carol"_s, entry(u"claims-carol"_s, u"Signed Carol"_s, carol.user.jid)),
                 QString());
        // Carol comments claiming to be Bob, and likes five times as five people.
        QCOMPARE(publishRaw(carol, real.comments.service, real.comments.node, u"c1"_s, entry(u"c1"_s, u"I am Bob"_s, bob.user.jid)),
                 QString());
        for (int i = 1; i <= 5; ++i)
            QCOMPARE(publishRaw(carol, real.comments.service, real.comments.node, u"l%1"_s.arg(i),
                                entry(u"l%1"_s.arg(i), u"\u2665"_s, u"fan%1@localhost"_s.arg(i))),
                     QString());

        goOffline(alice);
        QVERIFY(syncOnce(alice, server));
        const auto claim = result(alice.feed.posts().item(alice.feed.accountId(), {bob.user.jid, kBlog, u"claims-carol"_s})).value;
        QVERIFY(claim);
        QCOMPARE(claim->authorJid, bob.user.jid);
        QCOMPARE(claim->claimedAuthor, carol.user.jid);
        QVERIFY(!claim->verified);
        QVERIFY(Authorship::claimsSomeoneElse(*claim));
        const auto mine = result(alice.feed.posts().item(alice.feed.accountId(), real.uri())).value;
        QVERIFY(mine && mine->verified);
        QCOMPARE(mine->likeCount, 1); // Carol, once
        QCOMPARE(mine->commentCount, 1);
        const auto thread = result(alice.feed.posts().thread(alice.feed.accountId(), real.comments)).value;
        const auto comment = std::find_if(thread.cbegin(), thread.cend(), [](const Post &c) { return !c.isLike(); });
        QVERIFY(comment != thread.cend());
        QCOMPARE(comment->authorJid, carol.user.jid);
        QCOMPARE(comment->claimedAuthor, bob.user.jid);
        QVERIFY(!comment->verified);
    }

    void hostileEntriesAreStoredCleanAndDatedOnce()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        const QString hostile = u"<link rel='enclosure' href='javascript:alert(1)' type='image/png'/>"
                                "<link rel='related' href='https://example.org/' logo='javascript:alert(2)'/>"
                                "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p style='color:red'>Hi"
                                "<script>alert(3)</script><img src='x' onerror='alert(4)'/><a href='javascript:alert(5)'>x</a>"
                                "<iframe src='https://example.org/'></iframe></p></div></content>"_s;
        QString tags;
        for (int i = 0; i < 300; ++i)
            tags += u"<category term='tag%1'/>"_s.arg(i);
        QCOMPARE(publishRaw(bob, bob.user.jid, kBlog, u"hostile"_s,
                            entry(u"hostile"_s, u"Hostile"_s, bob.user.jid, hostile + tags, u"9999-12-31T23:59:59Z"_s)),
                 QString());
        goOffline(alice);
        QTemporaryDir profile;
        const QStringList account = cliAccount(server, profile, alice.user);
        QCOMPARE(hearth(QStringList{u"sync"_s} + account, alice.user.password).code, 0);
        QJsonArray posts;
        QCOMPARE(feedCount(server, profile, alice.user, &posts), 1);
        const QString json = QString::fromUtf8(QJsonDocument(posts).toJson());
        for (const QString &bad : {u"<script"_s, u"onerror"_s, u"javascript:"_s, u"<iframe"_s, u"style="_s})
            QVERIFY2(!json.contains(bad), qPrintable(bad + u" in "_s + json));
        const QJsonObject post = posts.first().toObject();
        QCOMPARE(post.value(u"tags"_s).toArray().size(), 30);
        const QDateTime first = QDateTime::fromString(post.value(u"published"_s).toString(), Qt::ISODate);
        QVERIFY(first.isValid());
        QVERIFY(qAbs(first.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        // Synced again once "now" is later: the first stored date stays
        // (never pinned to the top by a new "now").
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > first.toSecsSinceEpoch(), 5000);
        QCOMPARE(hearth(QStringList{u"sync"_s, u"--full"_s} + account, alice.user.password).code, 0);
        QCOMPARE(feedCount(server, profile, alice.user, &posts), 1);
        QCOMPARE(QDateTime::fromString(posts.first().toObject().value(u"published"_s).toString(), Qt::ISODate), first);
    }

    void aSecondLikeIsNoLike()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        const auto published = result(bob.feed.publish(draft(u"Like me once"_s)));
        QVERIFY(published.error.isEmpty());
        goOffline(alice);
        QTemporaryDir profile;
        const QStringList account = cliAccount(server, profile, alice.user);
        const QString uri = published.post.uri().toString();
        for (int i = 0; i < 2; ++i) {
            const Run liked = hearth(QStringList{u"like"_s, uri} + account, alice.user.password);
            QVERIFY2(liked.code == 0, qPrintable(liked.err));
        }
        // What the server holds: one ♥ item by Alice.
        const auto thread = result(bob.feed.service()->fetchRecent(published.post.comments.service, published.post.comments.node, 100));
        QVERIFY2(thread.error.isEmpty(), qPrintable(thread.error));
        QCOMPARE(thread.posts.size(), 1);
        QVERIFY(thread.posts.constFirst().isLike());
        QCOMPARE(thread.posts.constFirst().authorJid, alice.user.jid);
    }

    void madeOfflineIsPublishedInOrderOrCancelled()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(follow(bob, alice));
        const auto online = result(alice.feed.publish(draft(u"Posted online"_s)));
        QVERIFY(online.error.isEmpty());
        goOffline(alice);

        // Offline: a post, a comment and a like on it, a comment on the
        // earlier post, and one more post that Alice takes back.
        const auto post = result(alice.feed.publish(draft(u"Written on the train"_s)));
        QVERIFY(post.queued);
        QVERIFY(post.error.isEmpty());
        const auto comment = result(alice.feed.comment(post.post, u"And a comment"_s));
        QVERIFY(comment.queued);
        QVERIFY(result(alice.feed.like(post.post)).queued);
        QVERIFY(result(alice.feed.comment(online.post, u"Later thoughts"_s)).queued);
        const auto regret = result(alice.feed.publish(draft(u"Better not"_s)));
        QVERIFY(regret.queued);
        QCOMPARE(result(alice.feed.outbox()).value.size(), 5);
        // Shown at once, as pending.
        const auto shown = result(alice.feed.posts().item(alice.feed.accountId(), post.post.uri(), alice.user.jid)).value;
        QVERIFY(shown && shown->pending);
        QCOMPARE(shown->commentCount, 1);
        QVERIFY(shown->likedByMe);
        QCOMPARE(result(alice.feed.cancelPending(regret.post.uri())), QString());
        QVERIFY(!result(alice.feed.posts().item(alice.feed.accountId(), regret.post.uri())).value);
        QCOMPARE(result(alice.feed.outbox()).value.size(), 4);

        // Back online: published in order (the post before what is on it).
        QSignalSpy outbox(&alice.feed, &FeedSync::outboxChanged);
        QVERIFY(syncOnce(alice, server));
        QTRY_VERIFY_WITH_TIMEOUT(result(alice.feed.outbox()).value.isEmpty(), 10000);
        const auto sent = result(alice.feed.posts().item(alice.feed.accountId(), post.post.uri(), alice.user.jid)).value;
        QVERIFY(sent && !sent->pending);
        // Bob reads them from the server: the post, its comment and like,
        // the late comment; not the cancelled post.
        goOffline(bob);
        QVERIFY(syncOnce(bob, server));
        const QStringList bobs = titles(cached(bob, {FeedQuery::Scope::Contacts, bob.user.jid}));
        QVERIFY(bobs.contains(u"Written on the train"_s));
        QVERIFY(!bobs.contains(u"Better not"_s));
        const auto onServer = result(bob.feed.posts().item(bob.feed.accountId(), post.post.uri(), bob.user.jid)).value;
        QVERIFY(onServer);
        QVERIFY(onServer->countsKnown);
        QCOMPARE(onServer->commentCount, 1);
        QCOMPARE(onServer->likeCount, 1);
        const auto earlier = result(bob.feed.posts().item(bob.feed.accountId(), online.post.uri(), bob.user.jid)).value;
        QVERIFY(earlier);
        QCOMPARE(earlier->commentCount, 1);
    }

    void aRefusedPublishWaitsWithItsReason()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        const auto published = result(bob.feed.publish(draft(u"Soon gone"_s)));
        QVERIFY(published.error.isEmpty());
        // Bob deletes the post (and its comments node): Alice's comment on
        // her cached copy is refused, kept with the reason, not lost.
        QCOMPARE(result(bob.feed.remove(published.post)), QString());
        const auto refused = result(alice.feed.comment(published.post, u"Too late"_s));
        QVERIFY(refused.queued);
        QVERIFY(!refused.error.isEmpty());
        const auto entries = result(alice.feed.outbox()).value;
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.constFirst().error, refused.error);
        const auto kept = result(alice.feed.posts().item(alice.feed.accountId(), refused.post.uri())).value;
        QVERIFY(kept && kept->pending);
        QCOMPARE(kept->pendingError, refused.error);
    }
};

QTEST_GUILESS_MAIN(TestFeedCatchUp)
#include "tst_feedcatchup.moc"
