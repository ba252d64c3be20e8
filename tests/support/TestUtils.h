#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFuture>

namespace Hearth::Test {

// Waits for a future while spinning the event loop (continuations that run
// on the test's thread need it). Use as QVERIFY(waitFor(future)).
template<typename T>
bool waitFor(const QFuture<T> &future, int timeoutMs = 10000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!future.isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return future.isFinished();
}

// The future's value once it has finished (a default one on timeout).
template<typename T>
T result(const QFuture<T> &future, int timeoutMs = 10000)
{
    return waitFor(future, timeoutMs) ? future.result() : T{};
}

} // namespace Hearth::Test

// Fails the test with the server's reason when the fixture cannot start.
#define HEARTH_START_SERVER(server) \
    do { \
        if (!(server).start()) \
            QFAIL(qPrintable(QStringLiteral("Prosody did not start: ") + (server).error())); \
    } while (false)
