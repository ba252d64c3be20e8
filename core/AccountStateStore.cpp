#include "AccountStateStore.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace Hearth {

AccountStateStore::AccountStateStore(Database *db)
    : m_db(db)
{
}

bool AccountStateStore::readNow(QSqlDatabase &db, qint64 accountId, const QString &key, QVariant *value, QString *error)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT value FROM account_state WHERE account_id = ? AND key = ?"), {accountId, key}, error))
        return false;
    *value = q.next() ? q.value(0) : QVariant();
    return true;
}

bool AccountStateStore::writeNow(QSqlDatabase &db, qint64 accountId, const QString &key, const QVariant &value, QString *error)
{
    QSqlQuery q(db);
    return Sql::exec(q, QStringLiteral("INSERT INTO account_state (account_id, key, value) VALUES (?, ?, ?)"
                                       " ON CONFLICT(account_id, key) DO UPDATE SET value = excluded.value"),
                     {accountId, key, value}, error);
}

QFuture<DbResult<QVariant>> AccountStateStore::value(qint64 accountId, const QString &key) const
{
    return m_db->run([accountId, key](QSqlDatabase &db) {
        DbResult<QVariant> result;
        (void)readNow(db, accountId, key, &result.value, &result.error);
        return result;
    });
}

QFuture<DbStatus> AccountStateStore::setValue(qint64 accountId, const QString &key, const QVariant &value) const
{
    return m_db->run([accountId, key, value](QSqlDatabase &db) {
        DbStatus result;
        result.value = writeNow(db, accountId, key, value, &result.error);
        return result;
    });
}

} // namespace Hearth
