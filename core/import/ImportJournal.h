#pragma once

#include "db/DbResult.h"

#include <QFuture>
#include <QHash>
#include <QString>

namespace Hearth {

class Database;

// What an import has done, step by step, in the cache of the account it
// imports into (table import_step): an import started again after a quit,
// a crash or a lost connection skips what is there and does the rest, and
// running it twice does nothing twice. A step is "dataset:key" (a media
// file by its hash, an item by its node and id, a contact by address).
// Failed steps are noted too, and tried again the next time.
class ImportJournal
{
public:
    enum class Outcome { Moved = 1, Skipped = 2, Failed = 3 };
    struct Entry
    {
        Outcome outcome = Outcome::Moved;
        QString detail; // the reason, or what the step made (a file's new URL)
    };

    // archive: which export (its account and when it was made), so that
    // importing another export into the same account starts afresh.
    ImportJournal(Database *db, qint64 accountId, QString archive);

    [[nodiscard]] static QString archiveKey(const QString &account, const QDateTime &exportedAt);

    // Every step noted so far.
    QFuture<DbResult<QHash<QString, Entry>>> load() const;
    QFuture<DbStatus> note(const QString &step, Outcome outcome, const QString &detail = {}) const;

private:
    Database *m_db;
    qint64 m_accountId;
    QString m_archive;
};

} // namespace Hearth
