#include "QrScanner.h"

#include "QrCode.h"

#include <QImage>
#include <QLoggingCategory>
#include <QtConcurrent>

#include <optional>

Q_LOGGING_CATEGORY(lcQrScan, "hearth.ui.qrscan")

namespace {

// Where a frame keeps its grey levels: the first sample's byte in plane 0
// and the bytes from one sample to the next. QR codes are black on white,
// so for RGB frames any colour channel serves (the second byte of four is
// one in every 32-bit layout, whichever end the alpha sits).
struct LumaLayout {
    int offset = 0;
    int pixelStride = 1;
};

std::optional<LumaLayout> lumaLayout(QVideoFrameFormat::PixelFormat format)
{
    // The high byte of a 16-bit little-endian sample.
    constexpr int highByte = Q_BYTE_ORDER == Q_LITTLE_ENDIAN ? 1 : 0;
    switch (format) {
    case QVideoFrameFormat::Format_Y8:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
        return LumaLayout{0, 1};
    case QVideoFrameFormat::Format_YUYV:
        return LumaLayout{0, 2};
    case QVideoFrameFormat::Format_UYVY:
        return LumaLayout{1, 2};
    case QVideoFrameFormat::Format_AYUV:
    case QVideoFrameFormat::Format_AYUV_Premultiplied:
        return LumaLayout{1, 4};
    case QVideoFrameFormat::Format_Y16:
    case QVideoFrameFormat::Format_P010:
    case QVideoFrameFormat::Format_P016:
    case QVideoFrameFormat::Format_YUV420P10:
        return LumaLayout{highByte, 2};
    case QVideoFrameFormat::Format_ARGB8888:
    case QVideoFrameFormat::Format_ARGB8888_Premultiplied:
    case QVideoFrameFormat::Format_XRGB8888:
    case QVideoFrameFormat::Format_BGRA8888:
    case QVideoFrameFormat::Format_BGRA8888_Premultiplied:
    case QVideoFrameFormat::Format_BGRX8888:
    case QVideoFrameFormat::Format_ABGR8888:
    case QVideoFrameFormat::Format_XBGR8888:
    case QVideoFrameFormat::Format_RGBA8888:
    case QVideoFrameFormat::Format_RGBX8888:
        return LumaLayout{1, 4};
    default:
        return std::nullopt;
    }
}

QString readGrey(const QImage &picture)
{
    const QImage grey = picture.convertToFormat(QImage::Format_Grayscale8);
    return QrCode::readLuminance(grey.constBits(), grey.width(), grey.height(), int(grey.bytesPerLine()));
}

// On a worker thread. Empty: no code, or a frame that cannot be read here
// (a texture the backend cannot map, a layout not known: said in the debug
// log; the next frame is tried all the same).
QString readFrame(QVideoFrame frame)
{
    if (!frame.map(QVideoFrame::ReadOnly)) {
        qCDebug(lcQrScan) << "a camera frame could not be mapped";
        return {};
    }
    QString text;
    const QVideoFrameFormat::PixelFormat format = frame.pixelFormat();
    if (format == QVideoFrameFormat::Format_Jpeg) {
        text = readGrey(QImage::fromData(frame.bits(0), frame.mappedBytes(0)));
    } else if (const std::optional<LumaLayout> luma = lumaLayout(format)) {
        const int needed = (frame.height() - 1) * frame.bytesPerLine(0) + luma->offset + (frame.width() - 1) * luma->pixelStride + 1;
        if (frame.mappedBytes(0) >= needed)
            text = QrCode::readLuminance(frame.bits(0) + luma->offset, frame.width(), frame.height(), frame.bytesPerLine(0),
                                         luma->pixelStride);
    } else {
        qCDebug(lcQrScan) << "camera frames of format" << format << "are not read";
    }
    frame.unmap();
    return text;
}

} // namespace

QrScanner::QrScanner(QObject *parent)
    : QObject(parent)
{
}

void QrScanner::setVideoSink(QVideoSink *sink)
{
    if (m_sink == sink)
        return;
    disconnect(m_frames);
    m_sink = sink;
    if (sink)
        m_frames = connect(sink, &QVideoSink::videoFrameChanged, this, &QrScanner::onFrame);
    Q_EMIT videoSinkChanged();
}

void QrScanner::setScanning(bool scanning)
{
    if (m_scanning == scanning)
        return;
    m_scanning = scanning;
    if (scanning && m_framesRead != 0) {
        m_framesRead = 0;
        Q_EMIT framesReadChanged();
    }
    Q_EMIT scanningChanged();
}

void QrScanner::onFrame(const QVideoFrame &frame)
{
    if (!m_scanning || m_busy || !frame.isValid())
        return;
    m_busy = true;
    QtConcurrent::run(&readFrame, frame).then(this, [this](const QString &text) { finishRead(text); });
}

void QrScanner::finishRead(const QString &text)
{
    m_busy = false;
    if (!m_scanning)
        return;
    ++m_framesRead;
    Q_EMIT framesReadChanged();
    if (text.isEmpty())
        return;
    m_scanning = false;
    Q_EMIT scanningChanged();
    Q_EMIT found(text);
}
