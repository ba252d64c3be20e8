#pragma once

#include "../db/DbResult.h"
#include "RosterEntry.h"

#include <QFuture>

namespace Hearth {

class Database;

// The cached roster of each account: contacts, their groups and the roster
// version, written in one transaction per change.
class RosterStore
{
public:
    explicit RosterStore(Database *db);

    [[nodiscard]] QFuture<DbResult<RosterSnapshot>> load(qint64 accountId) const;
    [[nodiscard]] QFuture<DbStatus> replace(qint64 accountId, const RosterSnapshot &snapshot) const;
    // One push: upserts the entry (or deletes it when removed) and stores
    // the version that came with it.
    [[nodiscard]] QFuture<DbStatus> apply(qint64 accountId, const QString &version, const RosterEntry &entry,
                                          bool removed) const;

    // Remembers a contact's last status text and when they went offline.
    [[nodiscard]] QFuture<DbStatus> saveLastSeen(qint64 accountId, const QString &jid, const LastSeen &lastSeen) const;

private:
    Database *m_db;
};

} // namespace Hearth
