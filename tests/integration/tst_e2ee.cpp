// End-to-end encryption (OMEMO 2, issue 19) between Hearth clients on a real
// Prosody: sessions built from either side, what goes on the wire, a second
// device of one account (carbons, and a device that joins later and cannot
// read what was sent before it), distrust, a conversation turned off, the
// refusal to send in the clear, and keys that survive a restart.

#include "Account.h"
#include "chat/ChatService.h"
#include "e2ee/E2eeService.h"
#include "e2ee/LegacyOmemoManager.h"
#include "upload/EncryptedFile.h"
#include "upload/FileUpload.h"
#include "upload/UploadService.h"
#include "ChatController.h"
#include "MessageListModel.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"
#include "support/Wire.h"

#include <QDir>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppLogger.h>
#include <QXmppMessage.h>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::bodies;
using Test::history;
using Test::messageWithBody;
using Test::result;
using Test::Wire;

namespace {
using Test::readyFor;

// The person's OMEMO 2 devices (each Hearth also lists its 0.3 one).
int devicesOf(Test::TestSession &s, const QString &jid)
{
    const auto devices = result(s.e2ee.devices(jid));
    return int(std::count_if(devices.cbegin(), devices.cend(), [](const E2eeDevice &d) { return !d.legacy; }));
}
// The base keys of the OMEMO 2 key exchanges a client sent to a device (one
// per session it built with it): a key element's data is an OMEMOKeyExchange
// (field 4, ek, is the session's base key).
QSet<QByteArray> baseKeysSentTo(const Wire &wire, quint32 deviceId)
{
    QSet<QByteArray> keys;
    const QRegularExpression keyElement(u"<key rid=\"%1\" kex=\"true\">([^<]+)</key>"_s.arg(deviceId));
    for (const QString &xml : wire.sent) {
        for (auto it = keyElement.globalMatch(xml); it.hasNext();) {
            const QByteArray data = QByteArray::fromBase64(it.next().captured(1).toLatin1());
            for (int i = 0; i < data.size();) {
                const int field = quint8(data[i]) >> 3, type = quint8(data[i]) & 7;
                ++i;
                if (type == 0) { // varint
                    while (i < data.size() && (quint8(data[i++]) & 0x80)) {}
                } else if (type == 2 && i < data.size()) { // length-delimited (short here)
                    const int length = quint8(data[i++]);
                    if (field == 4)
                        keys.insert(data.mid(i, length));
                    i += length;
                    if (field == 4)
                        break;
                } else {
                    break;
                }
            }
        }
    }
    return keys;
}
} // namespace

