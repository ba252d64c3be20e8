// Issue 15's export target: an account with 10,000 posts, 100,000
// messages and 200 MiB of media exported from the cache into an
// .xmpp-export.zip in < 30 s, with RSS < 200 MiB throughout. Times exactly
// ExportWriter::run (the writing, not the fetching, which depends on the
// server), and checks the file: every post and message in it, every media
// file by its hash.
#include "BenchProfiles.h"
#include "BenchUtils.h"

#include "db/Database.h"
#include "export/ExportArchive.h"
#include "export/ExportWriter.h"
#include "feed/MicroblogCodec.h"
#include "feed/PostStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Hearth;
using namespace Hearth::Bench;

namespace {
// The peak resident size since the last reset (VmHWM), in KiB.
qint64 peakKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5"); // resets VmHWM (Linux 4.0+)
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int posts = size("HEARTH_BENCH_EXPORT_POSTS", 10000);
    const int messages = size("HEARTH_BENCH_EXPORT_MESSAGES", 100000);
    const int mediaMiB = size("HEARTH_BENCH_EXPORT_MEDIA_MIB", 200);
    announce("bench_export", QStringLiteral("%1 posts, %2 messages, %3 MiB of media").arg(posts).arg(messages).arg(mediaMiB));

    QTemporaryDir dir;
    const QString me = QStringLiteral("reader@example.org");
    // Ten conversations share the messages.
    QList<int> chats(10, messages / 10);
    chats.last() += messages % 10;
    if (!fillChats(dir.path(), chats))
        return checkFailed("bench_export", QStringLiteral("the messages were not stored"));
    qint64 account = 0;
    {
        Database db;
        account = openWithAccount(db, dir.filePath(QStringLiteral("hearth.sqlite")), me);
        PostStore store(&db);
        QFuture<DbResult<int>> last;
        for (int start = 0; start < posts; start += 1000) {
            QList<Post> batch;
            for (int n = start; n < std::min(posts, start + 1000); ++n) {
                auto parsed = MicroblogCodec::parseXml(atomEntry(n), me, QStringLiteral("urn:xmpp:microblog:0"), QStringLiteral("post-%1").arg(n));
                if (parsed.post)
                    batch << *parsed.post;
            }
            last = store.ingest(account, batch);
        }
        waitFor(last);
        if (!last.result().ok())
            return checkFailed("bench_export", QStringLiteral("the posts were not stored: ") + last.result().error);
    }
    // The media: 1 MiB files as the export's fetcher leaves them in its spool.
    QList<SpooledMedia> media;
    QTemporaryDir spool;
    QByteArray bytes(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < mediaMiB; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QFile f(spool.filePath(QStringLiteral("m%1.jpg").arg(i)));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return checkFailed("bench_export", QStringLiteral("cannot write the media"));
        media << SpooledMedia{QStringLiteral("https://upload.example.org/m%1.jpg").arg(i), f.fileName(),
                              QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                              QStringLiteral("image/jpeg"), bytes.size(), {}};
    }

    ExportRequest request;
    request.databasePath = dir.filePath(QStringLiteral("hearth.sqlite"));
    request.accountId = account;
    request.jid = me;
    request.outputPath = dir.filePath(QStringLiteral("bench.xmpp-export.zip"));
    request.media = media;
    request.exportedAt = QDateTime::currentDateTimeUtc();
    request.generatorVersion = QStringLiteral("bench");
    std::atomic_bool cancel{false};
    resetPeak();
    const qint64 before = peakKiB();
    QElapsedTimer timer;
    timer.start();
    ExportWriter writer(request, {}, &cancel);
    const auto result = writer.run();
    const double seconds = double(timer.elapsed()) / 1000.0;
    const qint64 peak = peakKiB();
    if (!result.ok)
        return checkFailed("bench_export", QStringLiteral("the export failed: ") + result.error);

