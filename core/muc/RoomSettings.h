#pragma once

#include <QString>

namespace Hearth {

// What Hearth lets an owner set of a room (XEP-0045 muc#roomconfig).
struct RoomSettings
{
    // Movim's two kinds: a private group (members only, real JIDs shown)
    // and a public channel (listed, anyone joins, JIDs hidden).
    enum class Kind { Group, Channel };

    QString name;
    QString description;
    bool isPublic = false;     // listed in the service's directory
    bool membersOnly = true;
    bool persistent = true;
    bool jidsVisible = true;   // whois: anyone (else moderators)
    QString error;             // set when the settings could not be read

    static RoomSettings forKind(Kind kind, const QString &name)
    {
        RoomSettings s;
        s.name = name;
        s.isPublic = kind == Kind::Channel;
        s.membersOnly = kind == Kind::Group;
        s.jidsVisible = kind == Kind::Group;
        return s;
    }
};

} // namespace Hearth
