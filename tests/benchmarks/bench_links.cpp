// An xmpp: link handed to the running Hearth, to the view shown (issue 18,
// target < 200 ms): Hearth runs under Xvfb, logged in to a private Prosody
// with a warm cache (20 chats of 1,000 messages, 2,000 posts); each run
// starts `hearth --profile P xmpp:…` as the desktop would, which hands the
// link over the profile's local socket and quits; the running window
// prints when the frame showing the chat (or the post) is on screen
// (--report-links). Timed: from starting the second process to that frame.
#include "BenchProfiles.h"
#include "BenchUtils.h"
#include "XServer.h"
#include "db/Database.h"
#include "support/ProsodyServer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Hearth;

namespace {
// The running window; its standard output is read as it comes.
class RunningHearth
{
public:
    explicit RunningHearth(const QProcessEnvironment &env) { m_process.setProcessEnvironment(env); }
    ~RunningHearth()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }
    void start(const QStringList &arguments)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(HEARTH_BINARY), arguments);
        m_process.waitForStarted();
    }
    // Waits for a line starting with prefix; its last field (ms since the
    // epoch), or -1 when the window quit or timeoutMs passed.
    qint64 waitFor(const QString &prefix, int timeoutMs)
    {
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (line.startsWith(prefix + u' '))
                    return line.section(u' ', -1).toLongLong();
            }
            m_process.waitForReadyRead(int(std::max<qint64>(1, timeoutMs - waited.elapsed())));
        }
        return -1;
    }

private:
    QProcess m_process;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int chats = Bench::smoke() ? 10 : 20;
    const int messages = Bench::smoke() ? 100 : 1000;
    const int posts = Bench::smoke() ? 200 : 2000;
    const int n = Bench::runs(Bench::smoke() ? 3 : 15);
    Bench::announce("bench_links", QStringLiteral("%1 chats of %2 messages, %3 posts; %4 links of each kind").arg(chats).arg(messages).arg(posts).arg(n));

    Bench::XServer display;
    QString error;
    if (!display.start(&error))
        return Bench::checkFailed("bench_links", error);
    Test::ProsodyServer server;
    if (!server.start())
        return Bench::checkFailed("bench_links", server.error());
    const auto user = server.createUser(QStringLiteral("reader"));
    QTemporaryDir profile;
    {
        Database db;
        if (Bench::openWithAccount(db, profile.filePath(QStringLiteral("hearth.sqlite")), user.jid) == 0)
            return Bench::checkFailed("bench_links", QStringLiteral("cannot make the profile"));
    }
    if (!Bench::fillChats(profile.path(), QList<int>(chats, messages)) || !Bench::fillFeed(profile.path(), posts))
        return Bench::checkFailed("bench_links", QStringLiteral("cannot seed the profile"));

    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display.display());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.remove(QStringLiteral("QT_QUICK_BACKEND"));
    env.insert(QStringLiteral("HEARTH_PASSWORD"), user.password);
    QTemporaryDir runtime; // the sockets' folder, as the desktop's XDG_RUNTIME_DIR
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());

    RunningHearth window(env);
    window.start({QStringLiteral("--profile"), profile.path(), QStringLiteral("--no-keychain"), QStringLiteral("--jid"), user.jid,
                  QStringLiteral("--password-env"), QStringLiteral("HEARTH_PASSWORD"), QStringLiteral("--host"), server.host(),
                  QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--report-links")});
    if (window.waitFor(QStringLiteral("views-ready"), 60000) < 0)
        return Bench::checkFailed("bench_links", QStringLiteral("the window did not come up"));

    // One link: the second start's own time (to its exit), and start to shown.
    auto handOver = [&](const QString &link, const QString &expected, double *shownMs, double *exitMs) -> QString {
        QProcess later;
        later.setProcessEnvironment(env);
        const qint64 started = QDateTime::currentMSecsSinceEpoch();
        QElapsedTimer own;
        own.start();
        later.start(QStringLiteral(HEARTH_BINARY), {QStringLiteral("--profile"), profile.path(), link});
        if (!later.waitForFinished(30000) || later.exitCode() != 0)
            return QStringLiteral("the second start did not hand over: %1").arg(QString::fromUtf8(later.readAllStandardError()));
        *exitMs = double(own.nsecsElapsed()) / 1e6;
        if (!QString::fromUtf8(later.readAllStandardOutput()).contains(QLatin1String("already running")))
            return QStringLiteral("the second start did not say it handed over");
        const qint64 shown = window.waitFor(QStringLiteral("link-shown ") + expected, 10000);
        if (shown < 0)
            return QStringLiteral("the window never showed %1").arg(expected);
        *shownMs = double(shown - started);
        return {};
    };

    QList<double> chatMs, postMs, exitMs;
    // The first of each kind warms the views (made on first show); not counted.
    for (int i = 0; i <= n; ++i) {
        const QString jid = Bench::chatJid(i % chats);
        double shown = 0, exited = 0;
        QString failure = handOver(QStringLiteral("xmpp:%1?message").arg(jid), QStringLiteral("chat ") + jid, &shown, &exited);
        if (!failure.isEmpty())
            return Bench::checkFailed("bench_links", failure);
        if (i > 0)
            chatMs << shown, exitMs << exited;
        // A post of the feed (Movim's link form), opened on its page.
        const int post = posts - 1 - i;
        const QString postLink = QStringLiteral("xmpp:user%1@example.org?;node=urn:xmpp:microblog:0;item=post-%2").arg(post % Bench::kAuthors).arg(post);
        failure = handOver(postLink, QStringLiteral("post ") + postLink, &shown, &exited);
        if (!failure.isEmpty())
            return Bench::checkFailed("bench_links", failure);
        if (i > 0)
            postMs << shown, exitMs << exited;
    }
    Bench::report("xmpp: link handed to the running window → chat shown", chatMs, 200);
    Bench::report("xmpp: link handed to the running window → post shown", postMs, 200);
    Bench::infoRow(QStringLiteral("the second start, to its exit (hand-over)"),
                   QStringLiteral("median %1 ms").arg(Bench::percentile(exitMs, 0.5), 0, 'f', 1), QStringLiteral("no window, no display"));
    return Bench::exitCode();
}
