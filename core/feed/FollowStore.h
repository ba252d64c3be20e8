#pragma once

#include "../db/DbResult.h"
#include "FollowService.h"

#include <QFuture>
#include <QList>

namespace Hearth {

class Database;

// The cached copy of the follow lists, plus per node whether the cache
// already holds everything the server has (so scrolling back stops asking).
class FollowStore
{
public:
    explicit FollowStore(Database *db);

    [[nodiscard]] QFuture<DbResult<QList<FollowedNode>>> list(qint64 accountId) const;
    // Replaces the whole list (what the server's lists said at login);
    // nodes still followed keep their completeness.
    [[nodiscard]] QFuture<DbStatus> replace(qint64 accountId, const QList<FollowedNode> &nodes) const;
    [[nodiscard]] QFuture<DbStatus> add(qint64 accountId, const FollowedNode &node) const;
    [[nodiscard]] QFuture<DbStatus> remove(qint64 accountId, const QString &service, const QString &node) const;
    [[nodiscard]] QFuture<DbStatus> setComplete(qint64 accountId, const QString &service, const QString &node, bool complete) const;
    // Followed nodes whose older posts are not all cached yet.
    [[nodiscard]] QFuture<DbResult<QList<FollowedNode>>> incomplete(qint64 accountId) const;

private:
    Database *m_db;
};

} // namespace Hearth
