// Bad OMEMO input from the network (issue 19), sent by a raw client to a
// Hearth on a real Prosody: a malformed OMEMO 0.3 element, one encrypted for
// none of the user's devices, a key exchange from a stranger that is not a
// key exchange, a flooded device list, a malformed OMEMO 2 element. Each
// leaves a clear marker (never the fallback text), nothing crashes, and a
// real message after them is still read.

#include "Account.h"
#include "chat/ChatService.h"
#include "e2ee/E2eeService.h"
#include "e2ee/LegacyOmemoManager.h"
#include "profile/PepItem.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"
#include "support/Wire.h"

#include <QDomDocument>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppTask.h>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::history;

namespace {
const QString kFallback = u"I sent you an OMEMO encrypted message but your client doesn't seem to support that."_s;

// A message as another client writes it: the fallback body, the EME hint
// and the given element, sent as it is.
void sendRaw(Account &from, const QString &to, const QString &id, const QString &elementXml, const QString &emeNs)
{
    QDomDocument doc;
    QVERIFY(doc.setContent(elementXml, true));
    QXmppMessage message(QString(), to, kFallback);
    message.setType(QXmppMessage::Chat);
    message.setId(id);
    message.setOriginId(id);
    QXmppElement eme;
    eme.setTagName(u"encryption"_s);
    eme.setAttribute(u"xmlns"_s, u"urn:xmpp:eme:0"_s);
    eme.setAttribute(u"namespace"_s, emeNs);
    message.setExtensions({QXmppElement(doc.documentElement()), eme});
    from.client()->send(std::move(message));
}

ChatMessage byId(Test::TestSession &s, const QString &chat, const QString &id)
{
    return Test::messageWithId(s, chat, id);
}
} // namespace

class TestOmemoHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void badInputIsMarkedAndNothingBreaks()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession hearth;
        QVERIFY(hearth.login(server, server.createUser(u"hearth"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.isReady() && hearth.e2ee.legacy()->isListed(), 20000);
        const quint32 mine = hearth.e2ee.legacy()->ownDeviceId();
        QVERIFY(mine != 0);

        // Mallory: a bare client (no OMEMO of its own) writing by hand.
        const Test::TestUser malloryUser = server.createUser(u"mallory"_s);
        Account mallory;
        QSignalSpy started(&mallory, &Account::sessionStarted);
        mallory.connectToServer(Test::settingsFor(server, malloryUser), malloryUser.password);
        QVERIFY(started.wait(10000));
        const QString to = hearth.user.jid;
        const QString legacyNs = u"eu.siacs.conversations.axolotl"_s;

        // 1. No sending device, no IV: malformed.
        sendRaw(mallory, to, u"bad-1"_s, u"<encrypted xmlns='eu.siacs.conversations.axolotl'><header><key rid='%1'>AAAA</key></header></encrypted>"_s.arg(mine), legacyNs);
        // 2. Well formed, but keys only for devices that are not this one.
        sendRaw(mallory, to, u"bad-2"_s,
                u"<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='4242'><key rid='%1'>AAAA</key><iv>AAECAwQFBgcICQoL</iv></header>"
                "<payload>aGVsbG8=</payload></encrypted>"_s.arg(mine + 1), legacyNs);
        // 3. A "key exchange" from a stranger for this device that is garbage.
        sendRaw(mallory, to, u"bad-3"_s,
                u"<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='4242'><key prekey='true' rid='%1'>%2</key><iv>AAECAwQFBgcICQoL</iv></header>"
                "<payload>aGVsbG8=</payload></encrypted>"_s.arg(mine).arg(QString::fromLatin1(QByteArray(200, 'x').toBase64())), legacyNs);
        // 4. An OMEMO 2 element that is not one.
        sendRaw(mallory, to, u"bad-4"_s, u"<encrypted xmlns='urn:xmpp:omemo:2'><header sid='1'><keys jid='%1'><key rid='%2'>AAAA</key></keys></header>"
                                         "<payload>!!</payload></encrypted>"_s.arg(to).arg(hearth.e2ee.ownDeviceId()), u"urn:xmpp:omemo:2"_s);

        const QString chat = malloryUser.jid;
        QTRY_VERIFY_WITH_TIMEOUT(!byId(hearth, chat, u"bad-4"_s).messageId.isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!byId(hearth, chat, u"bad-3"_s).messageId.isEmpty(), 20000);
        QCOMPARE(byId(hearth, chat, u"bad-1"_s).undecryptable, ChatMessage::Undecryptable::Broken);
        QCOMPARE(byId(hearth, chat, u"bad-2"_s).undecryptable, ChatMessage::Undecryptable::NotForThisDevice);
        QCOMPARE(byId(hearth, chat, u"bad-3"_s).undecryptable, ChatMessage::Undecryptable::Broken);
        QVERIFY(byId(hearth, chat, u"bad-4"_s).undecryptable != ChatMessage::Undecryptable::No);
        for (const ChatMessage &m : history(hearth, chat)) {
            QVERIFY2(m.body.isEmpty(), qPrintable(m.body)); // never the fallback
            QVERIFY(m.encryption != ChatMessage::Encryption::None);
        }

        // 5. A device list of 5000 devices: the first 64 count.
        QString flood = u"<list xmlns='eu.siacs.conversations.axolotl'>"_s;
        for (int i = 1; i <= 5000; ++i)
            flood += u"<device id='%1'/>"_s.arg(i);
        flood += u"</list>"_s;
        QXmppPubSubPublishOptions open;
        open.setAccessModel(QXmppPubSubPublishOptions::Open);
        auto published = mallory.client()->findExtension<QXmppPubSubManager>()->publishOwnPepItem(
            u"eu.siacs.conversations.axolotl.devicelist"_s, PepItem(u"current"_s, flood), open);
        QVERIFY(QTest::qWaitFor([&] { return published.isFinished(); }, 10000));
        QVERIFY(std::holds_alternative<QString>(published.result()));
        QSignalSpy devices(hearth.e2ee.legacy(), &LegacyOmemoManager::devicesChanged);
        hearth.e2ee.refreshDevices(chat);
        QTRY_VERIFY_WITH_TIMEOUT(!hearth.e2ee.legacy()->devices(chat).isEmpty(), 20000);
        QCOMPARE(hearth.e2ee.legacy()->devices(chat).size(), LegacyOmemo::kMaxDevices);

        // A message to Mallory cannot be encrypted (no device has a bundle):
        // it fails visibly, nothing goes out in the clear.
        hearth.e2ee.setMode(chat, E2eeService::Mode::On);
        const ChatMessage refused = Test::result(hearth.chat.send(chat, u"Not for a flood"_s));
        QTRY_COMPARE_WITH_TIMEOUT(byId(hearth, chat, refused.messageId).state, ChatMessage::State::Failed, 30000);

        // Hearth still works: a second Hearth writes, it is read.
        Test::TestSession friendly;
        Test::Wire friendlyWire(friendly);
        QVERIFY(friendly.login(server, server.createUser(u"friend"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(friendly.e2ee.isReady(), 20000);
        QVERIFY(QTest::qWaitFor([&] {
            friendly.e2ee.refreshDevices(to);
            return friendly.e2ee.isAvailable(to);
        }, 20000));
        // Its session with Hearth's device is built as soon as it sees the
        // device (an empty key exchange goes out); the message goes in it.
        // (Sent before, it used to build a second session from the same
        // bundle: the one-session QXmpp patch, checked in tst_e2ee.)
        const QString keyExchange = u"rid=\"%1\" kex=\"true\""_s.arg(hearth.e2ee.ownDeviceId());
        QTRY_VERIFY_WITH_TIMEOUT(friendlyWire.carries(keyExchange), 20000);
        const ChatMessage sent = Test::result(friendly.chat.send(to, u"Still readable"_s));
        QVERIFY(sent.encryption != ChatMessage::Encryption::None);
        QTRY_COMPARE_WITH_TIMEOUT(Test::messageWithBody(hearth, friendly.user.jid, u"Still readable"_s).body, u"Still readable"_s, 20000);
    }
};

QTEST_GUILESS_MAIN(TestOmemoHostile)
#include "tst_omemo_hostile.moc"
