#pragma once

#include "../db/DbResult.h"
#include "SearchHit.h"

#include <QFuture>
#include <QMap>

namespace Hearth {

class Database;

// Search over everything cached for an account: contacts, communities,
// posts (FTS5 post_fts), comments (comment_fts), messages (message_fts).
// Runs on the cache's thread; one kind pages newest first by keyset, never
// OFFSET; the overview gives each kind's best matches (FTS5's rank), which
// needs no sort of every match by time. Likes and retracted messages are
// never hits.
class CacheSearch
{
public:
    explicit CacheSearch(Database *db);

    // One kind, continuing after cursor.
    [[nodiscard]] QFuture<DbResult<SearchPage>> search(qint64 accountId, const SearchFilter &filter, SearchKind kind,
                                                       const SearchCursor &after, int limit) const;
    // The best hits of every kind at once (the "All" view); contacts and
    // communities by name.
    [[nodiscard]] QFuture<DbResult<QMap<SearchKind, SearchPage>>> overview(qint64 accountId, const SearchFilter &filter,
                                                                           int perKind) const;

private:
    Database *m_db;
};

} // namespace Hearth
