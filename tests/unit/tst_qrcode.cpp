// QR codes of OMEMO key links (issue 19): what Hearth draws reads back as
// the same link, also as a photo would take it (scaled, turned, on a grey
// background with other things around), and a picture without a code, an
// empty or a broken file reads as nothing, never as a wrong link.

#include "QrCode.h"
#include "QrImageProvider.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using namespace Qt::StringLiterals;

namespace {
// A link as Hearth shows it: both OMEMO versions' keys.
const QString kLink = u"xmpp:alice@example.org?message;omemo2-sid-1234567=%1;omemo-sid-1234567=%2"_s
                          .arg(u"a1b2c3d4"_s.repeated(8), u"05f00d"_s + u"e1"_s.repeated(32).left(58));
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
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
