#pragma once

#include "../db/DbResult.h"
#include "Post.h"

#include <QFuture>
#include <QList>

namespace Hearth {

class Database;

// The user's posts, comments and likes not yet on the server: made while
// offline, or whose publish failed. Each is in the cache as a pending item
// (shown as such) and in the outbox table, in the order made, until it is
// published or cancelled.
struct OutboxEntry
{
    qint64 id = 0;
    XmppUri item;
    bool withComments = true;
    QString error; // why the last try failed ('' if never tried)
};

class OutboxStore
{
public:
    explicit OutboxStore(Database *db);

    // Stores post as pending and queues it (again: keeps its place).
    [[nodiscard]] QFuture<DbStatus> enqueue(qint64 accountId, Post post, bool withComments, const QString &error) const;
    // Everything queued, oldest first.
    [[nodiscard]] QFuture<DbResult<QList<OutboxEntry>>> list(qint64 accountId) const;
    [[nodiscard]] QFuture<DbStatus> setError(qint64 accountId, const XmppUri &item, const QString &error) const;
    // Published: out of the outbox, and the cached copy no longer pending.
    [[nodiscard]] QFuture<DbStatus> published(qint64 accountId, const Post &post) const;
    // Cancelled: out of the outbox and the cache, with what was queued on
    // it (comments and likes on a pending post).
    [[nodiscard]] QFuture<DbStatus> cancel(qint64 accountId, const XmppUri &item) const;

private:
    Database *m_db;
};

} // namespace Hearth
