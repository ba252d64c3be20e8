// The app's memory as a desktop user sees it: Hearth under Xvfb (an X
// server on this machine) with Mesa, as it chooses to draw there (the
// software renderer, as Mesa's OpenGL is llvmpipe) and forced through
// Mesa's OpenGL for comparison, logged in to a private Prosody on an account
// whose cache is warm (500 contacts with avatars, 2,000 posts with 4,000
// comments and 2,000 likes, 20,000 chat messages in 20 chats). RSS and PSS
// are read by the app (--bench-memory) 10 s after logging in on the feed
// (target <= 110 MiB), then on the chats view and after opening ten chats,
// and on the login page of an empty profile; each with a breakdown by kind
// of mapping (smaps) and the allocator's heap. Also process start to the
// first frame (target <= 180 ms) and to logged in.
#include "AccountStore.h"
#include "BenchProfiles.h"
#include "BenchUtils.h"
#include "XServer.h"
#include "db/Database.h"
#include "chat/MessageStore.h"
#include "muc/RoomStore.h"
#include "support/ProsodyServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <map>

using namespace Hearth;

namespace {
struct Sizes
{
    int contacts = 500;
    int posts = 2000;
    int chats = 20;
    int messagesPerChat = 1000;
    int roomMessages = 500;
    [[nodiscard]] QString describe() const
    {
        return QStringLiteral("%1 contacts, %2 posts, %3 messages, a room of %4").arg(contacts).arg(posts).arg(chats * messagesPerChat).arg(roomMessages);
    }
};
const QString kRoom = QStringLiteral("bench@muc.example.org");

// One stage's reading: "memory STAGE items N rss-kib R pss-kib P kind=r/p … malloc-…".
struct Reading
{
    double rssMiB = 0;
    double pssMiB = 0;
    int items = 0;
    QString line;
};

struct Run
{
    double windowMs = -1;   // process start to the first frame, as seen here
    double loggedInMs = -1; // process start to online
    std::map<QString, Reading> stages;
    QString stderrTail;
    QString stderrAll;
};

bool seedProfile(const QString &dir, const QString &jid, const QString &domain, const Sizes &sizes)
{
    Database db;
    const qint64 account = Bench::openWithAccount(db, dir + QStringLiteral("/hearth.sqlite"), jid);
    if (account == 0)
        return false;
    // The roster as the server has it (Bench::writeProsodyRoster), with avatars.
    if (!Bench::addContacts(db, account, dir, sizes.contacts, domain))
        return false;
    // Comments and likes on the newest posts (at most 5,000 threads).
    if (!Bench::fillFeed(dir, sizes.posts) || !Bench::addThreads(db, account, std::max(0, sizes.posts - 5000), sizes.posts))
        return false;
    if (!Bench::fillChats(dir, QList<int>(sizes.chats, sizes.messagesPerChat)))
        return false;
    // A bookmarked room (not joined at login) with its cached history.
    RoomStore rooms(&db);
    Bookmark bookmark;
    bookmark.jid = kRoom;
    bookmark.name = QStringLiteral("Benchmark room");
    bookmark.nick = QStringLiteral("reader");
    auto saved = rooms.saveBookmark(account, bookmark);
    auto row = rooms.saveRoom(account, {kRoom, bookmark.name, bookmark.nick, QStringLiteral("Talk"), Bookmark::Notify::Default});
    Bench::waitFor(saved);
    Bench::waitFor(row);
    if (!saved.result().ok() || !row.result().ok())
        return false;
    QList<ChatMessage> history;
    const QDateTime start(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    for (int n = 0; n < sizes.roomMessages; ++n) {
        ChatMessage m;
        m.chatJid = kRoom;
        m.sender = QStringLiteral("member%1").arg(n % 12);
        m.stamp = start.addSecs(n * 30);
        m.messageId = m.originId = QStringLiteral("r-%1").arg(n);
        m.stanzaId = QStringLiteral("ra-%1").arg(n);
        m.state = ChatMessage::State::Received;
        m.setBody(QStringLiteral("Room message %1 on the %2.").arg(n).arg(Bench::kWords.at(n % Bench::kWords.size())));
        history << m;
    }
    auto stored = MessageStore(&db).ingest(account, history);
    Bench::waitFor(stored);
    return stored.result().ok();
}

bool parseReading(const QByteArray &line, QString *stage, Reading *reading)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() < 8 || parts.at(0) != "memory" || parts.at(2) != "items" || parts.at(4) != "rss-kib" || parts.at(6) != "pss-kib")
        return false;
    *stage = QString::fromLatin1(parts.at(1));
    reading->items = parts.at(3).toInt();
    reading->rssMiB = parts.at(5).toDouble() / 1024.0;
    reading->pssMiB = parts.at(7).toDouble() / 1024.0;
    reading->line = QString::fromLatin1(line.mid(line.indexOf("rss-kib")));
    return reading->rssMiB > 0 && reading->pssMiB > 0;
}

