// The test server itself: its pubsub services let users of the parent host
// create nodes (as community servers do) without making them admins, the
// comments service can be left out, and accounts are per test.
#include "Account.h"
#include "support/ProsodyServer.h"
#include "support/TestUtils.h"

#include <QTest>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
// An online Account with a PubSub manager.
struct Online
{
    Account account;
    QXmppPubSubManager *pubsub = nullptr;

    bool connect(Test::ProsodyServer &server, const Test::TestUser &user)
    {
        pubsub = account.client()->findExtension<QXmppPubSubManager>();
        AccountSettings settings;
        settings.jid = user.jid;
        settings.host = server.host();
        settings.port = server.port();
        account.connectToServer(settings, user.password);
        QDeadlineTimer deadline(10000);
        while (account.state() != Connection::State::Online && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        return account.state() == Connection::State::Online;
    }
};

// Waits for a QXmppTask; true when it succeeded, else *error says why.
bool succeeded(QXmppTask<QXmppPubSubManager::Result> task, QString *error)
{
    bool done = false;
    bool ok = false;
    QObject context;
    task.then(&context, [&](QXmppPubSubManager::Result result) {
        done = true;
        ok = std::holds_alternative<QXmpp::Success>(result);
        if (!ok) {
            const auto &failure = std::get<QXmppError>(result);
            const auto stanza = failure.value<QXmppStanza::Error>();
            *error = stanza && stanza->condition() == QXmppStanza::Error::Forbidden ? u"forbidden"_s
                                                                                   : u"other: "_s + failure.description;
        }
    });
    QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return done && ok;
}

QStringList serviceItems(Online &online, const QString &domain)
{
    auto *disco = online.account.client()->findExtension<QXmppDiscoveryManager>();
    QStringList jids;
    bool done = false;
    QObject context;
    disco->requestDiscoItems(domain).then(&context, [&](QXmppDiscoveryManager::ItemsResult result) {
        done = true;
        if (auto *items = std::get_if<QList<QXmppDiscoveryIq::Item>>(&result)) {
            for (const auto &item : *items)
                jids << item.jid();
        }
    });
    QDeadlineTimer deadline(10000);
    while (!done && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    jids.sort();
    return jids;
}
} // namespace

class TestProsodyFixture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usersCreateNodesButAreNotAdmins()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const auto alice = server.createUser(u"alice"_s);
        const auto bob = server.createUser(u"bob"_s);
        QVERIFY(alice.jid != bob.jid);
        Online a, b;
        QVERIFY(a.connect(server, alice));
        QVERIFY(b.connect(server, bob));
        const QString pubsub = u"pubsub."_s + server.domain();
        QString error;
        QVERIFY2(succeeded(a.pubsub->createNode(pubsub, u"alices-community"_s), &error), qPrintable(error));
        QVERIFY2(succeeded(b.pubsub->createNode(u"comments."_s + server.domain(), u"urn:xmpp:microblog:0:comments/x"_s), &error),
                 qPrintable(error));
        // Bob is no admin: he cannot delete Alice's node, Alice (its owner) can.
        QVERIFY(!succeeded(b.pubsub->deleteNode(pubsub, u"alices-community"_s), &error));
        QCOMPARE(error, u"forbidden"_s);
        QVERIFY2(succeeded(a.pubsub->deleteNode(pubsub, u"alices-community"_s), &error), qPrintable(error));
    }

    void servicesWithAndWithoutComments()
    {
        for (bool comments : {true, false}) {
            Test::ProsodyServer server(comments);
            HEARTH_START_SERVER(server);
            const auto user = server.createUser();
            Online online;
            QVERIFY(online.connect(server, user));
            const QStringList items = serviceItems(online, server.domain());
            const QString d = server.domain();
            QVERIFY2(items.contains(u"pubsub."_s + d), qPrintable(items.join(u' ')));
            QVERIFY(items.contains(u"muc."_s + d));
            QVERIFY(items.contains(u"upload."_s + d));
            QCOMPARE(items.contains(u"comments."_s + d), comments);
        }
    }
};

QTEST_GUILESS_MAIN(TestProsodyFixture)
#include "tst_prosody_fixture.moc"
