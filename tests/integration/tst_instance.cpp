// One Hearth per profile (issue 18): a later start on the profile hands its
// xmpp: link to the running window and quits; another profile runs beside
// it; a socket left by a crashed run is taken over. Real processes of the
// real binary, logged in to a private Prosody.
#include "support/ProsodyServer.h"
#include "SingleInstance.h"
#include "support/TestUtils.h"

#include <QLocalSocket>
#include <QProcess>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
// A running window of hearth, its standard output collected as it comes.
struct Window
{
    QProcess process;
    QString out;

    void start(const QStringList &arguments, const QProcessEnvironment &env)
    {
        process.setProcessEnvironment(env);
        // Its log goes to the test's: an unread pipe would fill and stall it.
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                         [this] { out += QString::fromUtf8(process.readAllStandardOutput()); });
        process.start(QStringLiteral(HEARTH_BINARY), arguments);
    }
    ~Window()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(10000))
                process.kill();
        }
    }
};

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run runOnce(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HEARTH_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        run.code = -2;
    } else {
        run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    }
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

bool canConnect(const QString &name)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    return socket.waitForConnected(1000);
}
} // namespace

class TestInstance : public QObject
{
    Q_OBJECT

    QTemporaryDir m_runtime;
    QProcessEnvironment m_env;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_runtime.isValid());
        // The sockets go to a runtime folder of the test's own (as the
        // desktop's XDG_RUNTIME_DIR); this process names them the same way.
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        m_env.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
        m_env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
    }

    void laterStartHandsItsLinkToTheRunningWindow()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const auto alice = server.createUser(u"alice"_s);
        QTemporaryDir profile, otherProfile;
        QProcessEnvironment env = m_env;
        env.insert(u"HEARTH_TEST_PASSWORD"_s, alice.password);

        Window first;
        first.start({u"--profile"_s, profile.path(), u"--jid"_s, alice.jid, u"--password-env"_s, u"HEARTH_TEST_PASSWORD"_s,
                     u"--host"_s, server.host(), u"--port"_s, QString::number(server.port()), u"--no-keychain"_s,
                     u"--report-links"_s},
                    env);
        QTRY_VERIFY_WITH_TIMEOUT(first.out.contains(u"views-ready"_s), 60000);

        // A chat link: the second start quits at once, the window opens the chat.
        const QString bob = u"bob@"_s + server.domain();
        const Run chat = runOnce({u"--profile"_s, profile.path(), u"xmpp:"_s + bob + u"?message;body=Hello%20there"_s}, m_env);
        QCOMPARE(chat.code, 0);
        QVERIFY2(chat.out.contains(u"already running"_s), qPrintable(chat.out + chat.err));
        QTRY_VERIFY_WITH_TIMEOUT(first.out.contains(u"link-shown chat "_s + bob), 10000);

        // A community link and a room link, each where it belongs.
        const QString communityLink = u"xmpp:pubsub."_s + server.domain() + u"?;node=cats"_s;
        QCOMPARE(runOnce({u"--profile"_s, profile.path(), communityLink}, m_env).code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(first.out.contains(u"link-shown community "_s + communityLink), 10000);
        const QString room = u"climbing@muc."_s + server.domain();
        QCOMPARE(runOnce({u"--profile"_s, profile.path(), u"xmpp:"_s + room + u"?join"_s}, m_env).code, 0);
        QTRY_VERIFY_WITH_TIMEOUT(first.out.contains(u"link-shown join "_s + room), 10000);

        // A bad link: said by the second start, and shown as refused by the window.
        const Run bad = runOnce({u"--profile"_s, profile.path(), u"xmpp:"_s + server.domain() + u"?join"_s}, m_env);
        QCOMPARE(bad.code, 0);
        QVERIFY2(bad.err.contains(u"server's address"_s), qPrintable(bad.err));
        QTRY_VERIFY_WITH_TIMEOUT(first.out.contains(u"link-shown failed"_s), 10000);
        // Not a link at all: refused before anything is handed over.
        const Run notLink = runOnce({u"--profile"_s, profile.path(), u"mailto:bob@example.org"_s}, m_env);
        QCOMPARE(notLink.code, 2);
        QVERIFY(notLink.err.contains(u"unknown command"_s));

        // Another profile is another window, beside the first.
        Window second;
        second.start({u"--profile"_s, otherProfile.path()}, m_env);
        QTRY_VERIFY_WITH_TIMEOUT(canConnect(SingleInstance::socketName(otherProfile.path())), 30000);
        QCOMPARE(second.process.state(), QProcess::Running);
        QCOMPARE(first.process.state(), QProcess::Running);
    }

    void staleSocketIsTakenOver()
    {
        QTemporaryDir profile;
        const QString name = SingleInstance::socketName(profile.path());
        QVERIFY(name.startsWith(m_runtime.path()));
        // What a crashed run leaves: the socket file, no one listening.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = name.toLocal8Bit();
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(name));
        QVERIFY(!canConnect(name));

        Window window;
        window.start({u"--profile"_s, profile.path()}, m_env);
        QTRY_VERIFY_WITH_TIMEOUT(canConnect(name), 30000);
        // And it answers: a later start hands over to it.
        const Run later = runOnce({u"--profile"_s, profile.path()}, m_env);
        QCOMPARE(later.code, 0);
        QVERIFY2(later.out.contains(u"already running"_s), qPrintable(later.out + later.err));
        QCOMPARE(window.process.state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TestInstance)
#include "tst_instance.moc"
