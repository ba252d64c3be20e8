#pragma once

#include "RosterEntry.h"

#include <QXmppClientExtension.h>
#include <QXmppRosterIq.h>

namespace Hearth {

// The roster protocol with versioning (RFC 6121 §2.6), in place of QXmpp's
// roster manager, which always fetches the whole roster. On a new session it
// asks with the cached version: an empty answer means the cache is current.
// Pushes are accepted from the account's own server only (§2.1.6).
class RosterService : public QXmppClientExtension
{
    Q_OBJECT
public:
    RosterService();

    // The version the cache holds; empty when there is no cache.
    void setCachedVersion(const QString &version) { m_cachedVersion = version; }
    [[nodiscard]] QString cachedVersion() const { return m_cachedVersion; }

    bool handleStanza(const QDomElement &stanza) override;

    [[nodiscard]] static RosterEntry entryFromItem(const QXmppRosterIq::Item &item);

Q_SIGNALS:
    // The server sent its whole roster: replace the cache.
    void rosterReplaced(const Hearth::RosterSnapshot &snapshot);
    // The server confirmed the cached version: nothing to do.
    void rosterUnchanged();
    // A push: one item added, changed or (removed) deleted.
    void entryPushed(const QString &version, const Hearth::RosterEntry &entry, bool removed);
    // After either of the first two: the roster of this session is known.
    void rosterReady();

protected:
    void onRegistered(QXmppClient *client) override;
    void onUnregistered(QXmppClient *client) override;

private:
    void requestRoster();

    QString m_cachedVersion;
};

} // namespace Hearth
