#include "QrImageProvider.h"

#include "QrCode.h"

#include <QUrl>

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString text = QUrl::fromPercentEncoding(id.toUtf8());
    QImage image = QrCode::render(text);
    // Scaled by whole modules' worth only (a blurred code scans badly).
    if (!image.isNull() && requestedSize.width() > image.width())
        image = QrCode::render(text, std::max(1, 6 * requestedSize.width() / image.width()));
    if (size)
        *size = image.size();
    return image;
}
