#include "ProfileStore.h"

#include "../db/Database.h"
#include "../db/Sql.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Hearth {

namespace {
// jid → one text column, for every cached profile that has it.
QFuture<DbResult<QHash<QString, QString>>> columnByJid(Database *db, qint64 accountId, const QString &sql)
{
    return db->run([accountId, sql](QSqlDatabase &connection) {
        DbResult<QHash<QString, QString>> result;
        QSqlQuery query(connection);
        if (!Sql::exec(query, sql, {accountId}, &result.error))
            return result;
        while (query.next())
            result.value.insert(query.value(0).toString(), query.value(1).toString());
        return result;
    });
}
} // namespace

ProfileStore::ProfileStore(Database *db)
    : m_db(db)
{
}

QFuture<DbResult<ProfileCard>> ProfileStore::load(qint64 accountId, const QString &jid) const
{
    return m_db->run([accountId, jid](QSqlDatabase &db) {
        DbResult<ProfileCard> result;
        QSqlQuery query(db);
        if (!Sql::exec(query, QStringLiteral("SELECT vcard_xml, source, pep_nickname FROM contact_profile WHERE account_id = ? AND jid = ?"),
                       {accountId, jid}, &result.error))
            return result;
        if (query.next()) {
            result.value = ProfileCard::fromVCard4Xml(query.value(0).toString());
            result.value.source = ProfileCard::Source(std::clamp(query.value(1).toInt(), 0, 2));
            result.value.pepNickname = query.value(2).toString();
        }
        return result;
    });
}

QFuture<DbStatus> ProfileStore::save(qint64 accountId, const QString &jid, const ProfileCard &card) const
{
    return m_db->execute(QStringLiteral("INSERT INTO contact_profile (account_id, jid, vcard_xml, source, pep_nickname, display_name, fetched_at)"
                                        " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(account_id, jid) DO UPDATE SET"
                                        " vcard_xml = excluded.vcard_xml, source = excluded.source, pep_nickname = excluded.pep_nickname,"
                                        " display_name = excluded.display_name, fetched_at = excluded.fetched_at"),
                         {accountId, jid, card.toVCard4Xml(), int(card.source), card.pepNickname, card.preferredName(),
                          QDateTime::currentMSecsSinceEpoch()});
}

QFuture<DbStatus> ProfileStore::saveNickname(qint64 accountId, const QString &jid, const QString &nickname) const
{
    return m_db->execute(QStringLiteral("INSERT INTO contact_profile (account_id, jid, pep_nickname, display_name, fetched_at)"
                                        " VALUES (?, ?, ?, ?, ?) ON CONFLICT(account_id, jid) DO UPDATE SET"
                                        " pep_nickname = excluded.pep_nickname,"
                                        " display_name = CASE WHEN excluded.pep_nickname <> '' THEN excluded.pep_nickname"
                                        " ELSE contact_profile.display_name END"),
                         {accountId, jid, nickname, nickname, QDateTime::currentMSecsSinceEpoch()});
}

QFuture<DbStatus> ProfileStore::saveAvatar(qint64 accountId, const QString &jid, const QString &hash) const
{
    return m_db->execute(QStringLiteral("INSERT INTO contact_profile (account_id, jid, avatar_hash) VALUES (?, ?, ?)"
                                        " ON CONFLICT(account_id, jid) DO UPDATE SET avatar_hash = excluded.avatar_hash"),
                         {accountId, jid, hash.isEmpty() ? QVariant() : QVariant(hash)});
}

QFuture<DbResult<QHash<QString, QString>>> ProfileStore::avatars(qint64 accountId) const
{
    return columnByJid(m_db, accountId,
                       QStringLiteral("SELECT jid, avatar_hash FROM contact_profile WHERE account_id = ? AND avatar_hash IS NOT NULL"));
}

QFuture<DbResult<QHash<QString, QString>>> ProfileStore::names(qint64 accountId) const
{
    return columnByJid(m_db, accountId,
                       QStringLiteral("SELECT jid, display_name FROM contact_profile WHERE account_id = ? AND display_name <> ''"));
}

} // namespace Hearth
