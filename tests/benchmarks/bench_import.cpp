// Issue 16's import target: an export of 1,000 posts with 500 pictures and
// 10,000 messages imported into an account on loopback Prosody in < 60 s.
// Times AccountImporter::run() from its start to its report (the archive
// already read and the server asked: prepare() is timed apart), says where
// the time goes (uploads, publishes, the cache), and checks the result: every
// step moved, the posts on the server, the messages in the cache.
#include "BenchProfiles.h"
#include "BenchUtils.h"

#include "db/Database.h"
#include "export/ExportWriter.h"
#include "feed/MicroblogCodec.h"
#include "feed/PostStore.h"
#include "import/AccountImporter.h"
#include "profile/PepItem.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>

using namespace Hearth;
using namespace Hearth::Bench;

namespace {
const QString kOld = QStringLiteral("reader@example.org");

// Waits in the event loop (sleeping between events; a timer checks done).
template<typename Predicate>
bool until(Predicate done, int timeoutMs)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    check.start(5);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int posts = size("HEARTH_BENCH_IMPORT_POSTS", 1000);
    const int pictures = std::min(posts, size("HEARTH_BENCH_IMPORT_PICTURES", 500));
    const int messages = size("HEARTH_BENCH_IMPORT_MESSAGES", 10000);
    announce("bench_import", QStringLiteral("%1 posts, %2 pictures, %3 messages").arg(posts).arg(pictures).arg(messages));

    // The old account's cache, exported as the app exports it offline.
    QTemporaryDir dir;
    QList<int> chats(10, messages / 10);
    chats.last() += messages % 10;
    if (!fillChats(dir.path(), chats))
        return checkFailed("bench_import", QStringLiteral("the messages were not stored"));
    static const QRegularExpression anyAuthor(QStringLiteral("user\\d+@example\\.org"));
    qint64 account = 0;
    {
        Database db;
        account = openWithAccount(db, dir.filePath(QStringLiteral("hearth.sqlite")), kOld);
        PostStore store(&db);
        QFuture<DbResult<int>> last;
        for (int start = 0; start < posts; start += 500) {
            QList<Post> batch;
            for (int n = start; n < std::min(posts, start + 500); ++n) {
                QString entry = atomEntry(n);
                entry.replace(anyAuthor, kOld); // the account's own posts
                auto parsed = MicroblogCodec::parseXml(entry, kOld, QStringLiteral("urn:xmpp:microblog:0"), QStringLiteral("post-%1").arg(n));
                if (parsed.post)
                    batch << *parsed.post;
            }
            last = store.ingest(account, batch);
        }
        waitFor(last);
        if (!last.result().ok())
            return checkFailed("bench_import", QStringLiteral("the posts were not stored: ") + last.result().error);
    }
    // The pictures of the first posts (20 KiB each, distinct), as the
    // export's fetcher spools them, under the URLs the posts name.
    QList<SpooledMedia> media;
    QTemporaryDir spool;
    QByteArray bytes(20 << 10, Qt::Uninitialized);
    for (int i = 0; i < pictures; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        QFile f(spool.filePath(QStringLiteral("%1.jpg").arg(i)));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return checkFailed("bench_import", QStringLiteral("cannot write the pictures"));
        media << SpooledMedia{QStringLiteral("https://upload.example.org/%1.jpg").arg(i), f.fileName(),
                              QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                              QStringLiteral("image/jpeg"), bytes.size(), {}};
    }
    ExportRequest request;
    request.databasePath = dir.filePath(QStringLiteral("hearth.sqlite"));
    request.accountId = account;
    request.jid = kOld;
    request.outputPath = dir.filePath(QStringLiteral("bench.xmpp-export.zip"));
    request.media = media;
    request.exportedAt = QDateTime::currentDateTimeUtc();
    request.generatorVersion = QStringLiteral("bench");
    std::atomic_bool cancel{false};
    const auto written = ExportWriter(request, {}, &cancel).run();
    if (!written.ok)
        return checkFailed("bench_import", QStringLiteral("the export failed: ") + written.error);

    // The new account on loopback Prosody.
    LocalProsody::Options options;
    options.maxItems = std::max(1024, posts + 10);
    // Memory storage by default: Prosody's file store re-reads a node on
    // each publish (quadratic in its size), which would time Prosody, not
    // Hearth; HEARTH_BENCH_IMPORT_STORAGE=internal measures that too.
    options.storage = qEnvironmentVariable("HEARTH_BENCH_IMPORT_STORAGE", QStringLiteral("memory"));
    Test::ProsodyServer server(options);
    if (!server.start())
        return checkFailed("bench_import", QStringLiteral("Prosody did not start: ") + server.error());
    Test::TestSession session;
    if (!session.login(server, server.createUser(QStringLiteral("mover"))))
        return checkFailed("bench_import", QStringLiteral("cannot log in"));

