#pragma once

#include "AccountSettings.h"
#include "db/DbResult.h"

#include <QDateTime>
#include <QFuture>
#include <QList>

namespace Hearth {

class Database;

struct AccountRecord
{
    qint64 id = 0;
    AccountSettings settings;
    bool enabled = true;
    bool rememberPassword = true;
    QDateTime createdAt;
    QDateTime lastConnectedAt;
};

// The account table. Passwords are never stored here (see SecretStore).
class AccountStore
{
public:
    explicit AccountStore(Database *db);

    [[nodiscard]] QFuture<DbResult<QList<AccountRecord>>> accounts() const;
    // Inserts or updates by JID; returns the row id.
    [[nodiscard]] QFuture<DbResult<qint64>> save(const AccountRecord &record) const;
    [[nodiscard]] QFuture<DbStatus> remove(qint64 id) const;
    [[nodiscard]] QFuture<DbStatus> markConnected(qint64 id, const QDateTime &when) const;

private:
    Database *m_db;
};

} // namespace Hearth
