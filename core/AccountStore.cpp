#include "AccountStore.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QSqlQuery>

namespace Hearth {

namespace {
QVariant msecs(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

// NOT NULL text columns: a null QString would bind as SQL NULL.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(value);
}

QDateTime fromMsecs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}
} // namespace

AccountStore::AccountStore(Database *db)
    : m_db(db)
{
}

QFuture<DbResult<QList<AccountRecord>>> AccountStore::accounts() const
{
    return m_db->run([](QSqlDatabase &db) {
        DbResult<QList<AccountRecord>> result;
        QSqlQuery query(db);
        if (!Sql::exec(query,
                       QStringLiteral("SELECT id, jid, host, port, security, resource, enabled, remember_password,"
                                      " created_at, last_connected_at FROM account ORDER BY position, id"),
                       {}, &result.error))
            return result;
        while (query.next()) {
            AccountRecord record;
            record.id = query.value(0).toLongLong();
            record.settings.jid = query.value(1).toString();
            record.settings.host = query.value(2).toString();
            record.settings.port = quint16(query.value(3).toUInt());
            record.settings.security = query.value(4).toInt() == 1 ? AccountSettings::Security::DirectTls
                                                                   : AccountSettings::Security::StartTls;
            record.settings.resource = query.value(5).toString();
            record.enabled = query.value(6).toBool();
            record.rememberPassword = query.value(7).toBool();
            record.createdAt = fromMsecs(query.value(8));
            record.lastConnectedAt = fromMsecs(query.value(9));
            result.value.append(record);
        }
        return result;
    });
}

QFuture<DbResult<qint64>> AccountStore::save(const AccountRecord &record) const
{
    return m_db->run([record](QSqlDatabase &db) {
        DbResult<qint64> result;
        QSqlQuery query(db);
        const auto &s = record.settings;
        const QDateTime created = record.createdAt.isValid() ? record.createdAt : QDateTime::currentDateTimeUtc();
        if (!Sql::exec(query,
                       QStringLiteral("INSERT INTO account (jid, host, port, security, resource, enabled, remember_password, created_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                                      " ON CONFLICT(jid) DO UPDATE SET host = excluded.host, port = excluded.port,"
                                      " security = excluded.security, resource = excluded.resource,"
                                      " enabled = excluded.enabled, remember_password = excluded.remember_password"
                                      " RETURNING id"),
                       {s.jid, text(s.host), int(s.port), s.security == AccountSettings::Security::DirectTls ? 1 : 0,
                        text(s.resource), record.enabled, record.rememberPassword, created.toMSecsSinceEpoch()},
                       &result.error))
            return result;
        if (query.next())
            result.value = query.value(0).toLongLong();
        else
            result.error = QStringLiteral("saving the account returned no row");
        return result;
    });
}

QFuture<DbStatus> AccountStore::remove(qint64 id) const
{
    return m_db->execute(QStringLiteral("DELETE FROM account WHERE id = ?"), {id});
}

QFuture<DbStatus> AccountStore::markConnected(qint64 id, const QDateTime &when) const
{
    return m_db->execute(QStringLiteral("UPDATE account SET last_connected_at = ? WHERE id = ?"), {msecs(when), id});
}

} // namespace Hearth
