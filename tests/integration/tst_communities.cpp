// Communities against Prosody's pubsub component: discovery with meta-data,
// a community made and filled exactly as Movim does it, following as Movim
// records it (seen by a second session), live and offline posts, creation
// with each access model and a stranger allowed or refused, affiliations
// and subscription requests, the avatar, unfollowing and deleting.
#include "Account.h"
#include "XmlWriting.h"
#include "communities/CommunityService.h"
#include "feed/FeedSync.h"
#include "feed/PubSubRequests.h"
#include "profile/AvatarService.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDomDocument>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppTask.h>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::result;

namespace {
QString pubsubOf(Test::ProsodyServer &server)
{
    return u"pubsub."_s + server.domain();
}

CommunitySettings named(const QString &title, CommunitySettings::Readers readers = CommunitySettings::Readers::Anyone,
                        Community::Type type = Community::Type::Feed)
{
    CommunitySettings s;
    s.title = title;
    s.description = u"About "_s + title;
    s.readers = readers;
    s.type = type;
    return s;
}

// Sends an IQ written as XML (what another client puts on the wire) and
// waits for the answer: '' when it succeeded, else the error.
QString sendRaw(Test::TestSession &s, const QString &to, const QString &childXml)
{
    QDomDocument doc;
    if (!doc.setContent(childXml, true))
        return u"bad test XML"_s;
    const QDomElement child = doc.documentElement();
    ChildIq iq(childXml.contains(u"<items"_s) ? QXmppIq::Get : QXmppIq::Set, to,
               [child](QXmlStreamWriter *w) { Xml::writeElement(w, child); });
    auto task = s.account.client()->sendIq(std::move(iq));
    QPromise<QString> promise;
    auto future = promise.future();
    promise.start();
    auto shared = std::make_shared<QPromise<QString>>(std::move(promise));
    task.then(&s.account, [shared](QXmppClient::IqResult r) {
        shared->addResult(std::holds_alternative<QXmppError>(r) ? std::get<QXmppError>(r).description + u" (error)"_s : QString());
        shared->finish();
    });
    return result(future);
}

// The community creation Movim sends (MOVIM-WIRE §2.5).
QString movimCreate(const QString &node, const QString &title)
{
    return uR"(<pubsub xmlns='http://jabber.org/protocol/pubsub'><create node='%1'/><configure>
<x xmlns='jabber:x:data' type='submit'>
<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>
<field var='pubsub#persist_items'><value>true</value></field>
<field var='pubsub#deliver_payloads'><value>false</value></field>
<field var='pubsub#send_last_published_item'><value>on_sub</value></field>
<field var='pubsub#access_model'><value>open</value></field>
<field var='pubsub#max_items'><value>max</value></field>
<field var='pubsub#title'><value>%2</value></field>
</x></configure></pubsub>)"_s.arg(node, title);
}

// A post as Movim publishes it into a community (MOVIM-WIRE §2.1): the
// comments node on the community's service.
QString movimPost(const QString &service, const QString &node, const QString &id, const QString &author)
{
    return uR"(<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='%2'><item id='%3'>
<entry xmlns='http://www.w3.org/2005/Atom'>
<id>%3</id><title>Crag report</title>
<author><name>Movim user</name><uri>xmpp:%4</uri></author>
<link rel='alternate' href='xmpp:%1?;node=%2;item=%3'/>
<link rel='replies' title='comments' href='xmpp:%1?;node=urn:xmpp:microblog:0:comments/%3'/>
<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>Dry <strong>rock</strong></p></div></content>
<content type='text'>Dry **rock**</content>
<published>2026-11-20T10:00:00+01:00</published><updated>2026-11-20T09:00:00+00:00</updated>
</entry></item></publish>
<publish-options><x xmlns='jabber:x:data' type='submit'>
<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#publish-options</value></field>
<field var='pubsub#persist_items'><value>true</value></field>
<field var='pubsub#max_items'><value>max</value></field>
</x></publish-options></pubsub>)"_s.arg(service, node, id, author);
}

