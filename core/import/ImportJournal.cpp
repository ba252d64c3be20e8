#include "ImportJournal.h"

#include "db/Database.h"
#include "db/Sql.h"

#include <QDateTime>
#include <QSqlQuery>

namespace Hearth {

ImportJournal::ImportJournal(Database *db, qint64 accountId, QString archive)
    : m_db(db), m_accountId(accountId), m_archive(std::move(archive))
{
}

QString ImportJournal::archiveKey(const QString &account, const QDateTime &exportedAt)
{
    return account + u' ' + exportedAt.toUTC().toString(Qt::ISODate);
}

QFuture<DbResult<QHash<QString, ImportJournal::Entry>>> ImportJournal::load() const
{
    return m_db->run([accountId = m_accountId, archive = m_archive](QSqlDatabase &db) {
        DbResult<QHash<QString, Entry>> result;
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT step, outcome, detail FROM import_step WHERE account_id = ? AND archive = ?"),
                       {accountId, archive}, &result.error))
            return result;
        while (q.next())
            result.value.insert(q.value(0).toString(), Entry{Outcome(q.value(1).toInt()), q.value(2).toString()});
        return result;
    });
}

QFuture<DbStatus> ImportJournal::note(const QString &step, Outcome outcome, const QString &detail) const
{
    return m_db->execute(QStringLiteral("INSERT OR REPLACE INTO import_step (account_id, archive, step, outcome, detail, done_at)"
                                        " VALUES (?, ?, ?, ?, ?, ?)"),
                         {m_accountId, m_archive, step, int(outcome), detail, QDateTime::currentMSecsSinceEpoch()});
}

} // namespace Hearth
