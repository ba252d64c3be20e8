#pragma once

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QString>
#include <algorithm>
#include <cstdio>

// Small helpers for the timed benchmark programs: runs, percentiles, and
// one line per figure ("name: median X ms (min, p90, max; N runs)").
namespace Hearth::Bench {

inline int runs(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("HEARTH_BENCH_RUNS", &ok);
    return ok && n > 0 ? n : fallback;
}

// Futures continued on this thread need the event loop to finish.
template<typename T>
void waitFor(const QFuture<T> &future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

inline void report(const char *name, const QList<double> &ms, double target)
{
    const double median = percentile(ms, 0.5);
    std::printf("%s: median %.1f ms (min %.1f, p90 %.1f, max %.1f; %lld runs; target < %.0f ms: %s)\n", name, median,
                percentile(ms, 0.0), percentile(ms, 0.9), percentile(ms, 1.0), static_cast<long long>(ms.size()), target,
                median < target ? "met" : "NOT met");
    std::fflush(stdout);
}

} // namespace Hearth::Bench
