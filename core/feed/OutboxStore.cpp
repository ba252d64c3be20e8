#include "OutboxStore.h"

#include "../db/Database.h"
#include "../db/Sql.h"
#include "PostStore.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Hearth {

OutboxStore::OutboxStore(Database *db)
    : m_db(db)
{
}

QFuture<DbStatus> OutboxStore::enqueue(qint64 accountId, Post post, bool withComments, const QString &error) const
{
    post.pending = true;
    return m_db->run([accountId, post, withComments, error](QSqlDatabase &db) {
        DbStatus result;
        const DbResult<int> stored = PostStore::ingestNow(db, accountId, {post});
        if (!stored.ok()) {
            result.error = stored.error;
            return result;
        }
        QSqlQuery q(db);
        result.value = Sql::exec(q, QStringLiteral("INSERT INTO outbox (account_id, service, node, item_id, with_comments, error, created_at)"
                                                   " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(account_id, service, node, item_id)"
                                                   " DO UPDATE SET with_comments = excluded.with_comments, error = excluded.error"),
                                 {accountId, post.service, post.node, post.itemId, withComments, error.isNull() ? QStringLiteral("") : error,
                                  QDateTime::currentMSecsSinceEpoch()},
                                 &result.error);
        return result;
    });
}

QFuture<DbResult<QList<OutboxEntry>>> OutboxStore::list(qint64 accountId) const
{
    return m_db->run([accountId](QSqlDatabase &db) {
        DbResult<QList<OutboxEntry>> result;
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT id, service, node, item_id, with_comments, error FROM outbox WHERE account_id = ? ORDER BY id"),
                       {accountId}, &result.error))
            return result;
        while (q.next())
            result.value << OutboxEntry{q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()},
                                        q.value(4).toBool(), q.value(5).toString()};
        return result;
    });
}

QFuture<DbStatus> OutboxStore::setError(qint64 accountId, const XmppUri &item, const QString &error) const
{
    return m_db->execute(QStringLiteral("UPDATE outbox SET error = ? WHERE account_id = ? AND service = ? AND node = ? AND item_id = ?"),
                         {error.isNull() ? QStringLiteral("") : error, accountId, item.service, item.node, item.item});
}

QFuture<DbStatus> OutboxStore::published(qint64 accountId, const Post &post) const
{
    const QVariantList key{accountId, post.service, post.node, post.itemId};
    return m_db->executeAll(
        {{QStringLiteral("DELETE FROM outbox WHERE account_id = ? AND service = ? AND node = ? AND item_id = ?"), key},
         {QStringLiteral("UPDATE post SET pending = 0 WHERE account_id = ? AND service = ? AND node = ? AND item_id = ?"), key}});
}

QFuture<DbStatus> OutboxStore::cancel(qint64 accountId, const XmppUri &item) const
{
    const QVariantList key{accountId, item.service, item.node, item.item};
    const QVariantList onItsThread{accountId, accountId, item.service, item.node, item.item};
    return m_db->executeAll({
        // What was queued on a pending post (its comments node)…
        {QStringLiteral("DELETE FROM outbox WHERE account_id = ? AND (service, node) IN (SELECT comments_service,"
                        " comments_node FROM post WHERE account_id = ? AND service = ? AND node = ? AND item_id = ? AND pending = 1)"),
         onItsThread},
        {QStringLiteral("DELETE FROM post WHERE account_id = ? AND pending = 1 AND (service, node) IN (SELECT comments_service,"
                        " comments_node FROM post WHERE account_id = ? AND service = ? AND node = ? AND item_id = ? AND pending = 1)"),
         onItsThread},
        // …and the item itself.
        {QStringLiteral("DELETE FROM outbox WHERE account_id = ? AND service = ? AND node = ? AND item_id = ?"), key},
        {QStringLiteral("DELETE FROM post_fts WHERE rowid IN (SELECT id FROM post WHERE account_id = ? AND service = ?"
                        " AND node = ? AND item_id = ? AND pending = 1)"),
         key},
        {QStringLiteral("DELETE FROM post WHERE account_id = ? AND service = ? AND node = ? AND item_id = ? AND pending = 1"), key},
    });
}

} // namespace Hearth
