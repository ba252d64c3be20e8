#include "AccountStateStore.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace Hearth {

AccountStateStore::AccountStateStore(Database *db)
    : m_db(db)
{
}

QFuture<DbResult<QVariant>> AccountStateStore::value(qint64 accountId, const QString &key) const
{
    return m_db->run([accountId, key](QSqlDatabase &db) {
        DbResult<QVariant> result;
        QSqlQuery q(db);
        if (Sql::exec(q, QStringLiteral("SELECT value FROM account_state WHERE account_id = ? AND key = ?"), {accountId, key},
                      &result.error)
            && q.next())
            result.value = q.value(0);
        return result;
    });
}

QFuture<DbStatus> AccountStateStore::setValue(qint64 accountId, const QString &key, const QVariant &value) const
{
    return m_db->run([accountId, key, value](QSqlDatabase &db) {
        DbStatus result;
        QSqlQuery q(db);
        result.value = Sql::exec(q, QStringLiteral("INSERT INTO account_state (account_id, key, value) VALUES (?, ?, ?)"
                                                   " ON CONFLICT(account_id, key) DO UPDATE SET value = excluded.value"),
                                 {accountId, key, value}, &result.error);
        return result;
    });
}

} // namespace Hearth
