#include "ExportMediaProvider.h"

#include "Logging.h"
#include "export/ZipReader.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Hearth;

ExportMediaProvider::ExportMediaProvider(std::shared_ptr<Source> source)
    : QQuickImageProvider(QQuickImageProvider::Image, QQuickImageProvider::ForceAsynchronousImageLoading), m_source(std::move(source))
{
}

QImage ExportMediaProvider::read(const QString &zipPath, const QString &id, const QSize &requestedSize, QString *error)
{
    static const QRegularExpression name(QStringLiteral("^([0-9a-f]{64})\\.[a-z0-9]{1,8}$"));
    const auto match = name.match(id);
    if (!match.hasMatch()) {
        *error = QStringLiteral("not a picture of the export: %1").arg(id);
        return {};
    }
    ZipReader zip;
    ZipReader::Limits limits;
    if (zipPath.isEmpty() || !zip.open(zipPath, limits)) {
        *error = zip.error().isEmpty() ? QStringLiteral("no export is open") : zip.error();
        return {};
    }
    const QString wanted = QStringLiteral("media/") + id;
    ZipReader::Entry entry;
    while (zip.next(&entry)) {
        if (entry.name != wanted)
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        zip.setDigest(&hash);
        QByteArray bytes;
        if (!zip.readAll(&bytes, qint64(64) << 20)) {
            *error = zip.error();
            return {};
        }
        if (QString::fromLatin1(hash.result().toHex()) != match.captured(1)) {
            *error = QStringLiteral("%1 does not match its hash: the export is damaged or was changed").arg(wanted);
            return {};
        }
        QImage image = QImage::fromData(bytes);
        if (image.isNull()) {
            *error = QStringLiteral("%1 is not a picture Qt can read").arg(wanted);
            return {};
        }
        // Decoded at the size it is shown at.
        if (requestedSize.isValid() && (image.width() > requestedSize.width() || image.height() > requestedSize.height()))
            image = image.scaled(requestedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        return image;
    }
    *error = zip.error().isEmpty() ? QStringLiteral("%1 is not in the export").arg(wanted) : zip.error();
    return {};
}

QImage ExportMediaProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    QString zipPath;
    {
        QMutexLocker locker(&m_source->lock);
        zipPath = m_source->zipPath;
    }
    QString error;
    QImage image = read(zipPath, id, requestedSize, &error);
    if (image.isNull())
        qCInfo(lcExport).noquote() << "picture not shown:" << error;
    if (size)
        *size = image.size();
    return image;
}
