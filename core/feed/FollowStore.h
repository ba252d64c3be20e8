#pragma once

#include "../db/DbResult.h"
#include "FollowService.h"

#include <QFuture>
#include <QList>

namespace Hearth {

class Database;

// The cached copy of the follow lists (how far each node is cached is in
// NodeSyncStore).
class FollowStore
{
public:
    explicit FollowStore(Database *db);

    [[nodiscard]] QFuture<DbResult<QList<FollowedNode>>> list(qint64 accountId) const;
    // Replaces the whole list (what the server's lists said at login).
    [[nodiscard]] QFuture<DbStatus> replace(qint64 accountId, const QList<FollowedNode> &nodes) const;
    [[nodiscard]] QFuture<DbStatus> add(qint64 accountId, const FollowedNode &node) const;
    [[nodiscard]] QFuture<DbStatus> remove(qint64 accountId, const QString &service, const QString &node) const;

private:
    Database *m_db;
};

} // namespace Hearth
