#pragma once

// Camera frames for the QR scanning tests and benchmark (header only: the
// test support library does not link Qt Multimedia; these users do).
#include "QrCode.h"

#include <QColor>
#include <QImage>
#include <QPainter>
#include <QVideoFrame>

#include <cstring>

namespace Hearth::Test {

// What a webcam sees: a grey desk, the code (when given) drawn in the
// middle with `scale` pixels a module. Grey levels.
inline QImage deskView(const QString &code, QSize size = QSize(640, 480), int scale = 3)
{
    QImage view(size, QImage::Format_Grayscale8);
    view.fill(QColor(110, 110, 120));
    QPainter painter(&view);
    painter.drawText(20, 40, QStringLiteral("a desk, a mug, a phone"));
    if (!code.isEmpty()) {
        const QImage drawn = QrCode::render(code, scale);
        painter.drawImage((view.width() - drawn.width()) / 2, (view.height() - drawn.height()) / 2, drawn);
    }
    painter.end();
    return view;
}

// The view as a webcam delivers it most often: NV12, the grey levels as
// luminance and neutral colour. Invalid if it could not be written.
inline QVideoFrame nv12Frame(const QImage &grey)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_NV12));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), grey.constScanLine(y), size_t(grey.width()));
    std::memset(frame.bits(1), 128, size_t(frame.mappedBytes(1)));
    frame.unmap();
    return frame;
}

} // namespace Hearth::Test
