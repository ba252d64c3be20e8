#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include "ExportMediaProvider.h"

#include <memory>

namespace Hearth {
class Database;
class ExportLoader;
}

// The offline browser of an .xmpp-export.zip (hearth --open FILE): reads it
// into the viewer's own cache with ExportLoader, asks for the passphrase of
// a sealed one, and tells the views what they show (an export of that
// account, of that date, read-only). AppController switches to its read-only
// mode when the export is open.
class ExportViewer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppController.exportViewer")
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString file READ file NOTIFY changed)
    Q_PROPERTY(bool needsPassphrase READ needsPassphrase NOTIFY changed)
    Q_PROPERTY(QString progress READ progress NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString note READ note NOTIFY changed)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)

public:
    ExportViewer(Hearth::Database *db, const QString &workDirectory, const QString &avatarDirectory, QObject *parent = nullptr);
    ~ExportViewer() override;

    void open(const QString &path, const QString &passphrase = {});
    Q_INVOKABLE void unlock(const QString &passphrase);
    // Opens an export in a new Hearth window (its own process and cache),
    // from the login page's button or a file dropped on the window. The
    // new window knows this one's profile, to import into its account.
    Q_INVOKABLE bool openInNewWindow(const QUrl &file) const;
    // From the offline browser: the export open here imported into the
    // account of the profile it was opened from (a Hearth window of that
    // profile with Settings → Your data → Import and this file; it asks to
    // log in first when the profile has no account).
    Q_INVOKABLE bool importIntoAccount() const;
    // The profile folder of this process ("" the default one) or, in the
    // offline browser, of the window that opened it.
    void setProfileDirectory(const QString &directory) { m_profileDirectory = directory; }
    [[nodiscard]] QString profileDirectory() const { return m_profileDirectory; }
    // The arguments of those two windows.
    [[nodiscard]] static QStringList openArguments(const QString &file, const QString &profileDirectory);
    [[nodiscard]] static QStringList importArguments(const QString &file, const QString &profileDirectory);

    [[nodiscard]] bool active() const { return !m_path.isEmpty(); }
    // For the image provider of the export's pictures (main() installs it).
    [[nodiscard]] std::shared_ptr<ExportMediaProvider::Source> mediaSource() const { return m_media; }
    [[nodiscard]] QString file() const { return m_path; }
    [[nodiscard]] bool needsPassphrase() const { return m_needsPassphrase; }
    [[nodiscard]] QString progress() const { return m_progress; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString note() const { return m_note; }
    // Still reading the export (the views may already show what is read).
    [[nodiscard]] bool loading() const { return m_loading; }

Q_SIGNALS:
    void changed();
    // The account is in the viewer's cache: its session may open.
    void opened(qint64 accountId, const QString &jid);
    // The posts and contacts are read: the views may show (the rest follows).
    void contentReady();
    // Everything is read.
    void loaded();

private:
    Hearth::ExportLoader *m_loader;
    std::shared_ptr<ExportMediaProvider::Source> m_media = std::make_shared<ExportMediaProvider::Source>();
    QString m_path;
    QString m_profileDirectory;
    bool m_needsPassphrase = false;
    QString m_progress;
    QString m_error;
    QString m_note;
    bool m_loading = false;
};
