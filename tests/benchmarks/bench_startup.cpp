// Start-up: process start to the first frame of the main window on an
// existing profile (an account in the cache, no password: the window opens
// offline at once). Target < 300 ms.
#include "AccountStore.h"
#include "BenchUtils.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

using namespace Hearth;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir profile;
    {
        Database db;
        auto opened = db.open(profile.filePath(QStringLiteral("hearth.sqlite")));
        Bench::waitFor(opened);
        AccountStore store(&db);
        AccountRecord record;
        record.settings.jid = QStringLiteral("reader@example.org");
        auto saved = store.save(record);
        Bench::waitFor(saved);
        if (!opened.result().ok() || !saved.result().ok()) {
            std::fprintf(stderr, "bench_startup: cannot prepare the profile\n");
            return 1;
        }
    }

    auto env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const int n = Bench::runs(15);
    QList<double> wall, inProcess;
    for (int i = 0; i < n + 1; ++i) {
        QProcess hearth;
        hearth.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        hearth.start(QStringLiteral(HEARTH_BINARY), {QStringLiteral("--profile"), profile.path(), QStringLiteral("--no-keychain"),
                                                    QStringLiteral("--report-first-frame")});
        double seen = -1;
        while (hearth.waitForReadyRead(10000)) {
            const QByteArray line = hearth.readLine();
            if (line.startsWith("first-frame-ms ")) {
                seen = double(timer.nsecsElapsed()) / 1e6;
                inProcess.append(line.mid(15).trimmed().toDouble());
                break;
            }
        }
        hearth.waitForFinished(10000);
        if (seen < 0) {
            std::fprintf(stderr, "bench_startup: no first frame reported\n%s\n", hearth.readAllStandardError().constData());
            return 1;
        }
        if (i > 0) // the first run warms the disk cache
            wall.append(seen);
        else
            inProcess.removeLast();
    }
    Bench::report("startup: process start to first frame", wall, 300);
    Bench::report("startup: main() to first frame (in-process)", inProcess, 300);
    return 0;
}
