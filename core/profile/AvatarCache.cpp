#include "AvatarCache.h"

#include "../Logging.h"
#include "../Promises.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPromise>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThreadPool>

namespace Hearth {

AvatarCache::AvatarCache(const QString &directory)
    : m_dir(directory)
{
}

bool AvatarCache::isValidHash(const QString &hash)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{40}$"));
    return hex.match(hash).hasMatch();
}

QString AvatarCache::path(const QString &hash) const
{
    return m_dir + u'/' + hash;
}

bool AvatarCache::contains(const QString &hash) const
{
    return isValidHash(hash) && !m_dir.isEmpty() && QFile::exists(path(hash));
}

QUrl AvatarCache::url(const QString &hash) const
{
    return contains(hash) ? QUrl::fromLocalFile(path(hash)) : QUrl();
}

QString AvatarCache::sniffMimeType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QStringLiteral("image/jpeg");
    return {};
}

QString AvatarCache::sha1(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
}

AvatarCache::Stored AvatarCache::store(const QByteArray &bytes, const QString &expectedHash) const
{
    Stored result;
    if (m_dir.isEmpty()) {
        result.error = QStringLiteral("no avatar cache folder is set");
    } else if (bytes.isEmpty()) {
        result.error = QStringLiteral("empty avatar");
    } else if (bytes.size() > kMaxBytes) {
        result.error = QStringLiteral("avatar of %1 bytes is over the 1 MiB limit").arg(bytes.size());
    } else if ((result.mimeType = sniffMimeType(bytes)).isEmpty()) {
        result.error = QStringLiteral("avatar is neither PNG nor JPEG");
    } else {
        result.hash = sha1(bytes);
        if (!expectedHash.isEmpty() && result.hash != expectedHash.toLower())
            result.error = QStringLiteral("avatar bytes hash to %1, not the announced %2").arg(result.hash, expectedHash);
    }
    if (!result.error.isEmpty()) {
        qCWarning(lcProfile).noquote() << "avatar dropped:" << result.error;
        result.hash.clear();
        return result;
    }
    if (contains(result.hash))
        return result;
    QDir().mkpath(m_dir);
    QSaveFile file(path(result.hash));
    // flush() before commit(): Qt 6.4's commit() takes a failed final flush
    // (a full disk) for success, and a cut picture would stay under its hash.
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        result.error = QStringLiteral("cannot write %1: %2").arg(path(result.hash), file.errorString());
        file.cancelWriting();
        file.commit(); // cancelled: removes the temporary file
        qCWarning(lcProfile).noquote() << result.error;
        result.hash.clear();
    }
    return result;
}

QFuture<AvatarCache::Stored> AvatarCache::storeAsync(const QByteArray &bytes, const QString &expectedHash) const
{
    auto promise = std::make_shared<QPromise<Stored>>();
    promise->start();
    QFuture<Stored> future = promise->future();
    const AvatarCache cache = *this;
    // Finished on the application's (UI) thread, where callers attach.
    QThreadPool::globalInstance()->start([promise, cache, bytes, expectedHash] {
        fulfilOn(QCoreApplication::instance(), promise, cache.store(bytes, expectedHash));
    });
    return future;
}

} // namespace Hearth
