#pragma once

#include "../db/DbResult.h"
#include "Bookmark.h"

#include <QFuture>
#include <QHash>

namespace Hearth {

class Database;

// The cached bookmarks (XEP-0402) and rooms of each account. A room is a
// row of the chat table (kind 1) holding its name, the user's nickname,
// its subject and its notification level; a bookmark's level is kept on
// the room's row too, in the same transaction. Passwords are never stored.
class RoomStore
{
public:
    explicit RoomStore(Database *db);

    [[nodiscard]] QFuture<DbResult<QList<Bookmark>>> bookmarks(qint64 accountId) const;
    // Each cached room's JID and the user's nickname in it.
    [[nodiscard]] QFuture<DbResult<QHash<QString, QString>>> roomNicks(qint64 accountId) const;

    // Upserts the bookmark and sets its room's notification level.
    [[nodiscard]] QFuture<DbStatus> saveBookmark(qint64 accountId, const Bookmark &bookmark) const;
    [[nodiscard]] QFuture<DbStatus> removeBookmark(qint64 accountId, const QString &roomJid) const;

    struct RoomRow
    {
        QString jid;
        QString name;
        QString nick;
        QString subject;
        Bookmark::Notify notify = Bookmark::Notify::Default;
    };
    // Upserts the room's chat row (its notification level only when new:
    // the bookmark owns it afterwards).
    [[nodiscard]] QFuture<DbStatus> saveRoom(qint64 accountId, const RoomRow &room) const;

private:
    Database *m_db;
};

} // namespace Hearth
