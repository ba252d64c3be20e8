#pragma once

#include <QQuickImageProvider>

// image://avatar/<sha1>: a cached avatar cut to a circle, at the size the
// view asks for. Qt Quick calls it on a loader thread (Image.asynchronous),
// so reading the file never blocks the UI thread.
class AvatarImageProvider : public QQuickImageProvider
{
public:
    explicit AvatarImageProvider(QString cacheDirectory);

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

private:
    QString m_dir;
};
