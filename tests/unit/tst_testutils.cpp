// The test helpers themselves: a wait that times out fails the test (it
// never reads as a default value), and waiting sleeps instead of spinning.
#include "support/TestUtils.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace Hearth;

namespace {
// CPU time this process has used, in ms.
double cpuMs()
{
    return double(std::clock()) * 1000.0 / CLOCKS_PER_SEC;
}

class Beacon : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void ping();
};
} // namespace

class TestTestUtils : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aResultThatNeverComesFailsTheTest()
    {
        QPromise<QString> never;
        never.start();
        // The failure is expected here (and recorded as one): without it, the
        // empty string would pass as "no error".
        QEXPECT_FAIL("", "a timeout must fail the test", Continue);
        const QString value = Test::result(never.future(), 200);
        QVERIFY(value.isEmpty());
    }

    void aResultThatComesIsReturned()
    {
        QPromise<QString> later;
        later.start();
        QTimer::singleShot(50, this, [&] {
            later.addResult(QStringLiteral("done"));
            later.finish();
        });
        QCOMPARE(Test::result(later.future(), 5000), QStringLiteral("done"));
    }

    void waitingDoesNotSpin()
    {
        QPromise<int> never;
        never.start();
        const double before = cpuMs();
        QVERIFY(!Test::waitFor(never.future(), 600));
        // A loop around processEvents() burns the whole 600 ms on one core.
        const double used = cpuMs() - before;
        QVERIFY2(used < 150, qPrintable(QStringLiteral("%1 ms of CPU in a 600 ms wait").arg(used)));
    }

    void untilChecksOnTheSignal()
    {
        Beacon beacon;
        int pings = 0;
        connect(&beacon, &Beacon::ping, this, [&] { ++pings; });
        QTimer timer;
        connect(&timer, &QTimer::timeout, &beacon, &Beacon::ping);
        timer.start(20);
        const double before = cpuMs();
        QVERIFY(Test::until(&beacon, &Beacon::ping, [&] { return pings >= 5; }, 5000));
        QVERIFY(cpuMs() - before < 150);
        QVERIFY(!Test::until(&beacon, &Beacon::ping, [&] { return pings < 0; }, 200));
    }
};

QTEST_GUILESS_MAIN(TestTestUtils)
#include "tst_testutils.moc"
