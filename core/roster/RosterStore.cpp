#include "RosterStore.h"

#include "../AccountStateStore.h"
#include "../db/Database.h"
#include "../db/Sql.h"

#include <QSqlQuery>

namespace Hearth {

namespace {
const QString kVersionKey = QStringLiteral("roster-version");

bool writeVersion(QSqlDatabase &db, qint64 accountId, const QString &version, QString *error)
{
    return AccountStateStore::writeNow(db, accountId, kVersionKey, version, error);
}

// The statements that write one roster item, prepared once per job.
struct EntryWriter
{
    QSqlQuery upsert;
    QSqlQuery clearGroups;
    QSqlQuery addGroup;

    explicit EntryWriter(QSqlDatabase &db) : upsert(db), clearGroups(db), addGroup(db) {}

    bool prepare(QString *error)
    {
        return Sql::prepare(upsert,
                            QStringLiteral("INSERT INTO contact (account_id, jid, name, subscription, ask) VALUES (?, ?, ?, ?, ?)"
                                           " ON CONFLICT(account_id, jid) DO UPDATE SET name = excluded.name,"
                                           " subscription = excluded.subscription, ask = excluded.ask"),
                            error)
            && Sql::prepare(clearGroups, QStringLiteral("DELETE FROM contact_group WHERE account_id = ? AND jid = ?"), error)
            && Sql::prepare(addGroup, QStringLiteral("INSERT OR IGNORE INTO contact_group (account_id, jid, name) VALUES (?, ?, ?)"),
                            error);
    }

    // fresh: the contact had no rows before (a full replace), so there are
    // no old groups to clear.
    bool write(qint64 accountId, const RosterEntry &entry, bool fresh, QString *error)
    {
        if (!Sql::run(upsert, {accountId, entry.jid, entry.name.isNull() ? QString::fromLatin1("") : entry.name,
                               int(entry.subscription), entry.askPending},
                      error))
            return false;
        if (!fresh && !Sql::run(clearGroups, {accountId, entry.jid}, error))
            return false;
        for (const QString &group : entry.groups) {
            if (!Sql::run(addGroup, {accountId, entry.jid, group}, error))
                return false;
        }
        return true;
    }
};
} // namespace

RosterStore::RosterStore(Database *db)
    : m_db(db)
{
}

QFuture<DbResult<RosterSnapshot>> RosterStore::load(qint64 accountId) const
{
    return m_db->run([accountId](QSqlDatabase &db) {
        DbResult<RosterSnapshot> result;
        QSqlQuery query(db);
        QVariant version;
        if (!AccountStateStore::readNow(db, accountId, kVersionKey, &version, &result.error))
            return result;
        result.value.version = version.toString();
        // Groups come aggregated with a separator no group name contains.
        if (!Sql::exec(query,
                       QStringLiteral("SELECT c.jid, c.name, c.subscription, c.ask, c.last_status, c.last_seen_at,"
                                      " (SELECT group_concat(g.name, char(31)) FROM"
                                      "   (SELECT name FROM contact_group WHERE account_id = c.account_id AND jid = c.jid ORDER BY name) g)"
                                      " FROM contact c WHERE c.account_id = ? ORDER BY c.jid"),
                       {accountId}, &result.error))
            return result;
        while (query.next()) {
            RosterEntry entry;
            entry.jid = query.value(0).toString();
            entry.name = query.value(1).toString();
            entry.subscription = RosterEntry::Subscription(std::clamp(query.value(2).toInt(), 0, 3));
            entry.askPending = query.value(3).toBool();
            if (!query.value(5).isNull())
                result.value.lastSeen.insert(entry.jid, {query.value(4).toString(),
                                                         QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), Qt::UTC)});
            const QString groups = query.value(6).toString();
            if (!groups.isEmpty())
                entry.groups = groups.split(QChar(31));
            result.value.entries.append(entry);
        }
        return result;
    });
}

QFuture<DbStatus> RosterStore::replace(qint64 accountId, const RosterSnapshot &snapshot) const
{
    return m_db->run([accountId, snapshot](QSqlDatabase &db) {
        DbStatus result;
        result.value = Sql::transaction(db, &result.error, [&] {
            QSqlQuery query(db);
            // Groups go with their contact (ON DELETE CASCADE).
            if (!Sql::exec(query, QStringLiteral("DELETE FROM contact WHERE account_id = ?"), {accountId}, &result.error))
                return false;
            EntryWriter writer(db);
            if (!writer.prepare(&result.error))
                return false;
            for (const auto &entry : snapshot.entries) {
                if (!writer.write(accountId, entry, true, &result.error))
                    return false;
            }
            return writeVersion(db, accountId, snapshot.version, &result.error);
        });
        return result;
    });
}

QFuture<DbStatus> RosterStore::saveLastSeen(qint64 accountId, const QString &jid, const LastSeen &lastSeen) const
{
    return m_db->execute(QStringLiteral("UPDATE contact SET last_status = ?, last_seen_at = ? WHERE account_id = ? AND jid = ?"),
                         {lastSeen.statusText, lastSeen.when.toMSecsSinceEpoch(), accountId, jid});
}

QFuture<DbStatus> RosterStore::apply(qint64 accountId, const QString &version, const RosterEntry &entry, bool removed) const
{
    return m_db->run([accountId, version, entry, removed](QSqlDatabase &db) {
        DbStatus result;
        result.value = Sql::transaction(db, &result.error, [&] {
            if (removed) {
                QSqlQuery query(db);
                if (!Sql::exec(query, QStringLiteral("DELETE FROM contact WHERE account_id = ? AND jid = ?"),
                               {accountId, entry.jid}, &result.error))
                    return false;
            } else {
                EntryWriter writer(db);
                if (!writer.prepare(&result.error) || !writer.write(accountId, entry, false, &result.error))
                    return false;
            }
            return version.isEmpty() || writeVersion(db, accountId, version, &result.error);
        });
        return result;
    });
}

} // namespace Hearth
