// Start-up: process start to the first frame of the main window on an
// existing profile (an account in the cache, no password: the window opens
// offline at once). Target < 300 ms. With a cached roster of 5,000
// contacts and the contacts view open: time to that view painted from the
// cache (target < 300 ms) and the process's RSS then (target < 120 MiB).
// With 100,000 cached posts: time to the feed painted with its first page
// (target < 500 ms).
#include "AccountStore.h"
#include "MemoryReport.h"
#include "BenchProfiles.h"
#include "BenchUtils.h"
#include "db/Database.h"


#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

using namespace Hearth;

namespace {
bool prepareProfile(const QString &dir, int contacts)
{
    Database db;
    auto opened = db.open(dir + QStringLiteral("/hearth.sqlite"));
    Bench::waitFor(opened);
    AccountStore store(&db);
    AccountRecord record;
    record.settings.jid = QStringLiteral("reader@example.org");
    auto saved = store.save(record);
    Bench::waitFor(saved);
    if (!opened.result().ok() || !saved.result().ok())
        return false;
    // Every contact with a cached avatar (the demo's twelve pictures).
    return Bench::addContacts(db, saved.result().value, dir, contacts, QStringLiteral("example.org"));
}

// Runs hearth n times (after one warm-up); returns false on failure.
bool measure(const QString &profile, const QStringList &extra, int n, QList<double> *wall, QList<double> *inProcess,
             QList<double> *rssMiB)
{
    auto env = QProcessEnvironment::systemEnvironment();
    if (rssMiB) // keep the window up long enough for the avatars to decode
        env.insert(QStringLiteral("HEARTH_REPORT_SETTLE_MS"), QStringLiteral("2500"));
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (int i = 0; i < n + 1; ++i) {
        QProcess hearth;
        hearth.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        hearth.start(QStringLiteral(HEARTH_BINARY), QStringList{QStringLiteral("--profile"), profile, QStringLiteral("--no-keychain"),
                                                                QStringLiteral("--report-first-frame")} + extra);
        double seen = -1;
        double reported = -1;
        qint64 rss = -1;
        while (hearth.waitForReadyRead(10000)) {
            const QByteArray line = hearth.readLine();
            if (line.startsWith("first-frame-ms ")) {
                seen = double(timer.nsecsElapsed()) / 1e6;
                reported = line.mid(15).trimmed().toDouble();
                if (rssMiB)
                    QThread::msleep(1500);
                rss = Bench::rssKiB(hearth.processId());
                if (rssMiB && i == n) // where it goes, once
                    std::printf("memory: the contacts view's breakdown (KiB RSS/PSS): %s\n",
                                qPrintable(MemoryReport::read(hearth.processId()).toLine()));
                break;
            }
        }
        hearth.waitForFinished(10000);
        if (seen < 0) {
            std::fprintf(stderr, "bench_startup: no first frame reported\n%s\n", hearth.readAllStandardError().constData());
            return false;
        }
        if (i == 0)
            continue; // the first run warms the disk cache
        wall->append(seen);
        inProcess->append(reported);
        if (rssMiB && rss > 0)
            rssMiB->append(double(rss) / 1024.0);
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int posts = Bench::size("HEARTH_BENCH_POSTS", 100000);
    Bench::announce("bench_startup", QStringLiteral("an empty profile, %1 cached posts, 5000 cached contacts").arg(posts));
    QTemporaryDir plain, large, feed;
    if (!prepareProfile(plain.path(), 0) || !prepareProfile(large.path(), 5000) || !(prepareProfile(feed.path(), 0) && Bench::fillFeed(feed.path(), posts))) {
        std::fprintf(stderr, "bench_startup: cannot prepare the profiles\n");
        return 1;
    }
    const int n = Bench::runs(15);
    QList<double> wall, inProcess;
    if (!measure(plain.path(), {}, n, &wall, &inProcess, nullptr))
        return 1;
    Bench::report("startup: process start to first frame", wall, 300);
    Bench::report("startup: main() to first frame (in-process)", inProcess, 300);

    QList<double> feedWall, feedInProcess;
    if (!measure(feed.path(), {QStringLiteral("--view"), QStringLiteral("feed")}, n, &feedWall, &feedInProcess, nullptr))
        return 1;
    Bench::report(qPrintable(QStringLiteral("startup: process start to the feed painted with its first page, %1 cached posts").arg(posts)),
                  feedWall, 500);

    QList<double> contactsWall, contactsInProcess, rss;
    if (!measure(large.path(), {QStringLiteral("--view"), QStringLiteral("contacts")}, n, &contactsWall, &contactsInProcess, &rss))
        return 1;
    Bench::report("startup: process start to contacts view painted, 5000 cached contacts", contactsWall, 300);
    std::printf("memory: RSS with 5000 contacts and their avatars cached, contacts view open: median %.1f MiB (max %.1f; target < 120 MiB)\n",
                Bench::percentile(rss, 0.5), Bench::percentile(rss, 1.0));
    Bench::row(QStringLiteral("memory: RSS with 5000 contacts and their avatars cached, contacts view open"),
               QStringLiteral("%1 MiB").arg(Bench::percentile(rss, 0.5), 0, 'f', 0), QStringLiteral("< 120 MiB"), Bench::percentile(rss, 0.5) < 120);
    return Bench::exitCode();
}
