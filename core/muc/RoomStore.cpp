#include "RoomStore.h"

#include "../db/Database.h"
#include "../db/Sql.h"

#include <QSqlQuery>

namespace Hearth {

RoomStore::RoomStore(Database *db)
    : m_db(db)
{
}

QFuture<DbResult<QList<Bookmark>>> RoomStore::bookmarks(qint64 accountId) const
{
    return m_db->run([accountId](QSqlDatabase &db) {
        DbResult<QList<Bookmark>> result;
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT jid, name, nick, autojoin, extensions FROM bookmark WHERE account_id = ?"),
                       {accountId}, &result.error))
            return result;
        while (q.next())
            result.value << Bookmark{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {},
                                     q.value(3).toBool(), q.value(4).toString()};
        return result;
    });
}

QFuture<DbResult<QHash<QString, QString>>> RoomStore::roomNicks(qint64 accountId) const
{
    return m_db->run([accountId](QSqlDatabase &db) {
        DbResult<QHash<QString, QString>> result;
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT jid, nick FROM chat WHERE account_id = ? AND kind = 1"), {accountId}, &result.error))
            return result;
        while (q.next())
            result.value.insert(q.value(0).toString(), q.value(1).toString());
        return result;
    });
}

QFuture<DbStatus> RoomStore::saveBookmark(qint64 accountId, const Bookmark &b) const
{
    return m_db->run([accountId, b](QSqlDatabase &db) {
        DbStatus result;
        result.value = Sql::transaction(db, &result.error, [&] {
            QSqlQuery q(db);
            return Sql::exec(q, QStringLiteral("INSERT INTO bookmark (account_id, jid, name, nick, autojoin, extensions) VALUES (?, ?, ?, ?, ?, ?)"
                                               " ON CONFLICT(account_id, jid) DO UPDATE SET name = excluded.name, nick = excluded.nick,"
                                               " autojoin = excluded.autojoin, extensions = excluded.extensions"),
                             {accountId, b.jid, b.name, b.nick, b.autojoin, b.extensionsXml}, &result.error)
                && Sql::exec(q, QStringLiteral("UPDATE chat SET notify = ? WHERE account_id = ? AND jid = ?"),
                             {int(b.notify()), accountId, b.jid}, &result.error);
        });
        return result;
    });
}

QFuture<DbStatus> RoomStore::removeBookmark(qint64 accountId, const QString &roomJid) const
{
    return m_db->execute(QStringLiteral("DELETE FROM bookmark WHERE account_id = ? AND jid = ?"), {accountId, roomJid});
}

QFuture<DbStatus> RoomStore::saveRoom(qint64 accountId, const RoomRow &room) const
{
    return m_db->execute(QStringLiteral("INSERT INTO chat (account_id, jid, kind, name, nick, subject, notify) VALUES (?, ?, 1, ?, ?, ?, ?)"
                                        " ON CONFLICT(account_id, jid) DO UPDATE SET kind = 1, name = excluded.name, nick = excluded.nick,"
                                        " subject = excluded.subject"),
                         {accountId, room.jid, room.name, room.nick, room.subject, int(room.notify)});
}

} // namespace Hearth
