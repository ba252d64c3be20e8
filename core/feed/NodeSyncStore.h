#pragma once

#include "../db/DbResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace Hearth {

class Database;

// One item at the newest end of what a catch-up stored, with its content
// digest: a later catch-up that finds it unchanged knows that nothing older
// changed (an edited or new item moves to the newest end of a node).
struct SyncMark
{
    QString id;
    QByteArray hash;
    friend bool operator==(const SyncMark &, const SyncMark &) = default;
};

// How far the cache holds a node (a blog, a community or a comments node).
struct NodeSyncState
{
    QList<SyncMark> marks; // newest first; empty: never caught up
    bool depthDone = false; // the first read reached the wanted depth
    bool complete = false;  // every item the server holds is cached
    bool running = false;   // a catch-up started and did not finish (resumed next time)
    QDateTime syncedAt;     // the last finished catch-up (invalid: never)
};

// The node_sync table: written on the writer thread like every store.
class NodeSyncStore
{
public:
    explicit NodeSyncStore(Database *db);

    [[nodiscard]] QFuture<DbResult<NodeSyncState>> state(qint64 accountId, const QString &service, const QString &node) const;
    // Marks a catch-up as under way (kept if the process dies).
    [[nodiscard]] QFuture<DbStatus> begin(qint64 accountId, const QString &service, const QString &node) const;
    // The marks after a part was stored, while the catch-up goes on.
    [[nodiscard]] QFuture<DbStatus> advance(qint64 accountId, const QString &service, const QString &node,
                                            const QList<SyncMark> &marks) const;
    // The catch-up finished: its state, not running, synced now.
    [[nodiscard]] QFuture<DbStatus> finish(qint64 accountId, const QString &service, const QString &node,
                                           const NodeSyncState &state) const;
    [[nodiscard]] QFuture<DbStatus> setComplete(qint64 accountId, const QString &service, const QString &node, bool complete) const;
    // Followed nodes (and the own blog) whose older items are not all cached.
    [[nodiscard]] QFuture<DbResult<QList<QPair<QString, QString>>>> incomplete(qint64 accountId, const QString &ownJid) const;

    // advance(), on the writer thread (in the job that stores the items).
    [[nodiscard]] static bool advanceNow(QSqlDatabase &db, qint64 accountId, const QString &service, const QString &node,
                                         const QList<SyncMark> &marks, QString *error);

    [[nodiscard]] static QString encodeMarks(const QList<SyncMark> &marks);
    [[nodiscard]] static QList<SyncMark> decodeMarks(const QString &text);

private:
    Database *m_db;
};

} // namespace Hearth
