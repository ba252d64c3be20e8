#pragma once

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace Hearth {
class AccountExporter;
class AccountSession;
}

// Settings → Your data → Export: runs AccountExporter for the account and
// shows how far it is (datasets, items, bytes); cancellable.
class ExportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppController.dataExport")
    Q_PROPERTY(bool running READ running NOTIFY changed)
    Q_PROPERTY(QString stage READ stage NOTIFY changed)
    Q_PROPERTY(double fraction READ fraction NOTIFY changed)
    Q_PROPERTY(QString amounts READ amounts NOTIFY changed)
    Q_PROPERTY(QString result READ result NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QUrl defaultFolder READ defaultFolder CONSTANT)

public:
    ExportController(Hearth::AccountSession *session, const QString &settingsPath, const QString &avatarDirectory, QObject *parent = nullptr);

    // folder: where the file goes (its standard name); passphrase: empty
    // for a plain export.
    Q_INVOKABLE void start(const QUrl &folder, const QString &passphrase);
    Q_INVOKABLE void cancel();

    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] QString stage() const { return m_stage; }
    [[nodiscard]] double fraction() const { return m_fraction; }
    [[nodiscard]] QString amounts() const { return m_amounts; }
    [[nodiscard]] QString result() const { return m_result; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QUrl defaultFolder() const;

Q_SIGNALS:
    void changed();

private:
    Hearth::AccountSession *m_session;
    Hearth::AccountExporter *m_exporter;
    QString m_settingsPath;
    QString m_avatarDirectory;
    bool m_running = false;
    QString m_stage;
    double m_fraction = 0;
    QString m_amounts;
    QString m_result;
    QString m_error;
};
