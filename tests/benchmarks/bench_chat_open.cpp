// Chats in the app: opening a chat with 100,000 cached messages (its first
// page painted, target < 50 ms) and the app's memory with 200,000 messages
// cached after opening ten large chats (target < 200 MiB), by running the
// real binary with --bench-open-chats. The app reads its own RSS 1.5 s
// after the last chat opened; each chat must show messages.
#include "BenchProfiles.h"
#include "BenchUtils.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

using namespace Hearth;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = Bench::size("HEARTH_BENCH_MESSAGES", 200000);
    Bench::announce("bench_chat_open", QStringLiteral("%1 messages in ten chats, one of %2").arg(total).arg(total / 2));
    // One chat with half of them (100,000 for the full run), nine sharing the rest.
    QList<int> sizes{total / 2};
    for (int i = 1; i < 10; ++i)
        sizes << (total - total / 2) / 9;
    QTemporaryDir profile;
    QElapsedTimer filling;
    filling.start();
    if (!Bench::fillChats(profile.path(), sizes))
        return Bench::checkFailed("bench_chat_open", QStringLiteral("cannot fill the cache"));
    std::fprintf(stderr, "bench_chat_open: %d messages cached in %.1f s\n", total, double(filling.elapsed()) / 1000.0);
    // The big chat first (a cold cache), each of the others, then the big one again.
    QStringList order;
    for (int i = 0; i < sizes.size(); ++i)
        order << Bench::chatJid(i);
    order << Bench::chatJid(0);

    QProcess hearth;
    auto env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    hearth.setProcessEnvironment(env);
    QList<std::pair<QString, double>> opened;
    double rss = 0;
    QObject::connect(&hearth, &QProcess::readyReadStandardOutput, &hearth, [&] {
        while (hearth.canReadLine()) {
            const QList<QByteArray> parts = hearth.readLine().trimmed().split(' ');
            if (parts.size() == 4 && parts.at(0) == "opened" && parts.at(2).toInt() > 0)
                opened << std::pair{QString::fromLatin1(parts.at(1)), parts.at(3).toDouble()};
            else if (parts.size() == 3 && parts.at(0) == "settled")
                rss = parts.at(2).toDouble() / 1024.0;
        }
    });
    QElapsedTimer timer;
    timer.start();
    hearth.start(QStringLiteral(HEARTH_BINARY), {QStringLiteral("--profile"), profile.path(), QStringLiteral("--no-keychain"),
                                                  QStringLiteral("--bench-open-chats"), order.join(u',')});
    while (hearth.state() != QProcess::NotRunning && timer.elapsed() < 240000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (hearth.state() != QProcess::NotRunning)
        hearth.kill();
    if (opened.size() != order.size() || rss <= 0)
        return Bench::checkFailed("bench_chat_open", QStringLiteral("opened %1 of %2 chats (each must show messages); RSS %3\n%4")
                                                         .arg(opened.size()).arg(order.size()).arg(rss)
                                                         .arg(QString::fromUtf8(hearth.readAllStandardError().right(2000))));
    QList<double> others;
    for (int i = 1; i < opened.size() - 1; ++i)
        others << opened.at(i).second;
    const double first = opened.constFirst().second;
    std::printf("chat: opening a chat with %d cached messages, first page painted: %.0f ms the first time, %.0f ms again "
                "(target < 50 ms: %s); the nine others (%d messages each): median %.0f ms, max %.0f ms\n",
                sizes.constFirst(), first, opened.constLast().second,
                std::max(first, opened.constLast().second) < 50 ? "met" : "NOT met", sizes.at(1), Bench::percentile(others, 0.5),
                Bench::percentile(others, 1.0));
    std::printf("memory: RSS with %d messages cached after opening ten chats: %.0f MiB (target < 200 MiB: %s)\n", total, rss,
                rss < 200 ? "met" : "NOT met");
    Bench::row(QStringLiteral("chat: opening a chat with %1 cached messages, first page painted (first time, again)").arg(sizes.constFirst()),
               QStringLiteral("%1 ms, %2 ms").arg(first, 0, 'f', 0).arg(opened.constLast().second, 0, 'f', 0), QStringLiteral("< 50 ms"),
               std::max(first, opened.constLast().second) < 50);
    Bench::row(QStringLiteral("chat: RSS 1.5 s after opening ten chats, %1 messages cached").arg(total), QStringLiteral("%1 MiB").arg(rss, 0, 'f', 0),
               QStringLiteral("< 200 MiB"), rss < 200);
    return Bench::exitCode();
}
