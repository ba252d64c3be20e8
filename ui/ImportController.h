#pragma once

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace Hearth {
class AccountImporter;
class AccountSession;
struct ImportReport;
}

// Settings → Your data → Import: an export brought into this account
// (AccountImporter). First the file is read and the server asked, and the
// preview says what will move and what will not (nothing written yet);
// then the import runs with its progress, and ends with its report. An
// import that stopped goes on where it stopped when started again.
class ImportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppController.dataImport")
    Q_PROPERTY(Phase phase READ phase NOTIFY changed)
    Q_PROPERTY(QString fileName READ fileName NOTIFY changed)
    Q_PROPERTY(QUrl fileUrl READ fileUrl NOTIFY changed)
    Q_PROPERTY(QString from READ from NOTIFY changed)
    Q_PROPERTY(bool sameAccount READ sameAccount NOTIFY changed)
    Q_PROPERTY(QVariantList preview READ preview NOTIFY changed)
    Q_PROPERTY(double fraction READ fraction NOTIFY changed)
    Q_PROPERTY(QString stage READ stage NOTIFY changed)
    // While running: each dataset of the preview, in the import's order,
    // with its state (0 waiting, 1 under way, 2 done).
    Q_PROPERTY(QVariantList stages READ stages NOTIFY changed)
    Q_PROPERTY(QVariantList report READ report NOTIFY changed)
    Q_PROPERTY(QString outcome READ outcome NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString movedStatus READ movedStatus NOTIFY changed)

public:
    enum class Phase { Idle, Reading, NeedsPassphrase, Ready, Running, Done };
    Q_ENUM(Phase)

    ImportController(Hearth::AccountSession *session, const QString &workDirectory, QObject *parent = nullptr);
    ~ImportController() override;

    // Reads the export and asks the server: the preview follows.
    Q_INVOKABLE void choose(const QUrl &file, const QString &passphrase = {});
    // announceMove: the contacts' requests say this account replaces the
    // export's (XEP-0283; the old account must have said so itself).
    Q_INVOKABLE void start(bool announceMove = false);
    Q_INVOKABLE void cancel();
    // On the old account: publish that it moved to newJid (XEP-0283), which
    // the contacts' apps check when the new account asks them.
    Q_INVOKABLE void announceMovedTo(const QString &newJid);
    // Back to the start (a finished or abandoned import).
    Q_INVOKABLE void reset();

    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] QString fileName() const;
    [[nodiscard]] QUrl fileUrl() const { return QUrl::fromLocalFile(m_path); }
    [[nodiscard]] QString from() const { return m_from; }
    [[nodiscard]] bool sameAccount() const;
    [[nodiscard]] QVariantList preview() const { return m_preview; }
    [[nodiscard]] double fraction() const { return m_fraction; }
    [[nodiscard]] QString stage() const { return m_stage; }
    // The dataset of the step under way (an ImportReport kind).
    [[nodiscard]] QString stageKind() const { return m_stageKind; }
    [[nodiscard]] QVariantList stages() const;
    [[nodiscard]] QVariantList report() const { return m_report; }
    [[nodiscard]] QString outcome() const { return m_outcome; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString movedStatus() const { return m_movedStatus; }

Q_SIGNALS:
    void changed();

private:
    void setReport(const Hearth::ImportReport &report);

    Hearth::AccountSession *m_session;
    QString m_work;
    Hearth::AccountImporter *m_importer = nullptr;
    Phase m_phase = Phase::Idle;
    QString m_path;
    QString m_from;
    QVariantList m_preview;
    double m_fraction = 0;
    QString m_stage;
    QString m_stageKind;
    QVariantList m_report;
    QString m_outcome;
    QString m_error;
    QString m_movedStatus;
};
