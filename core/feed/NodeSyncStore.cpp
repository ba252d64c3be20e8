#include "NodeSyncStore.h"

#include "../db/Database.h"
#include "../db/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Hearth {

NodeSyncStore::NodeSyncStore(Database *db)
    : m_db(db)
{
}

QString NodeSyncStore::encodeMarks(const QList<SyncMark> &marks)
{
    QJsonArray out;
    for (const SyncMark &mark : marks)
        out << QJsonArray{mark.id, QString::fromLatin1(mark.hash)};
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QList<SyncMark> NodeSyncStore::decodeMarks(const QString &text)
{
    QList<SyncMark> marks;
    const QJsonArray all = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &value : all) {
        const QJsonArray pair = value.toArray();
        if (pair.size() == 2 && !pair.at(0).toString().isEmpty())
            marks << SyncMark{pair.at(0).toString(), pair.at(1).toString().toLatin1()};
    }
    return marks;
}

QFuture<DbResult<NodeSyncState>> NodeSyncStore::state(qint64 accountId, const QString &service, const QString &node) const
{
    return m_db->run([accountId, service, node](QSqlDatabase &db) {
        DbResult<NodeSyncState> result;
        QSqlQuery q(db);
        if (Sql::exec(q, QStringLiteral("SELECT marks, depth_done, complete, running, synced_at FROM node_sync"
                                        " WHERE account_id = ? AND service = ? AND node = ?"),
                      {accountId, service, node}, &result.error)
            && q.next()) {
            result.value.marks = decodeMarks(q.value(0).toString());
            result.value.depthDone = q.value(1).toBool();
            result.value.complete = q.value(2).toBool();
            result.value.running = q.value(3).toBool();
            if (const qint64 at = q.value(4).toLongLong(); at > 0)
                result.value.syncedAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
        }
        return result;
    });
}

QFuture<DbStatus> NodeSyncStore::begin(qint64 accountId, const QString &service, const QString &node) const
{
    return m_db->execute(QStringLiteral("INSERT INTO node_sync (account_id, service, node, running) VALUES (?, ?, ?, 1)"
                                        " ON CONFLICT(account_id, service, node) DO UPDATE SET running = 1"),
                         {accountId, service, node});
}

QFuture<DbStatus> NodeSyncStore::advance(qint64 accountId, const QString &service, const QString &node,
                                         const QList<SyncMark> &marks) const
{
    return m_db->execute(QStringLiteral("UPDATE node_sync SET marks = ? WHERE account_id = ? AND service = ? AND node = ?"),
                         {encodeMarks(marks), accountId, service, node});
}

bool NodeSyncStore::advanceNow(QSqlDatabase &db, qint64 accountId, const QString &service, const QString &node,
                               const QList<SyncMark> &marks, QString *error)
{
    QSqlQuery q(db);
    return Sql::exec(q, QStringLiteral("UPDATE node_sync SET marks = ? WHERE account_id = ? AND service = ? AND node = ?"),
                     {encodeMarks(marks), accountId, service, node}, error);
}

QFuture<DbStatus> NodeSyncStore::finish(qint64 accountId, const QString &service, const QString &node, const NodeSyncState &state) const
{
    return m_db->execute(QStringLiteral("INSERT INTO node_sync (account_id, service, node, marks, depth_done, complete, running, synced_at)"
                                        " VALUES (?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT(account_id, service, node) DO UPDATE SET"
                                        " marks = excluded.marks, depth_done = excluded.depth_done, complete = excluded.complete,"
                                        " running = 0, synced_at = excluded.synced_at"),
                         {accountId, service, node, encodeMarks(state.marks), state.depthDone, state.complete,
                          QDateTime::currentMSecsSinceEpoch()});
}

QFuture<DbStatus> NodeSyncStore::setComplete(qint64 accountId, const QString &service, const QString &node, bool complete) const
{
    return m_db->execute(QStringLiteral("INSERT INTO node_sync (account_id, service, node, complete) VALUES (?, ?, ?, ?)"
                                        " ON CONFLICT(account_id, service, node) DO UPDATE SET complete = excluded.complete"),
                         {accountId, service, node, complete});
}

QFuture<DbResult<QList<QPair<QString, QString>>>> NodeSyncStore::incomplete(qint64 accountId, const QString &ownJid) const
{
    return m_db->run([accountId, ownJid](QSqlDatabase &db) {
        DbResult<QList<QPair<QString, QString>>> result;
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT n.service, n.node FROM (SELECT service, node FROM follow WHERE account_id = ?"
                                         " UNION SELECT ?, 'urn:xmpp:microblog:0') n"
                                         " WHERE NOT EXISTS (SELECT 1 FROM node_sync s WHERE s.account_id = ? AND s.service = n.service"
                                         " AND s.node = n.node AND s.complete = 1) ORDER BY n.service, n.node"),
                       {accountId, ownJid, accountId}, &result.error))
            return result;
        while (q.next())
            result.value << qMakePair(q.value(0).toString(), q.value(1).toString());
        return result;
    });
}

} // namespace Hearth
