// Microblogging between real accounts, Movim's way: a post published with
// publish-options arrives live at a contact, reads back through the codec,
// takes comments and a ♥ like on the comments service, and an edit keeps
// its item id and first publication date.
#include "Account.h"
#include "feed/FeedService.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::result;

class TestFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishCommentLikeAndEdit()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        alice.account.feed()->setCommentsService(u"comments."_s + server.domain());

        QSignalSpy bobSees(bob.account.feed(), &FeedService::postReceived);
        Post draft;
        draft.title = u"Hello from Hearth, the first post of many to come"_s;
        draft.text = u"It *works*, and **Movim** can read it. #hearth"_s;
        const auto published = result(alice.account.feed()->publish(draft));
        QVERIFY2(published.error.isEmpty(), qPrintable(published.error));
        const Post post = published.post;
        QVERIFY(post.itemId.startsWith(u"hello-from-hearth-the-first-post-of-many-to-come-"_s));
        QCOMPARE(post.comments.service, u"comments."_s + server.domain());

        // Bob gets it live (Hearth advertises microblog +notify).
        QTRY_VERIFY_WITH_TIMEOUT(!bobSees.isEmpty(), 10000);
        const Post live = bobSees.last().first().value<Post>();
        QCOMPARE(live.itemId, post.itemId);
        QCOMPARE(live.authorJid, alice.user.jid);
        QCOMPARE(live.title, draft.title);
        QVERIFY2(live.html.contains(u"<strong>Movim</strong>"_s), qPrintable(live.html));
        QCOMPARE(live.text, draft.text);
        QVERIFY(live.tags.contains(u"hearth"_s));
        QCOMPARE(live.comments, post.comments);

        // …and reads it back from the node.
        const auto fetched = result(bob.account.feed()->fetch(alice.user.jid, u"urn:xmpp:microblog:0"_s));
        QCOMPARE(fetched.size(), 1);
        QCOMPARE(fetched.constFirst().itemId, post.itemId);

        // Bob comments and likes; Alice, subscribed to her comments node, sees both.
        QSignalSpy aliceSees(alice.account.feed(), &FeedService::postReceived);
        QVERIFY(result(bob.account.feed()->comment(live, u"Congratulations!"_s)).error.isEmpty());
        QVERIFY(result(bob.account.feed()->like(live)).error.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(aliceSees.size() >= 2, 10000);
        const auto thread = result(alice.account.feed()->fetch(post.comments.service, post.comments.node));
        QCOMPARE(thread.size(), 2);
        int likes = 0;
        for (const Post &c : thread) {
            QVERIFY(c.isComment());
            QCOMPARE(c.authorJid, bob.user.jid);
            likes += c.isLike();
        }
        QCOMPARE(likes, 1);

        // An edit: same item, first publication date kept, "edited".
        Post edit = post;
        edit.title = u"Hello from Hearth (edited)"_s;
        edit.html.clear();
        edit.updated = QDateTime::currentDateTimeUtc().addSecs(60); // dates have second precision
        const int before = int(bobSees.size());
        QVERIFY(result(alice.account.feed()->publish(edit)).error.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(bobSees.size() > before, 10000);
        const Post edited = bobSees.last().first().value<Post>();
        QCOMPARE(edited.itemId, post.itemId);
        QCOMPARE(edited.title, u"Hello from Hearth (edited)"_s);
        QCOMPARE(edited.published, post.published.toUTC());
        QVERIFY(edited.isEdited());
    }

    void refusesPostsWithoutTitle()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        Post draft;
        draft.text = u"no title"_s;
        QVERIFY(!result(alice.account.feed()->publish(draft)).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeed)
#include "tst_feed.moc"
