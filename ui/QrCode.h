#pragma once

#include <QImage>
#include <QString>

// QR codes of the xmpp: links that carry OMEMO keys (XEP-0384's
// verification by scanning, as Conversations, Dino and Kaidan show them):
// drawn for the user's own key, and read from a picture of someone else's
// (a photo or a screenshot of their device), with zxing-cpp.
namespace QrCode {

// The code, black on white with its quiet zone, each module `scale` pixels
// wide; a null image when the text does not fit in a QR code.
[[nodiscard]] QImage render(const QString &text, int scale = 6);
// The text of the first QR code found in the picture, empty when none.
[[nodiscard]] QString read(const QImage &picture);
// The same from a picture file (for a worker thread: it reads the disk).
[[nodiscard]] QString readFile(const QString &path);
// The same from grey levels in memory (a camera frame's luminance): `width`
// by `height` samples, each `pixelStride` bytes from the last, rows
// `rowStride` bytes apart. Quick (no turned or hard codes): a camera gives
// the next frame a moment later.
[[nodiscard]] QString readLuminance(const uchar *data, int width, int height, int rowStride, int pixelStride = 1);

} // namespace QrCode
