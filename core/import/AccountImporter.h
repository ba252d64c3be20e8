#pragma once

#include "ImportJournal.h"
#include "ImportPlan.h"
#include "ImportPreflight.h"
#include "ImportReport.h"
#include "ImportSteps.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace Hearth {

class AccountSession;
class ExportArchive;
class FollowService;

// Brings an .xmpp-export.zip into the session's account, over the client
// connection only (PROTOCOL-NOTES §5.5): prepare() reads the archive and
// the server's abilities and says what will move and what will not;
// run() replays it in the documented order (media, profile, posts, other
// nodes, comment threads, bookmarks and private data, the blocklist,
// follows, contacts, then the history into the local cache). Every step is
// noted in the import's journal, so a run that stopped (quit, crash, lost
// connection) goes on where it stopped, and a second run does nothing twice.
// The archive is read on a thread of its own; nothing waits on the UI thread.
class AccountImporter : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString path;
        QString passphrase;
        QString workDirectory; // a sealed export is opened here, uploads staged here
    };

    // XEP-0283: the contacts' subscription requests say the account replaces
    // the export's (which should have published its moved statement: see
    // publishMoved); set before run().
    void setAnnounceMove(bool announce) { m_announceMove = announce; }
    // On the old account: its moved statement naming newJid (PEP
    // urn:xmpp:moved:1, access presence), which contacts check. "" or why not.
    static QFuture<QString> publishMoved(AccountSession *oldAccount, const QString &newJid);

    explicit AccountImporter(AccountSession *session, QObject *parent = nullptr);
    ~AccountImporter() override;

    // Reads the archive and asks the server (the account must be online).
    void prepare(const Options &options);
    [[nodiscard]] const ImportPlan &plan() const { return m_plan; }
    [[nodiscard]] const QList<ImportPreflight::Line> &preview() const { return m_preview; }
    [[nodiscard]] const ImportPreflight::Abilities &abilities() const { return m_abilities; }

    // Replays what prepare() read.
    void run();
    // Stops after the step under way (finished() follows, saying so).
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void prepared(bool ok, const QString &error);
    void passphraseNeeded(const QString &error);
    // kind: the dataset of the step under way (ImportReport::kinds()).
    void progressChanged(const QString &kind, int done, int total);
    void finished(const Hearth::ImportReport &report);

private:
    struct Task
    {
        QString kind;
        QString step; // the journal's key
        std::function<QFuture<ImportSteps::Outcome>()> run;
    };

    template<typename T>
    QFuture<T> onWorker(std::function<T()> job);
    void buildTasks();
    void addMediaTasks();
    void addProfileAndNodeTasks();
    void addThreadTasks();
    void addListTasks();
    void addContactTasks();
    QFuture<ImportSteps::Outcome> uploadMedia(const ExportManifest::Media &media);
    QFuture<ImportSteps::Outcome> restoreContact(const RosterEntry &contact);
    QFuture<ImportSteps::Outcome> storeHistory();
    void next();
    // A step skipped: the server has no room for that item (pepMaxItems).
    void addOverLimit(const QString &kind, const QString &step);
    void finish(const QString &error);
    [[nodiscard]] QXmppClient *client() const;
    [[nodiscard]] QString newJid() const;

    AccountSession *m_session;
    QThread m_thread;
    QObject *m_worker;
    std::unique_ptr<ExportArchive> m_archive; // used on the worker only
    Options m_options;
    ImportPlan m_plan;
    ImportPreflight::Abilities m_abilities;
    QList<ImportPreflight::Line> m_preview;
    std::unique_ptr<ImportJournal> m_journal;
    FollowService *m_follows = nullptr;
    QHash<QString, ImportJournal::Entry> m_done;
    QHash<QString, QString> m_uriMap;
    QSet<QString> m_postsOverLimit; // item ids the server has no room for
    QList<Task> m_tasks;
    int m_next = 0;
    int m_inFlight = 0;
    QString m_currentKind;
    QString m_stopError; // why the import stops once the steps in flight are answered
    ImportReport m_report;
    bool m_prepared = false;
    bool m_announceMove = false;
    bool m_running = false;
    std::atomic_bool m_cancel{false};
};

} // namespace Hearth
