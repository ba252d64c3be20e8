#include "ExportViewer.h"

#include "export/ExportLoader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>

using namespace Hearth;

ExportViewer::ExportViewer(Database *db, const QString &workDirectory, const QString &avatarDirectory, QObject *parent)
    : QObject(parent), m_loader(new ExportLoader(db, workDirectory, avatarDirectory, this))
{
    connect(m_loader, &ExportLoader::opened, this, [this](qint64 accountId, const QString &jid, const QDateTime &exportedAt) {
        {
            QMutexLocker locker(&m_media->lock);
            m_media->zipPath = m_loader->zipPath();
        }
        m_note = tr("An export of %1 made on %2: read-only, nothing goes online.")
                     .arg(jid, QLocale().toString(exportedAt.toLocalTime(), QLocale::LongFormat));
        Q_EMIT changed();
        Q_EMIT opened(accountId, jid);
    });
    connect(m_loader, &ExportLoader::progressChanged, this, [this](const QString &part, qint64 items) {
        m_progress = part.isEmpty() ? QString() : tr("Reading %1 (%n item(s) so far)…", nullptr, int(std::min<qint64>(items, INT_MAX))).arg(part);
        Q_EMIT changed();
    });
    connect(m_loader, &ExportLoader::passphraseNeeded, this, [this](const QString &why) {
        m_loading = false;
        m_needsPassphrase = true;
        m_error = m_progress.isEmpty() && why.contains(QLatin1String("wrong")) ? why : QString();
        m_progress.clear();
        Q_EMIT changed();
    });
    connect(m_loader, &ExportLoader::contentReady, this, &ExportViewer::contentReady);
    connect(m_loader, &ExportLoader::finished, this, [this](bool ok, const QString &error) {
        m_loading = false;
        m_progress.clear();
        m_error = ok ? QString() : tr("This export cannot be opened: %1").arg(error);
        Q_EMIT changed();
        if (ok)
            Q_EMIT loaded();
    });
}

ExportViewer::~ExportViewer() = default;

void ExportViewer::open(const QString &path, const QString &passphrase)
{
    m_path = QFileInfo(path).absoluteFilePath();
    m_progress = tr("Opening %1…").arg(QFileInfo(path).fileName());
    m_error.clear();
    m_needsPassphrase = false;
    m_loading = true;
    Q_EMIT changed();
    m_loader->start(m_path, passphrase);
}

void ExportViewer::unlock(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return;
    open(m_path, passphrase);
}

QStringList ExportViewer::openArguments(const QString &file, const QString &profileDirectory)
{
    QStringList arguments{QStringLiteral("--open"), QFileInfo(file).absoluteFilePath()};
    if (!profileDirectory.isEmpty())
        arguments << QStringLiteral("--home-profile") << QFileInfo(profileDirectory).absoluteFilePath();
    return arguments;
}

QStringList ExportViewer::importArguments(const QString &file, const QString &profileDirectory)
{
    QStringList arguments{QStringLiteral("--import"), QFileInfo(file).absoluteFilePath()};
    if (!profileDirectory.isEmpty())
        arguments << QStringLiteral("--profile") << QFileInfo(profileDirectory).absoluteFilePath();
    return arguments;
}

bool ExportViewer::openInNewWindow(const QUrl &file) const
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty() || !QFileInfo(path).isFile())
        return false;
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), openArguments(path, m_profileDirectory));
}

bool ExportViewer::importIntoAccount() const
{
    if (m_path.isEmpty() || !QFileInfo(m_path).isFile())
        return false;
    return QProcess::startDetached(QCoreApplication::applicationFilePath(), importArguments(m_path, m_profileDirectory));
}
