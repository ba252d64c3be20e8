// The feed kept in step with real accounts on Prosody: following as Movim
// records it, live posts, comments and likes into the cache, edits and
// deletes followed, catching up after being offline, scrolling back past
// the cache, default follows and a contacts-only blog refusing a stranger.
#include "Account.h"
#include "feed/FeedSync.h"
#include "upload/FileUpload.h"
#include "upload/UploadService.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::result;

namespace {
const QString kBlog = u"urn:xmpp:microblog:0"_s;

Post draft(const QString &title, const QString &text = {})
{
    Post post;
    post.title = title;
    post.text = text;
    return post;
}

QList<Post> cachedPosts(Test::TestSession &s, const FeedQuery &query = {}, int limit = 500)
{
    return result(s.feed.posts().page(s.feed.accountId(), {}, limit, query)).value.posts;
}

FollowedNode blogOf(const Test::TestSession &s)
{
    return {s.user.jid, kBlog, {}, false};
}
} // namespace

class TestFeedSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followLiveInteractEditDelete()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));

        // Alice follows Bob: a subscription plus Movim's private list item.
        QCOMPARE(result(alice.feed.follow(blogOf(bob))), QString());
        QVERIFY(alice.feed.isFollowing(bob.user.jid, kBlog));
        FollowService lists(alice.account.client());
        const auto recorded = result(lists.readLists());
        QVERIFY2(recorded.error.isEmpty(), qPrintable(recorded.error));
        QCOMPARE(recorded.nodes.size(), 1);
        QCOMPARE(recorded.nodes.constFirst().service, bob.user.jid);
        QCOMPARE(recorded.nodes.constFirst().node, kBlog);

        // Bob publishes; Alice's cache and feed have it live.
        const auto published = result(bob.feed.publish(draft(u"Live from Bob"_s, u"With a **body**"_s)));
        QVERIFY2(published.error.isEmpty(), qPrintable(published.error));
        const Post post = published.post;
        const FeedQuery aliceFeed{FeedQuery::Scope::Feed, alice.user.jid};
        QTRY_COMPARE_WITH_TIMEOUT(cachedPosts(alice, aliceFeed).size(), 1, 10000);
        QCOMPARE(cachedPosts(alice, aliceFeed).constFirst().itemId, post.itemId);
        QCOMPARE(cachedPosts(bob, {FeedQuery::Scope::Mine, bob.user.jid}).size(), 1); // Bob's own, at once

        // Alice comments and likes; Bob sees both live on his post.
        const Post seen = cachedPosts(alice, aliceFeed).constFirst();
        QVERIFY(result(alice.feed.comment(seen, u"Nice one"_s)).error.isEmpty());
        QVERIFY(result(alice.feed.like(seen)).error.isEmpty());
        auto bobsPost = [&] { return result(bob.feed.posts().item(bob.feed.accountId(), post.uri())).value.value_or(Post{}); };
        QTRY_COMPARE_WITH_TIMEOUT(bobsPost().commentCount, 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(bobsPost().likeCount, 1, 10000);
        const auto mine = cachedPosts(alice, aliceFeed).constFirst();
        QCOMPARE(mine.likeCount, 1);
        QCOMPARE(mine.commentCount, 1);
        QVERIFY(mine.likedByMe);

        // Taking a like back is a retract, which Prosody 0.12 allows only
        // the node's owner (Movim offers no unlike at all): refused with a
        // reason, and the like stays.
        QVERIFY(!result(alice.feed.unlike(seen)).isEmpty());
        QCOMPARE(cachedPosts(alice, aliceFeed).constFirst().likeCount, 1);

        // Bob, who owns his post's comments node, deletes Alice's comment:
        // it leaves Alice's cache too.
        const auto thread = result(bob.feed.posts().thread(bob.feed.accountId(), post.comments)).value;
        const auto comment = std::find_if(thread.cbegin(), thread.cend(), [](const Post &c) { return !c.isLike(); });
        QVERIFY(comment != thread.cend());
        QCOMPARE(result(bob.feed.remove(*comment)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(cachedPosts(alice, aliceFeed).constFirst().commentCount, 0, 10000);
        QCOMPARE(bobsPost().commentCount, 0);

        // Bob edits (dated a minute on, as if he had waited: dates have
        // second precision): Alice follows along, same item, first date kept.
        Post edit = post;
        edit.title = u"Live from Bob (edited)"_s;
        edit.html.clear();
        edit.updated = QDateTime::currentDateTimeUtc().addSecs(60);
        QVERIFY(result(bob.feed.publish(edit)).error.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(cachedPosts(alice, aliceFeed).constFirst().title, edit.title, 10000);
        QVERIFY(cachedPosts(alice, aliceFeed).constFirst().isEdited());
        QCOMPARE(cachedPosts(alice, aliceFeed).size(), 1);

        // Bob deletes it: gone from Alice's cache, thread included.
        QSignalSpy removed(&alice.feed, &FeedSync::postRemoved);
        QCOMPARE(result(bob.feed.remove(bobsPost())), QString());
        QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 10000);
        QVERIFY(cachedPosts(alice, aliceFeed).isEmpty());
        QVERIFY(result(alice.feed.posts().thread(alice.feed.accountId(), post.comments)).value.isEmpty());

        // Unfollowing takes Bob's blog off the list and out of the feed.
        QVERIFY(result(bob.feed.publish(draft(u"After the delete"_s))).error.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(cachedPosts(alice, aliceFeed).size(), 1, 10000);
        QCOMPARE(result(alice.feed.unfollow(blogOf(bob))), QString());
        QVERIFY(result(lists.readLists()).nodes.isEmpty());
        QTRY_VERIFY(cachedPosts(alice, aliceFeed).isEmpty());
    }

    void catchesUpAfterBeingOffline()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(result(bob.feed.publish(draft(u"Before Alice left"_s))).error.isEmpty());
        QCOMPARE(result(alice.feed.follow(blogOf(bob))), QString());
        const FeedQuery feed{FeedQuery::Scope::Contacts, alice.user.jid};
        QTRY_COMPARE_WITH_TIMEOUT(cachedPosts(alice, feed).size(), 1, 10000);

        alice.account.disconnectFromServer();
        QTRY_COMPARE(alice.account.state(), Connection::State::Offline);
        for (int i = 1; i <= 30; ++i)
            QVERIFY(result(bob.feed.publish(draft(u"While Alice was away, number %1"_s.arg(i)))).error.isEmpty());

        // Alice comes back: the poll goes back until it meets what she had.
        QSignalSpy synced(&alice.feed, &FeedSync::syncFinished);
        QVERIFY(alice.login(server, alice.user));
        QVERIFY(synced.wait(20000));
        // (The newest may come as a push on login, before the poll.)
        QVERIFY(synced.constFirst().constFirst().toInt() >= 29);
        const auto posts = cachedPosts(alice, feed);
        QCOMPARE(posts.size(), 31);
        QStringList titles;
        for (const Post &p : posts)
            titles << p.title;
        for (int i = 1; i <= 30; ++i)
            QVERIFY(titles.contains(u"While Alice was away, number %1"_s.arg(i)));
        QVERIFY(titles.contains(u"Before Alice left"_s));
    }

    void scrollsBackPastTheCache()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        QVERIFY(bob.login(server, server.createUser(u"bob"_s)));
        // Not contacts: no +notify pushes, only what following brings.
        QCOMPARE(result(bob.feed.service()->setAudience(FeedService::Audience::Public)), QString());
        // Written a minute apart (published within one second, their order
        // in the feed would be the cache's, not the blog's).
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 1; i <= 45; ++i) {
            Post post = draft(u"Post number %1 of a long blog"_s.arg(i));
            post.published = post.updated = start.addSecs(60 * i);
            QVERIFY(result(bob.feed.publish(post)).error.isEmpty());
        }

        // A first visit reads to its depth (here 20 items; no item is "old"
        // enough to stop at, with a depth of 0 days)…
        NodeCatchUp::Options shallow = NodeCatchUp::defaults();
        shallow.depthItems = 20;
        shallow.depthDays = 0;
        shallow.readWholeBelow = 10;
        alice.feed.setCatchUpOptions(shallow);
        QSignalSpy caughtUp(&alice.feed, &FeedSync::nodeCaughtUp);
        QCOMPARE(result(alice.feed.follow(blogOf(bob))), QString());
        QVERIFY(caughtUp.wait(10000));
        const FeedQuery feed{FeedQuery::Scope::Contacts, alice.user.jid};
        QCOMPARE(cachedPosts(alice, feed).size(), 20);
        QCOMPARE(cachedPosts(alice, feed).constLast().title, u"Post number 26 of a long blog"_s);

        // …and scrolling past the cache asks the server for older ones.
        QSignalSpy older(&alice.feed, &FeedSync::olderFetched);
        alice.feed.fetchOlder();
        QVERIFY(older.wait(10000));
        QCOMPARE(older.takeFirst().constFirst().toInt(), 25);
        QCOMPARE(cachedPosts(alice, feed).size(), 45);
        QCOMPARE(cachedPosts(alice, feed).constLast().title, u"Post number 1 of a long blog"_s);
        // The node is complete now: nothing more is asked.
        alice.feed.fetchOlder();
        QTRY_VERIFY_WITH_TIMEOUT(!older.isEmpty(), 10000);
        QCOMPARE(older.takeFirst().constFirst().toInt(), 0);
    }

    void contactsOnlyBlogRefusesStrangers()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession bob, stranger;
        QVERIFY(bob.login(server, server.createUser(u"bob"_s)));
        QVERIFY(stranger.login(server, server.createUser(u"eve"_s)));
        QVERIFY(result(bob.feed.publish(draft(u"For my contacts"_s))).error.isEmpty());
        QCOMPARE(result(bob.feed.service()->setAudience(FeedService::Audience::Contacts)), QString());
        QCOMPARE(result(bob.feed.service()->audience()), FeedService::Audience::Contacts);
        QVERIFY(!result(stranger.feed.follow(blogOf(bob))).isEmpty());
        QVERIFY(!stranger.feed.isFollowing(bob.user.jid, kBlog));
        QVERIFY(!result(stranger.feed.service()->fetchRecent(bob.user.jid, kBlog, 10)).error.isEmpty());

        // Made public, the same blog is open to anyone.
        QCOMPARE(result(bob.feed.service()->setAudience(FeedService::Audience::Public)), QString());
        QCOMPARE(result(bob.feed.service()->audience()), FeedService::Audience::Public);
        QCOMPARE(result(stranger.feed.follow(blogOf(bob))), QString());
        QTRY_COMPARE_WITH_TIMEOUT(cachedPosts(stranger, {FeedQuery::Scope::Contacts, stranger.user.jid}).size(), 1, 10000);
    }

    void imagePostUploadsAndIsFetched()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QCOMPARE(result(alice.feed.follow(blogOf(bob))), QString());

        // A real PNG through http_file_share.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sunset.png"_s);
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(u"#e07a2f"_s));
        QVERIFY(image.save(path));
        FileUpload *upload = bob.account.uploads()->upload(path, this);
        QTRY_VERIFY_WITH_TIMEOUT(upload->isFinished(), 10000);
        QVERIFY2(upload->state() == FileUpload::State::Done, qPrintable(upload->error()));
        QCOMPARE(upload->mimeType(), u"image/png"_s);
        QCOMPARE(upload->progress(), 1.0);
        QCOMPARE(upload->url().scheme(), u"http"_s);
        QCOMPARE(upload->url().host(), u"127.0.0.1"_s);

        Post post = draft(u"Sunset"_s);
        post.links << PostLink::enclosure(upload->url().toString(), upload->mimeType(), upload->fileName());
        QVERIFY(result(bob.feed.publish(post)).error.isEmpty());

        // Alice gets the post with its picture, and the picture downloads.
        const FeedQuery aliceFeed{FeedQuery::Scope::Feed, alice.user.jid};
        QTRY_COMPARE_WITH_TIMEOUT(cachedPosts(alice, aliceFeed).size(), 1, 10000);
        const auto pictures = cachedPosts(alice, aliceFeed).constFirst().pictures();
        QCOMPARE(pictures.size(), 1);
        QCOMPARE(pictures.constFirst().type, u"image/png"_s);
        QCOMPARE(pictures.constFirst().title, u"sunset.png"_s);
        QNetworkAccessManager network;
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(QUrl(pictures.constFirst().href))));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QImage fetched;
        QVERIFY(fetched.loadFromData(reply->readAll()));
        QCOMPARE(fetched.size(), image.size());
        QCOMPARE(fetched.pixelColor(10, 10), QColor(u"#e07a2f"_s));
    }

    void uploadRefusesWhatTheServerWouldNot()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession bob;
        QVERIFY(bob.login(server, server.createUser(u"bob"_s)));
        QTemporaryDir dir;

        // Missing and empty files fail at once, with the file's name.
        FileUpload *missing = bob.account.uploads()->upload(dir.filePath(u"nothing.png"_s), this);
        QCOMPARE(missing->state(), FileUpload::State::Failed);
        QVERIFY(missing->error().contains(u"nothing.png"_s));
        QFile empty(dir.filePath(u"empty.txt"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QCOMPARE(bob.account.uploads()->upload(empty.fileName(), this)->state(), FileUpload::State::Failed);

        // Over the service's advertised limit (16 MiB in the fixture):
        // refused before a byte is sent, saying the limit.
        const auto service = result(bob.account.uploads()->service());
        QCOMPARE(service.jid, u"upload.localhost"_s);
        QCOMPARE(service.maxSize, qint64(16 * 1024 * 1024));
        QFile big(dir.filePath(u"big.bin"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(service.maxSize + 1));
        big.close();
        FileUpload *tooBig = bob.account.uploads()->upload(big.fileName(), this);
        QTRY_VERIFY_WITH_TIMEOUT(tooBig->isFinished(), 10000);
        QCOMPARE(tooBig->state(), FileUpload::State::Failed);
        QVERIFY2(tooBig->error().contains(u"big.bin"_s), qPrintable(tooBig->error()));

        // Cancelled on the way: stays cancelled, no URL.
        QFile file(dir.filePath(u"notes.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(512 * 1024, 'x'));
        file.close();
        FileUpload *cancelled = bob.account.uploads()->upload(file.fileName(), this);
        QSignalSpy afterCancel(cancelled, &FileUpload::progressChanged);
        cancelled->cancel();
        QCOMPARE(cancelled->state(), FileUpload::State::Cancelled);
        afterCancel.clear();
        // A whole upload after it (slot, PUT, answer) gives the cancelled
        // one every chance to go on: it must not.
        FileUpload *next = bob.account.uploads()->upload(file.fileName(), this);
        QTRY_VERIFY_WITH_TIMEOUT(next->isFinished(), 10000);
        QCOMPARE(next->state(), FileUpload::State::Done);
        QCOMPARE(cancelled->state(), FileUpload::State::Cancelled);
        QCOMPARE(afterCancel.count(), 0);
        QVERIFY(cancelled->url().isEmpty());
    }

    void followsContactsOnFirstLogin()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(result(bob.feed.publish(draft(u"Hello contacts"_s))).error.isEmpty());

        // Alice on a new machine: a fresh cache, contacts already there.
        Test::TestSession laptop;
        QVERIFY(laptop.login(server, alice.user));
        QTRY_VERIFY_WITH_TIMEOUT(laptop.feed.isFollowing(bob.user.jid, kBlog), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cachedPosts(laptop, {FeedQuery::Scope::Feed, alice.user.jid}).size(), 1, 10000);
        // Recorded in the list, so Movim (or the first machine) sees it too.
        QTRY_VERIFY_WITH_TIMEOUT(!result(FollowService(alice.account.client()).readLists()).nodes.isEmpty(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestFeedSync)
#include "tst_feedsync.moc"