class TestE2ee : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void anEncryptedPictureIsSentAndOpened()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(readyFor(alice, bob));
        Wire aliceWire(alice);
        QVERIFY(alice.chat.encrypts(bob.user.jid));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"holiday.png"_s);
        QImage picture(64, 48, QImage::Format_RGB32);
        picture.fill(Qt::darkCyan);
        QVERIFY(picture.save(path));
        QFile original(path);
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();

        // Encrypted before it leaves (XEP-0454): the link carries IV and key.
        FileUpload *upload = alice.account.uploads()->upload(path, this, true);
        QTRY_VERIFY_WITH_TIMEOUT(upload->isFinished(), 15000);
        QCOMPARE(upload->state(), FileUpload::State::Done);
        const QString link = upload->url().toString();
        QVERIFY2(link.startsWith(u"aesgcm://"_s), qPrintable(link));
        const auto parsed = EncryptedFile::parse(link);
        QVERIFY(parsed);
        QCOMPARE(parsed->iv.size(), 12);
        QCOMPARE(parsed->key.size(), 32);
        QVERIFY(!parsed->https.fileName().contains(u"holiday"_s)); // the server does not learn the name

        // What the server holds is the ciphertext and its tag, not the picture.
        QNetworkAccessManager network;
        QUrl onServer = parsed->https;
        onServer.setScheme(u"http"_s); // the test server's uploads are plain http on loopback
        QNetworkReply *raw = network.get(QNetworkRequest(onServer));
        QTRY_VERIFY_WITH_TIMEOUT(raw->isFinished(), 10000);
        const QByteArray stored = raw->readAll();
        raw->deleteLater();
        QCOMPARE(stored.size(), bytes.size() + 16);
        QVERIFY(!stored.contains(bytes.left(32)));

        (void)result(alice.chat.sendFile(bob.user.jid, upload->url(), upload->mimeType()));
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), 1, 15000);
        const ChatMessage got = history(bob, alice.user.jid).constFirst();
        QCOMPARE(got.attachmentUrl, link);
        QCOMPARE(got.attachmentType, u"image/png"_s);
        QVERIFY(got.encryption != ChatMessage::Encryption::None);
        // The key never crossed the wire in the clear.
        QVERIFY(!aliceWire.carries(QString::fromLatin1(parsed->key.toHex())));

        // Bob opens it: downloaded, decrypted, the very picture.
        QTemporaryDir files;
        auto fetched = bob.account.uploads()->fetchEncrypted(got.attachmentUrl, files.path());
        QVERIFY(Test::waitFor(fetched, 15000));
        QVERIFY2(fetched.result().error.isEmpty(), qPrintable(fetched.result().error));
        QFile opened(fetched.result().path);
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(opened.readAll(), bytes);

        // In Bob's window: the picture is offered, not fetched; once he asks,
        // it is decrypted and shown in its message from this machine.
        QTemporaryDir shown;
        ChatController chats(&bob.chat);
        chats.setFilesDirectory(shown.path());
        chats.openChat(alice.user.jid);
        MessageListModel &model = *chats.messages();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QVERIFY(model.data(model.index(0), MessageListModel::EncryptedPictureRole).toBool());
        QVERIFY(model.data(model.index(0), MessageListModel::ImageRole).toUrl().isEmpty());
        QVERIFY(QDir(shown.path()).isEmpty());
        chats.openAttachment(link);
        QTRY_VERIFY_WITH_TIMEOUT(!model.data(model.index(0), MessageListModel::ImageRole).toUrl().isEmpty(), 15000);
        QVERIFY(!model.data(model.index(0), MessageListModel::EncryptedPictureRole).toBool());
        QFile inline_(model.data(model.index(0), MessageListModel::ImageRole).toUrl().toLocalFile());
        QVERIFY(inline_.fileName().startsWith(shown.path()));
        QVERIFY(inline_.open(QIODevice::ReadOnly));
        QCOMPARE(inline_.readAll(), bytes);

        // A wrong key: refused, nothing written.
        QString wrong = link;
        wrong.replace(wrong.size() - 4, 4, u"0000"_s);
        auto refused = bob.account.uploads()->fetchEncrypted(wrong, files.path());
        QVERIFY(Test::waitFor(refused, 15000));
        QVERIFY(refused.result().path.isEmpty());
        QVERIFY(!refused.result().error.isEmpty());
    }

    // The own key link (the profile's QR code) names both keys of a new
    // device, and whoever shows it is told when it changes: the last link
    // told is the whole one.
    void theOwnKeyLinkOfANewDeviceNamesBothKeys()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice;
        QStringList told;
        connect(&alice.e2ee, &E2eeService::ownKeysChanged, this, [&] { told << alice.e2ee.ownKeyUri(); });
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(alice.e2ee.isReady(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(alice.e2ee.ownKeyUri().contains(u";omemo-sid-"_s), 20000);
        const QString link = alice.e2ee.ownKeyUri();
        QVERIFY2(link.startsWith(u"xmpp:"_s + alice.user.jid + u"?message;omemo2-sid-%1="_s.arg(alice.e2ee.ownDeviceId())), qPrintable(link));
        QVERIFY(!told.isEmpty());
        QCOMPARE(told.constLast(), link);
    }

    void anOldOwnDeviceIsRemovedFromBothLists()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(readyFor(alice, bob));
        // An old phone of Alice's: set up once, then never again.
        quint32 oldId = 0;
        {
            Test::TestSession phone;
            QVERIFY(phone.login(server, alice.user));
            QTRY_VERIFY_WITH_TIMEOUT(phone.e2ee.isReady() && phone.e2ee.legacy()->isListed(), 20000);
            oldId = phone.e2ee.ownDeviceId();
            phone.account.disconnectFromServer();
        }
        QVERIFY(oldId != 0 && oldId != alice.e2ee.ownDeviceId());
        // Bob sees it in both of Alice's lists.
        QTRY_VERIFY_WITH_TIMEOUT((bob.e2ee.refreshDevices(alice.user.jid), devicesOf(bob, alice.user.jid) == 2
                                  && bob.e2ee.legacy()->devices(alice.user.jid).contains(oldId)), 20000);

        // Alice removes it (her profile page's Remove; hearth encryption --remove-device).
        QVERIFY(result(alice.e2ee.removeOwnDevice(oldId)));
        QVERIFY(!alice.e2ee.legacy()->devices(alice.user.jid).contains(oldId));
        // Bob's next look: one device in each list, Alice's current one.
        QTRY_VERIFY_WITH_TIMEOUT((bob.e2ee.refreshDevices(alice.user.jid), devicesOf(bob, alice.user.jid) == 1
                                  && bob.e2ee.legacy()->devices(alice.user.jid) == QList<quint32>{alice.e2ee.ownDeviceId()}), 20000);
        // This device and an unknown one are refused.
        QVERIFY(!result(alice.e2ee.removeOwnDevice(alice.e2ee.ownDeviceId())));
        QVERIFY(!result(alice.e2ee.removeOwnDevice(4242)));
        // And Bob's messages reach Alice still.
        (void)result(bob.chat.send(alice.user.jid, u"Only your laptop now"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(alice, bob.user.jid, u"Only your laptop now"_s).body, u"Only your laptop now"_s, 15000);
    }

    void messagesGoEncryptedBothWays()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(readyFor(alice, bob));
        Wire aliceWire(alice), bobWire(bob);

        // Automatic: the contact announces OMEMO, so the chat encrypts.
        QVERIFY(alice.e2ee.encrypts(bob.user.jid));
        const ChatMessage sent = result(alice.chat.send(bob.user.jid, u"The key is under the mat"_s));
        QCOMPARE(sent.encryption, ChatMessage::Encryption::Omemo2);
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(bob, alice.user.jid)), QStringList{u"The key is under the mat"_s}, 15000);
        const ChatMessage got = history(bob, alice.user.jid).constFirst();
        QCOMPARE(got.encryption, ChatMessage::Encryption::Omemo2);
        QCOMPARE(got.undecryptable, ChatMessage::Undecryptable::No);
        QCOMPARE(got.messageId, sent.messageId);
        // Sent encrypted once, the chat stays encrypted.
        QCOMPARE(alice.e2ee.mode(bob.user.jid), E2eeService::Mode::On);

        // And back, a session Bob did not start.
        (void)result(bob.chat.send(alice.user.jid, u"Thanks, found it"_s));
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(alice, bob.user.jid)),
                                  (QStringList{u"The key is under the mat"_s, u"Thanks, found it"_s}), 15000);
        QCOMPARE(history(alice, bob.user.jid).constLast().encryption, ChatMessage::Encryption::Omemo2);

        // A correction, a reply and a reaction go encrypted too.
        alice.chat.correct(history(alice, bob.user.jid).constFirst(), u"The key is under the plant"_s);
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).constFirst().body, u"The key is under the plant"_s, 15000);
        QVERIFY(history(bob, alice.user.jid).constFirst().edited);
        const ChatMessage thanks = messageWithBody(alice, bob.user.jid, u"Thanks, found it"_s);
        (void)result(alice.chat.reply(thanks, u"Lock it after you"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!messageWithBody(bob, alice.user.jid, u"Lock it after you"_s).replyTo.isEmpty(), 15000);
        bob.chat.react(messageWithBody(bob, alice.user.jid, u"Lock it after you"_s), {u"🔒"_s});
        QTRY_VERIFY_WITH_TIMEOUT(!messageWithBody(alice, bob.user.jid, u"Lock it after you"_s).reactions.isEmpty(), 15000);
        QCOMPARE(messageWithBody(alice, bob.user.jid, u"Lock it after you"_s).reactions.constFirst().emoji, u"🔒"_s);

        // A retraction and a shared post: elements QXmpp has no class for,
        // inside the encrypted content too.
        const ChatMessage oops = result(alice.chat.send(bob.user.jid, u"Wrong chat, sorry"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!messageWithBody(bob, alice.user.jid, u"Wrong chat, sorry"_s).messageId.isEmpty(), 15000);
        alice.chat.retract(messageWithBody(alice, bob.user.jid, u"Wrong chat, sorry"_s));
        QTRY_VERIFY_WITH_TIMEOUT(Test::messageWithId(bob, alice.user.jid, oops.messageId).retracted, 15000);
        const QString postUri = u"xmpp:%1?;node=urn:xmpp:microblog:0;item=secret-trip"_s.arg(alice.user.jid);
        (void)result(alice.chat.sharePost(bob.user.jid, postUri, u"Our secret trip"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(bob, alice.user.jid, u"Shared a post: Our secret trip"_s).attachmentUrl, postUri, 15000);
        QVERIFY(messageWithBody(bob, alice.user.jid, u"Shared a post: Our secret trip"_s).isSharedPost());

        // Every message read as sent: none marked undecryptable.
        for (Test::TestSession *s : {&alice, &bob})
            for (const ChatMessage &m : history(*s, s == &alice ? bob.user.jid : alice.user.jid))
                QVERIFY2(m.undecryptable == ChatMessage::Undecryptable::No, qPrintable(m.messageId));

        // Nothing of it was written in the clear, and OMEMO 2 was.
        for (const QString &text : {u"under the mat"_s, u"under the plant"_s, u"found it"_s, u"Lock it after you"_s, u"🔒"_s,
                                    u"Wrong chat"_s, u"secret-trip"_s, u"urn:xmpp:message-retract:1"_s, u"urn:xmpp:reference:0"_s}) {
            QVERIFY2(!aliceWire.carries(text), qPrintable(u"Alice sent in the clear: "_s + text));
            QVERIFY2(!bobWire.carries(text), qPrintable(u"Bob sent in the clear: "_s + text));
        }
        QVERIFY(aliceWire.carries(u"urn:xmpp:omemo:2"_s));
        QVERIFY(bobWire.carries(u"urn:xmpp:omemo:2"_s));
    }

    void secondDeviceReadsCarbonsAndANewOneOnlyWhatCameAfter()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob, bobLaptop;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(bobLaptop.login(server, bob.user));
        QVERIFY(readyFor(alice, bob));
        QTRY_VERIFY_WITH_TIMEOUT(bobLaptop.e2ee.isReady(), 20000);
        QVERIFY(Test::carbonsEnabled(bobLaptop));
        // Alice knows both of Bob's devices.
        QTRY_VERIFY_WITH_TIMEOUT((alice.e2ee.refreshDevices(bob.user.jid), devicesOf(alice, bob.user.jid) == 2), 20000);

        (void)result(alice.chat.send(bob.user.jid, u"For both of your devices"_s));
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(bob, alice.user.jid)), QStringList{u"For both of your devices"_s}, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(bobLaptop, alice.user.jid)), QStringList{u"For both of your devices"_s}, 15000);
        // Bob writes from his phone: the laptop reads the carbon.
        (void)result(bob.chat.send(alice.user.jid, u"Answered from the phone"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(bobLaptop, alice.user.jid, u"Answered from the phone"_s).outgoing, true, 15000);
        QCOMPARE(messageWithBody(bobLaptop, alice.user.jid, u"Answered from the phone"_s).encryption, ChatMessage::Encryption::Omemo2);

        // A device that joins later: what came before was not encrypted for
        // it, so the archive brings markers, never the fallback text.
        Test::TestSession bobTablet;
        QVERIFY(bobTablet.login(server, bob.user));
        QTRY_VERIFY_WITH_TIMEOUT(bobTablet.e2ee.isReady(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(history(bobTablet, alice.user.jid).size(), 2, 15000);
        for (const ChatMessage &m : history(bobTablet, alice.user.jid)) {
            QCOMPARE(m.undecryptable, ChatMessage::Undecryptable::NotForThisDevice);
            QVERIFY2(m.body.isEmpty(), qPrintable(m.body));
        }
        // What Alice sends now reaches it.
        QTRY_VERIFY_WITH_TIMEOUT((alice.e2ee.refreshDevices(bob.user.jid), devicesOf(alice, bob.user.jid) == 3), 20000);
        (void)result(alice.chat.send(bob.user.jid, u"Welcome, tablet"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(bobTablet, alice.user.jid, u"Welcome, tablet"_s).encryption,
                                  ChatMessage::Encryption::Omemo2, 15000);
    }

    void aDistrustedDeviceStopsReceiving()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob, bobLaptop;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(bobLaptop.login(server, bob.user));
        QVERIFY(readyFor(alice, bob));
        QTRY_VERIFY_WITH_TIMEOUT(bobLaptop.e2ee.isReady(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT((alice.e2ee.refreshDevices(bob.user.jid), devicesOf(alice, bob.user.jid) == 2), 20000);

        // Alice also knows the laptop's OMEMO 0.3 key (same device id).
        const quint32 laptopId = bobLaptop.e2ee.ownDeviceId();
        QTRY_VERIFY_WITH_TIMEOUT((alice.e2ee.refreshDevices(bob.user.jid),
                                  !alice.e2ee.legacy()->identityKeys(bob.user.jid).value(laptopId).isEmpty()), 20000);

        // Alice distrusts the laptop's key (after comparing fingerprints).
        QByteArray laptopKey;
        for (const E2eeDevice &d : result(bobLaptop.e2ee.devices(bob.user.jid)))
            if (d.own && !d.legacy)
                laptopKey = d.keyId;
        QVERIFY(!laptopKey.isEmpty());
        QSignalSpy changed(&alice.e2ee, &E2eeService::devicesChanged);
        alice.e2ee.setTrust(bob.user.jid, laptopKey, E2eeDevice::Trust::Distrusted);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
        bool distrusted = false;
        for (const E2eeDevice &d : result(alice.e2ee.devices(bob.user.jid)))
            if (d.keyId == laptopKey)
                distrusted = d.trust == E2eeDevice::Trust::Distrusted;
        QVERIFY(distrusted);
        // ... and with it the same device's 0.3 key: a 0.3 message has no key for it.
        const QByteArray laptopLegacyKey = alice.e2ee.legacy()->identityKeys(bob.user.jid).value(laptopId);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const E2eeDevice &d : result(alice.e2ee.devices(bob.user.jid)))
                if (d.legacy && d.keyId == laptopLegacyKey)
                    return d.trust == E2eeDevice::Trust::Distrusted;
            return false;
        }(), 10000);
        QXmppMessage legacyMessage(QString(), bob.user.jid, u"0.3 only for the phone"_s);
        legacyMessage.setType(QXmppMessage::Chat);
        auto legacyTask = alice.e2ee.legacy()->encryptMessage(std::move(legacyMessage));
        QVERIFY(QTest::qWaitFor([&] { return legacyTask.isFinished(); }, 20000));
        auto legacyResult = legacyTask.takeResult();
        auto *legacyOut = std::get_if<std::unique_ptr<QXmppMessage>>(&legacyResult);
        QVERIFY(legacyOut);
        QStringList rids;
        for (const QXmppElement &e : (*legacyOut)->extensions())
            if (e.tagName() == u"encrypted"_s)
                for (QXmppElement key = e.firstChildElement(u"header"_s).firstChildElement(u"key"_s); !key.isNull(); key = key.nextSiblingElement(u"key"_s))
                    rids << key.attribute(u"rid"_s);
        QVERIFY2(rids.contains(QString::number(bob.e2ee.ownDeviceId())), qPrintable(rids.join(u',')));
        QVERIFY2(!rids.contains(QString::number(laptopId)), qPrintable(rids.join(u',')));

        (void)result(alice.chat.send(bob.user.jid, u"Only for the phone"_s));
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(bob, alice.user.jid)), QStringList{u"Only for the phone"_s}, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(history(bobLaptop, alice.user.jid).size(), 1, 15000);
        QCOMPARE(history(bobLaptop, alice.user.jid).constFirst().undecryptable, ChatMessage::Undecryptable::NotForThisDevice);
        QVERIFY(history(bobLaptop, alice.user.jid).constFirst().body.isEmpty());
    }

    void offIsPlainAndOnWithoutDevicesFailsInsteadOfPlain()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(readyFor(alice, bob));

        // Turned off for this conversation: plain, and marked so.
        alice.e2ee.setMode(bob.user.jid, E2eeService::Mode::Off);
        QVERIFY(!alice.e2ee.encrypts(bob.user.jid));
        const ChatMessage plain = result(alice.chat.send(bob.user.jid, u"Not a secret"_s));
        QCOMPARE(plain.encryption, ChatMessage::Encryption::None);
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(bob, alice.user.jid, u"Not a secret"_s).encryption, ChatMessage::Encryption::None, 15000);

        // On, to someone who announces no OMEMO device: the message fails
        // visibly (Retry), nothing goes out in the clear.
        const QString nobody = server.createUser(u"carol"_s).jid;
        Wire wire(alice);
        alice.e2ee.setMode(nobody, E2eeService::Mode::On);
        const ChatMessage refused = result(alice.chat.send(nobody, u"Must stay secret"_s));
        QCOMPARE(refused.encryption, ChatMessage::Encryption::Omemo2);
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(alice, nobody, u"Must stay secret"_s).state, ChatMessage::State::Failed, 15000);
        QVERIFY(Test::roundTrip(alice));
        QVERIFY(!wire.carries(u"Must stay secret"_s));
        // The choice is kept in the cache.
        Test::TestSession again;
        again.home = alice.dir.path();
        QVERIFY(again.login(server, alice.user));
        QCOMPARE(again.e2ee.mode(nobody), E2eeService::Mode::On);
        QCOMPARE(again.e2ee.mode(bob.user.jid), E2eeService::Mode::Off);
    }

    // A key exchange that names a pre-key this device no longer has (two
    // senders picked the same one from its bundle, the first used it up):
    // QXmpp cannot read it, and the sender, never answered, keeps sending
    // key exchanges naming it. The device rebuilds its session with the
    // sender and tells it, so the next message is read.
    void aKeyExchangeNamingAUsedPreKeyIsRepaired()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice;
        auto bob = std::make_unique<Test::TestSession>();
        QVERIFY(Test::loginFriends(server, alice, *bob));
        QVERIFY(readyFor(alice, *bob));
        // Bob is away; Alice's first message starts a session from his bundle.
        const QString home = bob->dir.path();
        bob->dir.setAutoRemove(false);
        const Test::TestUser bobUser = bob->user;
        bob.reset();
        Wire aliceWire(alice);
        (void)result(alice.chat.send(bobUser.jid, u"Are you there?"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(alice, bobUser.jid, u"Are you there?"_s).state, ChatMessage::State::Sent, 15000);
        QVERIFY(aliceWire.carries(u"urn:xmpp:omemo:2"_s) && !aliceWire.carries(u"Are you there?"_s));
        // Meanwhile the pre-key it names is used up (as by another sender),
        // and Bob's device has no session with hers: both devices build one
        // as soon as they see each other, so whether his answered hers
        // before he went is a race (if it did, her message reads in it).
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"bob"_s);
            db.setDatabaseName(QDir(home).filePath(u"hearth.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            // (One stays under a new id: QXmpp wants at least one to load.)
            QVERIFY(q.exec(u"UPDATE omemo_pre_key SET key_id = 999999 WHERE key_id = (SELECT MAX(key_id) FROM omemo_pre_key)"_s));
            QVERIFY(q.exec(u"DELETE FROM omemo_pre_key WHERE key_id <> 999999"_s));
            QVERIFY(q.numRowsAffected() > 50);
            QVERIFY(q.exec(u"UPDATE omemo_device SET session = NULL, unresponded_sent = 0, unresponded_received = 0 WHERE jid = '%1'"_s.arg(alice.user.jid)));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bob"_s);

        Test::TestSession back;
        back.home = home;
        Wire bobWire(back);
        QVERIFY(back.login(server, bobUser));
        QTRY_VERIFY_WITH_TIMEOUT(back.e2ee.isReady(), 20000);
        // The first stays unread (marked, never the fallback) ...
        QTRY_COMPARE_WITH_TIMEOUT(history(back, alice.user.jid).size(), 1, 15000);
        QVERIFY(history(back, alice.user.jid).constFirst().undecryptable != ChatMessage::Undecryptable::No);
        // ... the session is rebuilt and Alice hears of it (an empty key
        // exchange from Bob's device, the first OMEMO message he writes to her) ...
        const auto toAlice = [&] {
            return std::any_of(bobWire.sent.cbegin(), bobWire.sent.cend(), [&](const QString &xml) {
                return xml.startsWith(u"<message"_s) && xml.contains(u"urn:xmpp:omemo:2"_s) && xml.contains(alice.user.jid);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(toAlice(), 15000);
        QVERIFY(Test::roundTrip(back) && Test::roundTrip(alice));
        // ... so what she sends next is read.
        (void)result(alice.chat.send(bobUser.jid, u"Now?"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(back, alice.user.jid, u"Now?"_s).encryption, ChatMessage::Encryption::Omemo2, 15000);
        QCOMPARE(messageWithBody(back, alice.user.jid, u"Now?"_s).undecryptable, ChatMessage::Undecryptable::No);
        QDir(home).removeRecursively();
    }

    // A device back after a while reads what came meanwhile from the
    // archive alone (another client of Bob's was online, so nothing was
    // kept offline): more than a page, decrypted a slice at a time while
    // the next page is fetched, every message read, in the order sent.
    // Messages written as soon as a contact's device appears (its bundle is
    // still being fetched for the automatic session building) go in that
    // one session: a second session from the same bundle may name the same
    // pre-key, which the device can use once (the second message unread).
    void messagesWrittenAsADeviceAppearsShareOneSession()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        // Bob's device is published and offline: nothing he sends interferes.
        auto bob = std::make_unique<Test::TestSession>();
        const Test::TestUser bobUser = server.createUser(u"bob"_s);
        QVERIFY(bob->login(server, bobUser));
        QTRY_VERIFY_WITH_TIMEOUT(bob->e2ee.isReady(), 20000);
        QVERIFY(Test::roundTrip(*bob));
        const quint32 bobDevice = bob->e2ee.ownDeviceId();
        const QString home = bob->dir.path();
        bob->dir.setAutoRemove(false);
        bob.reset();

        Test::TestSession alice;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(alice.e2ee.isReady(), 20000);
        Wire aliceWire(alice);
        QVERIFY(QTest::qWaitFor([&] {
            alice.e2ee.refreshDevices(bobUser.jid);
            return alice.e2ee.isAvailable(bobUser.jid) && !alice.e2ee.usesLegacy(bobUser.jid);
        }, 20000));
        alice.e2ee.setMode(bobUser.jid, E2eeService::Mode::On);
        const QStringList sent{u"One"_s, u"Two"_s, u"Three"_s};
        for (const QString &body : sent)
            (void)result(alice.chat.send(bobUser.jid, body));
        for (const QString &body : sent)
            QTRY_VERIFY_WITH_TIMEOUT(messageWithBody(alice, bobUser.jid, body).state >= ChatMessage::State::Sent, 15000);
        const auto baseKeys = baseKeysSentTo(aliceWire, bobDevice);
        QCOMPARE(baseKeys.size(), 1);

        Test::TestSession back;
        back.home = home;
        QVERIFY(back.login(server, bobUser));
        // (Sent within a second: their order in the cache is not the point.)
        const auto readSorted = [&] {
            QStringList read = bodies(history(back, alice.user.jid));
            read.sort();
            return read;
        };
        QTRY_COMPARE_WITH_TIMEOUT(readSorted(), (QStringList{u"One"_s, u"Three"_s, u"Two"_s}), 20000);
        for (const ChatMessage &m : history(back, alice.user.jid))
            QCOMPARE(m.undecryptable, ChatMessage::Undecryptable::No);
        QDir(home).removeRecursively();
    }

    void anOfflineDeviceCatchesUpSeveralEncryptedPages()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(readyFor(alice, bob));
        (void)result(alice.chat.send(bob.user.jid, u"Hello"_s));
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(bob, alice.user.jid)), QStringList{u"Hello"_s}, 15000);
        QVERIFY(Test::roundTrip(bob) && Test::roundTrip(alice));
        bob.account.disconnectFromServer();
        QTRY_VERIFY(bob.account.state() == Connection::State::Offline);
        Test::TestSession phone;
        QVERIFY(phone.login(server, bob.user));
        QTRY_VERIFY_WITH_TIMEOUT(phone.e2ee.isReady(), 20000);

        const int count = 75; // two pages of at most 50, several decryption slices each
        QStringList expected{u"Hello"_s};
        for (int i = 1; i <= count; ++i) {
            expected << u"While away %1"_s.arg(i);
            (void)result(alice.chat.send(bob.user.jid, expected.constLast()));
        }
        QVERIFY(Test::roundTrip(alice));
        QVERIFY(bob.login(server, bob.user));
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), count + 1, 30000);
        const auto messages = history(bob, alice.user.jid);
        // (The archive's times have whole seconds: the live "Hello" may
        // sort after messages sent within its second.)
        QStringList read = bodies(messages);
        QCOMPARE(read.removeAll(u"Hello"_s), 1);
        QCOMPARE(read, expected.mid(1));
        for (const ChatMessage &m : messages) {
            QVERIFY2(m.undecryptable == ChatMessage::Undecryptable::No, qPrintable(m.messageId));
            QCOMPARE(m.encryption, ChatMessage::Encryption::Omemo2);
        }
    }

    void keysAndSessionsSurviveARestart()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        auto alice = std::make_unique<Test::TestSession>();
        Test::TestSession bob;
        QVERIFY(Test::loginFriends(server, *alice, bob));
        QVERIFY(readyFor(*alice, bob));
        (void)result(alice->chat.send(bob.user.jid, u"Before the restart"_s));
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(bob, alice->user.jid)), QStringList{u"Before the restart"_s}, 15000);
        const quint32 deviceId = alice->e2ee.ownDeviceId();
        QVERIFY(deviceId != 0);
        const int bobsDevices = devicesOf(bob, alice->user.jid);

        // Alice quits and starts again on the same cache.
        const QString home = alice->dir.path();
        alice->dir.setAutoRemove(false);
        const Test::TestUser aliceUser = alice->user;
        alice.reset();
        Test::TestSession restarted;
        restarted.home = home;
        QVERIFY(restarted.login(server, aliceUser));
        QTRY_VERIFY_WITH_TIMEOUT(restarted.e2ee.isReady(), 20000);
        QCOMPARE(restarted.e2ee.ownDeviceId(), deviceId);          // the same device, not a new one
        QCOMPARE(devicesOf(bob, aliceUser.jid), bobsDevices);      // Bob was not told of another

        // The session goes on both ways without a new key exchange failing.
        (void)result(bob.chat.send(aliceUser.jid, u"After the restart"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(restarted, bob.user.jid, u"After the restart"_s).encryption,
                                  ChatMessage::Encryption::Omemo2, 15000);
        (void)result(restarted.chat.send(bob.user.jid, u"Still here"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(bob, aliceUser.jid, u"Still here"_s).encryption, ChatMessage::Encryption::Omemo2, 15000);
        // The archive's copies of what was read live are not read twice
        // (their keys are used up): the cache keeps one row each, no marker.
        QVERIFY(Test::roundTrip(restarted) && Test::roundTrip(bob));
        for (const ChatMessage &m : history(restarted, bob.user.jid))
            QVERIFY2(m.undecryptable == ChatMessage::Undecryptable::No, qPrintable(m.messageId));
        for (const ChatMessage &m : history(bob, aliceUser.jid))
            QVERIFY2(m.undecryptable == ChatMessage::Undecryptable::No, qPrintable(m.messageId));
        QCOMPARE(history(bob, aliceUser.jid).size(), 3);
        QDir(home).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestE2ee)
#include "tst_e2ee.moc"
