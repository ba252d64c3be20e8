#pragma once

#include "../db/DbResult.h"
#include "RosterEntry.h"
#include "RosterStore.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QObject>

namespace Hearth {

// A pending incoming subscription request (RFC 6121 §3.1.3). The server
// delivers pending ones again at every login, so they live in memory.
struct SubscriptionRequest
{
    QString jid;
    QString message;
    QDateTime receivedAt;
    // XEP-0283: the request says jid is the new address of movedFrom.
    enum class Move { None, Checking, Confirmed, NotConfirmed };
    QString movedFrom;
    Move move = Move::None;
};

class Account;
class Database;

// One account's contact list: loaded from the cache first (so it shows
// before the network answers), then kept in step with the server's roster
// and pushes, every change written back to the cache.
class ContactList : public QObject
{
    Q_OBJECT
public:
    ContactList(Database *db, Account *account, QObject *parent = nullptr);

    // Loads the cached roster of accountId and hands its version to the
    // account's roster service; call before connecting.
    QFuture<DbStatus> load(qint64 accountId);
    // For an account saved after its first login: caches what this session
    // has received so far under accountId.
    void adopt(qint64 accountId);

    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    // Whether the cache has been read (the list may still be empty).
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] QList<RosterEntry> entries() const { return m_entries.values(); }
    [[nodiscard]] bool contains(const QString &jid) const { return m_entries.contains(jid); }
    [[nodiscard]] RosterEntry entry(const QString &jid) const { return m_entries.value(jid); }
    [[nodiscard]] QList<SubscriptionRequest> requests() const { return m_requests; }
    // Drops a request once answered (the answer itself is ContactActions').
    void forgetRequest(const QString &jid);

Q_SIGNALS:
    void reset();
    void entryChanged(const Hearth::RosterEntry &entry);
    void entryRemoved(const QString &jid);
    void requestsChanged();
    // A cache write finished (or failed: error not empty).
    void stored(const QString &error);

private:
    void onReplaced(const RosterSnapshot &snapshot);
    void onPushed(const QString &version, const RosterEntry &entry, bool removed);
    void track(QFuture<DbStatus> write);
    void onSubscriptionRequested(const QString &jid, const QString &message, const QString &oldJid);
    void checkMove(const QString &jid, const QString &oldJid);

    Database *m_db;
    Account *m_account;
    RosterStore m_store;
    qint64 m_accountId = 0;
    bool m_loaded = false;
    QHash<QString, RosterEntry> m_entries;
    QList<SubscriptionRequest> m_requests;
};

} // namespace Hearth
