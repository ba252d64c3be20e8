// OMEMO with an implementation that is not Hearth's (issue 19): a peer on
// Debian's python-omemo and slixmpp (tests/interop/omemo_peer.py, its own
// XEP-0384 glue) and Hearth on one real Prosody. OMEMO 2 both ways with the
// session started from either side; an OMEMO 0.3 message arriving is marked
// as such, never shown as its fallback text.

#include "Account.h"
#include "chat/ChatService.h"
#include "e2ee/E2eeService.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QProcess>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::history;
using Test::messageWithBody;
using Test::result;

namespace {
// The Python peer as a child process, driven by its line protocol.
class PythonPeer
{
public:
    PythonPeer(Test::ProsodyServer &server, const Test::TestUser &user, const QString &version)
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        // Debian's interpreter: the packages are in its dist-packages.
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        {QStringLiteral(HEARTH_OMEMO_PEER), u"--jid"_s, user.jid, u"--password"_s, user.password, u"--host"_s, server.host(),
                         u"--port"_s, QString::number(server.port()), u"--version"_s, version});
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process, [this] {
            while (m_process.canReadLine())
                m_lines << QString::fromUtf8(m_process.readLine()).trimmed();
        });
    }
    ~PythonPeer()
    {
        m_process.write("quit\n");
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }
    // Waits for a line starting with prefix; true when it came.
    bool waitFor(const QString &prefix, int timeoutMs = 30000)
    {
        const bool seen = QTest::qWaitFor([&] { return !lineStarting(prefix).isEmpty() || m_process.state() == QProcess::NotRunning; }, timeoutMs);
        if (!seen || lineStarting(prefix).isEmpty())
            qWarning().noquote() << "peer said:" << m_lines << "\nstderr:" << QString::fromUtf8(m_process.readAllStandardError());
        return !lineStarting(prefix).isEmpty();
    }
    [[nodiscard]] QString lineStarting(const QString &prefix) const
    {
        for (const QString &line : m_lines)
            if (line.startsWith(prefix))
                return line;
        return {};
    }
    void send(const QString &to, const QString &text) { m_process.write(u"send %1 %2\n"_s.arg(to, text).toUtf8()); }

private:
    QProcess m_process;
    QStringList m_lines;
};
} // namespace

class TestOmemoInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void omemo2WithThePeerStartingTheSession()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession hearth;
        QVERIFY(hearth.login(server, server.createUser(u"hearth"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.isReady(), 20000);
        const Test::TestUser peerUser = server.createUser(u"python"_s);
        PythonPeer peer(server, peerUser, u"2"_s);
        QVERIFY(peer.waitFor(u"ready "_s));

        // The peer fetches Hearth's device list and bundle, builds the session.
        peer.send(hearth.user.jid, u"Hello from python-omemo"_s);
        QVERIFY(peer.waitFor(u"sent "_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(hearth, peerUser.jid, u"Hello from python-omemo"_s).encryption,
                                  ChatMessage::Encryption::Omemo2, 20000);

        // And back, on that session.
        hearth.e2ee.refreshDevices(peerUser.jid);
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.isAvailable(peerUser.jid), 20000);
        QVERIFY(hearth.e2ee.encrypts(peerUser.jid));
        (void)result(hearth.chat.send(peerUser.jid, u"Hello from Hearth"_s));
        QVERIFY(peer.waitFor(u"recv %1 Hello from Hearth"_s.arg(hearth.user.jid)));
        QVERIFY(peer.lineStarting(u"undecryptable"_s).isEmpty());
    }

    void omemo2WithHearthStartingTheSession()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession hearth;
        QVERIFY(hearth.login(server, server.createUser(u"hearth"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.isReady(), 20000);
        const Test::TestUser peerUser = server.createUser(u"python"_s);
        PythonPeer peer(server, peerUser, u"2"_s);
        QVERIFY(peer.waitFor(u"ready "_s));

        hearth.e2ee.refreshDevices(peerUser.jid);
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.isAvailable(peerUser.jid), 20000);
        (void)result(hearth.chat.send(peerUser.jid, u"Hearth starts this one"_s));
        QVERIFY(peer.waitFor(u"recv %1 Hearth starts this one"_s.arg(hearth.user.jid)));
        peer.send(hearth.user.jid, u"And python answers"_s);
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(hearth, peerUser.jid, u"And python answers"_s).encryption,
                                  ChatMessage::Encryption::Omemo2, 20000);
        (void)result(hearth.chat.send(peerUser.jid, u"Second from Hearth"_s));
        QVERIFY(peer.waitFor(u"recv %1 Second from Hearth"_s.arg(hearth.user.jid)));
    }

    void anOmemo03MessageIsMarkedNotShownAsItsFallback()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession hearth;
        const Test::TestUser hearthUser = server.createUser(u"hearth"_s);
        QVERIFY(hearth.login(server, hearthUser));
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.isReady(), 20000);
        // The user also runs a client with OMEMO 0.3 (as Conversations or
        // Dino do today): a second device of the same account.
        PythonPeer otherClient(server, hearthUser, u"0.3"_s);
        QVERIFY(otherClient.waitFor(u"ready "_s));
        const Test::TestUser contact = server.createUser(u"legacy"_s);
        PythonPeer peer(server, contact, u"0.3"_s);
        QVERIFY(peer.waitFor(u"ready "_s));

        peer.send(hearthUser.jid, u"Legacy hello"_s);
        QVERIFY(peer.waitFor(u"sent "_s));
        // A real OMEMO 0.3 message: the other client reads it...
        QVERIFY(otherClient.waitFor(u"recv %1 Legacy hello"_s.arg(contact.jid)));
        // ... and Hearth says what it is instead of its fallback text.
        QTRY_VERIFY_WITH_TIMEOUT(!history(hearth, contact.jid).isEmpty(), 20000);
        const ChatMessage got = history(hearth, contact.jid).constFirst();
        QCOMPARE(got.undecryptable, ChatMessage::Undecryptable::OtherVersion);
        QCOMPARE(got.encryption, ChatMessage::Encryption::Omemo);
        QVERIFY2(got.body.isEmpty(), qPrintable(got.body));
    }
};

QTEST_GUILESS_MAIN(TestOmemoInterop)
#include "tst_omemo_interop.moc"
