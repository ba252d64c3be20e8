#pragma once

#include "../db/DbResult.h"
#include "SearchHit.h"

#include <QFuture>
#include <QMap>

namespace Hearth {

class Database;

// Search over everything cached for an account: contacts, communities,
// posts and comments (FTS5 post_fts), messages (FTS5 message_fts). Runs on
// the cache's thread; pages are keyset, never OFFSET. Likes and retracted
// messages are never hits.
class CacheSearch
{
public:
    explicit CacheSearch(Database *db);

    // One kind, continuing after cursor.
    [[nodiscard]] QFuture<DbResult<SearchPage>> search(qint64 accountId, const SearchFilter &filter, SearchKind kind,
                                                       const SearchCursor &after, int limit) const;
    // The first hits of every kind at once (the "All" view).
    [[nodiscard]] QFuture<DbResult<QMap<SearchKind, SearchPage>>> overview(qint64 accountId, const SearchFilter &filter,
                                                                           int perKind) const;

private:
    Database *m_db;
};

} // namespace Hearth
