#include "AvatarPicture.h"

#include "Promises.h"
#include "profile/AvatarCache.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QPromise>
#include <QThreadPool>

AvatarPicture AvatarPicture::fromFile(const QString &path)
{
    AvatarPicture picture;
    QImageReader reader(path);
    reader.setAutoTransform(true); // honour EXIF rotation from phones
    const QImage image = reader.read();
    if (image.isNull()) {
        picture.error = QCoreApplication::translate("AvatarPicture", "This file is not a picture Hearth can read (%1).").arg(reader.errorString());
        return picture;
    }
    const int edge = std::min(image.width(), image.height());
    QImage square = image.copy((image.width() - edge) / 2, (image.height() - edge) / 2, edge, edge);
    if (edge > kMaxSide)
        square = square.scaled(kMaxSide, kMaxSide, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    picture.side = square.width();
    QBuffer buffer(&picture.bytes);
    buffer.open(QIODevice::WriteOnly);
    if (square.hasAlphaChannel())
        square.save(&buffer, "PNG");
    else
        square.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 88);
    if (picture.bytes.size() > Hearth::AvatarCache::kMaxBytes) {
        // A noisy 512 px PNG can exceed 1 MiB; JPEG at a lower quality will not.
        picture.bytes.clear();
        buffer.seek(0);
        square.convertToFormat(QImage::Format_RGB32).save(&buffer, "JPEG", 75);
    }
    return picture;
}

QFuture<AvatarPicture> AvatarPicture::fromFileAsync(const QString &path)
{
    auto promise = std::make_shared<QPromise<AvatarPicture>>();
    promise->start();
    QFuture<AvatarPicture> future = promise->future();
    // Finished on the application's (UI) thread, where callers attach.
    QThreadPool::globalInstance()->start([promise, path] {
        Hearth::fulfilOn(QCoreApplication::instance(), promise, fromFile(path));
    });
    return future;
}
