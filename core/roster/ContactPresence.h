#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Hearth {

// What a contact's presence comes to, over all of their resources.
struct ContactPresence
{
    // Ordered from most to least reachable: the contacts list sorts on it.
    enum class Availability { Chat = 0, Online = 1, Away = 2, ExtendedAway = 3, DoNotDisturb = 4, Offline = 5 };

    Availability availability = Availability::Offline;
    QString statusText;
    QDateTime lastSeen; // when the last resource went offline, if seen

    [[nodiscard]] bool isOnline() const { return availability != Availability::Offline; }
    friend bool operator==(const ContactPresence &, const ContactPresence &) = default;
};

} // namespace Hearth

Q_DECLARE_METATYPE(Hearth::ContactPresence)
