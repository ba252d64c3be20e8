// Scanning a contact's QR code with the camera (issue 19): how long
// QrScanner takes over one 1280×720 NV12 frame (a webcam's usual picture),
// from the sink handing it over to the scanner's answer, thread hop
// included: a frame without a code (most of what a camera shows) and one
// with the key link of a device in both OMEMO versions. Target < 33 ms
// each: every frame of a 30 fps camera could be looked at. Each answer is
// checked (the link read back; nothing read from the empty desk).
// HEARTH_BENCH_RUNS sets the timed frames (50 of each).
#include "BenchUtils.h"
#include "support/CameraFrames.h"
#include "QrCode.h"
#include "QrScanner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTimer>
#include <QVideoSink>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {
const QString kLink = u"xmpp:alice@example.org?message;omemo2-sid-1234567=%1;omemo-sid-1234567=%2"_s.arg(
    u"a1b2c3d4"_s.repeated(8), u"05f00d"_s + u"e1"_s.repeated(29));

int fail(const QString &why)
{
    return Bench::checkFailed("bench_qrscan", why);
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const int runs = Bench::runs(50);
    Bench::announce("bench_qrscan", u"1280x720 NV12 frames, %1 of each"_s.arg(runs));

    QVideoSink sink;
    QrScanner scanner;
    scanner.setVideoSink(&sink);
    QString found;
    QObject::connect(&scanner, &QrScanner::found, [&](const QString &text) { found = text; });

    // One frame through the scanner: the time until it has been looked at.
    const auto scan = [&](const QVideoFrame &frame, double *ms) {
        found.clear();
        scanner.setScanning(true); // again after a code was found
        const int before = scanner.framesRead();
        QEventLoop loop;
        const auto done = QObject::connect(&scanner, &QrScanner::framesReadChanged, &loop, [&] {
            if (scanner.framesRead() > before)
                loop.quit();
        });
        QTimer::singleShot(10000, &loop, [&] { loop.exit(1); });
        QElapsedTimer timer;
        timer.start();
        sink.setVideoFrame(frame);
        const bool answered = scanner.framesRead() > before || loop.exec() == 0;
        *ms = double(timer.nsecsElapsed()) / 1e6;
        QObject::disconnect(done);
        return answered;
    };

    const QImage empty = Test::deskView({}, QSize(1280, 720), 4);
    const QImage withCode = Test::deskView(kLink, QSize(1280, 720), 4);
    QList<double> emptyMs, codeMs;
    for (int i = 0; i < runs; ++i) {
        // A new frame each time: a sink passes on only a frame that differs.
        double ms = 0;
        if (!scan(Test::nv12Frame(empty), &ms))
            return fail(u"a frame without a code was not looked at within 10 s"_s);
        if (!found.isEmpty())
            return fail(u"a code was read on the empty desk: "_s + found);
        emptyMs << ms;
        if (!scan(Test::nv12Frame(withCode), &ms))
            return fail(u"a frame with the code was not looked at within 10 s"_s);
        if (found != kLink)
            return fail(u"the code read as \"%1\""_s.arg(found));
        codeMs << ms;
    }
    Bench::report("QR scan: one 1280x720 camera frame without a code, looked at (sink to answer, off the window's thread)", emptyMs, 33);
    Bench::report("QR scan: one 1280x720 camera frame showing a key link (both OMEMO versions), read", codeMs, 33);
    return Bench::exitCode();
}
