// OMEMO with an implementation that is not Hearth's (issue 19): a peer on
// Debian's python-omemo and slixmpp (tests/interop/omemo_peer.py, its own
// XEP-0384 glue) and Hearth on one real Prosody. OMEMO 2 and OMEMO 0.3 (the
// oldmemo backend, as Conversations, Dino and Gajim speak it) both ways with
// the session started from either side; a 0.3 message is read by every
// device of the user, Hearth's and another client's.

#include "Account.h"
#include "chat/ChatService.h"
#include "e2ee/E2eeService.h"
#include "e2ee/LegacyOmemoManager.h"
#include "muc/RoomService.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    // Waits until more than `after` lines start with prefix.
    bool waitForMore(const QString &prefix, qsizetype after, int timeoutMs = 30000)
    {
        const bool seen = QTest::qWaitFor([&] { return countStarting(prefix) > after || m_process.state() == QProcess::NotRunning; }, timeoutMs)
            && countStarting(prefix) > after;
        if (!seen)
            qWarning().noquote() << "peer said:" << m_lines << "\nstderr:" << QString::fromUtf8(m_process.readAllStandardError());
        return seen;
    }
    [[nodiscard]] qsizetype countStarting(const QString &prefix) const
    {
        return std::count_if(m_lines.cbegin(), m_lines.cend(), [&](const QString &line) { return line.startsWith(prefix); });
    }
    [[nodiscard]] QString lineStarting(const QString &prefix) const
    {
        for (const QString &line : m_lines)
            if (line.startsWith(prefix))
                return line;
        return {};
    }
    void send(const QString &to, const QString &text) { m_process.write(u"send %1 %2\n"_s.arg(to, text).toUtf8()); }
    void join(const QString &room, const QString &nick) { m_process.write(u"join %1 %2\n"_s.arg(room, nick).toUtf8()); }
    void sendToGroup(const QString &room, const QStringList &members, const QString &text)
    {
        m_process.write(u"gsend %1 %2 %3\n"_s.arg(room, members.join(u','), text).toUtf8());
    }

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

    void omemo03WithThePeerStartingTheSession()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession hearth;
        QVERIFY(hearth.login(server, server.createUser(u"hearth"_s)));
        // Hearth's 0.3 device is in its published list before the peer looks.
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.isReady() && hearth.e2ee.legacy()->isListed(), 20000);
        const Test::TestUser peerUser = server.createUser(u"legacy"_s);
        PythonPeer peer(server, peerUser, u"0.3"_s);
        QVERIFY(peer.waitFor(u"ready "_s));

        peer.send(hearth.user.jid, u"Hello from oldmemo"_s);
        QVERIFY(peer.waitFor(u"sent "_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(hearth, peerUser.jid, u"Hello from oldmemo"_s).encryption,
                                  ChatMessage::Encryption::Omemo, 20000);
        // Read whole: the server's archive id too (deduplication needs it).
        QVERIFY(!messageWithBody(hearth, peerUser.jid, u"Hello from oldmemo"_s).stanzaId.isEmpty());

        // The contact speaks only 0.3: Hearth answers with 0.3, on that session.
        hearth.e2ee.refreshDevices(peerUser.jid);
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.isAvailable(peerUser.jid), 20000);
        QVERIFY(hearth.e2ee.usesLegacy(peerUser.jid));
        QVERIFY(hearth.e2ee.encrypts(peerUser.jid));
        const ChatMessage sent = result(hearth.chat.send(peerUser.jid, u"Hello back in 0.3"_s));
        QCOMPARE(sent.encryption, ChatMessage::Encryption::Omemo);
        QVERIFY(peer.waitFor(u"recv %1 Hello back in 0.3"_s.arg(hearth.user.jid)));
        QVERIFY(peer.lineStarting(u"undecryptable"_s).isEmpty());
        // Hearth lists the peer's 0.3 device, blindly trusted.
        auto listed = hearth.e2ee.devices(peerUser.jid);
        QVERIFY(Test::waitFor(listed));
        const QList<E2eeDevice> devices = listed.result();
        QCOMPARE(devices.size(), 1);
        QVERIFY(devices.constFirst().legacy);
        QCOMPARE(devices.constFirst().trust, E2eeDevice::Trust::Trusted);
    }

    void omemo03WithHearthStartingTheSession()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession hearth;
        QVERIFY(hearth.login(server, server.createUser(u"hearth"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.isReady() && hearth.e2ee.legacy()->isListed(), 20000);
        const Test::TestUser peerUser = server.createUser(u"legacy"_s);
        PythonPeer peer(server, peerUser, u"0.3"_s);
        QVERIFY(peer.waitFor(u"ready "_s));

        hearth.e2ee.refreshDevices(peerUser.jid);
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.usesLegacy(peerUser.jid), 20000);
        (void)result(hearth.chat.send(peerUser.jid, u"Hearth starts in 0.3"_s));
        QVERIFY(peer.waitFor(u"recv %1 Hearth starts in 0.3"_s.arg(hearth.user.jid)));
        peer.send(hearth.user.jid, u"oldmemo answers"_s);
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(hearth, peerUser.jid, u"oldmemo answers"_s).encryption,
                                  ChatMessage::Encryption::Omemo, 20000);
        (void)result(hearth.chat.send(peerUser.jid, u"Second in 0.3"_s));
        QVERIFY(peer.waitFor(u"recv %1 Second in 0.3"_s.arg(hearth.user.jid)));
        // Nothing readable went in the clear: Hearth's own copy says 0.3.
        QCOMPARE(messageWithBody(hearth, peerUser.jid, u"Second in 0.3"_s).encryption, ChatMessage::Encryption::Omemo);
    }

    void aLegacyMessageIsReadByEveryDeviceOfTheUser()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession hearth;
        const Test::TestUser hearthUser = server.createUser(u"hearth"_s);
        QVERIFY(hearth.login(server, hearthUser));
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.isReady() && hearth.e2ee.legacy()->isListed(), 20000);
        // The user also runs a client with OMEMO 0.3 (as Conversations or
        // Dino do today): a second device of the same account.
        PythonPeer otherClient(server, hearthUser, u"0.3"_s);
        QVERIFY(otherClient.waitFor(u"ready "_s));
        const Test::TestUser contact = server.createUser(u"legacy"_s);
        PythonPeer peer(server, contact, u"0.3"_s);
        QVERIFY(peer.waitFor(u"ready "_s));

        peer.send(hearthUser.jid, u"Legacy hello"_s);
        QVERIFY(peer.waitFor(u"sent "_s));
        // Both of the user's devices read it; Hearth never shows the fallback.
        QVERIFY(otherClient.waitFor(u"recv %1 Legacy hello"_s.arg(contact.jid)));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(hearth, contact.jid, u"Legacy hello"_s).encryption, ChatMessage::Encryption::Omemo, 20000);
        for (const ChatMessage &m : history(hearth, contact.jid))
            QVERIFY2(!m.body.contains(u"OMEMO"_s), qPrintable(m.body));

        // Hearth answers with 0.3 (the contact has no OMEMO 2 device).
        hearth.e2ee.refreshDevices(contact.jid);
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.usesLegacy(contact.jid), 20000);
        (void)result(hearth.chat.send(contact.jid, u"Seen on all my devices"_s));
        QVERIFY(peer.waitFor(u"recv %1 Seen on all my devices"_s.arg(hearthUser.jid)));
    }

    // This device lost its OMEMO 0.3 session with a contact's device (a
    // cache put back from an old copy): the first message from them it
    // cannot read for want of a session (here the archive's copy of one
    // read before) makes Hearth start a new session from their bundle and
    // tell their device with an empty key transport, so what they send
    // next is read. Without it they would write on, unread, for good.
    void aLegacySessionThisDeviceLostIsRepaired()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const Test::TestUser hearthUser = server.createUser(u"hearth"_s);
        auto hearth = std::make_unique<Test::TestSession>();
        QVERIFY(hearth->login(server, hearthUser));
        QTRY_VERIFY_WITH_TIMEOUT(hearth->e2ee.isReady() && hearth->e2ee.legacy()->isListed(), 20000);
        const Test::TestUser contact = server.createUser(u"legacy"_s);
        PythonPeer peer(server, contact, u"0.3"_s);
        QVERIFY(peer.waitFor(u"ready "_s));
        peer.send(hearthUser.jid, u"Before the loss"_s);
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(*hearth, contact.jid, u"Before the loss"_s).encryption, ChatMessage::Encryption::Omemo, 20000);
        // Hearth answers: the peer's session is confirmed, so what it sends
        // next is a plain ratchet message, not a key exchange.
        hearth->e2ee.refreshDevices(contact.jid);
        QTRY_VERIFY_WITH_TIMEOUT(hearth->e2ee.usesLegacy(contact.jid), 20000);
        (void)result(hearth->chat.send(contact.jid, u"Answer"_s));
        QVERIFY(peer.waitFor(u"recv %1 Answer"_s.arg(hearthUser.jid)));
        const qsizetype empties = peer.countStarting(u"empty %1"_s.arg(hearthUser.jid));

        // Hearth quits; its cache loses the session with the peer's device.
        const QString home = hearth->dir.path();
        hearth->dir.setAutoRemove(false);
        hearth.reset();
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"surgery"_s);
            db.setDatabaseName(QDir(home).filePath(u"hearth.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE omemo_legacy_device SET session = NULL WHERE jid = '%1'"_s.arg(contact.jid)));
            QCOMPARE(q.numRowsAffected(), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"surgery"_s);
        Test::TestSession back;
        back.home = home;
        QVERIFY(back.login(server, hearthUser));
        QVERIFY(peer.waitForMore(u"empty %1"_s.arg(hearthUser.jid), empties));

        peer.send(hearthUser.jid, u"After the repair"_s);
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(back, contact.jid, u"After the repair"_s).encryption, ChatMessage::Encryption::Omemo, 20000);
        QVERIFY2(peer.lineStarting(u"undecryptable"_s).isEmpty(), qPrintable(peer.lineStarting(u"undecryptable"_s)));
        // And the other way, on the new session.
        (void)result(back.chat.send(contact.jid, u"Back in step"_s));
        QVERIFY(peer.waitFor(u"recv %1 Back in step"_s.arg(hearthUser.jid)));
        // What was read before stays read (the archive's copy is the same message).
        QCOMPARE(messageWithBody(back, contact.jid, u"Before the loss"_s).encryption, ChatMessage::Encryption::Omemo);
        QDir(home).removeRecursively();
    }

    // A private group with the peer as its other member, in either OMEMO
    // version: Hearth encrypts for the peer's devices with the version they
    // speak and reads what the peer sends as the occupant's real person.
    void aPrivateGroupWithThePeer_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<int>("encryption");
        QTest::newRow("OMEMO 2") << u"2"_s << int(ChatMessage::Encryption::Omemo2);
        QTest::newRow("OMEMO 0.3") << u"0.3"_s << int(ChatMessage::Encryption::Omemo);
    }
    void aPrivateGroupWithThePeer()
    {
        QFETCH(QString, version);
        QFETCH(int, encryption);
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession hearth;
        QVERIFY(hearth.login(server, server.createUser(u"hearth"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.isReady() && hearth.e2ee.legacy()->isListed(), 20000);
        const Test::TestUser peerUser = server.createUser(u"python"_s);
        PythonPeer peer(server, peerUser, version);
        QVERIFY(peer.waitFor(u"ready "_s));

        const QString room = u"cellar@muc.%1"_s.arg(server.domain());
        QCOMPARE(result(hearth.rooms.create(room, u"Cellar"_s, RoomSettings::Kind::Group), 20000), QString());
        hearth.rooms.invite(room, peerUser.jid); // a member now
        QVERIFY(Test::roundTrip(hearth));
        peer.join(room, u"py"_s);
        QVERIFY(peer.waitFor(u"joined "_s));
        QTRY_VERIFY_WITH_TIMEOUT(hearth.e2ee.groupMembers(room) == QStringList{peerUser.jid} && hearth.e2ee.encrypts(room)
                                     && hearth.e2ee.usesLegacy(room) == (version == u"0.3"_s),
                                 20000);

        const ChatMessage sent = result(hearth.chat.send(room, u"Group hello from Hearth"_s));
        QCOMPARE(int(sent.encryption), encryption);
        QVERIFY(peer.waitFor(u"grecv %1 %2 Group hello from Hearth"_s.arg(room, hearth.user.jid)));

        peer.sendToGroup(room, {hearth.user.jid}, u"Group answer from the peer"_s);
        QTRY_COMPARE_WITH_TIMEOUT(int(messageWithBody(hearth, room, u"Group answer from the peer"_s).encryption), encryption, 20000);
        const ChatMessage got = messageWithBody(hearth, room, u"Group answer from the peer"_s);
        QCOMPARE(got.sender, u"py"_s);
        QCOMPARE(got.undecryptable, ChatMessage::Undecryptable::No);
        QVERIFY2(peer.lineStarting(u"undecryptable"_s).isEmpty(), qPrintable(peer.lineStarting(u"undecryptable"_s)));
        QVERIFY2(peer.lineStarting(u"error"_s).isEmpty(), qPrintable(peer.lineStarting(u"error"_s)));
    }
};

QTEST_GUILESS_MAIN(TestOmemoInterop)
#include "tst_omemo_interop.moc"
