// Verifying a contact's keys by scanning their QR code with the camera
// (issue 19), end to end but for the camera itself: the code Bob's Hearth
// shows, as webcam frames, goes through the scanner the camera dialog uses
// to the controller the profile page calls, and Alice's Hearth marks both
// of Bob's keys (OMEMO 2 and 0.3) verified, and tells the page whose they
// were. A code that is no key link, and one naming keys of no known
// device, are said and verify nothing. Real Prosody, two accounts.
#include "ChatController.h"
#include "EncryptionController.h"
#include "QrScanner.h"
#include "support/CameraFrames.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QSignalSpy>
#include <QTest>
#include <QVideoSink>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
// Bob's devices as Alice's Hearth lists them, by OMEMO version.
QList<E2eeDevice> devicesOf(Test::TestSession &viewer, const QString &jid)
{
    return Test::result(viewer.e2ee.devices(jid));
}
} // namespace

class TestE2eeVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scanningTheirCodeVerifiesTheirKeys()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(Test::readyFor(alice, bob));
        // Both of Bob's devices (the same Hearth, both versions) known, with keys.
        QVERIFY(QTest::qWaitFor([&] {
            alice.e2ee.refreshDevices(bob.user.jid);
            const auto devices = devicesOf(alice, bob.user.jid);
            return devices.size() == 2 && std::all_of(devices.cbegin(), devices.cend(), [](const E2eeDevice &d) { return !d.keyId.isEmpty(); });
        }, 20000));
        for (const E2eeDevice &device : devicesOf(alice, bob.user.jid))
            QVERIFY(device.trust != E2eeDevice::Trust::Verified);

        ChatController chats(&alice.chat);
        EncryptionController encryption(&alice.e2ee, &chats);
        QSignalSpy verified(&encryption, &EncryptionController::verified);
        QSignalSpy failed(&encryption, &EncryptionController::failed);
        // As the camera dialog wires it: its frames to the scanner, what the
        // scanner reads to the page's verify.
        QVideoSink sink;
        QrScanner scanner;
        scanner.setVideoSink(&sink);
        connect(&scanner, &QrScanner::found, &encryption, &EncryptionController::verifyUri);

        // A poster's code first (a web address): said, nothing verified.
        sink.setVideoFrame(Test::nv12Frame(Test::deskView(u"https://example.org/menu"_s)));
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), u"This is not the link of someone's keys: it names no OMEMO key."_s);
        // A key link of a device nobody knows: said, nothing verified.
        scanner.setScanning(true);
        const QString stranger = u"xmpp:%1?message;omemo2-sid-42=%2"_s.arg(bob.user.jid, u"ab"_s.repeated(32));
        sink.setVideoFrame(Test::nv12Frame(Test::deskView(stranger)));
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(0).toString(), u"This code does not name a key of any device Hearth knows."_s);
        for (const E2eeDevice &device : devicesOf(alice, bob.user.jid))
            QVERIFY(device.trust != E2eeDevice::Trust::Verified);

        // Bob's own code, as his profile page draws it, held to the camera.
        const QString bobsLink = bob.e2ee.ownKeyUri();
        QVERIFY2(bobsLink.contains(u";omemo-sid-"_s), qPrintable(bobsLink));
        scanner.setScanning(true);
        sink.setVideoFrame(Test::nv12Frame(Test::deskView(bobsLink)));
        QTRY_COMPARE_WITH_TIMEOUT(verified.size(), 1, 10000);
        QCOMPARE(verified.at(0).at(0).toString(), bob.user.jid);
        QCOMPARE(failed.size(), 2);
        const auto devices = devicesOf(alice, bob.user.jid);
        QCOMPARE(devices.size(), 2);
        for (const E2eeDevice &device : devices)
            QVERIFY2(device.trust == E2eeDevice::Trust::Verified, qPrintable(device.fingerprint + (device.legacy ? u" (0.3)"_s : u" (2)"_s)));
    }
};

QTEST_MAIN(TestE2eeVerify)
#include "tst_e2ee_verify.moc"
