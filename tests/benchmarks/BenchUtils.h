#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>
#include <algorithm>
#include <cstdio>

// Small helpers for the timed benchmark programs: runs, percentiles, and
// one line per figure ("name: median X ms (min, p90, max; N runs)").
namespace Hearth::Bench {

// The feed benchmarks' posts: Movim-shaped entries from 300 authors, 97 s
// apart, each with a picture, two tags and a comments node.
inline const QStringList kWords = {QStringLiteral("climbing"), QStringLiteral("bread"), QStringLiteral("xmpp"),
                                   QStringLiteral("river"), QStringLiteral("garden"), QStringLiteral("music"),
                                   QStringLiteral("mountain"), QStringLiteral("coffee"), QStringLiteral("bicycle"),
                                   QStringLiteral("library"), QStringLiteral("harbour"), QStringLiteral("winter")};
constexpr int kAuthors = 300;

inline QString atomEntry(int n, const QString &pictureBase = QStringLiteral("https://upload.example.org"))
{
    const QString a = kWords.at(n % kWords.size());
    const QString b = kWords.at((n / 7) % kWords.size());
    const QString time = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 97).toString(Qt::ISODate);
    return QStringLiteral(
               "<entry xmlns='http://www.w3.org/2005/Atom'><id>post-%1</id><title>Post %1 about %2 and %3</title>"
               "<author><name>user%4</name><uri>xmpp:user%4@example.org</uri></author>"
               "<link rel='alternate' href='xmpp:user%4@example.org?;node=urn:xmpp:microblog:0;item=post-%1'/>"
               "<link rel='replies' title='comments' href='xmpp:comments.example.org?;node=urn:xmpp:microblog:0:comments/post-%1'/>"
               "<link rel='enclosure' href='%6/%1.jpg' type='image/jpeg'/>"
               "<content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>Some words on <strong>%2</strong> and %3.</p></div></content>"
               "<content type='text'>Some words on **%2** and %3. #%2</content>"
               "<published>%5</published><category term='%2'/><updated>%5</updated></entry>")
        .arg(n)
        .arg(a, b)
        .arg(n % kAuthors)
        .arg(time, pictureBase);
}

// A comment (or, with like, a ♥) on post n, as Movim publishes them in the
// post's comments node on comments.example.org.
inline QString commentEntry(int n, int k, bool like)
{
    const QString time = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 97 + 10 + k).toString(Qt::ISODate);
    return QStringLiteral("<entry xmlns='http://www.w3.org/2005/Atom'><id>c-%1-%2</id><title>%3</title>"
                          "<author><name>user%4</name><uri>xmpp:user%4@example.org</uri></author>"
                          "<published>%5</published><updated>%5</updated></entry>")
        .arg(n)
        .arg(k)
        .arg(like ? QStringLiteral("♥") : QStringLiteral("Nice one, %1").arg(k))
        .arg((n + k + 1) % kAuthors)
        .arg(time);
}

// Prosody's own storage file for a user's roster of n contacts, written
// while the user is offline (much faster than n roster pushes): the data
// directory, the host's domain and the user's local part.
inline bool writeProsodyRoster(const QString &dataDir, const QString &domain, const QString &user, int n)
{
    QString lua = QStringLiteral("return {\n\t[false] = { [\"version\"] = 1; };\n");
    for (int i = 0; i < n; ++i)
        lua += QStringLiteral("\t[\"contact%1@%3\"] = { [\"subscription\"] = \"both\"; [\"name\"] = \"Contact Number %1\";"
                              " [\"groups\"] = { [\"Group %2\"] = true; }; };\n")
                   .arg(i)
                   .arg(i % 20)
                   .arg(domain);
    lua += QStringLiteral("};\n");
    const QString dir = dataDir + QStringLiteral("/") + domain + QStringLiteral("/roster");
    QDir().mkpath(dir);
    QFile file(dir + u'/' + user + QStringLiteral(".dat"));
    return file.open(QIODevice::WriteOnly) && file.write(lua.toUtf8()) > 0;
}

// A process's resident memory (Linux), -1 when unknown.
inline qint64 rssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CTest runs every benchmark once at small sizes (HEARTH_BENCH_SMOKE=1) to
// show it still works and checks its own results; scripts/bench.sh runs
// them at the README's sizes, and only those figures go in its table.
inline bool smoke()
{
    return qEnvironmentVariableIntValue("HEARTH_BENCH_SMOKE") > 0;
}

// A size: the environment's (CTest's smoke size, or a chosen one), else the
// README's.
inline int size(const char *variable, int readme)
{
    const int n = qEnvironmentVariableIntValue(variable);
    return n > 0 ? n : readme;
}

// Says at the top of the output which sizes these figures are for.
inline void announce(const char *bench, const QString &sizes)
{
    if (smoke())
        std::printf("%s: SMOKE RUN at CI sizes (%s): a check that it works, not the README's figures\n", bench, qPrintable(sizes));
    else
        std::printf("%s: sizes %s\n", bench, qPrintable(sizes));
    std::fflush(stdout);
}

inline int &missedTargets()
{
    static int missed = 0;
    return missed;
}

// One row of the README's performance table, as scripts/bench.sh collects
// it: "row: what | measured | target | met".
inline void row(const QString &what, const QString &measured, const QString &target, bool met)
{
    std::printf("row: %s | %s | %s | %s\n", qPrintable(what), qPrintable(measured), qPrintable(target), met ? "met" : "NOT met");
    std::fflush(stdout);
    if (!met)
        ++missedTargets();
}

// A row shown for comparison, with no target of its own.
inline void infoRow(const QString &what, const QString &measured, const QString &note)
{
    std::printf("row: %s | %s | %s | —\n", qPrintable(what), qPrintable(measured), qPrintable(note));
    std::fflush(stdout);
}

// A result that is not what it must be (a page without its 50 rows, a
// search without matches): the time would mean nothing, so the run fails.
inline int checkFailed(const char *bench, const QString &why)
{
    std::fprintf(stderr, "%s: CHECK FAILED: %s\n", bench, qPrintable(why));
    return 2;
}

// main()'s exit code: 3 when a target was missed at the README's sizes
// (scripts/bench.sh then fails); smoke runs only fail on checks.
inline int exitCode()
{
    return !smoke() && missedTargets() > 0 ? 3 : 0;
}

inline int runs(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("HEARTH_BENCH_RUNS", &ok);
    return ok && n > 0 ? n : fallback;
}

// Futures continued on this thread need the event loop to finish.
template<typename T>
void waitFor(const QFuture<T> &future)
{
    // Sleeps in the event loop until the future is done (spinning would
    // take a core from the writer thread being measured).
    if (future.isFinished())
        return;
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
}

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

inline void report(const char *name, const QList<double> &ms, double target)
{
    const double median = percentile(ms, 0.5);
    std::printf("%s: median %.1f ms (min %.1f, p90 %.1f, max %.1f; %lld runs; target < %.0f ms: %s)\n", name, median,
                percentile(ms, 0.0), percentile(ms, 0.9), percentile(ms, 1.0), static_cast<long long>(ms.size()), target,
                median < target ? "met" : "NOT met");
    row(QString::fromUtf8(name),
        QStringLiteral("median %1 ms (p90 %2, %3 runs)").arg(median, 0, 'f', 1).arg(percentile(ms, 0.9), 0, 'f', 1).arg(ms.size()),
        QStringLiteral("< %1 ms").arg(target), median < target);
}

} // namespace Hearth::Bench
