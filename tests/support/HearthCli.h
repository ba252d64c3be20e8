#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <functional>

namespace Hearth::Test {

// What a run of the hearth binary left: its exit code (-2 when it did not
// exit by itself: killed or crashed), standard output and standard error.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// Runs binary (HEARTH_TEST_BINARY, when set, names another build: to watch
// tests fail on old code) with arguments in env. watch, when given, sees the
// standard error each time it grows, and may kill the process.
CliRun runHearth(const QString &binary, const QStringList &arguments, const QProcessEnvironment &env,
                 const std::function<void(QProcess &process, const QString &log)> &watch = {}, int timeoutMs = 180000);

} // namespace Hearth::Test
