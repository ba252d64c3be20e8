#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <functional>

class QXmppMessage;

namespace Hearth {

// The private groups the user is in (members-only rooms that show their
// members' real JIDs, XEP-0384 §5.6 / 0.3 §4.6), with their members: whom a
// group message is encrypted for. And who sent a group message, since the
// sessions are with people, not with their nicknames in a room: the
// archive's copy names them (muc#user item), a live one is from an occupant
// the room told about (the resolver asks RoomService).
class PrivateGroups
{
public:
    using OccupantResolver = std::function<QString(const QString &occupantJid)>;

    // The members, the user left out; an empty list still makes it private.
    void set(const QString &roomJid, const QStringList &members, const QString &ownJid);
    // Not private (any more), or left.
    bool remove(const QString &roomJid);
    [[nodiscard]] bool contains(const QString &roomJid) const { return m_members.contains(roomJid); }
    [[nodiscard]] QStringList members(const QString &roomJid) const { return m_members.value(roomJid); }
    // The groups jid is a member of.
    [[nodiscard]] QStringList groupsOf(const QString &jid) const;

    void setOccupantResolver(OccupantResolver resolver) { m_resolver = std::move(resolver); }
    // The real bare JID of a group message's sender (lower case), empty
    // when neither the message nor the room says who it is.
    [[nodiscard]] QString senderOf(const QXmppMessage &message) const;
    // The real JID an archived room message carries (XEP-0045 §7.2.3, what
    // Prosody adds in rooms that show JIDs).
    [[nodiscard]] static QString archivedSenderOf(const QXmppMessage &message);

private:
    QHash<QString, QStringList> m_members;
    OccupantResolver m_resolver;
};

} // namespace Hearth