QString movimCommentsNode(const QString &id)
{
    return uR"(<pubsub xmlns='http://jabber.org/protocol/pubsub'><create node='urn:xmpp:microblog:0:comments/%1'/><configure>
<x xmlns='jabber:x:data' type='submit'>
<field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>
<field var='pubsub#access_model'><value>open</value></field>
<field var='pubsub#publish_model'><value>open</value></field>
<field var='pubsub#max_items'><value>max</value></field>
<field var='pubsub#deliver_payloads'><value>false</value></field>
<field var='pubsub#notify_retract'><value>true</value></field>
<field var='pubsub#send_last_published_item'><value>on_sub</value></field>
</x></configure></pubsub>)"_s.arg(id);
}

// A comment (text in <title>) or a like (♥) as Movim publishes them (§2.3).
QString movimComment(const QString &postId, const QString &id, const QString &text, const QString &author)
{
    return uR"(<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='urn:xmpp:microblog:0:comments/%1'><item id='%2'>
<entry xmlns='http://www.w3.org/2005/Atom'><id>%2</id><title>%3</title>
<author><name>Movim</name><uri>xmpp:%4</uri></author>
<published>2026-11-20T11:00:00Z</published><updated>2026-11-20T11:00:00Z</updated></entry>
</item></publish></pubsub>)"_s.arg(postId, id, text, author);
}

QList<Post> postsOf(Test::TestSession &s, const QString &service, const QString &node)
{
    return result(s.feed.posts().page(s.feed.accountId(), {}, 500, FeedQuery::community(service, node))).value.posts;
}

QByteArray pngBytes(QColor color)
{
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

std::optional<CommunityEntry> entryOf(Test::TestSession &s, const QString &service, const QString &node)
{
    const auto mine = result(s.communities.store().mine(s.feed.accountId()));
    for (const CommunityEntry &e : mine.value) {
        if (e.community.service == service && e.community.node == node)
            return e;
    }
    return std::nullopt;
}
} // namespace

