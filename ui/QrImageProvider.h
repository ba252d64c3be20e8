#pragma once

#include <QQuickImageProvider>

// image://qr/<text, percent-encoded>: the text as a QR code (QrCode), for
// the user's own key link on their profile.
class QrImageProvider : public QQuickImageProvider
{
public:
    QrImageProvider();

    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};
