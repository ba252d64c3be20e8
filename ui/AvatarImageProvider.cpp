#include "AvatarImageProvider.h"

#include "profile/AvatarCache.h"

#include <QPainter>
#include <QPainterPath>

AvatarImageProvider::AvatarImageProvider(QString cacheDirectory)
    : QQuickImageProvider(QQuickImageProvider::Image), m_dir(std::move(cacheDirectory))
{
}

QImage AvatarImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const Hearth::AvatarCache cache(m_dir);
    const QString hash = id.section(u'?', 0, 0);
    QImage source;
    if (cache.contains(hash))
        source.load(cache.path(hash));
    const int side = requestedSize.isValid() ? std::max(requestedSize.width(), requestedSize.height()) : 128;
    QImage round(side, side, QImage::Format_ARGB32_Premultiplied);
    round.fill(Qt::transparent);
    if (!source.isNull()) {
        // Centre-crop to a square, then draw it through a circular clip.
        const int edge = std::min(source.width(), source.height());
        const QImage square = source.copy((source.width() - edge) / 2, (source.height() - edge) / 2, edge, edge)
                                  .scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        QPainter painter(&round);
        painter.setRenderHint(QPainter::Antialiasing);
        QPainterPath circle;
        circle.addEllipse(0, 0, side, side);
        painter.setClipPath(circle);
        painter.drawImage(0, 0, square);
    }
    if (size)
        *size = round.size();
    return round;
}
