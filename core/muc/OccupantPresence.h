#pragma once

#include <QXmppPresence.h>

namespace Hearth {

// A presence of someone in a room (XEP-0045 presences carry a muc#user
// item or status codes): RoomService's, never a contact's presence or
// picture, nor the room's.
inline bool isOccupantPresence(const QXmppPresence &presence)
{
    return !presence.mucItem().isNull() || !presence.mucStatusCodes().isEmpty();
}

} // namespace Hearth
