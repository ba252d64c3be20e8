#pragma once

#include "db/DbResult.h"

#include <QFuture>
#include <QVariant>

class QSqlDatabase;

namespace Hearth {

class Database;

// Small per-account values in the account_state table: the feed's last
// visit, whether default follows were set up, the composer's draft.
class AccountStateStore
{
public:
    explicit AccountStateStore(Database *db);

    // An invalid QVariant when the key was never set.
    [[nodiscard]] QFuture<DbResult<QVariant>> value(qint64 accountId, const QString &key) const;
    [[nodiscard]] QFuture<DbStatus> setValue(qint64 accountId, const QString &key, const QVariant &value) const;

    // The same on the writer thread, inside another job's transaction.
    [[nodiscard]] static bool readNow(QSqlDatabase &db, qint64 accountId, const QString &key, QVariant *value, QString *error);
    [[nodiscard]] static bool writeNow(QSqlDatabase &db, qint64 accountId, const QString &key, const QVariant &value, QString *error);

private:
    Database *m_db;
};

} // namespace Hearth