// One run of the app; the stages it printed (empty on failure).
Run runHearth(const QProcessEnvironment &env, const QStringList &arguments)
{
    Run run;
    QProcess hearth;
    hearth.setProcessEnvironment(env);
    QElapsedTimer clock;
    QByteArray pending;
    bool done = false;
    QObject::connect(&hearth, &QProcess::readyReadStandardOutput, &hearth, [&] {
        pending += hearth.readAllStandardOutput();
        for (int end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
            const QByteArray line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            QString stage;
            Reading reading;
            if (line.startsWith("window "))
                run.windowMs = double(clock.nsecsElapsed()) / 1e6;
            else if (line.startsWith("logged-in "))
                run.loggedInMs = double(clock.nsecsElapsed()) / 1e6;
            else if (parseReading(line, &stage, &reading))
                run.stages[stage] = reading;
            else if (line == "done")
                done = true;
            else if (line.startsWith("failed"))
                run.stderrTail = QString::fromUtf8(line);
        }
    });
    clock.start();
    hearth.start(QStringLiteral(HEARTH_BINARY), arguments);
    while (hearth.state() != QProcess::NotRunning && clock.elapsed() < 180000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (hearth.state() != QProcess::NotRunning) {
        hearth.kill();
        hearth.waitForFinished(5000);
    }
    run.stderrAll = QString::fromUtf8(hearth.readAllStandardError());
    run.stderrTail += run.stderrAll.right(3000);
    if (!done)
        run.stages.clear();
    return run;
}

double median(QList<double> values)
{
    return Bench::percentile(std::move(values), 0.5);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The account of the table, and a large one (the newest 5,000
    // posts with threads).
    Sizes sizes;
    Sizes large{500, 100000, 20, 10000, 500};
    if (Bench::smoke()) {
        sizes = Sizes{20, 50, 10, 20, 30};
        large = Sizes{20, 400, 10, 100, 30};
    }
    Bench::announce("bench_memory", QStringLiteral("%1 (the posts with %2 comments and %3 likes); then %4").arg(sizes.describe()).arg(2 * sizes.posts)
                                        .arg(sizes.posts).arg(large.describe()));
    Bench::XServer display;
    QString error;
    if (!display.start(&error))
        return Bench::checkFailed("bench_memory", error);
    Test::ProsodyServer server;
    if (!server.start())
        return Bench::checkFailed("bench_memory", server.error());
    const auto user = server.createUser(QStringLiteral("reader"));
    if (!Bench::writeProsodyRoster(server.server().directory() + QStringLiteral("/data"), server.domain(), user.user, sizes.contacts))
        return Bench::checkFailed("bench_memory", QStringLiteral("cannot write the server's roster"));
    QTemporaryDir profile, largeProfile, empty;
    QElapsedTimer seeding;
    seeding.start();
    if (!seedProfile(profile.path(), user.jid, server.domain(), sizes))
        return Bench::checkFailed("bench_memory", QStringLiteral("cannot seed the profile"));
    std::printf("bench_memory: profile seeded in %.1f s\n", double(seeding.elapsed()) / 1000.0);
    std::fflush(stdout);

    const QString settle = Bench::smoke() ? QStringLiteral("2500") : QStringLiteral("10000");
    // One configuration: n runs after a warm-up; 0 when measured, else the
    // exit code of a failed check.
    auto measure = [&](const QString &profileDir, const Sizes &sz, bool forcedGl, int n, bool isLarge) -> int {
        QStringList chats;
        for (int i = 0; i < std::min(9, sz.chats); ++i)
            chats << Bench::chatJid(i);
        chats << kRoom; // the tenth: the room
        const QString renderer = forcedGl ? QStringLiteral("Xvfb + Mesa, OpenGL forced (HEARTH_GRAPHICS=gpu)")
                                          : QStringLiteral("Xvfb + Mesa, automatic");
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), display.display());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("HEARTH_BENCH_SETTLE_MS"), settle);
        env.insert(QStringLiteral("HEARTH_PASSWORD"), user.password);
        env.insert(QStringLiteral("QSG_INFO"), QStringLiteral("1"));
        env.remove(QStringLiteral("QT_QUICK_BACKEND"));
        env.remove(QStringLiteral("QSG_RHI_BACKEND"));
        if (forcedGl)
            env.insert(QStringLiteral("HEARTH_GRAPHICS"), QStringLiteral("gpu"));
        else
            env.remove(QStringLiteral("HEARTH_GRAPHICS"));

        QList<Run> runs, loginRuns;
        // The first run warms the disk cache and lets the app ask what
        // OpenGL is here (for its next start); it is not counted.
        for (int i = 0; i <= n; ++i) {
            Run loginPage = runHearth(env, {QStringLiteral("--profile"), empty.path(), QStringLiteral("--no-keychain"), QStringLiteral("--bench-memory"),
                                            QStringLiteral("-")});
            if (!loginPage.stages.count(QStringLiteral("login")))
                return Bench::checkFailed("bench_memory", QStringLiteral("%1: no reading on the login page\n%2").arg(renderer, loginPage.stderrTail));
            Run account = runHearth(env, {QStringLiteral("--profile"), profileDir, QStringLiteral("--no-keychain"), QStringLiteral("--jid"), user.jid,
                                          QStringLiteral("--password-env"), QStringLiteral("HEARTH_PASSWORD"), QStringLiteral("--host"),
                                          server.host(), QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--bench-memory"),
                                          chats.join(u',')});
            for (const char *stage : {"feed", "chats", "ten-chats"}) {
                if (!account.stages.count(QString::fromLatin1(stage)))
                    return Bench::checkFailed("bench_memory", QStringLiteral("%1: no reading at %2\n%3").arg(renderer, QLatin1String(stage), account.stderrTail));
            }
            if (i == 0)
                continue;
            // Each run drew as it should: through Mesa's llvmpipe when
            // forced, else with the software renderer, chosen because the
            // app found llvmpipe (not because nothing else was there).
            for (const Run *run : {&loginPage, &account}) {
                // (An OpenGL context made for the window: the RHI's log of it.)
                const bool drewWithGl = run->stderrAll.contains(QLatin1String("Created OpenGL context"));
                const bool ok = forcedGl ? drewWithGl && run->stderrAll.contains(QLatin1String("llvmpipe"))
                                         : !drewWithGl && run->stderrAll.contains(QLatin1String("Loading backend software"))
                                               && run->stderrAll.contains(QLatin1String("software renderer; OpenGL here: llvmpipe"));
                if (!ok)
                    return Bench::checkFailed("bench_memory", QStringLiteral("%1: run %2 did not draw as expected\n%3").arg(renderer).arg(i).arg(run->stderrAll.right(3000)));
            }
            loginRuns << loginPage;
            runs << account;
            std::printf("  %s run %d: window %.0f ms, logged in %.0f ms; RSS login page %.0f, feed %.0f, chats %.0f, ten chats %.0f MiB\n",
                        qPrintable(renderer), i, account.windowMs, account.loggedInMs, loginPage.stages[QStringLiteral("login")].rssMiB,
                        account.stages[QStringLiteral("feed")].rssMiB, account.stages[QStringLiteral("chats")].rssMiB,
                        account.stages[QStringLiteral("ten-chats")].rssMiB);
            std::fflush(stdout);
        }
        auto stageMedian = [](const QList<Run> &from, const QString &stage, bool pss) {
            QList<double> values;
            for (const Run &run : from)
                values << (pss ? run.stages.at(stage).pssMiB : run.stages.at(stage).rssMiB);
            return median(values);
        };
        QList<double> windows, logins;
        for (const Run &run : std::as_const(runs)) {
            windows << run.windowMs;
            logins << run.loggedInMs;
        }
        std::printf("memory (%s), median of %d: start → window %.0f ms, start → logged in %.0f ms\n", qPrintable(renderer), n, median(windows),
                    median(logins));
        // The breakdown of the last run's stages (RSS/PSS KiB by kind of mapping).
        for (const auto &[stage, reading] : std::as_const(runs.constLast().stages))
            std::printf("  %s, %s (%d items): %s\n", qPrintable(renderer), qPrintable(stage), reading.items, qPrintable(reading.line));
        std::printf("  %s, login (%d items): %s\n", qPrintable(renderer), loginRuns.constLast().stages.at(QStringLiteral("login")).items,
                    qPrintable(loginRuns.constLast().stages.at(QStringLiteral("login")).line));
        const double feedRss = stageMedian(runs, QStringLiteral("feed"), false);
        const QString account = sz.describe();
        const QString measured = QStringLiteral("%1 MiB (PSS %2; login page %3, chats view %4, ten chats opened %5; median of %6)")
                                     .arg(feedRss, 0, 'f', 0)
                                     .arg(stageMedian(runs, QStringLiteral("feed"), true), 0, 'f', 0)
                                     .arg(stageMedian(loginRuns, QStringLiteral("login"), false), 0, 'f', 0)
                                     .arg(stageMedian(runs, QStringLiteral("chats"), false), 0, 'f', 0)
                                     .arg(stageMedian(runs, QStringLiteral("ten-chats"), false), 0, 'f', 0)
                                     .arg(n);
        const QString what = QStringLiteral("memory (%1): RSS 10 s after login on the feed, %2").arg(renderer, account);
        const QString startup = QStringLiteral("median %1 ms (logged in %2 ms; %3 runs)").arg(median(windows), 0, 'f', 0).arg(median(logins), 0, 'f', 0).arg(n);
        if (isLarge) {
            Bench::row(what, measured, QStringLiteral("≤ 250 MiB"), feedRss <= 250);
        } else if (forcedGl) {
            Bench::infoRow(what, measured, QStringLiteral("for comparison"));
            Bench::infoRow(QStringLiteral("startup (%1): process start to first frame, %2").arg(renderer, account), startup, QStringLiteral("for comparison"));
        } else {
            Bench::row(what, measured, QStringLiteral("≤ 110 MiB"), feedRss <= 110);
            Bench::row(QStringLiteral("startup (%1): process start to first frame, %2").arg(renderer, account), startup, QStringLiteral("≤ 180 ms"),
                       median(windows) <= 180);
        }
        std::fflush(stdout);
        return 0;
    };
    const int n = Bench::runs(3);
    // As the app chooses (automatic: here OpenGL is Mesa's llvmpipe, so Qt
    // Quick's software renderer), then forced through that OpenGL.
    for (const bool forcedGl : {false, true}) {
        if (const int failed = measure(profile.path(), sizes, forcedGl, n, false))
            return failed;
    }
    seeding.restart();
    if (!seedProfile(largeProfile.path(), user.jid, server.domain(), large))
        return Bench::checkFailed("bench_memory", QStringLiteral("cannot seed the large profile"));
    std::printf("bench_memory: large profile seeded in %.1f s\n", double(seeding.elapsed()) / 1000.0);
    if (const int failed = measure(largeProfile.path(), large, false, 1, true))
        return failed;
    return Bench::exitCode();
}
