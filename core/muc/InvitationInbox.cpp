#include "InvitationInbox.h"

namespace Hearth {

const Invitation *InvitationInbox::find(const QString &room) const
{
    for (const QList<Invitation> *list : {&m_known, &m_strangers}) {
        for (const Invitation &i : *list) {
            if (i.room == room)
                return &i;
        }
    }
    return nullptr;
}

InvitationInbox::Outcome InvitationInbox::add(const Invitation &invitation, bool known)
{
    if (find(invitation.room))
        return Outcome::Duplicate;
    if (known) {
        m_known << invitation;
        return Outcome::Shown;
    }
    if (m_strangers.size() >= kMaxStrangers) {
        ++m_dropped;
        return Outcome::Dropped;
    }
    m_strangers << invitation;
    return Outcome::FromStranger;
}

void InvitationInbox::remove(const QString &room)
{
    const auto same = [&room](const Invitation &i) { return i.room == room; };
    m_known.removeIf(same);
    m_strangers.removeIf(same);
}

} // namespace Hearth
