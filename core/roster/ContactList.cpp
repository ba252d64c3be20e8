#include "ContactList.h"

#include "../Account.h"
#include "../Logging.h"
#include "../db/Database.h"
#include "PresenceTracker.h"
#include "RosterService.h"

#include <QXmppMovedManager.h>
#include <QXmppTask.h>

namespace Hearth {

ContactList::ContactList(Database *db, Account *account, QObject *parent)
    : QObject(parent), m_db(db), m_account(account), m_store(db)
{
    connect(account->roster(), &RosterService::rosterReplaced, this, &ContactList::onReplaced);
    connect(account->roster(), &RosterService::entryPushed, this, &ContactList::onPushed);
    connect(account->presence(), &PresenceTracker::subscriptionRequested, this, &ContactList::onSubscriptionRequested);
    connect(account->presence(), &PresenceTracker::subscriptionRequestWithdrawn, this, &ContactList::forgetRequest);
    // A contact going offline: remember their last status and when.
    connect(account->presence(), &PresenceTracker::presenceChanged, this, [this](const QString &jid, const ContactPresence &presence) {
        if (m_accountId > 0 && !presence.isOnline() && presence.lastSeen.isValid() && m_entries.contains(jid))
            track(m_store.saveLastSeen(m_accountId, jid, {presence.statusText, presence.lastSeen}));
    });
}

void ContactList::onSubscriptionRequested(const QString &jid, const QString &message, const QString &oldJid)
{
    const auto existing = m_entries.constFind(jid);
    if (existing != m_entries.constEnd()
        && (existing->subscription == RosterEntry::Subscription::From || existing->subscription == RosterEntry::Subscription::Both))
        return; // already approved; the server answers such repeats itself
    for (auto &request : m_requests) {
        if (request.jid == jid) {
            request.message = message;
            if (!oldJid.isEmpty() && request.movedFrom != oldJid)
                checkMove(jid, oldJid);
            return;
        }
    }
    m_requests.append({jid, message.left(1000), QDateTime::currentDateTimeUtc(), {}, SubscriptionRequest::Move::None});
    if (!oldJid.isEmpty() && oldJid != jid)
        checkMove(jid, oldJid);
    Q_EMIT requestsChanged();
}

void ContactList::checkMove(const QString &jid, const QString &oldJid)
{
    // The old account's own statement (its PEP node urn:xmpp:moved:1) must
    // name jid; the user decides either way, nothing is accepted for them.
    for (auto &request : m_requests) {
        if (request.jid == jid) {
            request.movedFrom = oldJid;
            request.move = SubscriptionRequest::Move::Checking;
        }
    }
    m_account->moved()->verifyStatement(oldJid, jid).then(this, [this, jid, oldJid](QXmppMovedManager::Result result) {
        const bool confirmed = std::holds_alternative<QXmpp::Success>(result);
        qCInfo(lcRoster).noquote() << jid << "says it moved from" << oldJid << (confirmed ? ": confirmed" : ": not confirmed");
        for (auto &request : m_requests) {
            if (request.jid == jid && request.movedFrom == oldJid)
                request.move = confirmed ? SubscriptionRequest::Move::Confirmed : SubscriptionRequest::Move::NotConfirmed;
        }
        Q_EMIT requestsChanged();
    });
}

void ContactList::forgetRequest(const QString &jid)
{
    const auto removed = m_requests.removeIf([&](const SubscriptionRequest &request) { return request.jid == jid; });
    if (removed > 0)
        Q_EMIT requestsChanged();
}

QFuture<DbStatus> ContactList::load(qint64 accountId)
{
    m_accountId = accountId;
    return m_store.load(accountId).then(this, [this, accountId](DbResult<RosterSnapshot> result) {
        DbStatus status;
        if (!result.ok()) {
            status.error = result.error;
            m_db->reportError(result.error);
            return status;
        }
        if (accountId != m_accountId)
            return status; // another account was loaded meanwhile
        m_entries.clear();
        for (const auto &entry : std::as_const(result.value.entries))
            m_entries.insert(entry.jid, entry);
        m_account->roster()->setCachedVersion(result.value.version);
        m_account->presence()->seedLastSeen(result.value.lastSeen);
        m_loaded = true;
        status.value = true;
        Q_EMIT reset();
        return status;
    });
}

void ContactList::adopt(qint64 accountId)
{
    m_accountId = accountId;
    track(m_store.replace(accountId, {m_account->roster()->cachedVersion(), m_entries.values(), {}}));
}

void ContactList::onReplaced(const RosterSnapshot &snapshot)
{
    m_loaded = true;
    m_entries.clear();
    for (const auto &entry : snapshot.entries)
        m_entries.insert(entry.jid, entry);
    Q_EMIT reset();
    if (m_accountId > 0)
        track(m_store.replace(m_accountId, snapshot));
}

void ContactList::onPushed(const QString &version, const RosterEntry &entry, bool removed)
{
    if (removed) {
        if (m_entries.remove(entry.jid))
            Q_EMIT entryRemoved(entry.jid);
    } else {
        m_entries.insert(entry.jid, entry);
        Q_EMIT entryChanged(entry);
        // Approved elsewhere (another client of ours): no longer pending.
        if (entry.subscription == RosterEntry::Subscription::From || entry.subscription == RosterEntry::Subscription::Both)
            forgetRequest(entry.jid);
    }
    if (m_accountId > 0)
        track(m_store.apply(m_accountId, version, entry, removed));
}

void ContactList::track(QFuture<DbStatus> write)
{
    write.then(this, [this](DbStatus status) {
        if (!status.ok()) {
            qCWarning(lcRoster).noquote() << "caching the roster failed:" << status.error;
            m_db->reportError(status.error);
        }
        Q_EMIT stored(status.error);
    });
}

} // namespace Hearth
