#pragma once

#include <QString>

namespace Hearth {
class Database;
}

namespace Hearth::Bench {

// Opens the cache at path and returns the id of its account (jid), saved
// when there is none; 0 on failure.
qint64 openWithAccount(Database &db, const QString &path, const QString &jid = QStringLiteral("reader@example.org"));

// Fills the profile in dir (its account created when there is none) with
// posts from Bench::atomEntry(), their pictures under pictureBase, and the
// follows that put them in the feed.
// A profile whose cache holds chats: sizes.at(i) messages with
// chat<i>@example.org, alternating sides, a second apart.
bool fillChats(const QString &dir, const QList<int> &sizes);
[[nodiscard]] inline QString chatJid(int i) { return QStringLiteral("chat%1@example.org").arg(i); }

bool fillFeed(const QString &dir, int posts, const QString &pictureBase = QStringLiteral("https://upload.example.org"));

} // namespace Hearth::Bench
