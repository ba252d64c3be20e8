#include "ExportController.h"

#include "AccountSession.h"
#include "export/AccountExporter.h"

#include <QLocale>
#include <QStandardPaths>

using namespace Hearth;

ExportController::ExportController(AccountSession *session, const QString &settingsPath, const QString &avatarDirectory, QObject *parent)
    : QObject(parent), m_session(session), m_exporter(new AccountExporter(session, this)), m_settingsPath(settingsPath),
      m_avatarDirectory(avatarDirectory)
{
    connect(m_exporter, &AccountExporter::progressChanged, this, [this](const QString &stage, double fraction, qint64 items, qint64 bytes) {
        m_stage = stage;
        if (fraction >= 0)
            m_fraction = fraction;
        m_amounts = tr("%n item(s)", nullptr, int(std::min<qint64>(items, INT_MAX))) + QStringLiteral(" · ")
            + QLocale().formattedDataSize(bytes);
        Q_EMIT changed();
    });
    connect(m_exporter, &AccountExporter::finished, this, [this](bool ok, const QString &pathOrError, const ExportManifest &manifest) {
        m_running = false;
        m_fraction = ok ? 1 : 0;
        m_result = ok ? pathOrError : QString();
        m_error = ok ? QString() : pathOrError;
        int partial = 0;
        for (const auto &dataset : manifest.datasets)
            partial += dataset.complete ? 0 : 1;
        m_stage = ok ? (partial == 0 ? tr("Exported: everything the account holds.")
                                     : tr("Exported; %n part(s) could not be read completely (the file's manifest.json says which and why).",
                                          nullptr, partial))
                     : QString();
        Q_EMIT changed();
    });
}

QUrl ExportController::defaultFolder() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

void ExportController::start(const QUrl &folder, const QString &passphrase)
{
    if (m_running)
        return;
    m_running = true;
    m_result.clear();
    m_error.clear();
    m_fraction = 0;
    m_stage = tr("Starting…");
    m_amounts.clear();
    Q_EMIT changed();
    AccountExporter::Options options;
    options.output = folder.isLocalFile() ? folder.toLocalFile() : folder.toString();
    options.passphrase = passphrase;
    options.settingsPath = m_settingsPath;
    options.avatarDirectory = m_avatarDirectory;
    options.generatorVersion = QStringLiteral(HEARTH_VERSION);
    m_exporter->start(options);
}

void ExportController::cancel()
{
    m_exporter->cancel();
}
