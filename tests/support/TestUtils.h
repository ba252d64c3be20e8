#pragma once

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QTest>
#include <QTimer>

#include <source_location>

namespace Hearth::Test {

// Waits for a future without spinning: a nested event loop (continuations
// that run on the test's thread need one) that the future's end or the
// deadline quits. Use as QVERIFY(waitFor(future)).
template<typename T>
bool waitFor(const QFuture<T> &future, int timeoutMs = 10000)
{
    if (future.isFinished())
        return true;
    QEventLoop loop;
    QFutureWatcher<T> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    deadline.start(timeoutMs);
    if (!future.isFinished())
        loop.exec();
    return future.isFinished();
}

// The future's value. A future that never finishes fails the test, naming
// the call that waited, because a default value could read as success
// ("nothing found", "no error"); the default is returned only so that the
// test function can go on to its end.
template<typename T>
T result(const QFuture<T> &future, int timeoutMs = 10000,
         const std::source_location where = std::source_location::current())
{
    if (waitFor(future, timeoutMs))
        return future.result();
    QTest::qFail(qPrintable(QStringLiteral("timed out after %1 ms waiting for the future in %2")
                                .arg(timeoutMs)
                                .arg(QString::fromLatin1(where.function_name()))),
                 where.file_name(), int(where.line()));
    return T{};
}

// Waits until predicate() holds, checking it again each time sender emits
// signal (the event that can make it true), never by polling. True when it
// holds; false after timeoutMs.
template<typename Sender, typename Signal, typename Predicate>
bool until(const Sender *sender, Signal signal, Predicate predicate, int timeoutMs = 10000)
{
    if (predicate())
        return true;
    QEventLoop loop;
    const auto connection = QObject::connect(sender, signal, &loop, [&] {
        if (predicate())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return predicate();
}

} // namespace Hearth::Test

// Fails the test with the server's reason when the fixture cannot start.
#define HEARTH_START_SERVER(server) \
    do { \
        if (!(server).start()) \
            QFAIL(qPrintable(QStringLiteral("Prosody did not start: ") + (server).error())); \
    } while (false)
