// Memory while reading the feed: RSS of the app after scrolling through
// 2,000 cached posts, each with a picture fetched from a local web server,
// at every 250 posts (target < 250 MiB, flat after the first 500).
#include "BenchProfiles.h"
#include "BenchUtils.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Hearth;

namespace {
// Answers every GET with the same JPEG (each post has its own URL, so the
// app decodes each one).
class PictureServer : public QTcpServer
{
public:
    explicit PictureServer(QByteArray picture)
        : m_picture(std::move(picture))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_buffers[socket] += socket->readAll();
                    if (!m_buffers[socket].contains("\r\n\r\n"))
                        return;
                    m_buffers.remove(socket);
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\nConnection: close\r\nContent-Length: "
                                  + QByteArray::number(m_picture.size()) + "\r\n\r\n" + m_picture);
                    socket->disconnectFromHost();
                    ++served;
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    int served = 0;

private:
    QByteArray m_picture;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int posts = Bench::size("HEARTH_BENCH_SCROLL", 2000);
    Bench::announce("bench_scroll", QStringLiteral("%1 posts with pictures").arg(posts));
    QFile picture(QStringLiteral(":/hearth/demo-pictures/fjord.jpg"));
    if (!picture.open(QIODevice::ReadOnly))
        return 1;
    PictureServer server(picture.readAll());
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 1;
    QTemporaryDir profile;
    // A few more posts than scrolled, so the end of the list is not reached.
    if (!Bench::fillFeed(profile.path(), posts + 100, QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())))
        return 1;

    QProcess hearth;
    auto env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    hearth.setProcessEnvironment(env);
    QList<std::pair<int, double>> samples;
    bool done = false;
    QObject::connect(&hearth, &QProcess::readyReadStandardOutput, &hearth, [&] {
        while (hearth.canReadLine()) {
            const QByteArray line = hearth.readLine().trimmed();
            if (line.startsWith("scrolled "))
                samples << std::pair{line.mid(9).toInt(), double(Bench::rssKiB(hearth.processId())) / 1024.0};
            else if (line == "scroll done")
                done = true;
            else if (line.startsWith("scroll stalled"))
                std::fprintf(stderr, "bench_scroll: %s\n", line.constData());
        }
    });
    QElapsedTimer timer;
    timer.start();
    hearth.start(QStringLiteral(HEARTH_BINARY), {QStringLiteral("--profile"), profile.path(), QStringLiteral("--no-keychain"),
                                                  QStringLiteral("--view"), QStringLiteral("feed"), QStringLiteral("--bench-scroll"),
                                                  QString::number(posts)});
    while (hearth.state() != QProcess::NotRunning && timer.elapsed() < 240000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (hearth.state() != QProcess::NotRunning)
        hearth.kill();
    if (!done || samples.isEmpty() || samples.constLast().first < posts)
        return Bench::checkFailed("bench_scroll", QStringLiteral("the feed did not scroll through %1 posts\n%2").arg(posts)
                                                      .arg(QString::fromUtf8(hearth.readAllStandardError().right(2000))));
    if (server.served < posts / 2)
        return Bench::checkFailed("bench_scroll", QStringLiteral("only %1 pictures were fetched for %2 posts").arg(server.served).arg(posts));
    QStringList points;
    double afterWarmUp = 0, peak = 0;
    for (const auto &[scrolled, mib] : samples) {
        points << QStringLiteral("%1: %2").arg(scrolled).arg(mib, 0, 'f', 0);
        if (scrolled == 500)
            afterWarmUp = mib;
        peak = std::max(peak, mib);
    }
    const double last = samples.constLast().second;
    std::printf("memory: RSS scrolling the feed through %d posts with pictures (%d fetched): %s MiB; at the end %.0f MiB "
                "(target < 250 MiB: %s; growth after 500 posts %+.0f MiB)\n",
                posts, server.served, qPrintable(points.join(QStringLiteral(", "))), last, peak < 250 ? "met" : "NOT met",
                last - afterWarmUp);
    Bench::row(QStringLiteral("feed: RSS after scrolling through %1 posts, each with a picture").arg(posts),
               QStringLiteral("%1 MiB (peak %2)").arg(last, 0, 'f', 0).arg(peak, 0, 'f', 0), QStringLiteral("< 250 MiB"), peak < 250);
    return Bench::exitCode();
}
