// A disk that fills up mid-export: the write fails (here: a file-size limit
// set on this process, which fails writes the way a full disk does, with
// SIGXFSZ ignored as the app ignores it), the export says what happened and
// naming the file, and leaves nothing behind: no half file, no temporary.
// The same export without the limit succeeds, so the limit is what failed it.
#include "AccountStore.h"
#include "db/Database.h"
#include "export/ExportWriter.h"
#include "feed/PostStore.h"
#include "support/TestUtils.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
template<typename T>
T result(QFuture<T> future)
{
    Test::waitFor(future);
    return future.result();
}

// RLIMIT_FSIZE for this process while it lives.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_set = ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_saved); }
    [[nodiscard]] bool isSet() const { return m_set; }

private:
    rlimit m_saved{};
    bool m_set = false;
};
} // namespace

class TestExportDiskFull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullDiskLeavesNoFileAndSaysWhy()
    {
        // As main() does: a write past the limit fails instead of killing us.
        ::signal(SIGXFSZ, SIG_IGN);
        QTemporaryDir dir;
        Database db;
        QVERIFY(Test::waitFor(db.open(dir.filePath(u"source.sqlite"_s))));
        AccountRecord record;
        record.settings.jid = u"alice@example.org"_s;
        const qint64 id = result(AccountStore(&db).save(record)).value;
        QVERIFY(id > 0);
        QList<Post> posts;
        for (int n = 0; n < 50; ++n) {
            Post p;
            p.service = p.authorJid = p.publisher = u"alice@example.org"_s;
            p.node = u"urn:xmpp:microblog:0"_s;
            p.itemId = u"p%1"_s.arg(n);
            p.title = u"Post %1"_s.arg(n);
            p.text = u"Some words"_s;
            p.published = p.updated = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(n * 60);
            posts << p;
        }
        QCOMPARE(result(PostStore(&db).ingest(id, posts)).value, 50);

        // A picture that does not compress: 512 KiB of noise.
        QByteArray noise(512 * 1024, Qt::Uninitialized);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
        QFile spooled(dir.filePath(u"spooled.bin"_s));
        QVERIFY(spooled.open(QIODevice::WriteOnly));
        QCOMPARE(spooled.write(noise), noise.size());
        spooled.close();

        QTemporaryDir out;
        ExportRequest request;
        request.media << SpooledMedia{u"https://upload.example.org/noise.png"_s, spooled.fileName(),
                                      QString::fromLatin1(QCryptographicHash::hash(noise, QCryptographicHash::Sha256).toHex()),
                                      u"image/png"_s, noise.size(), {}};
        request.databasePath = db.path();
        request.accountId = id;
        request.jid = u"alice@example.org"_s;
        request.outputPath = out.filePath(u"alice.xmpp-export.zip"_s);
        request.exportedAt = QDateTime(QDate(2026, 1, 22), QTime(12, 0), Qt::UTC);
        request.generatorVersion = u"test"_s;

        std::atomic_bool cancel = false;
        ExportWriter::Result full;
        {
            const FileSizeLimit limit(256 * 1024);
            QVERIFY(limit.isSet());
            full = ExportWriter(request, {}, &cancel).run();
        }
        QVERIFY(!full.ok);
        QVERIFY(!full.cancelled);
        // The file named, and the system's reason (EFBIG here, ENOSPC on a full disk).
        QVERIFY2(full.error.contains(out.path()), qPrintable(full.error));
        QVERIFY2(full.error.contains(u"too large"_s, Qt::CaseInsensitive), qPrintable(full.error));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

        // Small writes too, that sit in a buffer until the file is closed
        // (Qt 6.4's QSaveFile::commit() does not see a failed final flush).
        ExportRequest small = request;
        small.media.clear();
        {
            const FileSizeLimit limit(2 * 1024);
            QVERIFY(limit.isSet());
            full = ExportWriter(small, {}, &cancel).run();
        }
        QVERIFY2(!full.ok, qPrintable(QString::number(QFileInfo(small.outputPath).size())));
        QVERIFY2(full.error.contains(out.path()), qPrintable(full.error));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());

        const ExportWriter::Result fine = ExportWriter(request, {}, &cancel).run();
        QVERIFY2(fine.ok, qPrintable(fine.error));
        QVERIFY(QFileInfo(request.outputPath).size() > 512 * 1024);
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{u"alice.xmpp-export.zip"_s});
    }
};

QTEST_GUILESS_MAIN(TestExportDiskFull)
#include "tst_exportdiskfull.moc"
