#include "ExportCommand.h"

#include "Await.h"

#include "AccountSession.h"
#include "export/AccountExporter.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>

using namespace Hearth;

namespace ExportCommand {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}
} // namespace

int run(AccountSession &session, const Options &options)
{
    AccountExporter exporter(&session);
    bool done = false;
    bool ok = false;
    QString outcome;
    ExportManifest manifest;
    QString lastStage;
    int lastPercent = -1;
    QObject::connect(&exporter, &AccountExporter::progressChanged, &exporter,
                     [&](const QString &stage, double fraction, qint64 items, qint64 bytes) {
                         const int percent = fraction < 0 ? -1 : int(std::floor(fraction * 100));
                         if (stage == lastStage && percent == lastPercent)
                             return;
                         lastStage = stage;
                         lastPercent = percent;
                         std::fprintf(stderr, "export: %s%s (%lld items, %lld bytes)\n", qPrintable(stage),
                                      percent < 0 ? "" : qPrintable(QStringLiteral(" %1%").arg(percent)), items, bytes);
                     });
    QObject::connect(&exporter, &AccountExporter::finished, &exporter, [&](bool success, const QString &result, const ExportManifest &written) {
        done = true;
        ok = success;
        outcome = result;
        manifest = written;
    });
    AccountExporter::Options o;
    o.output = options.output;
    o.passphrase = options.passphrase;
    o.avatarDirectory = options.avatarDirectory;
    o.settingsPath = options.settingsPath;
    o.generatorVersion = QStringLiteral(HEARTH_VERSION);
    o.fetchMedia = options.media;
    exporter.start(o);
    // However long the archive takes while the server answers; the
    // exporter itself fails on a lost connection.
    if (!Await::until([&] { return done; }, 24 * 3600 * 1000)) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(tr("the export did not finish")));
        return 1;
    }
    if (!ok) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(tr("export failed: %1").arg(outcome)));
        return 1;
    }
    for (const QString &warning : std::as_const(manifest.warnings))
        std::fprintf(stderr, "export: %s\n", qPrintable(tr("warning: %1").arg(warning)));
    int partial = 0;
    for (const auto &dataset : std::as_const(manifest.datasets))
        partial += dataset.complete ? 0 : 1;
    std::fprintf(stderr, "export: %s\n",
                 qPrintable(tr("%1 datasets (%2 not complete, see manifest.json), %3 files, %4 media files")
                                .arg(manifest.datasets.size())
                                .arg(partial)
                                .arg(manifest.files.size())
                                .arg(manifest.media.size())));
    std::printf("%s\n", qPrintable(outcome));
    return 0;
}

} // namespace ExportCommand