class TestCommunities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void discoveryListsNodesWithTheirMetadata()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        const QString pubsub = pubsubOf(server);

        // The server's pubsub services (pubsub. and comments.), found by identity.
        const auto services = result(alice.communities.services());
        QVERIFY2(services.error.isEmpty(), qPrintable(services.error));
        QStringList jids;
        for (const auto &s : services.services)
            jids << s.jid;
        QVERIFY2(jids.contains(pubsub), qPrintable(jids.join(u' ')));
        QVERIFY(!jids.contains(u"upload."_s + server.domain()));
        QVERIFY(!jids.contains(u"muc."_s + server.domain()));

        // Two communities and a post (whose comments node must not be listed).
        const auto climbing = result(alice.communities.create(pubsub, named(u"Climbing <b>crags</b>"_s)));
        QVERIFY2(climbing.error.isEmpty(), qPrintable(climbing.error));
        QCOMPARE(climbing.node, u"climbing-b-crags-b"_s);
        const auto photos = result(alice.communities.create(
            pubsub, named(u"Photos d'été"_s, CommunitySettings::Readers::Members, Community::Type::Gallery)));
        QVERIFY2(photos.error.isEmpty(), qPrintable(photos.error));
        QCOMPARE(photos.node, u"photos-d-ete"_s);
        Post post;
        post.title = u"First route"_s;
        post.service = pubsub;
        post.node = climbing.node;
        const auto published = result(alice.feed.publish(post));
        QVERIFY2(published.error.isEmpty(), qPrintable(published.error));
        // The thread stays on the community's service (as Movim).
        QCOMPARE(published.post.comments.service, pubsub);

        NodeListing *listing = alice.communities.directory()->list(pubsub, this);
        QSignalSpy found(listing, &NodeListing::nodesFound);
        QSignalSpy described(listing, &NodeListing::nodeDescribed);
        QSignalSpy finished(listing, &NodeListing::finished);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toString(), QString());
        QHash<QString, Community> byNode;
        for (const auto &args : std::as_const(described)) {
            const auto c = args.at(0).value<Community>();
            byNode.insert(c.node, c);
        }
        QCOMPARE(listing->found(), 2);
        QCOMPARE(byNode.keys().size(), 2);
        const Community c = byNode.value(climbing.node);
        QCOMPARE(c.title, u"Climbing <b>crags</b>"_s);
        QCOMPARE(c.description, u"About Climbing <b>crags</b>"_s);
        QCOMPARE(c.type, Community::Type::Feed);
        QCOMPARE(c.accessModel, u"open"_s);
        QCOMPARE(c.publishModel, u"publishers"_s);
        QVERIFY(!c.subscribers.has_value()); // Prosody 0.12 does not say
        const Community g = byNode.value(photos.node);
        QCOMPARE(g.type, Community::Type::Gallery);
        // Members only: people ask, the owner approves.
        QCOMPARE(g.accessModel, u"authorize"_s);
        delete listing;
    }

    void aMovimCommunityShowsWithItsCounts()
    {
        Test::ProsodyServer server(false); // no comments.: threads beside the post, as Movim then does
        HEARTH_START_SERVER(server);
        Test::TestSession movim, hearth;
        QVERIFY(movim.login(server, server.createUser(u"movim"_s)));
        QVERIFY(hearth.login(server, server.createUser(u"hearth"_s)));
        const QString pubsub = pubsubOf(server);
        // Everything Movim would send, written out.
        QCOMPARE(sendRaw(movim, pubsub, movimCreate(u"bouldering"_s, u"Bouldering"_s)), QString());
        QCOMPARE(sendRaw(movim, pubsub, movimPost(pubsub, u"bouldering"_s, u"crag-report"_s, movim.user.jid)), QString());
        QCOMPARE(sendRaw(movim, pubsub, movimCommentsNode(u"crag-report"_s)), QString());
        QCOMPARE(sendRaw(movim, pubsub, movimComment(u"crag-report"_s, u"c1"_s, u"Great &lt;day&gt;"_s, movim.user.jid)), QString());
        QCOMPARE(sendRaw(movim, pubsub, movimComment(u"crag-report"_s, u"l1"_s, u"\u2665"_s, movim.user.jid)), QString());

        // Hearth follows it: the post with one comment and one like.
        const auto described = result(hearth.communities.refresh(pubsub, u"bouldering"_s));
        QVERIFY2(described.error.isEmpty(), qPrintable(described.error));
        QCOMPARE(described.community.title, u"Bouldering"_s);
        QSignalSpy caught(&hearth.feed, &FeedSync::nodeCaughtUp);
        QCOMPARE(result(hearth.communities.follow(pubsub, u"bouldering"_s, false)), QString());
        QVERIFY(Test::until(&hearth.feed, &FeedSync::nodeCaughtUp, [&] { return !postsOf(hearth, pubsub, u"bouldering"_s).isEmpty(); }));
        Post post = postsOf(hearth, pubsub, u"bouldering"_s).constFirst();
        QCOMPARE(post.title, u"Crag report"_s);
        QCOMPARE(post.comments.service, pubsub);
        QCOMPARE(result(hearth.feed.fetchThread(post)), 2);
        post = postsOf(hearth, pubsub, u"bouldering"_s).constFirst();
        QCOMPARE(post.commentCount, 1);
        QCOMPARE(post.likeCount, 1);
        const auto thread = result(hearth.feed.posts().thread(hearth.feed.accountId(), post.comments)).value;
        QCOMPARE(thread.size(), 2);
        // In the news feed, and in the Communities list with its title.
        const auto feed = result(hearth.feed.posts().page(hearth.feed.accountId(), {}, 50, {FeedQuery::Scope::Feed, hearth.user.jid}));
        QCOMPARE(feed.value.posts.size(), 1);
        const auto entry = entryOf(hearth, pubsub, u"bouldering"_s);
        QVERIFY(entry);
        QVERIFY(entry->followed);
        QCOMPARE(entry->community.title, u"Bouldering"_s);
        QCOMPARE(entry->posts, 1);
    }

    void followIsRecordedAsMovimDoesAndSeenBySecondSession()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession owner, first;
        QVERIFY(owner.login(server, server.createUser(u"owner"_s)));
        const Test::TestUser user = server.createUser(u"reader"_s);
        QVERIFY(first.login(server, user));
        const QString pubsub = pubsubOf(server);
        const auto created = result(owner.communities.create(pubsub, named(u"Night sky"_s)));
        QVERIFY2(created.error.isEmpty(), qPrintable(created.error));

        QCOMPARE(result(first.communities.follow(pubsub, created.node, true)), QString());
        // Both lists, with Movim's item id: SHA-1 of server<node<jid.
        const QString id = QString::fromLatin1(
            QCryptographicHash::hash((pubsub + u'<' + created.node + u'<' + user.jid).toUtf8(), QCryptographicHash::Sha1).toHex());
        for (const char *list : {FollowService::kPrivateList, FollowService::kPublicList}) {
            const auto ids = result(first.account.feed()->itemIds(user.jid, QString::fromLatin1(list)));
            QVERIFY2(ids.error.isEmpty(), qPrintable(ids.error));
            QVERIFY2(ids.ids.contains(id), list);
        }

        // A second session of the same account sees the follow at login.
        Test::TestSession second;
        QSignalSpy synced(&second.feed, &FeedSync::syncFinished);
        QVERIFY(second.login(server, user));
        QVERIFY(synced.wait(15000));
        QVERIFY(second.feed.isFollowing(pubsub, created.node));
        QTRY_VERIFY_WITH_TIMEOUT(entryOf(second, pubsub, created.node).has_value()
                                     && entryOf(second, pubsub, created.node)->community.title == u"Night sky"_s,
                                 10000);
        QVERIFY(entryOf(second, pubsub, created.node)->shared);

        // Unfollowing takes the subscription and both list items away.
        QCOMPARE(result(second.communities.unfollow(pubsub, created.node)), QString());
        QVERIFY(!second.feed.isFollowing(pubsub, created.node));
        FollowService lists(second.account.client());
        const auto after = result(lists.readLists());
        QVERIFY(std::none_of(after.nodes.cbegin(), after.nodes.cend(), [&](const FollowedNode &n) { return n.node == created.node; }));
        auto subscriptions = result(owner.communities.admin()->subscriptions(pubsub, created.node));
        QVERIFY(std::none_of(subscriptions.entries.cbegin(), subscriptions.entries.cend(),
                             [&](const CommunityAdmin::Entry &e) { return e.jid.startsWith(user.jid); }));
    }

    void postsArriveLiveAndAfterBeingOffline()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession owner;
        QVERIFY(owner.login(server, server.createUser(u"owner"_s)));
        const QString pubsub = pubsubOf(server);
        const auto created = result(owner.communities.create(pubsub, named(u"Live news"_s)));
        QVERIFY2(created.error.isEmpty(), qPrintable(created.error));
        Test::TestSession reader;
        QVERIFY(reader.login(server, server.createUser(u"reader"_s)));
        QCOMPARE(result(reader.communities.follow(pubsub, created.node, false)), QString());
        Post post;
        post.service = pubsub;
        post.node = created.node;
        post.title = u"Live one"_s;
        QVERIFY(result(owner.feed.publish(post)).error.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(postsOf(reader, pubsub, created.node).size(), 1, 10000);

        // Offline while the owner posts; the next session catches up.
        reader.account.disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(reader.account.state(), Connection::State::Offline, 5000);
        post.title = u"While away"_s;
        QVERIFY(result(owner.feed.publish(post)).error.isEmpty());
        QCOMPARE(postsOf(reader, pubsub, created.node).size(), 1);
        QSignalSpy synced(&reader.feed, &FeedSync::syncFinished);
        reader.account.connectToServer(Test::settingsFor(server, reader.user), reader.user.password);
        QVERIFY(synced.wait(15000));
        const auto posts = postsOf(reader, pubsub, created.node);
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts.constFirst().title, u"While away"_s);
        // Both unread in the Communities list until it is opened.
        QTRY_COMPARE_WITH_TIMEOUT(entryOf(reader, pubsub, created.node)->unread, 2, 5000);
        reader.communities.markSeen(pubsub, created.node);
        QTRY_COMPARE_WITH_TIMEOUT(entryOf(reader, pubsub, created.node)->unread, 0, 5000);
    }

    void accessModelsAllowOrRefuseAStranger()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession owner, stranger;
        QVERIFY(owner.login(server, server.createUser(u"owner"_s)));
        QVERIFY(stranger.login(server, server.createUser(u"stranger"_s)));
        const QString pubsub = pubsubOf(server);
        const auto open = result(owner.communities.create(pubsub, named(u"Open house"_s)));
        const auto members = result(owner.communities.create(pubsub, named(u"Members club"_s, CommunitySettings::Readers::Members)));
        QVERIFY(open.error.isEmpty() && members.error.isEmpty());
        for (const auto *c : {&open, &members}) {
            Post post;
            post.title = u"Hello"_s;
            post.service = pubsub;
            post.node = c->node;
            QVERIFY(result(owner.feed.publish(post)).error.isEmpty());
        }
        // Open: a stranger reads it.
        const auto readOpen = result(stranger.account.feed()->fetchRecent(pubsub, open.node, 10));
        QVERIFY2(readOpen.error.isEmpty(), qPrintable(readOpen.error));
        QCOMPARE(readOpen.posts.size(), 1);
        // Members only: refused with a clear message.
        const auto readClosed = result(stranger.account.feed()->fetchRecent(pubsub, members.node, 10));
        QVERIFY(!readClosed.error.isEmpty());
        QVERIFY(readClosed.posts.isEmpty());

        // The stranger asks to join: pending, nothing to read yet, and the
        // owner sees the request.
        QCOMPARE(result(stranger.communities.follow(pubsub, members.node, false)), QString());
        QVERIFY(stranger.feed.isFollowing(pubsub, members.node));
        QCOMPARE(stranger.communities.cached(pubsub, members.node)->subscription, u"pending"_s);
        QTRY_VERIFY_WITH_TIMEOUT(entryOf(stranger, pubsub, members.node).has_value()
                                     && entryOf(stranger, pubsub, members.node)->community.subscription == u"pending"_s,
                                 5000);
        QVERIFY(!result(stranger.account.feed()->fetchRecent(pubsub, members.node, 10)).error.isEmpty());
        const auto requests = result(owner.communities.admin()->subscriptions(pubsub, members.node));
        QVERIFY2(requests.error.isEmpty(), qPrintable(requests.error));
        QVERIFY(std::any_of(requests.entries.cbegin(), requests.entries.cend(),
                            [&](const CommunityAdmin::Entry &e) { return e.jid.startsWith(stranger.user.jid); }));
        // A pending follow is not a failed sync.
        QSignalSpy synced(&stranger.feed, &FeedSync::syncFinished);
        stranger.feed.syncAll();
        QVERIFY(synced.wait(10000));
        QVERIFY2(stranger.feed.syncErrors().isEmpty(), qPrintable(stranger.feed.syncErrors().join(u'\n')));

        // Approved: a member, subscribed; now the posts come, and the
        // stranger's Hearth learns it at its next sync.
        QCOMPARE(result(owner.communities.admin()->approve(pubsub, members.node, stranger.user.jid)), QString());
        const auto readApproved = result(stranger.account.feed()->fetchRecent(pubsub, members.node, 10));
        QVERIFY2(readApproved.error.isEmpty(), qPrintable(readApproved.error));
        QCOMPARE(readApproved.posts.size(), 1);
        const auto affiliations = result(owner.communities.admin()->affiliations(pubsub, members.node));
        QVERIFY(affiliations.entries.contains(CommunityAdmin::Entry{stranger.user.jid, u"member"_s}));
        stranger.feed.syncAll();
        QTRY_COMPARE_WITH_TIMEOUT(stranger.communities.cached(pubsub, members.node)->subscription, u"subscribed"_s, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(postsOf(stranger, pubsub, members.node).size(), 1, 10000);

        // Refused: the subscription ends.
        QCOMPARE(result(owner.communities.admin()->refuse(pubsub, members.node, stranger.user.jid)), QString());
        const auto after = result(owner.communities.admin()->subscriptions(pubsub, members.node));
        QVERIFY(std::none_of(after.entries.cbegin(), after.entries.cend(),
                             [&](const CommunityAdmin::Entry &e) { return e.jid.startsWith(stranger.user.jid); }));
    }

    // Stock Prosody 0.12 refuses "authorize": members only falls back to
    // "whitelist" (the owner adds members), and a stranger is refused.
    void membersOnlyFallsBackToWhitelist()
    {
        LocalProsody::Options options;
        options.authorizeNodes = false;
        Test::ProsodyServer server(options);
        HEARTH_START_SERVER(server);
        Test::TestSession owner, stranger;
        QVERIFY(owner.login(server, server.createUser(u"owner"_s)));
        QVERIFY(stranger.login(server, server.createUser(u"stranger"_s)));
        const QString pubsub = pubsubOf(server);
        const auto club = result(owner.communities.create(pubsub, named(u"Quiet club"_s, CommunitySettings::Readers::Members)));
        QVERIFY2(club.error.isEmpty(), qPrintable(club.error));
        QCOMPARE(result(stranger.communities.refresh(pubsub, club.node)).community.accessModel, u"whitelist"_s);
        QVERIFY(!result(stranger.communities.follow(pubsub, club.node, false)).isEmpty());
        QVERIFY(!stranger.feed.isFollowing(pubsub, club.node));
        QCOMPARE(result(owner.communities.admin()->approve(pubsub, club.node, stranger.user.jid)), QString());
        QVERIFY(result(stranger.account.feed()->fetchRecent(pubsub, club.node, 10)).error.isEmpty());
    }

    void affiliationsTakeEffect()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession owner, bob;
        QVERIFY(owner.login(server, server.createUser(u"owner"_s)));
        QVERIFY(bob.login(server, server.createUser(u"bob"_s)));
        const QString pubsub = pubsubOf(server);
        const auto created = result(owner.communities.create(pubsub, named(u"Writers room"_s)));
        QVERIFY(created.error.isEmpty());
        Post post;
        post.title = u"By Bob"_s;
        post.service = pubsub;
        post.node = created.node;
        // Publishers only: Bob may not post…
        QVERIFY(!result(bob.feed.publish(post, true, FeedSync::Queue::Never)).error.isEmpty());
        // …until he is made a publisher.
        QCOMPARE(result(owner.communities.admin()->setAffiliation(pubsub, created.node, bob.user.jid, u"publisher"_s)), QString());
        const auto published = result(bob.feed.publish(post, true, FeedSync::Queue::Never));
        QVERIFY2(published.error.isEmpty(), qPrintable(published.error));
        // An outcast reads nothing, even of an open community.
        QCOMPARE(result(owner.communities.admin()->setAffiliation(pubsub, created.node, bob.user.jid, u"outcast"_s)), QString());
        QVERIFY(!result(bob.account.feed()->fetchRecent(pubsub, created.node, 10)).error.isEmpty());
        const auto list = result(owner.communities.admin()->affiliations(pubsub, created.node));
        QVERIFY(list.entries.contains(CommunityAdmin::Entry{bob.user.jid, u"outcast"_s}));
        QVERIFY(list.entries.contains(CommunityAdmin::Entry{owner.user.jid, u"owner"_s}));
        // The owner's standing is known to Hearth after a sync.
        QCOMPARE(owner.communities.cached(pubsub, created.node)->affiliation, u"owner"_s);
    }

    void avatarRoundTrips()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession owner, reader;
        QVERIFY(owner.login(server, server.createUser(u"owner"_s)));
        QVERIFY(reader.login(server, server.createUser(u"reader"_s)));
        const QString pubsub = pubsubOf(server);
        const auto created = result(owner.communities.create(pubsub, named(u"Pictured"_s)));
        QVERIFY(created.error.isEmpty());
        const QByteArray png = pngBytes(Qt::darkGreen);
        QCOMPARE(result(owner.communities.setAvatar(pubsub, created.node, png, 32, 32)), QString());
        const auto described = result(reader.communities.refresh(pubsub, created.node));
        QVERIFY2(described.error.isEmpty(), qPrintable(described.error));
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex());
        QCOMPARE(described.community.avatarHash, hash);
        QCOMPARE(described.avatarBytes, png);
        QTRY_VERIFY_WITH_TIMEOUT(reader.account.avatars()->cache().contains(hash), 5000);
        // The avatar items are not posts.
        QVERIFY(result(reader.account.feed()->fetchRecent(pubsub, created.node, 10)).posts.isEmpty());
    }

    void galleryRefusesAPostWithoutPicture()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession owner;
        QVERIFY(owner.login(server, server.createUser(u"owner"_s)));
        const QString pubsub = pubsubOf(server);
        const auto created =
            result(owner.communities.create(pubsub, named(u"Gallery"_s, CommunitySettings::Readers::Anyone, Community::Type::Gallery)));
        QVERIFY(created.error.isEmpty());
        Post post;
        post.title = u"Words only"_s;
        post.service = pubsub;
        post.node = created.node;
        QVERIFY(!result(owner.feed.publish(post, true, FeedSync::Queue::Never)).error.isEmpty());
        post.links << PostLink::enclosure(u"https://example.org/p.jpg"_s, u"image/jpeg"_s, u"p.jpg"_s);
        const auto published = result(owner.feed.publish(post, true, FeedSync::Queue::Never));
        QVERIFY2(published.error.isEmpty(), qPrintable(published.error));
    }

    void deletingTakesTheThreadsAlong()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession owner;
        QVERIFY(owner.login(server, server.createUser(u"owner"_s)));
        const QString pubsub = pubsubOf(server);
        const auto created = result(owner.communities.create(pubsub, named(u"Short lived"_s)));
        QVERIFY(created.error.isEmpty());
        Post post;
        post.title = u"Soon gone"_s;
        post.service = pubsub;
        post.node = created.node;
        const auto published = result(owner.feed.publish(post));
        QVERIFY(published.error.isEmpty());
        QVERIFY(result(owner.feed.comment(published.post, u"a comment"_s)).error.isEmpty());

        QCOMPARE(result(owner.communities.remove(pubsub, created.node)), QString());
        QVERIFY(result(owner.account.feed()->fetchRecent(pubsub, created.node, 10)).missing);
        QVERIFY(result(owner.account.feed()->fetchRecent(pubsub, published.post.comments.node, 10)).missing);
        QVERIFY(postsOf(owner, pubsub, created.node).isEmpty());
        QVERIFY(!owner.feed.isFollowing(pubsub, created.node));
        QVERIFY(!entryOf(owner, pubsub, created.node));
    }
};

QTEST_GUILESS_MAIN(TestCommunities)
#include "tst_communities.moc"
