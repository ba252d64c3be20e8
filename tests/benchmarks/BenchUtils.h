#pragma once

#include <QCoreApplication>
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
    std::fflush(stdout);
}

} // namespace Hearth::Bench
