#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QUrl>

namespace Hearth {

// Avatars on disk, one file per picture named by its SHA-1 (as XEP-0084
// ids them), so any view shows a known avatar at once and a picture shared
// by several contacts is stored once. Bytes are checked before they land:
// at most 1 MiB, PNG or JPEG, and the hash must match what was announced.
class AvatarCache
{
public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024;

    struct Stored
    {
        QString hash;  // lower-case hex SHA-1
        QString mimeType;
        QString error; // empty when stored
    };

    explicit AvatarCache(const QString &directory = {});

    [[nodiscard]] QString directory() const { return m_dir; }
    [[nodiscard]] bool contains(const QString &hash) const;
    [[nodiscard]] QString path(const QString &hash) const;
    [[nodiscard]] QUrl url(const QString &hash) const;

    // Checks and writes (atomically) on the calling thread.
    [[nodiscard]] Stored store(const QByteArray &bytes, const QString &expectedHash = {}) const;
    // The same on a worker thread: the UI thread never waits on the disk.
    [[nodiscard]] QFuture<Stored> storeAsync(const QByteArray &bytes, const QString &expectedHash = {}) const;

    [[nodiscard]] static QString sniffMimeType(const QByteArray &bytes);
    [[nodiscard]] static QString sha1(const QByteArray &bytes);
    [[nodiscard]] static bool isValidHash(const QString &hash);

private:
    QString m_dir;
};

} // namespace Hearth
