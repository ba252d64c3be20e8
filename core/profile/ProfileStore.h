#pragma once

#include "../db/DbResult.h"
#include "ProfileCard.h"

#include <QFuture>
#include <QHash>

namespace Hearth {

class Database;

// Cached profiles (the user's own and contacts'), shown at once and
// refreshed from the network.
class ProfileStore
{
public:
    explicit ProfileStore(Database *db);

    [[nodiscard]] QFuture<DbResult<ProfileCard>> load(qint64 accountId, const QString &jid) const;
    [[nodiscard]] QFuture<DbStatus> save(qint64 accountId, const QString &jid, const ProfileCard &card) const;
    // Updates only the XEP-0172 nickname (it arrives on its own).
    [[nodiscard]] QFuture<DbStatus> saveNickname(qint64 accountId, const QString &jid, const QString &nickname) const;
    // The avatar a contact (or the user) has now; empty: none.
    [[nodiscard]] QFuture<DbStatus> saveAvatar(qint64 accountId, const QString &jid, const QString &hash) const;
    // jid → avatar hash for every cached profile that has one.
    [[nodiscard]] QFuture<DbResult<QHash<QString, QString>>> avatars(qint64 accountId) const;
    // jid → the best name each cached profile offers (for the contact list).
    [[nodiscard]] QFuture<DbResult<QHash<QString, QString>>> names(qint64 accountId) const;

private:
    Database *m_db;
};

} // namespace Hearth