    // The file holds every post, every message and every media file.
    QTemporaryDir work;
    ExportArchive archive;
    if (!archive.open(request.outputPath, {}, work.path()))
        return checkFailed("bench_export", archive.error());
    qint64 entries = 0, archived = 0;
    const bool read = archive.forEachPart([&](const QString &name, ZipReader &zip) {
        if (name != QLatin1String("feeds/microblog.atom") && name != QLatin1String("account.xml"))
            return true;
        char buffer[1 << 16];
        QByteArray carry;
        for (qint64 n; (n = zip.read(buffer, sizeof buffer)) > 0;) {
            const QByteArray chunk = carry + QByteArray(buffer, n);
            const QByteArray needle = name == QLatin1String("account.xml") ? QByteArrayLiteral("<result ") : QByteArrayLiteral("<entry");
            (name == QLatin1String("account.xml") ? archived : entries) += chunk.count(needle) - carry.count(needle);
            carry = chunk.right(16);
        }
        return true;
    });
    if (!read)
        return checkFailed("bench_export", archive.error());
    if (entries != posts || archived != messages || archive.manifest().media.size() != mediaMiB)
        return checkFailed("bench_export", QStringLiteral("the export holds %1 posts, %2 messages, %3 media files").arg(entries).arg(archived).arg(archive.manifest().media.size()));

    const qint64 fileMiB = QFileInfo(request.outputPath).size() >> 20;
    std::printf("bench_export: %.1f s, peak RSS %lld MiB (%lld before), file %lld MiB\n", seconds, static_cast<long long>(peak >> 10),
                static_cast<long long>(before >> 10), static_cast<long long>(fileMiB));
    row(QStringLiteral("Export %1 posts, %2 messages, %3 MiB of media from the cache").arg(posts).arg(messages).arg(mediaMiB),
        QStringLiteral("%1 s").arg(seconds, 0, 'f', 1), QStringLiteral("< 30 s"), seconds < 30);
    row(QStringLiteral("Export: peak RSS while writing"), QStringLiteral("%1 MiB").arg(peak >> 10), QStringLiteral("< 200 MiB"), (peak >> 10) < 200);

    // Opening a 1 GiB export in the offline browser: the same account with
    // media up to that size, `hearth --open FILE` from process start to the
    // feed painted with its first page (--report-first-frame), median of 3.
    const int openMiB = size("HEARTH_BENCH_OPEN_MIB", 1024);
    for (int i = mediaMiB; i < openMiB - int(fileMiB - mediaMiB) - 1; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QFile f(spool.filePath(QStringLiteral("m%1.jpg").arg(i)));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return checkFailed("bench_export", QStringLiteral("cannot write the media"));
        request.media << SpooledMedia{QStringLiteral("https://upload.example.org/m%1.jpg").arg(i), f.fileName(),
                                      QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                                      QStringLiteral("image/jpeg"), bytes.size(), {}};
    }
    request.outputPath = dir.filePath(QStringLiteral("large.xmpp-export.zip"));
    ExportWriter large(request, {}, &cancel);
    if (const auto written = large.run(); !written.ok)
        return checkFailed("bench_export", QStringLiteral("the large export failed: ") + written.error);
    spool.remove(); // only the export is read from now on
    const qint64 largeMiB = QFileInfo(request.outputPath).size() >> 20;
    QList<double> opens;
    for (int run = 0; run < runs(3); ++run) {
        QProcess hearth;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM"))) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));
        }
        hearth.setProcessEnvironment(env);
        hearth.start(QStringLiteral(HEARTH_BINARY), {QStringLiteral("--open"), request.outputPath, QStringLiteral("--report-first-frame")});
        if (!hearth.waitForFinished(120000))
            return checkFailed("bench_export", QStringLiteral("hearth --open did not paint its first view"));
        static const QRegularExpression frame(QStringLiteral("first-frame-ms (\\d+)"));
        const auto match = frame.match(QString::fromUtf8(hearth.readAllStandardOutput()));
        if (!match.hasMatch())
            return checkFailed("bench_export", QStringLiteral("hearth --open printed no first frame: ") + QString::fromUtf8(hearth.readAllStandardError()));
        opens << match.captured(1).toDouble();
    }
    const double open = percentile(opens, 0.5);
    std::printf("bench_export: opening the %lld MiB export: median %.0f ms\n", static_cast<long long>(largeMiB), open);
    row(QStringLiteral("Open a %1 MiB export (%2 posts, %3 messages) in the offline browser, to the feed painted").arg(largeMiB).arg(posts).arg(messages),
        QStringLiteral("median %1 ms (%2 runs)").arg(open, 0, 'f', 0).arg(opens.size()), QStringLiteral("< 1000 ms"), open < 1000);
    return exitCode();
}
