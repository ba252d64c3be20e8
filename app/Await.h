#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QTimer>

// Waiting in the command line's subcommands: the event loop runs (network,
// database) while a condition is checked every 10 ms, sleeping in between
// (processEvents with a time returns at once when nothing is pending, so
// it would spin).
namespace Await {

template<typename Predicate>
bool until(Predicate done, int timeoutMs = 60000)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer check;
    check.setInterval(10);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    loop.exec();
    return done();
}

template<typename T>
bool finished(QFuture<T> future, int timeoutMs = 60000)
{
    return until([&future] { return future.isFinished(); }, timeoutMs);
}

} // namespace Await
