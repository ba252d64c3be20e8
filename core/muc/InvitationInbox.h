#pragma once

#include <QList>
#include <QString>

namespace Hearth {

// An invitation into a room (XEP-0249 direct or XEP-0045 mediated).
struct Invitation
{
    QString room;
    QString inviter; // bare JID
    QString reason;
    QString password;
};

// The invitations waiting for an answer. From people the user knows (a
// contact, or someone in a room the user is in) they are shown; from
// strangers they wait behind one collapsed entry, at most kMaxStrangers,
// so nobody can fill the chats list with invitations.
class InvitationInbox
{
public:
    static constexpr int kMaxStrangers = 20;
    enum class Outcome { Shown, FromStranger, Dropped, Duplicate };

    Outcome add(const Invitation &invitation, bool known);
    // Answered (joined or dismissed): gone from either list.
    void remove(const QString &room);

    [[nodiscard]] const QList<Invitation> &known() const { return m_known; }
    [[nodiscard]] const QList<Invitation> &strangers() const { return m_strangers; }
    [[nodiscard]] int dropped() const { return m_dropped; }
    [[nodiscard]] const Invitation *find(const QString &room) const;

private:
    QList<Invitation> m_known;
    QList<Invitation> m_strangers;
    int m_dropped = 0;
};

} // namespace Hearth
