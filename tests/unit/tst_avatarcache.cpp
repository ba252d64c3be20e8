// AvatarCache: what may land on disk, and how it is named.
#include "profile/AvatarCache.h"
#include "support/TestUtils.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace Qt::StringLiterals;
using Hearth::AvatarCache;

namespace {
QByteArray encoded(const char *format, int size = 32)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}
} // namespace

class TestAvatarCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storesPngAndJpegByHash()
    {
        QTemporaryDir dir;
        AvatarCache cache(dir.filePath(u"avatars"_s));
        for (const char *format : {"PNG", "JPEG"}) {
            const QByteArray bytes = encoded(format);
            const QString hash = AvatarCache::sha1(bytes);
            QVERIFY(!cache.contains(hash));
            const auto stored = cache.store(bytes, hash);
            QVERIFY2(stored.error.isEmpty(), qPrintable(stored.error));
            QCOMPARE(stored.hash, hash);
            QCOMPARE(stored.mimeType, format == QByteArray("PNG") ? u"image/png"_s : u"image/jpeg"_s);
            QVERIFY(cache.contains(hash));
            QFile file(cache.path(hash));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), bytes);
            QCOMPARE(cache.url(hash), QUrl::fromLocalFile(cache.path(hash)));
        }
    }

    void refusesBadInput()
    {
        QTemporaryDir dir;
        AvatarCache cache(dir.filePath(u"avatars"_s));
        const QByteArray png = encoded("PNG");
        // Bytes that do not match the announced hash are dropped.
        auto stored = cache.store(png, QString(40, u'0'));
        QVERIFY(!stored.error.isEmpty());
        QVERIFY(stored.hash.isEmpty());
        QVERIFY(!cache.contains(AvatarCache::sha1(png)));
        // Other formats are refused.
        QVERIFY(!cache.store(encoded("BMP")).error.isEmpty());
        QVERIFY(!cache.store(QByteArray("GIF89a........")).error.isEmpty());
        // Over 1 MiB is refused, even with a PNG signature.
        QByteArray huge = png;
        huge.append(QByteArray(AvatarCache::kMaxBytes, 'x'));
        QVERIFY(cache.store(huge).error.contains(u"1 MiB"_s));
        QVERIFY(!cache.store({}).error.isEmpty());
        // Nothing half-written was left behind.
        QCOMPARE(QDir(cache.directory()).entryList(QDir::Files).size(), 0);
        // Without a folder nothing is written anywhere.
        QVERIFY(!AvatarCache().store(png).error.isEmpty());
    }

    void storesOffTheCallingThread()
    {
        QTemporaryDir dir;
        AvatarCache cache(dir.filePath(u"avatars"_s));
        const QByteArray bytes = encoded("PNG");
        QThread *finishedOn = nullptr;
        auto future = cache.storeAsync(bytes, AvatarCache::sha1(bytes)).then([&finishedOn](AvatarCache::Stored stored) {
            finishedOn = QThread::currentThread();
            return stored;
        });
        QVERIFY(Hearth::Test::waitFor(future));
        QVERIFY(future.result().error.isEmpty());
        // Written on a pool thread, handed back to this one (see fulfilOn).
        QCOMPARE(finishedOn, QThread::currentThread());
        QVERIFY(cache.contains(AvatarCache::sha1(bytes)));
    }

    void hashes()
    {
        QVERIFY(AvatarCache::isValidHash(u"da39a3ee5e6b4b0d3255bfef95601890afd80709"_s));
        QVERIFY(!AvatarCache::isValidHash(u"../../etc/passwd"_s));
        QVERIFY(!AvatarCache::isValidHash(u"DA39A3EE5E6B4B0D3255BFEF95601890AFD80709"_s));
    }
};

QTEST_MAIN(TestAvatarCache)
#include "tst_avatarcache.moc"
