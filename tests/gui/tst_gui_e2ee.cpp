// End-to-end encryption as a user meets it, with the real binary (issue 19):
// `hearth encryption` sets up the device of a new profile and lists it; a
// contact (Hearth's engine here) writes to it encrypted while it is away; the
// window opens the conversation (the message decrypted, the lock on) and the
// contact's page (the device's fingerprint); `hearth encryption ADDRESS`
// lists the contact's device as the window saw it. Screenshots go to
// build/screenshots/e2ee-*.png.

#include "QrCode.h"
#include "support/HearthCli.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QJsonArray>
#include <QPainter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
const QString kMarker = u"E2EEMARK"_s;
}

class TestGuiE2ee : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void encryptedConversationInTheWindow()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const Test::TestUser alice = server.createUser(u"alice"_s);
        Test::TestSession bob;
        QVERIFY(bob.login(server, server.createUser(u"bob"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(bob.e2ee.isReady(), 20000);

        QTemporaryDir profile;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_TEST_PASSWORD"_s, alice.password);
        if (!env.contains(u"DISPLAY"_s)) {
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            env.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
        }
        const QStringList account = {u"--profile"_s, profile.path(), u"--jid"_s, alice.jid, u"--password-env"_s,
                                     u"HEARTH_TEST_PASSWORD"_s, u"--host"_s, server.host(), u"--port"_s, QString::number(server.port())};

        // The profile's device, set up from the command line.
        const Test::CliRun own = Test::runHearth(QStringLiteral(HEARTH_BINARY), QStringList{u"encryption"_s, u"--json"_s} + account, env);
        QVERIFY2(own.code == 0, qPrintable(own.out + own.err));
        const QJsonObject ownJson = QJsonDocument::fromJson(own.out.toUtf8()).object();
        // This device, once per OMEMO version: an Ed25519 key (OMEMO 2) and
        // a Curve25519 key (0.3), 32 bytes each.
        const QJsonArray ownDevices = ownJson.value(u"devices"_s).toArray();
        QCOMPARE(ownDevices.size(), 2);
        QStringList versions;
        for (const QJsonValue &device : ownDevices) {
            QVERIFY(device.toObject().value(u"own"_s).toBool());
            QCOMPARE(device.toObject().value(u"fingerprint"_s).toString().remove(u' ').size(), 64);
            versions << device.toObject().value(u"omemo"_s).toString();
        }
        QCOMPARE(versions, (QStringList{u"2"_s, u"0.3"_s}));

        // Bob sees that device and writes, encrypted, while Alice is away.
        QVERIFY(QTest::qWaitFor([&] {
            bob.e2ee.refreshDevices(alice.jid);
            return bob.e2ee.isAvailable(alice.jid) && !bob.e2ee.usesLegacy(alice.jid);
        }, 20000));
        const ChatMessage sent = Test::result(bob.chat.send(alice.jid, u"The key is under the mat %1"_s.arg(kMarker)));
        QCOMPARE(sent.encryption, ChatMessage::Encryption::Omemo2);
        QTRY_VERIFY_WITH_TIMEOUT(Test::messageWithId(bob, alice.jid, sent.messageId).state >= ChatMessage::State::Sent, 10000);

        // The window: the conversation, decrypted, the lock on.
        env.insert(u"HEARTH_TEXT_AUDIT"_s, kMarker);
        const QString chatShot = QStringLiteral(HEARTH_SCREENSHOT_DIR) + u"/e2ee-chat.png"_s;
        const Test::CliRun chat = Test::runHearth(
            QStringLiteral(HEARTH_BINARY),
            account + QStringList{u"--no-keychain"_s, u"--chat"_s, bob.user.jid, u"--screenshot-timeout"_s, u"40"_s, u"--screenshot"_s, chatShot},
            env);
        const QString chatLog = chat.out + chat.err;
        QVERIFY2(chat.code == 0, qPrintable(chatLog));
        QVERIFY2(chatLog.contains(u"text audit literal: The key is under the ma"_s), qPrintable(chatLog));

        // The contact's page: Bob's device and its fingerprint.
        const QString contactShot = QStringLiteral(HEARTH_SCREENSHOT_DIR) + u"/e2ee-contact.png"_s;
        const Test::CliRun contact = Test::runHearth(
            QStringLiteral(HEARTH_BINARY),
            account + QStringList{u"--no-keychain"_s, u"--contact"_s, bob.user.jid, u"--screenshot-timeout"_s, u"40"_s, u"--screenshot"_s,
                                  contactShot},
            env);
        QVERIFY2(contact.code == 0, qPrintable(contact.out + contact.err));

        // The own profile scrolled to its devices: this device in both
        // OMEMO versions, with fingerprints, and the QR code of its key link,
        // which reads back (from the window's picture) as the link naming
        // both keys.
        const QString profileShot = QStringLiteral(HEARTH_SCREENSHOT_DIR) + u"/e2ee-profile.png"_s;
        const Test::CliRun own2 = Test::runHearth(
            QStringLiteral(HEARTH_BINARY),
            account + QStringList{u"--no-keychain"_s, u"--view"_s, u"profile"_s, u"--screenshot-scroll-to"_s, u"devicesSection"_s,
                                  u"--screenshot-timeout"_s, u"40"_s, u"--screenshot"_s, profileShot},
            env);
        QVERIFY2(own2.code == 0, qPrintable(own2.out + own2.err));
        const QString scanned = QrCode::read(QImage(profileShot));
        QVERIFY2(scanned.startsWith(u"xmpp:"_s + alice.jid + u"?message;"_s), qPrintable(scanned));
        for (const QJsonValue &device : ownDevices) {
            const QJsonObject d = device.toObject();
            const QString key = d.value(u"fingerprint"_s).toString().remove(u' ');
            const QString param = (d.value(u"omemo"_s).toString() == u"2"_s ? u"omemo2-sid-%1=%2"_s : u"omemo-sid-%1=%2"_s)
                                      .arg(d.value(u"id"_s).toInteger())
                                      .arg(key);
            QVERIFY2(scanned.contains(param), qPrintable(scanned + u" lacks "_s + param));
        }

        // What the window decided, from the command line: Bob's one device,
        // trusted before verification, and the conversation encrypts.
        env.remove(u"HEARTH_TEXT_AUDIT"_s);
        const Test::CliRun theirs =
            Test::runHearth(QStringLiteral(HEARTH_BINARY), QStringList{u"encryption"_s, bob.user.jid, u"--json"_s} + account, env);
        QVERIFY2(theirs.code == 0, qPrintable(theirs.out + theirs.err));
        const QJsonObject theirsJson = QJsonDocument::fromJson(theirs.out.toUtf8()).object();
        QVERIFY2(theirsJson.value(u"encrypts"_s).toBool(), qPrintable(theirs.out));
        // Bob's one Hearth in both device lists: OMEMO 2 (the one written
        // with, trusted before verification) and 0.3.
        const QJsonArray devices = theirsJson.value(u"devices"_s).toArray();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices.at(0).toObject().value(u"omemo"_s).toString(), u"2"_s);
        QCOMPARE(devices.at(0).toObject().value(u"trust"_s).toString(), u"trusted"_s);
        QCOMPARE(devices.at(1).toObject().value(u"omemo"_s).toString(), u"0.3"_s);
        for (const QJsonValue &device : devices)
            QVERIFY(!device.toObject().value(u"own"_s).toBool());

        // Alice verifies Bob from a photo of the QR code his device shows
        // (drawn as Hearth draws it, small on a grey table): both his keys
        // become verified.
        const QImage code = QrCode::render(bob.e2ee.ownKeyUri(), 3);
        QImage photo(800, 600, QImage::Format_RGB32);
        photo.fill(QColor(110, 110, 120));
        QPainter painter(&photo);
        painter.drawImage(300, 180, code);
        painter.end();
        const QString photoPath = profile.filePath(u"bob-qr.jpg"_s);
        QVERIFY(photo.save(photoPath, "JPG", 85));
        const Test::CliRun scan = Test::runHearth(QStringLiteral(HEARTH_BINARY),
                                                  QStringList{u"encryption"_s, bob.user.jid, u"--verify-picture"_s, photoPath, u"--json"_s} + account, env);
        QVERIFY2(scan.code == 0, qPrintable(scan.out + scan.err));
        const QJsonArray verified = QJsonDocument::fromJson(scan.out.toUtf8()).object().value(u"devices"_s).toArray();
        QCOMPARE(verified.size(), 2);
        for (const QJsonValue &device : verified)
            QCOMPARE(device.toObject().value(u"trust"_s).toString(), u"verified"_s);
        // A picture without a code: said, nothing verified.
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(blank.save(profile.filePath(u"blank.png"_s)));
        const Test::CliRun none = Test::runHearth(QStringLiteral(HEARTH_BINARY),
                                                  QStringList{u"encryption"_s, bob.user.jid, u"--verify-picture"_s, profile.filePath(u"blank.png"_s)} + account, env);
        QVERIFY(none.code != 0);
        QVERIFY2(none.err.contains(u"no QR code"_s), qPrintable(none.err));
    }
};

QTEST_GUILESS_MAIN(TestGuiE2ee)
#include "tst_gui_e2ee.moc"
