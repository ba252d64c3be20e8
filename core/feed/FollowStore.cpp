#include "FollowStore.h"

#include "../db/Database.h"
#include "../db/Sql.h"

#include <QSqlQuery>

namespace Hearth {

namespace {
DbResult<QList<FollowedNode>> select(QSqlDatabase &db, qint64 accountId)
{
    DbResult<QList<FollowedNode>> result;
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT service, node, title, shared FROM follow WHERE account_id = ? ORDER BY service, node"),
                   {accountId}, &result.error))
        return result;
    while (q.next())
        result.value << FollowedNode{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()};
    return result;
}

bool insert(QSqlQuery &q, qint64 accountId, const FollowedNode &node, QString *error)
{
    return Sql::exec(q, QStringLiteral("INSERT INTO follow (account_id, service, node, title, shared) VALUES (?, ?, ?, ?, ?)"
                                       " ON CONFLICT(account_id, service, node) DO UPDATE SET title = excluded.title,"
                                       " shared = excluded.shared"),
                     {accountId, node.service, node.node, node.title.isNull() ? QStringLiteral("") : node.title, node.shared}, error);
}
} // namespace

FollowStore::FollowStore(Database *db)
    : m_db(db)
{
}

QFuture<DbResult<QList<FollowedNode>>> FollowStore::list(qint64 accountId) const
{
    return m_db->run([accountId](QSqlDatabase &db) { return select(db, accountId); });
}

QFuture<DbStatus> FollowStore::replace(qint64 accountId, const QList<FollowedNode> &nodes) const
{
    return m_db->run([accountId, nodes](QSqlDatabase &db) {
        DbStatus result;
        result.value = Sql::transaction(db, &result.error, [&] {
            QSqlQuery q(db);
            if (!Sql::exec(q, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS keep_follow (service TEXT, node TEXT)"), {}, &result.error)
                || !Sql::exec(q, QStringLiteral("DELETE FROM keep_follow"), {}, &result.error))
                return false;
            for (const FollowedNode &node : nodes) {
                if (!insert(q, accountId, node, &result.error)
                    || !Sql::exec(q, QStringLiteral("INSERT INTO keep_follow VALUES (?, ?)"), {node.service, node.node}, &result.error))
                    return false;
            }
            return Sql::exec(q, QStringLiteral("DELETE FROM follow WHERE account_id = ? AND NOT EXISTS (SELECT 1 FROM keep_follow k"
                                               " WHERE k.service = follow.service AND k.node = follow.node)"),
                             {accountId}, &result.error);
        });
        return result;
    });
}

QFuture<DbStatus> FollowStore::add(qint64 accountId, const FollowedNode &node) const
{
    return m_db->run([accountId, node](QSqlDatabase &db) {
        DbStatus result;
        QSqlQuery q(db);
        result.value = insert(q, accountId, node, &result.error);
        return result;
    });
}

QFuture<DbStatus> FollowStore::remove(qint64 accountId, const QString &service, const QString &node) const
{
    return m_db->execute(QStringLiteral("DELETE FROM follow WHERE account_id = ? AND service = ? AND node = ?"),
                         {accountId, service, node});
}

} // namespace Hearth
