#include "ImportController.h"

#include "AccountSession.h"
#include "import/AccountImporter.h"

#include <QFileInfo>

using namespace Hearth;

ImportController::ImportController(AccountSession *session, const QString &workDirectory, QObject *parent)
    : QObject(parent), m_session(session), m_work(workDirectory)
{
}

ImportController::~ImportController() = default;

QString ImportController::fileName() const
{
    return QFileInfo(m_path).fileName();
}

void ImportController::reset()
{
    if (m_importer && m_importer->isRunning())
        return;
    delete m_importer;
    m_importer = nullptr;
    m_phase = Phase::Idle;
    m_path.clear();
    m_from.clear();
    m_preview.clear();
    m_fraction = 0;
    m_stage.clear();
    m_stageKind.clear();
    m_report.clear();
    m_outcome.clear();
    m_error.clear();
    Q_EMIT changed();
}

void ImportController::choose(const QUrl &file, const QString &passphrase)
{
    if (m_importer && m_importer->isRunning())
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    reset();
    m_path = path;
    m_phase = Phase::Reading;
    m_stage = tr("Reading the export and asking the server…");
    Q_EMIT changed();
    // A new reader per file: the archive it opened is its own.
    m_importer = new AccountImporter(m_session, this);
    connect(m_importer, &AccountImporter::passphraseNeeded, this, [this](const QString &why) {
        m_phase = Phase::NeedsPassphrase;
        m_error = why;
        m_stage.clear();
        Q_EMIT changed();
    });
    connect(m_importer, &AccountImporter::prepared, this, [this](bool ok, const QString &why) {
        m_stage.clear();
        if (!ok) {
            m_phase = Phase::Idle;
            m_error = tr("This export cannot be imported: %1").arg(why);
            Q_EMIT changed();
            return;
        }
        m_phase = Phase::Ready;
        m_from = m_importer->plan().oldJid;
        for (const auto &line : m_importer->preview()) {
            m_preview << QVariantMap{{QStringLiteral("kind"), line.kind},
                                     {QStringLiteral("title"), ImportReport::title(line.kind)},
                                     {QStringLiteral("count"), line.count},
                                     {QStringLiteral("verdict"), int(line.verdict)},
                                     {QStringLiteral("text"), line.text}};
        }
        Q_EMIT changed();
    });
    connect(m_importer, &AccountImporter::progressChanged, this, [this](const QString &kind, int done, int total) {
        m_fraction = total > 0 ? double(done) / total : 0;
        m_stageKind = kind;
        m_stage = kind.isEmpty() ? QString() : tr("%1 (step %2 of %3)").arg(ImportReport::title(kind)).arg(done + 1).arg(total);
        Q_EMIT changed();
    });
    connect(m_importer, &AccountImporter::finished, this, [this](const ImportReport &report) {
        m_phase = Phase::Done;
        setReport(report);
        Q_EMIT changed();
    });
    m_importer->prepare({path, passphrase, m_work});
}

bool ImportController::sameAccount() const
{
    return !m_from.isEmpty() && m_from == m_session->jid();
}

void ImportController::start(bool announceMove)
{
    if (m_phase != Phase::Ready && m_phase != Phase::Done)
        return;
    if (!m_importer)
        return;
    m_phase = Phase::Running;
    m_report.clear();
    m_outcome.clear();
    m_error.clear();
    m_fraction = 0;
    Q_EMIT changed();
    m_importer->setAnnounceMove(announceMove && !sameAccount());
    m_importer->run();
}

QVariantList ImportController::stages() const
{
    QStringList kinds;
    for (const QVariant &line : m_preview) {
        const QString kind = line.toMap().value(QStringLiteral("kind")).toString();
        if (ImportReport::kinds().contains(kind) && !kinds.contains(kind))
            kinds << kind;
    }
    const auto rank = [](const QString &k) { return ImportReport::kinds().indexOf(k); };
    std::sort(kinds.begin(), kinds.end(), [&](const QString &a, const QString &b) { return rank(a) < rank(b); });
    QVariantList out;
    for (const QString &kind : std::as_const(kinds)) {
        const int state = m_phase == Phase::Done || (!m_stageKind.isEmpty() && rank(kind) < rank(m_stageKind)) ? 2
            : kind == m_stageKind                                                                       ? 1
                                                                                                        : 0;
        out << QVariantMap{{QStringLiteral("kind"), kind}, {QStringLiteral("title"), ImportReport::title(kind)}, {QStringLiteral("state"), state}};
    }
    return out;
}

void ImportController::announceMovedTo(const QString &newJid)
{
    const QString jid = newJid.trimmed().toLower();
    if (!jid.contains(u'@') || jid == m_session->jid()) {
        m_movedStatus = tr("Give the new address, as user@server.");
        Q_EMIT changed();
        return;
    }
    m_movedStatus = tr("Saying that this account moved to %1…").arg(jid);
    Q_EMIT changed();
    AccountImporter::publishMoved(m_session, jid).then(this, [this, jid](const QString &error) {
        m_movedStatus = error.isEmpty() ? tr("This account now says it moved to %1: import its export there and tell your contacts.").arg(jid)
                                        : tr("Could not say that this account moved: %1").arg(error);
        Q_EMIT changed();
    });
}

void ImportController::cancel()
{
    if (m_importer)
        m_importer->cancel();
}

void ImportController::setReport(const ImportReport &report)
{
    m_report.clear();
    for (const auto &d : report.datasets) {
        QVariantList items;
        for (const auto &item : d.items)
            items << QVariantMap{{QStringLiteral("failed"), item.outcome == ImportJournal::Outcome::Failed},
                                 {QStringLiteral("reason"), item.reason}};
        m_report << QVariantMap{{QStringLiteral("kind"), d.kind},       {QStringLiteral("title"), ImportReport::title(d.kind)},
                                {QStringLiteral("moved"), d.moved},     {QStringLiteral("skipped"), d.skipped},
                                {QStringLiteral("failed"), d.failed},   {QStringLiteral("earlier"), d.earlier},
                                {QStringLiteral("items"), items}};
    }
    m_fraction = report.finished ? 1 : m_fraction;
    if (!report.finished)
        m_outcome = tr("The import stopped: %1. Import the same file again to go on where it stopped.").arg(report.error);
    else if (report.failedCount() > 0)
        m_outcome = tr("Imported, but %n step(s) failed (below). Import the same file again to retry them.", nullptr, report.failedCount());
    else
        m_outcome = tr("Imported: everything that could move is on %1.").arg(report.to);
}
