#include "HearthCli.h"

namespace Hearth::Test {

CliRun runHearth(const QString &binary, const QStringList &arguments, const QProcessEnvironment &env,
                 const std::function<void(QProcess &, const QString &)> &watch, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    CliRun run;
    if (watch) {
        QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
            run.err += QString::fromUtf8(process.readAllStandardError());
            watch(process, run.err);
        });
    }
    process.start(qEnvironmentVariable("HEARTH_TEST_BINARY", binary), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    run.err += QString::fromUtf8(process.readAllStandardError());
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    return run;
}

} // namespace Hearth::Test
