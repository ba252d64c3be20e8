// Contacts between real accounts on Prosody: mutual subscription and
// presence both ways, a denied request, rename/groups/remove round trips,
// blocking, and entity capabilities in presence.
#include "Account.h"
#include "db/Database.h"
#include "roster/ContactActions.h"
#include "roster/ContactList.h"
#include "roster/PresenceTracker.h"
#include "roster/RosterService.h"
#include "support/ProsodyServer.h"
#include "support/TcpProxy.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppMessage.h>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Availability = ContactPresence::Availability;
using Sub = RosterEntry::Subscription;

namespace {
// One user of Hearth, with shortcuts for the tests below.
struct Person : Test::TestSession
{
    ContactActions *actions() { return account.contactActions(); }
    ContactPresence presenceOf(const Test::TestUser &other) { return account.presence()->presence(other.jid); }
};

QString result(QFuture<QString> future)
{
    if (!Test::waitFor(future))
        return u"timed out"_s;
    return future.result();
}
} // namespace

class TestContacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mutualSubscriptionAndPresence()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Person alice, bob;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        QVERIFY(bob.login(server, server.createUser(u"bob"_s)));

        QSignalSpy bobRequests(&bob.contacts, &ContactList::requestsChanged);
        QCOMPARE(result(alice.actions()->add(bob.user.jid, u"Bob"_s, {u"Friends"_s}, u"Hi, it's Alice"_s)), QString());
        QTRY_COMPARE(alice.contacts.entry(bob.user.jid).askPending, true);
        QTRY_COMPARE(bob.contacts.requests().size(), 1);
        QCOMPARE(bob.contacts.requests().constFirst().jid, alice.user.jid);
        QCOMPARE(bob.contacts.requests().constFirst().message, u"Hi, it's Alice"_s);

        // Bob accepts and asks back; Alice accepts that.
        QCOMPARE(result(bob.actions()->accept(alice.user.jid, true)), QString());
        bob.contacts.forgetRequest(alice.user.jid);
        QTRY_COMPARE(alice.contacts.requests().size(), 1);
        QCOMPARE(result(alice.actions()->accept(bob.user.jid, false)), QString());
        alice.contacts.forgetRequest(bob.user.jid);
        QTRY_COMPARE(alice.contacts.entry(bob.user.jid).subscription, Sub::Both);
        QTRY_COMPARE(bob.contacts.entry(alice.user.jid).subscription, Sub::Both);
        QCOMPARE(alice.contacts.entry(bob.user.jid).groups, QStringList{u"Friends"_s});

        // Presence both ways, with show and status text.
        QTRY_COMPARE(alice.presenceOf(bob.user).availability, Availability::Online);
        QTRY_COMPARE(bob.presenceOf(alice.user).availability, Availability::Online);
        bob.account.presence()->setOwnPresence(Availability::DoNotDisturb, u"In a meeting"_s);
        QTRY_COMPARE(alice.presenceOf(bob.user).availability, Availability::DoNotDisturb);
        QCOMPARE(alice.presenceOf(bob.user).statusText, u"In a meeting"_s);
        alice.account.presence()->setOwnPresence(Availability::Away, u"Lunch"_s);
        QTRY_COMPARE(bob.presenceOf(alice.user).availability, Availability::Away);
        QCOMPARE(bob.presenceOf(alice.user).statusText, u"Lunch"_s);

        // Bob leaves: offline, with a last-seen time.
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        bob.account.disconnectFromServer();
        QTRY_COMPARE(alice.presenceOf(bob.user).availability, Availability::Offline);
        QVERIFY(alice.presenceOf(bob.user).lastSeen >= before);

        // The cache remembers it: a later start shows "last seen" offline.
        // The write was queued behind the presence change: a job queued now
        // on the one writer runs after it.
        QVERIFY(Test::waitFor(alice.db.run([](QSqlDatabase &) { return true; })));
        {
            Account later;
            ContactList reread(&alice.db, &later);
            QVERIFY(Test::waitFor(reread.load(alice.contacts.accountId())));
            const ContactPresence remembered = later.presence()->presence(bob.user.jid);
            QCOMPARE(remembered.availability, Availability::Offline);
            QVERIFY(remembered.lastSeen >= before);
            // What Bob's last presence said (Prosody's "Logged out" on a clean close).
            QCOMPARE(remembered.statusText, alice.presenceOf(bob.user).statusText);
            QVERIFY(!remembered.statusText.isEmpty());
        }

        // The own presence is announced again on the next connection.
        QVERIFY(bob.login(server, bob.user));
        QTRY_COMPARE(alice.presenceOf(bob.user).availability, Availability::DoNotDisturb);
    }

    void presenceSurvivesAResumedStream()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TcpProxy proxy(server.port());
        QVERIFY(proxy.listen());
        Person alice, bob;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s), proxy.port()));
        QVERIFY(bob.login(server, server.createUser(u"bob"_s)));
        QVERIFY(Test::befriend(alice, bob));
        QTRY_COMPARE(alice.presenceOf(bob.user).availability, Availability::Online);
        alice.account.setBackoff(200, 1000);
        QSignalSpy sessions(&alice.account, &Account::sessionStarted);
        proxy.dropAll();
        QTRY_COMPARE_WITH_TIMEOUT(sessions.count(), 1, 15000);
        QVERIFY(sessions.first().first().toBool()); // resumed
        // The server replays no presence on resumption: what was known stays.
        QCOMPARE(alice.presenceOf(bob.user).availability, Availability::Online);
        // A logout forgets it.
        alice.account.disconnectFromServer();
        QCOMPARE(alice.presenceOf(bob.user).availability, Availability::Offline);
    }

    void capabilitiesAreAdvertised()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Person alice, bob;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        QVERIFY(bob.login(server, server.createUser(u"bob"_s)));
        QCOMPARE(result(alice.actions()->add(bob.user.jid, {}, {})), QString());
        QTRY_COMPARE(bob.contacts.requests().size(), 1);
        QCOMPARE(result(bob.actions()->accept(alice.user.jid, false)), QString());
        QTRY_COMPARE(alice.contacts.entry(bob.user.jid).subscription, Sub::To);
        QSignalSpy presences(alice.account.client(), &QXmppClient::presenceReceived);
        bob.account.presence()->setOwnPresence(Availability::Online, u"here"_s);
        QTRY_VERIFY(!presences.isEmpty());
        const auto presence = presences.last().first().value<QXmppPresence>();
        QVERIFY(!presence.capabilityVer().isEmpty()); // XEP-0115 caps
        QVERIFY(!presence.capabilityNode().isEmpty());
    }

    void deniedRequest()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Person alice, carol;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        QVERIFY(carol.login(server, server.createUser(u"carol"_s)));
        QCOMPARE(result(alice.actions()->add(carol.user.jid, u"Carol"_s, {})), QString());
        QTRY_COMPARE(carol.contacts.requests().size(), 1);
        QCOMPARE(result(carol.actions()->deny(alice.user.jid)), QString());
        QTRY_COMPARE(alice.contacts.entry(carol.user.jid).askPending, false);
        QCOMPARE(alice.contacts.entry(carol.user.jid).subscription, Sub::None);
        QVERIFY(!carol.contacts.contains(alice.user.jid));
    }

    void renameRegroupAndRemove()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Person alice;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        const auto bob = server.createUser(u"bob"_s);
        QCOMPARE(result(alice.actions()->add(bob.jid, u"Bob"_s, {u"Friends"_s})), QString());
        QTRY_VERIFY(alice.contacts.contains(bob.jid));
        QCOMPARE(result(alice.actions()->update(bob.jid, u"Robert"_s, {u"Work"_s, u"Chess"_s, u" "_s})), QString());
        QTRY_COMPARE(alice.contacts.entry(bob.jid).name, u"Robert"_s);
        QCOMPARE(alice.contacts.entry(bob.jid).groups, (QStringList{u"Chess"_s, u"Work"_s}));
        QSignalSpy removed(&alice.contacts, &ContactList::entryRemoved);
        QCOMPARE(result(alice.actions()->remove(bob.jid)), QString());
        QTRY_COMPARE(removed.count(), 1);
        QVERIFY(!alice.contacts.contains(bob.jid));
        QVERIFY(!result(alice.actions()->update(u"not a jid@@"_s, {}, {})).isEmpty());
    }

    void blockingStopsMessagesAndPresence()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Person alice, mallory;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        QVERIFY(mallory.login(server, server.createUser(u"mallory"_s)));
        // Mutual subscription first, so presence would flow.
        QCOMPARE(result(alice.actions()->add(mallory.user.jid, {}, {})), QString());
        QTRY_COMPARE(mallory.contacts.requests().size(), 1);
        QCOMPARE(result(mallory.actions()->accept(alice.user.jid, true)), QString());
        QTRY_COMPARE(alice.contacts.requests().size(), 1);
        QCOMPARE(result(alice.actions()->accept(mallory.user.jid, false)), QString());
        QTRY_COMPARE(alice.presenceOf(mallory.user).availability, Availability::Online);

        QCOMPARE(result(alice.actions()->block(mallory.user.jid)), QString());
        auto list = alice.actions()->blocklist();
        QVERIFY(Test::waitFor(list));
        QCOMPARE(list.result(), QStringList{mallory.user.jid});
        // Blocked: Alice appears offline to Mallory and gets nothing from her.
        QTRY_COMPARE(mallory.presenceOf(alice.user).availability, Availability::Offline);
        QSignalSpy messages(alice.account.client(), &QXmppClient::messageReceived);
        mallory.account.client()->sendMessage(alice.user.jid, u"let me in"_s);
        mallory.account.presence()->setOwnPresence(Availability::Chat, u"hello?"_s);
        // Mallory's server has handled both (her ping is answered after
        // them), and whatever it routed to Alice came before her own ping.
        QVERIFY(Test::roundTrip(mallory));
        QVERIFY(Test::roundTrip(alice));
        QCOMPARE(messages.count(), 0);
        QVERIFY(alice.presenceOf(mallory.user).availability != Availability::Chat);

        QCOMPARE(result(alice.actions()->unblock(mallory.user.jid)), QString());
        mallory.account.client()->sendMessage(alice.user.jid, u"now?"_s);
        QTRY_COMPARE(messages.count(), 1);
        QCOMPARE(messages.first().first().value<QXmppMessage>().body(), u"now?"_s);
    }
};

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