    AccountImporter importer(&session.session);
    bool prepared = false, finished = false;
    QString error;
    ImportReport report;
    QHash<QString, qint64> msByKind;
    QString kind;
    QElapsedTimer stepTimer;
    QObject::connect(&importer, &AccountImporter::prepared, &importer, [&](bool ok, const QString &why) {
        prepared = true;
        error = ok ? QString() : why;
    });
    QObject::connect(&importer, &AccountImporter::progressChanged, &importer, [&](const QString &next, int, int) {
        if (next == kind)
            return;
        if (!kind.isEmpty())
            msByKind[kind] += stepTimer.elapsed();
        kind = next;
        stepTimer.restart();
    });
    QObject::connect(&importer, &AccountImporter::finished, &importer, [&](const ImportReport &r) {
        finished = true;
        report = r;
    });
    QTemporaryDir work;
    QElapsedTimer timer;
    timer.start();
    importer.prepare({request.outputPath, {}, work.path()});
    if (!until([&] { return prepared; }, 120000) || !error.isEmpty())
        return checkFailed("bench_import", QStringLiteral("not prepared: ") + error);
    const qint64 prepareMs = timer.elapsed();
    timer.restart();
    stepTimer.start();
    importer.run();
    if (!until([&] { return finished; }, 600000))
        return checkFailed("bench_import", QStringLiteral("the import did not finish"));
    const double seconds = double(timer.elapsed()) / 1000.0;

    // Every step moved; the posts on the server, the messages in the cache.
    if (!report.finished || report.failedCount() > 0)
        return checkFailed("bench_import", QStringLiteral("the import failed:\n") + report.toText());
    const auto *movedPosts = report.dataset(QStringLiteral("posts"));
    const auto *movedMedia = report.dataset(QStringLiteral("media"));
    if (!movedPosts || movedPosts->moved != posts || !movedMedia || movedMedia->moved != pictures)
        return checkFailed("bench_import", QStringLiteral("not everything moved:\n") + report.toText());
    auto items = session.account.client()->findExtension<QXmppPubSubManager>()->requestItems<PepItem>(session.user.jid, QStringLiteral("urn:xmpp:microblog:0"));
    if (!until([&] { return items.isFinished(); }, 60000))
        return checkFailed("bench_import", QStringLiteral("the server did not list the posts"));
    const auto *onServer = std::get_if<QXmppPubSubManager::Items<PepItem>>(&items.result());
    if (!onServer || onServer->items.size() != posts)
        return checkFailed("bench_import", QStringLiteral("the server holds %1 posts").arg(onServer ? onServer->items.size() : -1));
    auto counted = session.db.run([id = session.session.accountId()](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT count(*) FROM message WHERE imported = 1 AND account_id = %1").arg(id));
        return q.next() ? q.value(0).toInt() : -1;
    });
    waitFor(counted);
    if (counted.result() != messages)
        return checkFailed("bench_import", QStringLiteral("the cache holds %1 imported messages").arg(counted.result()));

    auto secondsOf = [&](const char *k) { return QString::number(double(msByKind.value(QLatin1String(k))) / 1000.0, 'f', 1); };
    qint64 others = 0;
    for (auto it = msByKind.cbegin(); it != msByKind.cend(); ++it) {
        if (it.key() != QLatin1String("media") && it.key() != QLatin1String("posts") && it.key() != QLatin1String("history"))
            others += it.value();
    }
    std::printf("bench_import: prepare %lld ms; run %.1f s: media %s s, posts %s s, history %s s, the rest %.1f s\n",
                static_cast<long long>(prepareMs), seconds, qPrintable(secondsOf("media")), qPrintable(secondsOf("posts")),
                qPrintable(secondsOf("history")), double(others) / 1000.0);
    row(QStringLiteral("import: %1 posts with %2 pictures and %3 messages into an account on loopback Prosody (%4 storage)")
            .arg(posts)
            .arg(pictures)
            .arg(messages)
            .arg(options.storage),
        QStringLiteral("%1 s (uploads %2 s, publishes %3 s, history into the cache %4 s; reading the file and asking the server %5 s before)")
            .arg(seconds, 0, 'f', 1)
            .arg(secondsOf("media"), secondsOf("posts"), secondsOf("history"))
            .arg(double(prepareMs) / 1000.0, 0, 'f', 1),
        QStringLiteral("< 60 s"), seconds < 60);
    return exitCode();
}
