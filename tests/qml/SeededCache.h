#pragma once

#include <QString>

namespace Hearth {
class Database;
}

namespace Hearth::Test {

// What the QML test opens on a cache that holds one of everything a view
// draws: contacts with groups and a profile, followed blogs with posts
// (pictures, a long title, tags, a link preview, comments and likes, a
// shared post), a one-to-one chat with messages of every kind (styled,
// edited, deleted, a reply, a reaction, a picture, a shared post, one not
// sent) and a room with its subject, bookmark and a mention.
namespace Seeded {
inline const QString kMe = QStringLiteral("reader@example.org");
inline const QString kAlice = QStringLiteral("alice@example.org");
inline const QString kRoom = QStringLiteral("climbing@muc.example.org");
inline const QString kPost = QStringLiteral("xmpp:alice@example.org?;node=urn:xmpp:microblog:0;item=alps-trip");
inline constexpr int kAliceMessages = 9; // rows in the chat with Alice
inline const QString kCommunityService = QStringLiteral("pubsub.example.org");
inline const QString kCommunityNode = QStringLiteral("bouldering");
inline const QString kCommunity = QStringLiteral("xmpp:pubsub.example.org?;node=bouldering");

// Saves the account and everything above; its id, or 0 (and *error) on failure.
qint64 seed(Database &db, QString *error);
} // namespace Seeded

} // namespace Hearth::Test
