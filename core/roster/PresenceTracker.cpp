#include "PresenceTracker.h"

#include "../Logging.h"
#include "../muc/OccupantPresence.h"

#include <QXmppClient.h>
#include <QXmppUtils.h>

namespace Hearth {

PresenceTracker::PresenceTracker(QXmppClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    connect(client, &QXmppClient::presenceReceived, this, &PresenceTracker::onPresence);
    // A dropped stream that XEP-0198 can resume keeps its presence: the
    // server replays nothing on resumption, so clearing it would show every
    // contact offline until they change status. It is cleared when the
    // session is really gone: no stream management, or a new session.
    connect(client, &QXmppClient::disconnected, this, [this] {
        if (m_client->streamManagementState() == QXmppClient::NoStreamManagement)
            markAllOffline();
    });
    connect(client, &QXmppClient::connected, this, [this] {
        if (m_client->streamManagementState() != QXmppClient::ResumedStream)
            markAllOffline();
    });
}

void PresenceTracker::markAllOffline()
{
    m_resources.clear();
    bool changed = false;
    for (auto it = m_presence.begin(); it != m_presence.end(); ++it) {
        if (it->isOnline()) {
            it->availability = ContactPresence::Availability::Offline;
            it->lastSeen = QDateTime::currentDateTimeUtc();
            changed = true;
        }
    }
    if (changed)
        Q_EMIT allOffline();
}

ContactPresence PresenceTracker::presence(const QString &bareJid) const
{
    return m_presence.value(bareJid);
}

void PresenceTracker::seedLastSeen(const QHash<QString, LastSeen> &lastSeen)
{
    for (auto it = lastSeen.cbegin(); it != lastSeen.cend(); ++it) {
        auto &known = m_presence[it.key()];
        if (known.isOnline())
            continue;
        known.statusText = it->statusText;
        known.lastSeen = it->when;
    }
}

ContactPresence::Availability PresenceTracker::availabilityOf(const QXmppPresence &presence)
{
    using A = ContactPresence::Availability;
    if (presence.type() != QXmppPresence::Available)
        return A::Offline;
    switch (presence.availableStatusType()) {
    case QXmppPresence::Chat:
        return A::Chat;
    case QXmppPresence::Away:
        return A::Away;
    case QXmppPresence::XA:
        return A::ExtendedAway;
    case QXmppPresence::DND:
        return A::DoNotDisturb;
    default:
        return A::Online;
    }
}

void PresenceTracker::onPresence(const QXmppPresence &presence)
{
    const QString bareJid = QXmppUtils::jidToBareJid(presence.from()).toLower();
    if (bareJid.isEmpty())
        return;
    if (isOccupantPresence(presence))
        return; // a room is not a contact who is online
    switch (presence.type()) {
    case QXmppPresence::Available:
        m_resources[bareJid].insert(QXmppUtils::jidToResource(presence.from()), presence);
        recompute(bareJid);
        break;
    case QXmppPresence::Unavailable: {
        auto it = m_resources.find(bareJid);
        if (it != m_resources.end()) {
            it->remove(QXmppUtils::jidToResource(presence.from()));
            if (it->isEmpty())
                m_resources.erase(it);
        }
        auto &known = m_presence[bareJid];
        known.lastSeen = QDateTime::currentDateTimeUtc();
        if (!m_resources.contains(bareJid) && !presence.statusText().isEmpty())
            known.statusText = presence.statusText();
        recompute(bareJid);
        break;
    }
    case QXmppPresence::Subscribe:
        Q_EMIT subscriptionRequested(bareJid, presence.statusText(), QXmppUtils::jidToBareJid(presence.oldJid()).toLower());
        break;
    case QXmppPresence::Unsubscribe:
        Q_EMIT subscriptionRequestWithdrawn(bareJid);
        break;
    default:
        break;
    }
}

void PresenceTracker::recompute(const QString &bareJid)
{
    ContactPresence next = m_presence.value(bareJid);
    const auto resources = m_resources.value(bareJid);
    if (resources.isEmpty()) {
        next.availability = ContactPresence::Availability::Offline;
    } else {
        // The most reachable resource wins; priority breaks ties.
        const QXmppPresence *best = nullptr;
        for (const auto &candidate : resources) {
            if (!best || availabilityOf(candidate) < availabilityOf(*best)
                || (availabilityOf(candidate) == availabilityOf(*best) && candidate.priority() > best->priority()))
                best = &candidate;
        }
        next.availability = availabilityOf(*best);
        next.statusText = best->statusText();
    }
    if (next == m_presence.value(bareJid) && m_presence.contains(bareJid))
        return;
    m_presence.insert(bareJid, next);
    Q_EMIT presenceChanged(bareJid, next);
}

QXmppPresence PresenceTracker::ownPresenceStanza() const
{
    using A = ContactPresence::Availability;
    QXmppPresence presence(QXmppPresence::Available);
    switch (m_ownAvailability) {
    case A::Away:
        presence.setAvailableStatusType(QXmppPresence::Away);
        break;
    case A::ExtendedAway:
        presence.setAvailableStatusType(QXmppPresence::XA);
        break;
    case A::DoNotDisturb:
        presence.setAvailableStatusType(QXmppPresence::DND);
        break;
    case A::Chat:
        presence.setAvailableStatusType(QXmppPresence::Chat);
        break;
    default:
        presence.setAvailableStatusType(QXmppPresence::Online);
        break;
    }
    presence.setStatusText(m_ownStatusText);
    if (m_photoHashKnown) {
        presence.setVCardUpdateType(m_ownPhotoHash.isEmpty() ? QXmppPresence::VCardUpdateNoPhoto : QXmppPresence::VCardUpdateValidPhoto);
        presence.setPhotoHash(QByteArray::fromHex(m_ownPhotoHash.toLatin1()));
    }
    return presence;
}

void PresenceTracker::setOwnPhotoHash(const QString &hash)
{
    if (m_photoHashKnown && hash == m_ownPhotoHash)
        return;
    m_photoHashKnown = true;
    m_ownPhotoHash = hash;
    if (m_client->isAuthenticated())
        m_client->setClientPresence(ownPresenceStanza());
}

void PresenceTracker::setOwnPresence(ContactPresence::Availability availability, const QString &statusText)
{
    if (availability == ContactPresence::Availability::Offline)
        availability = ContactPresence::Availability::Online; // going offline is logging out
    m_ownAvailability = availability;
    m_ownStatusText = statusText;
    // Account announces it on every connection; when online, send it now
    // (QXmpp adds the XEP-0115 caps). setClientPresence would connect when
    // offline, so it is not called then.
    if (m_client->isAuthenticated())
        m_client->setClientPresence(ownPresenceStanza());
}

} // namespace Hearth
