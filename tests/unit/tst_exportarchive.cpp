// Issue 15, bad input: a corpus of hostile archives, one per case the
// issue names, each refused with an error naming the part, nothing written
// outside the viewer's own work folder, nothing crashing; and the pieces
// the export is made of (the zip writer, the cipher, the manifest) checked
// on their own.
#include "export/ExportArchive.h"
#include "export/ExportCipher.h"
#include "export/ExportManifest.h"
#include "export/ZipReader.h"
#include "export/ZipWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
const QByteArray kAccount = "<?xml version='1.0'?><server-data xmlns='urn:xmpp:pie:0'><host jid='example.org'><user name='alice'/></host></server-data>";

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray manifestFor(const QList<std::pair<QString, QByteArray>> &files, const QString &format = QString::fromLatin1(ExportManifest::kFormat),
                       const QList<ExportManifest::Media> &media = {})
{
    ExportManifest m;
    m.format = format;
    m.account = u"alice@example.org"_s;
    m.exportedAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    for (const auto &[path, bytes] : files)
        m.files << ExportManifest::File{path, u"application/xml"_s, sha256(bytes), bytes.size()};
    m.media = media;
    return m.toJson();
}

// A zip written with the project's writer: names are taken as given.
QString writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries)
{
    ZipWriter zip;
    if (!zip.open(path))
        return zip.error();
    for (const auto &[name, bytes] : entries) {
        if (!zip.addEntry(name, bytes))
            return zip.error();
    }
    return zip.commit() ? QString() : zip.error();
}

// An entry ZipWriter would never write (a link), straight with libarchive.
bool writeLinkZip(const QString &path)
{
    archive *a = archive_write_new();
    archive_write_set_format_zip(a);
    if (archive_write_open_filename(a, QFile::encodeName(path).constData()) != ARCHIVE_OK)
        return false;
    archive_entry *e = archive_entry_new();
    archive_entry_set_pathname(e, "account.xml");
    archive_entry_set_filetype(e, AE_IFLNK);
    archive_entry_set_symlink(e, "/etc/passwd");
    archive_entry_set_perm(e, 0777);
    archive_write_header(a, e);
    archive_entry_free(e);
    archive_write_close(a);
    archive_write_free(a);
    return true;
}

QString openError(const QString &path, const ExportArchive::Limits &limits = {}, const QString &passphrase = {})
{
    QTemporaryDir work;
    ExportArchive archive;
    if (!archive.open(path, passphrase, work.path(), limits))
        return archive.error();
    if (!archive.forEachPart({}))
        return archive.error();
    return {};
}
} // namespace

class TestExportArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aValidArchiveOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ok.zip"_s);
        QCOMPARE(writeZip(path, {{u"account.xml"_s, kAccount}, {u"manifest.json"_s, manifestFor({{u"account.xml"_s, kAccount}})}}), QString());
        QCOMPARE(openError(path), QString());
        QTemporaryDir work;
        ExportArchive archive;
        QVERIFY(archive.open(path, {}, work.path()));
        QCOMPARE(archive.manifest().account, u"alice@example.org"_s);
        QByteArray account;
        QVERIFY2(archive.readPart(u"account.xml"_s, &account, 1 << 20), qPrintable(archive.error()));
        QCOMPARE(account, kAccount);
        // Nothing was written: no work file for a plain export.
        QCOMPARE(QDir(work.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), QStringList());
    }

    void hostileArchivesFailCleanly_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected"); // what the error must name
        QTest::newRow("not a zip") << u"text"_s << u"not a readable zip"_s;
        QTest::newRow("truncated") << u"truncated"_s << u"hostile.zip"_s;
        QTest::newRow("corrupted part") << u"corrupted"_s << u"account.xml"_s;
        QTest::newRow("dot-dot path") << u"dotdot"_s << u"../../evil.sh"_s;
        QTest::newRow("absolute path") << u"absolute"_s << u"/tmp/evil.sh"_s;
        QTest::newRow("symlink") << u"symlink"_s << u"account.xml"_s;
        QTest::newRow("declared bomb") << u"bomb-entry"_s << u"zeros.bin"_s;
        QTest::newRow("expanding bomb") << u"bomb-total"_s << u"expands"_s;
        QTest::newRow("too many entries") << u"entries"_s << u"entries"_s;
        QTest::newRow("no manifest") << u"nomanifest"_s << u"manifest.json"_s;
        QTest::newRow("manifest not JSON") << u"badjson"_s << u"manifest.json"_s;
        QTest::newRow("unknown format version") << u"version"_s << u"urn:x-hearth:export:9"_s;
        QTest::newRow("unlisted part") << u"unlisted"_s << u"extra.xml"_s;
        QTest::newRow("listed part missing") << u"missing"_s << u"feeds/microblog.atom"_s;
        QTest::newRow("media hash mismatch") << u"media"_s << u"media/"_s;
        QTest::newRow("wrong passphrase") << u"passphrase"_s << u"wrong passphrase"_s;
        QTest::newRow("sealed stream cut") << u"sealed-cut"_s << u"cut short"_s;
    }

    void hostileArchivesFailCleanly()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hostile.zip"_s);
        const QByteArray manifest = manifestFor({{u"account.xml"_s, kAccount}});
        ExportArchive::Limits limits;
        QString passphrase;
        if (kind == u"text"_s) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("This is not a zip file at all.\n");
        } else if (kind == u"truncated"_s || kind == u"corrupted"_s) {
            QByteArray big;
            for (int i = 0; i < 4000; ++i)
                big += "<item n='" + QByteArray::number(i * 7919 % 10007) + "'/>";
            const QByteArray account = "<server-data xmlns='urn:xmpp:pie:0'>" + big + "</server-data>";
            QCOMPARE(writeZip(path, {{u"account.xml"_s, account}, {u"manifest.json"_s, manifestFor({{u"account.xml"_s, account}})}}), QString());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            if (kind == u"truncated"_s) {
                QVERIFY(f.resize(f.size() / 2));
            } else {
                QVERIFY(f.seek(200)); // inside account.xml's compressed data
                f.write("\xff\x00\xff\x00", 4);
            }
        } else if (kind == u"dotdot"_s) {
            QCOMPARE(writeZip(path, {{u"../../evil.sh"_s, "rm -rf ~"}, {u"manifest.json"_s, manifest}}), QString());
        } else if (kind == u"absolute"_s) {
            QCOMPARE(writeZip(path, {{u"/tmp/evil.sh"_s, "rm -rf ~"}, {u"manifest.json"_s, manifest}}), QString());
        } else if (kind == u"symlink"_s) {
            QVERIFY(writeLinkZip(path));
        } else if (kind == u"bomb-entry"_s || kind == u"bomb-total"_s) {
            const QByteArray zeros(32 << 20, '\0');
            QCOMPARE(writeZip(path, {{u"zeros.bin"_s, zeros}, {u"manifest.json"_s, manifestFor({{u"zeros.bin"_s, zeros}})}}), QString());
            QVERIFY(QFileInfo(path).size() < (1 << 20)); // a real bomb: small file, large content
            if (kind == u"bomb-entry"_s)
                limits.zip.maxEntrySize = 8 << 20;
            else
                limits.zip.maxTotalSize = 8 << 20;
        } else if (kind == u"entries"_s) {
            QList<std::pair<QString, QByteArray>> many;
            for (int i = 0; i < 50; ++i)
                many << std::pair{u"part%1.xml"_s.arg(i), QByteArray("x")};
            QCOMPARE(writeZip(path, many), QString());
            limits.zip.maxEntries = 20;
        } else if (kind == u"nomanifest"_s) {
            QCOMPARE(writeZip(path, {{u"account.xml"_s, kAccount}}), QString());
        } else if (kind == u"badjson"_s) {
            QCOMPARE(writeZip(path, {{u"account.xml"_s, kAccount}, {u"manifest.json"_s, "{\"format\": \"urn:x-hearth:export:1\", "}}), QString());
        } else if (kind == u"version"_s) {
            QCOMPARE(writeZip(path, {{u"account.xml"_s, kAccount},
                                     {u"manifest.json"_s, manifestFor({{u"account.xml"_s, kAccount}}, u"urn:x-hearth:export:9"_s)}}),
                     QString());
        } else if (kind == u"unlisted"_s) {
            QCOMPARE(writeZip(path, {{u"account.xml"_s, kAccount}, {u"extra.xml"_s, "<x/>"}, {u"manifest.json"_s, manifest}}), QString());
        } else if (kind == u"missing"_s) {
            QCOMPARE(writeZip(path, {{u"account.xml"_s, kAccount},
                                     {u"manifest.json"_s, manifestFor({{u"account.xml"_s, kAccount}, {u"feeds/microblog.atom"_s, "<feed/>"}})}}),
                     QString());
        } else if (kind == u"media"_s) {
            const QByteArray picture = "\x89PNG not really";
            ExportManifest::Media m{u"https://upload.example.org/a.png"_s, u"media/%1.png"_s.arg(sha256("other bytes")), u"image/png"_s,
                                    sha256("other bytes"), 11, {}};
            QCOMPARE(writeZip(path, {{u"account.xml"_s, kAccount},
                                     {m.file, picture},
                                     {u"manifest.json"_s, manifestFor({{u"account.xml"_s, kAccount}}, QString::fromLatin1(ExportManifest::kFormat), {m})}}),
                     QString());
        } else if (kind == u"passphrase"_s || kind == u"sealed-cut"_s) {
            // A sealed export, opened with the wrong passphrase or cut short.
            // Several chunks: a cut is told apart from a wrong passphrase.
            QByteArray noise(5000, Qt::Uninitialized);
            for (int i = 0; i < noise.size(); ++i)
                noise[i] = char((i * 7919 + i / 3) % 256);
            const QString inner = dir.filePath(u"inner.zip"_s);
            QCOMPARE(writeZip(inner, {{u"account.xml"_s, kAccount}, {u"noise.bin"_s, noise},
                                      {u"manifest.json"_s, manifestFor({{u"account.xml"_s, kAccount}, {u"noise.bin"_s, noise}})}}),
                     QString());
            QFile in(inner);
            QVERIFY(in.open(QIODevice::ReadOnly));
            ExportCipher::Params params = ExportCipher::freshParams();
            params.opsLimit = 1;
            params.memLimit = 8 << 20;
            params.chunk = 1024;
            QByteArray sealed;
            QString error;
            QVERIFY(ExportCipher::seal([&in](char *d, qint64 n) { return in.read(d, n); },
                                       [&sealed](const char *d, qint64 n) {
                                           sealed.append(d, n);
                                           return true;
                                       },
                                       u"right"_s, params, &error));
            if (kind == u"sealed-cut"_s)
                sealed.chop(10);
            const QJsonObject stub{{u"format"_s, QLatin1String(ExportManifest::kFormat)},
                                   {u"encrypted"_s, QJsonObject{{u"payload"_s, u"export.zip.sealed"_s}, {u"cipher"_s, params.toJson()}}}};
            QCOMPARE(writeZip(path, {{u"manifest.json"_s, QJsonDocument(stub).toJson()}, {u"export.zip.sealed"_s, sealed}}), QString());
            passphrase = kind == u"passphrase"_s ? u"wrong"_s : u"right"_s;
        }
        const QString before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).join(u',');
        const QString error = openError(path, limits, passphrase);
        QVERIFY2(!error.isEmpty(), "the hostile archive was accepted");
        QVERIFY2(error.contains(expected), qPrintable(error));
        // Nothing written beside it (the work folder was the test's own).
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).join(u','), before);
        QVERIFY(!QFile::exists(u"/tmp/evil.sh"_s));
    }

    void cipherRoundTripsAndDetectsChanges()
    {
        ExportCipher::Params params = ExportCipher::freshParams();
        params.opsLimit = 1;
        params.memLimit = 8 << 20;
        params.chunk = 4096;
        for (const int size : {0, 1, 4095, 4096, 4097, 3 * 4096, 100000}) {
            QByteArray plain(size, Qt::Uninitialized);
            for (int i = 0; i < size; ++i)
                plain[i] = char(i * 31 % 251);
            qint64 at = 0;
            QByteArray sealed, opened;
            QString error;
            auto source = [](const QByteArray &bytes, qint64 &pos) {
                return [&bytes, &pos](char *d, qint64 n) {
                    const qint64 take = std::min<qint64>(n, bytes.size() - pos);
                    memcpy(d, bytes.constData() + pos, size_t(take));
                    pos += take;
                    return take;
                };
            };
            QVERIFY(ExportCipher::seal(source(plain, at), [&](const char *d, qint64 n) { sealed.append(d, n); return true; }, u"pw"_s, params, &error));
            QCOMPARE(sealed.size(), ExportCipher::sealedSize(size, params));
            qint64 pos = 0;
            QVERIFY2(ExportCipher::open(source(sealed, pos), [&](const char *d, qint64 n) { opened.append(d, n); return true; }, u"pw"_s, params, &error),
                     qPrintable(error));
            QCOMPARE(opened, plain);
            // One changed byte anywhere fails the check.
            QByteArray changed = sealed;
            changed[changed.size() / 2] = char(changed.at(changed.size() / 2) ^ 0x01);
            pos = 0;
            QVERIFY(!ExportCipher::open(source(changed, pos), [](const char *, qint64) { return true; }, u"pw"_s, params, &error));
            QVERIFY(!error.isEmpty());
        }
        // Parameters a hostile file could use to exhaust the machine are refused.
        QJsonObject json = params.toJson();
        json.insert(u"memlimit"_s, double(qint64(64) << 30));
        ExportCipher::Params read;
        QString error;
        QVERIFY(!ExportCipher::Params::fromJson(json, &read, &error));
        QVERIFY(error.contains(u"limits"_s));
    }

    void manifestRoundTripsAndRefusesUnsafePaths()
    {
        ExportManifest m;
        m.account = u"alice@example.org"_s;
        m.exportedAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
        m.files << ExportManifest::File{u"account.xml"_s, u"application/xml"_s, sha256(kAccount), kAccount.size()};
        m.datasets << ExportManifest::Dataset{u"mam"_s, u"account.xml"_s, {}, {}, {}, {}, u"*"_s, 3, false, {u"retention"_s}, {}};
        ExportManifest read;
        QString error;
        QVERIFY2(ExportManifest::fromJson(m.toJson(), &read, &error), qPrintable(error));
        QCOMPARE(read.toJson(), m.toJson());
        QCOMPARE(read.datasets.constFirst().complete, false);
        QCOMPARE(read.datasets.constFirst().reasons, QStringList{u"retention"_s});
        m.files.first().path = u"../account.xml"_s;
        QVERIFY(!ExportManifest::fromJson(m.toJson(), &read, &error));
        QVERIFY(error.contains(u"../account.xml"_s));
    }

    void writerLeavesNothingOnAbort()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.zip"_s);
        {
            ZipWriter zip;
            QVERIFY(zip.open(path));
            QVERIFY(zip.addEntry(u"a.txt"_s, "hello"));
            zip.abort();
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        {
            ZipWriter zip;
            QVERIFY(zip.open(path));
            QVERIFY(zip.addEntry(u"a.txt"_s, "hello"));
            QCOMPARE(zip.lastSha256(), sha256("hello"));
            // Gone out of scope without commit: nothing either.
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        // Writing into a folder that does not exist says so.
        ZipWriter zip;
        QVERIFY(!zip.open(dir.filePath(u"no/such/folder/out.zip"_s)));
        QVERIFY(zip.error().contains(u"out.zip"_s));
    }
};

QTEST_GUILESS_MAIN(TestExportArchive)
#include "tst_exportarchive.moc"
