// The cached, versioned roster against a real Prosody: the cached list is
// there before the connection; an unchanged roster is not sent again; a
// changed one replaces the cache; pushes update it live; a push from
// anyone but the own server is ignored.
#include "Account.h"
#include "AccountStore.h"
#include "db/Database.h"
#include "roster/ContactList.h"
#include "roster/RosterService.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QDomElement>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppRosterIq.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Hearth::Connection::State;

namespace {
// A plain QXmpp session of some account, to act from "another device".
struct OtherClient
{
    QXmppClient client;

    bool connect(Test::ProsodyServer &server, const Test::TestUser &user)
    {
        QSignalSpy connected(&client, &QXmppClient::connected);
        client.connectToServer(Test::settingsFor(server, user).configuration(user.password));
        return connected.wait(10000);
    }

    bool addContact(const QString &jid, const QString &name, const QSet<QString> &groups)
    {
        bool done = false;
        QObject context;
        client.findExtension<QXmppRosterManager>()->addRosterItem(jid, name, groups).then(&context, [&](auto) { done = true; });
        QDeadlineTimer deadline(10000);
        while (!done && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return done;
    }
};

// Hearth's side: a cache, an account and its contact list.
struct Session
{
    Account account;
    ContactList contacts;
    Session(Database *db) : contacts(db, &account) {}

    bool connect(Test::ProsodyServer &server, const Test::TestUser &user)
    {
        QSignalSpy ready(&account, &Account::rosterReceived);
        account.connectToServer(Test::settingsFor(server, user), user.password);
        return ready.wait(10000);
    }
};
} // namespace

class TestRoster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionedRosterAndCache()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const auto alice = server.createUser(u"alice"_s);
        const auto bob = server.createUser(u"bob"_s);
        const auto carol = server.createUser(u"carol"_s);
        QTemporaryDir dir;
        Database db;
        QVERIFY(Test::waitFor(db.open(dir.filePath(u"hearth.sqlite"_s))));
        AccountStore accounts(&db);
        AccountRecord record;
        record.settings.jid = alice.jid;
        auto saved = accounts.save(record);
        QVERIFY(Test::waitFor(saved));
        const qint64 id = saved.result().value;
        OtherClient phone;
        QVERIFY(phone.connect(server, alice));

        // First session: empty cache, full roster, then a live push.
        {
            Session session(&db);
            QVERIFY(Test::waitFor(session.contacts.load(id)));
            QVERIFY(session.contacts.entries().isEmpty());
            QSignalSpy replaced(session.account.roster(), &RosterService::rosterReplaced);
            QSignalSpy stored(&session.contacts, &ContactList::stored);
            QVERIFY(session.connect(server, alice));
            QCOMPARE(replaced.count(), 1);
            QSignalSpy changed(&session.contacts, &ContactList::entryChanged);
            QVERIFY(phone.addContact(bob.jid, u"Bob B."_s, {u"Friends"_s, u"Chess"_s}));
            QTRY_COMPARE(changed.count(), 1);
            const auto entry = session.contacts.entry(bob.jid);
            QCOMPARE(entry.name, u"Bob B."_s);
            QCOMPARE(entry.groups, (QStringList{u"Chess"_s, u"Friends"_s}));
            QCOMPARE(entry.subscription, RosterEntry::Subscription::None);
            QTRY_VERIFY(stored.count() >= 2); // the full roster, then the push
            for (const auto &args : stored)
                QVERIFY2(args.first().toString().isEmpty(), qPrintable(args.first().toString()));
            session.account.disconnectFromServer();
        }

        // Second session: the cache is there before connecting, and the
        // server only confirms its version.
        {
            Session session(&db);
            QVERIFY(Test::waitFor(session.contacts.load(id)));
            QCOMPARE(session.contacts.entries().size(), 1);
            QCOMPARE(session.contacts.entry(bob.jid).name, u"Bob B."_s);
            QVERIFY(!session.account.roster()->cachedVersion().isEmpty());
            QSignalSpy replaced(session.account.roster(), &RosterService::rosterReplaced);
            QSignalSpy unchanged(session.account.roster(), &RosterService::rosterUnchanged);
            QVERIFY(session.connect(server, alice));
            QCOMPARE(unchanged.count(), 1);
            QCOMPARE(replaced.count(), 0); // no item was sent again
            QCOMPARE(session.contacts.entries().size(), 1);
            session.account.disconnectFromServer();
        }

        // While Hearth is away another device adds Carol: the next session
        // gets the new roster (Prosody 0.12 resends it whole rather than as
        // pushes) and the cache follows.
        QVERIFY(phone.addContact(carol.jid, u"Carol"_s, {}));
        {
            Session session(&db);
            QVERIFY(Test::waitFor(session.contacts.load(id)));
            QCOMPARE(session.contacts.entries().size(), 1);
            QSignalSpy replaced(session.account.roster(), &RosterService::rosterReplaced);
            QSignalSpy stored(&session.contacts, &ContactList::stored);
            QVERIFY(session.connect(server, alice));
            QCOMPARE(replaced.count(), 1);
            QCOMPARE(session.contacts.entries().size(), 2);
            QVERIFY(session.contacts.contains(carol.jid));
            QTRY_COMPARE(stored.count(), 1);
            session.account.disconnectFromServer();
        }
        Session reread(&db);
        QVERIFY(Test::waitFor(reread.contacts.load(id)));
        QCOMPARE(reread.contacts.entries().size(), 2);
        QCOMPARE(reread.contacts.entry(bob.jid).groups, (QStringList{u"Chess"_s, u"Friends"_s}));
    }

    void pushFromAnotherUserIsIgnored()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const auto alice = server.createUser(u"alice"_s);
        const auto mallory = server.createUser(u"mallory"_s);
        QTemporaryDir dir;
        Database db;
        QVERIFY(Test::waitFor(db.open(dir.filePath(u"hearth.sqlite"_s))));
        Session session(&db);
        QVERIFY(session.connect(server, alice));
        OtherClient attacker;
        QVERIFY(attacker.connect(server, mallory));

        QSignalSpy pushed(session.account.roster(), &RosterService::entryPushed);
        QXmppRosterIq push;
        push.setType(QXmppIq::Set);
        push.setTo(session.account.client()->configuration().jid());
        QXmppRosterIq::Item item;
        item.setBareJid(u"evil@example.org"_s);
        item.setName(u"Trust me"_s);
        item.setSubscriptionType(QXmppRosterIq::Item::Both);
        push.addItem(item);
        bool answered = false;
        bool wasError = false;
        QObject context;
        attacker.client.sendIq(std::move(push)).then(&context, [&](QXmppClient::IqResult result) {
            answered = true;
            wasError = std::holds_alternative<QXmppError>(result);
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QVERIFY(wasError); // refused, not acknowledged
        QCOMPARE(pushed.count(), 0);
        QVERIFY(!session.contacts.contains(u"evil@example.org"_s));
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "tst_roster.moc"
