#pragma once

#include "ContactPresence.h"
#include "RosterEntry.h"

#include <QHash>
#include <QObject>
#include <QXmppPresence.h>

class QXmppClient;

namespace Hearth {

// Contacts' presence, in memory (it is only true while connected), and the
// user's own presence, which is sent on every connection. Pending incoming
// subscription requests are reported here too.
class PresenceTracker : public QObject
{
    Q_OBJECT
public:
    explicit PresenceTracker(QXmppClient *client, QObject *parent = nullptr);

    [[nodiscard]] ContactPresence presence(const QString &bareJid) const;
    // Our session is over (logout, a fatal error, a new session): nobody's
    // presence is known any more.
    void markAllOffline();
    // What the cache remembers of offline contacts (status, last seen);
    // live presence replaces it.
    void seedLastSeen(const QHash<QString, LastSeen> &lastSeen);

    // The user's own availability (Online, Away, DoNotDisturb…) and status
    // text; sent at once when online and on every later connection.
    void setOwnPresence(ContactPresence::Availability availability, const QString &statusText);
    [[nodiscard]] ContactPresence::Availability ownAvailability() const { return m_ownAvailability; }
    [[nodiscard]] QString ownStatusText() const { return m_ownStatusText; }
    // XEP-0153: the own avatar's SHA-1 (hex) announced in presence; empty
    // announces "no avatar".
    void setOwnPhotoHash(const QString &hash);

    [[nodiscard]] static ContactPresence::Availability availabilityOf(const QXmppPresence &presence);
    // The presence to announce on connecting (Account passes it to QXmpp).
    [[nodiscard]] QXmppPresence ownPresenceStanza() const;

Q_SIGNALS:
    void presenceChanged(const QString &bareJid, const Hearth::ContactPresence &presence);
    // Everyone went offline at once (our connection ended).
    void allOffline();
    // oldJid: the address it says it moved from (XEP-0283), not verified yet.
    void subscriptionRequested(const QString &bareJid, const QString &message, const QString &oldJid);
    // The contact took back a request, or our server told us it was handled.
    void subscriptionRequestWithdrawn(const QString &bareJid);

private:
    void onPresence(const QXmppPresence &presence);
    void recompute(const QString &bareJid);

    QXmppClient *m_client;
    QHash<QString, QHash<QString, QXmppPresence>> m_resources;
    QHash<QString, ContactPresence> m_presence;
    ContactPresence::Availability m_ownAvailability = ContactPresence::Availability::Online;
    QString m_ownStatusText;
    QString m_ownPhotoHash;
    bool m_photoHashKnown = false;
};

} // namespace Hearth
