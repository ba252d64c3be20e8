// QR codes of OMEMO key links (issue 19): what Hearth draws reads back as
// the same link, also as a photo would take it (scaled, turned, on a grey
// background with other things around), and a picture without a code, an
// empty or a broken file reads as nothing, never as a wrong link. The
// camera scanner reads the code from frames in the layouts cameras deliver,
// one frame at a time, and ends its scan at the first code.

#include "QrCode.h"
#include "QrImageProvider.h"
#include "QrScanner.h"
#include "support/CameraFrames.h"

#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {
// A link as Hearth shows it: both OMEMO versions' keys.
const QString kLink = u"xmpp:alice@example.org?message;omemo2-sid-1234567=%1;omemo-sid-1234567=%2"_s
                          .arg(u"a1b2c3d4"_s.repeated(8), u"05f00d"_s + u"e1"_s.repeated(32).left(58));

// The view as a camera frame in `format`: grey levels as the luminance,
// colour planes neutral; RGB with an opaque alpha (so reading the alpha
// byte would see no code).
QVideoFrame frameOf(const QImage &grey, QVideoFrameFormat::PixelFormat format)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int plane = 0; plane < frame.planeCount(); ++plane)
        std::memset(frame.bits(plane), 128, size_t(frame.mappedBytes(plane)));
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *in = grey.constScanLine(y);
        uchar *out = frame.bits(0) + y * frame.bytesPerLine(0);
        for (int x = 0; x < grey.width(); ++x) {
            switch (format) {
            case QVideoFrameFormat::Format_YUYV: out[2 * x] = in[x]; break;
            case QVideoFrameFormat::Format_UYVY: out[2 * x + 1] = in[x]; break;
            case QVideoFrameFormat::Format_P010:
            case QVideoFrameFormat::Format_Y16: qToLittleEndian<quint16>(quint16(in[x] << 8), out + 2 * x); break;
            case QVideoFrameFormat::Format_XRGB8888:
            case QVideoFrameFormat::Format_BGRA8888:
            case QVideoFrameFormat::Format_RGBA8888:
                out[4 * x] = out[4 * x + 1] = out[4 * x + 2] = out[4 * x + 3] = in[x];
                // The alpha (or padding) byte, at either end.
                out[format == QVideoFrameFormat::Format_XRGB8888 ? 4 * x : 4 * x + 3] = 255;
                break;
            default: out[x] = in[x]; // planar and semi-planar: plane 0 is Y
            }
        }
    }
    frame.unmap();
    return frame;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void whatIsDrawnReadsBack()
    {
        const QImage code = QrCode::render(kLink);
        QVERIFY(!code.isNull());
        QCOMPARE(code.width(), code.height());
        QCOMPARE(QrCode::read(code), kLink);
        // Crisp modules: only black and white.
        for (int y = 0; y < code.height(); y += 3)
            for (int x = 0; x < code.width(); x += 3) {
                const int grey = qGray(code.pixel(x, y));
                QVERIFY(grey == 0 || grey == 255);
            }
    }

    void aPhotoOfItReadsBack()
    {
        // Smaller, turned a little, on a grey table beside some text.
        const QImage code = QrCode::render(kLink, 4);
        QImage photo(900, 700, QImage::Format_RGB32);
        photo.fill(QColor(120, 120, 130));
        QPainter painter(&photo);
        painter.setPen(Qt::black);
        painter.drawText(20, 40, u"Alice's phone"_s);
        painter.translate(450, 350);
        painter.rotate(8);
        painter.drawImage(-code.width() / 2, -code.height() / 2, code);
        painter.end();
        QCOMPARE(QrCode::read(photo), kLink);
        // From a file, as the profile page's picture button reads it.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"photo.jpg"_s);
        QVERIFY(photo.save(path, "JPG", 90));
        QCOMPARE(QrCode::readFile(path), kLink);
    }

    void noCodeReadsAsNothing()
    {
        QImage blank(400, 300, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QPainter painter(&blank);
        painter.drawText(20, 40, u"no code here"_s);
        painter.end();
        QVERIFY(QrCode::read(blank).isEmpty());
        QVERIFY(QrCode::read(QImage()).isEmpty());
        QTemporaryDir dir;
        QFile broken(dir.filePath(u"broken.png"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x89PNG\r\n\x1a\nnot really");
        broken.close();
        QVERIFY(QrCode::readFile(broken.fileName()).isEmpty());
        QVERIFY(QrCode::readFile(dir.filePath(u"missing.png"_s)).isEmpty());
    }

    void tooLongForACodeDrawsNothing()
    {
        QVERIFY(QrCode::render(u"x"_s.repeated(5000)).isNull());
        QVERIFY(QrCode::render(QString()).isNull());
    }

    void theImageProviderDrawsTheLink()
    {
        // image://qr/<the link, percent-encoded>, as the profile page asks.
        QrImageProvider provider;
        QSize size;
        const QImage image = provider.requestImage(QString::fromLatin1(QUrl::toPercentEncoding(kLink)), &size, QSize(240, 240));
        QVERIFY(!image.isNull());
        QCOMPARE(size, image.size());
        QVERIFY(image.width() >= 240);
        QCOMPARE(QrCode::read(image), kLink);
    }

    void theCameraScannerReadsEachFrameLayout_data()
    {
        QTest::addColumn<QVideoFrameFormat::PixelFormat>("format");
        QTest::newRow("NV12") << QVideoFrameFormat::Format_NV12;
        QTest::newRow("YUV420P") << QVideoFrameFormat::Format_YUV420P;
        QTest::newRow("YUYV") << QVideoFrameFormat::Format_YUYV;
        QTest::newRow("UYVY") << QVideoFrameFormat::Format_UYVY;
        QTest::newRow("Y8") << QVideoFrameFormat::Format_Y8;
        QTest::newRow("P010") << QVideoFrameFormat::Format_P010;
        QTest::newRow("XRGB8888") << QVideoFrameFormat::Format_XRGB8888;
        QTest::newRow("BGRA8888") << QVideoFrameFormat::Format_BGRA8888;
        QTest::newRow("RGBA8888") << QVideoFrameFormat::Format_RGBA8888;
    }

    void theCameraScannerReadsEachFrameLayout()
    {
        QFETCH(QVideoFrameFormat::PixelFormat, format);
        QVideoSink sink;
        QrScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &QrScanner::found);

        // The desk without the code: looked at, nothing found.
        sink.setVideoFrame(frameOf(Hearth::Test::deskView({}), format));
        QTRY_COMPARE(scanner.framesRead(), 1);
        QCOMPARE(found.size(), 0);
        QVERIFY(scanner.isScanning());

        const QVideoFrame withCode = frameOf(Hearth::Test::deskView(kLink), format);
        QVERIFY(withCode.isValid());
        sink.setVideoFrame(withCode);
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(found.at(0).at(0).toString(), kLink);
        QVERIFY(!scanner.isScanning());
    }

    void theCameraScannerReadsOneFrameAtATimeAndStopsAtTheFirstCode()
    {
        QVideoSink sink;
        QrScanner scanner;
        scanner.setVideoSink(&sink);
        QSignalSpy found(&scanner, &QrScanner::found);

        // A burst of frames while the first is read: the others are let go
        // rather than queued, and the code is reported once.
        QList<QVideoFrame> burst;
        for (int i = 0; i < 30; ++i)
            burst << frameOf(Hearth::Test::deskView(kLink), QVideoFrameFormat::Format_NV12);
        for (const QVideoFrame &frame : std::as_const(burst))
            sink.setVideoFrame(frame);
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(scanner.framesRead(), 1);
        // Ended: a later frame (the empty desk) is not read. Had it been,
        // the scanner would still be busy with it when scanning again, the
        // frame with the code below would be let go, and the empty desk's
        // read would be the one counted: no second code.
        sink.setVideoFrame(frameOf(Hearth::Test::deskView({}), QVideoFrameFormat::Format_YUYV));
        QCOMPARE(scanner.framesRead(), 1);

        // Scanning again (the dialog opened again) finds it again (in a
        // new frame: a sink passes on only a frame that differs).
        scanner.setScanning(true);
        QCOMPARE(scanner.framesRead(), 0);
        sink.setVideoFrame(frameOf(Hearth::Test::deskView(kLink), QVideoFrameFormat::Format_NV12));
        QTRY_COMPARE(found.size(), 2);
        QCOMPARE(scanner.framesRead(), 1);

        // Frames the scanner cannot map or knows no layout of: nothing
        // found, nothing crashes, the scan goes on.
        scanner.setScanning(true);
        sink.setVideoFrame(QVideoFrame());
        QVideoFrame odd(QVideoFrameFormat(QSize(64, 48), QVideoFrameFormat::Format_SamplerExternalOES));
        sink.setVideoFrame(odd);
        sink.setVideoFrame(frameOf(Hearth::Test::deskView({}), QVideoFrameFormat::Format_NV12));
        QTRY_VERIFY(scanner.framesRead() >= 1);
        QCOMPARE(found.size(), 2);
        QVERIFY(scanner.isScanning());
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
