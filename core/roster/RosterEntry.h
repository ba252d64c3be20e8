#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

class QXmppRosterIq;

namespace Hearth {

// One contact-list item (RFC 6121 roster item) as Hearth stores it.
struct RosterEntry
{
    enum class Subscription { None = 0, From = 1, To = 2, Both = 3 };

    QString jid;          // bare JID
    QString name;         // the user's own name for the contact, may be empty
    Subscription subscription = Subscription::None;
    bool askPending = false; // our subscription request awaits an answer
    QStringList groups;   // sorted

    friend bool operator==(const RosterEntry &, const RosterEntry &) = default;
};

// What was last known of an offline contact: kept in the cache, so that
// "last seen" survives a restart.
struct LastSeen
{
    QString statusText;
    QDateTime when;
};

struct RosterSnapshot
{
    QString version;
    QList<RosterEntry> entries;
    QHash<QString, LastSeen> lastSeen = {}; // filled by RosterStore::load only
};

} // namespace Hearth

Q_DECLARE_METATYPE(Hearth::RosterEntry)
