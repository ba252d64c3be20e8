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

// Follows the blogs of Bench::atomEntry()'s authors (so their posts are in
// the feed, as the app's feed query selects it).
bool followAuthors(Database &db, qint64 account);
// Two comments and a like on each of posts [first, last) (their comments
// nodes), parsed as received; false when one is refused or not stored.
bool addThreads(Database &db, qint64 account, int first, int last);

// A roster of n contacts (contact<i>@domain, as Bench::writeProsodyRoster
// writes the server's), each with a cached avatar from the demo's pictures
// (the profile in dir keeps the pictures).
bool addContacts(Database &db, qint64 account, const QString &dir, int contacts, const QString &domain);

bool fillFeed(const QString &dir, int posts, const QString &pictureBase = QStringLiteral("https://upload.example.org"));

} // namespace Hearth::Bench
