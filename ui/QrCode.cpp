#include "QrCode.h"

#include <QImageReader>

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

#include <exception>

namespace QrCode {

QImage render(const QString &text, int scale)
{
    if (text.isEmpty() || scale < 1)
        return {};
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEncoding(ZXing::CharacterSet::UTF8);
        writer.setMargin(4); // the quiet zone scanners need
        // Width and height 0: one pixel per module; scaled below, crisp.
        const ZXing::BitMatrix matrix = writer.encode(text.toStdWString(), 0, 0);
        QImage image(matrix.width() * scale, matrix.height() * scale, QImage::Format_Grayscale8);
        image.fill(255);
        for (int y = 0; y < matrix.height(); ++y)
            for (int x = 0; x < matrix.width(); ++x)
                if (matrix.get(x, y))
                    for (int dy = 0; dy < scale; ++dy)
                        std::fill_n(image.scanLine(y * scale + dy) + x * scale, scale, uchar(0));
        return image;
    } catch (const std::exception &) {
        return {}; // too long for a QR code
    }
}

QString read(const QImage &picture)
{
    if (picture.isNull())
        return {};
    const QImage grey = picture.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    const ZXing::ImageView view(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum, int(grey.bytesPerLine()));
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    if (!result.isValid())
        return {};
    const std::wstring text = result.text();
    return QString::fromStdWString(text);
}

QString readLuminance(const uchar *data, int width, int height, int rowStride, int pixelStride)
{
    if (!data || width <= 0 || height <= 0 || pixelStride <= 0 || rowStride < width * pixelStride)
        return {};
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(false);
    hints.setTryRotate(false);
    const ZXing::ImageView view(data, width, height, ZXing::ImageFormat::Lum, rowStride, pixelStride);
    const ZXing::Result result = ZXing::ReadBarcode(view, hints);
    return result.isValid() ? QString::fromStdWString(result.text()) : QString();
}

QString readFile(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true); // a phone photo's rotation
    return read(reader.read());
}

} // namespace QrCode
