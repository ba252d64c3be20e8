#pragma once

#include "../db/DbResult.h"
#include "Post.h"

#include <QFuture>
#include <QList>

class QSqlDatabase;

namespace Hearth {

class Database;

// Where the feed reading position is: the last row shown, newest first.
// Paging continues strictly below it on (published, id), never by OFFSET.
struct FeedCursor
{
    qint64 published = 0; // ms since epoch; 0 = from the newest
    qint64 id = 0;
    [[nodiscard]] bool isStart() const { return published == 0 && id == 0; }
};

struct FeedPage
{
    QList<Post> posts;
    QList<qint64> ids; // row ids, parallel to posts
    FeedCursor next;   // pass back for the page after this one
    bool atEnd = false;
};

// Posts and comments in the cache: batched ingest (one transaction, prepared
// statements), keyset pages, threads, and FTS5 search.
class PostStore
{
public:
    explicit PostStore(Database *db);

    // Inserts or replaces by (service, node, item); returns how many.
    [[nodiscard]] QFuture<DbResult<int>> ingest(qint64 accountId, const QList<Post> &posts) const;
    [[nodiscard]] QFuture<DbStatus> remove(qint64 accountId, const XmppUri &item) const;
    // Posts (not comments), newest first. authorJid: only that author.
    [[nodiscard]] QFuture<DbResult<FeedPage>> page(qint64 accountId, const FeedCursor &after, int limit,
                                                   const QString &authorJid = {}) const;
    // A post's comments node, oldest first.
    [[nodiscard]] QFuture<DbResult<QList<Post>>> thread(qint64 accountId, const XmppUri &commentsNode) const;
    // Full text over title, text and tags; best matches first.
    [[nodiscard]] QFuture<DbResult<QList<Post>>> search(qint64 accountId, const QString &query, int limit) const;

    // Runs on the writer thread (used by ingest and by benchmarks).
    [[nodiscard]] static DbResult<int> ingestNow(QSqlDatabase &db, qint64 accountId, const QList<Post> &posts);

private:
    Database *m_db;
};

} // namespace Hearth
