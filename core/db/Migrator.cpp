#include "Migrator.h"

#include "../Logging.h"
#include "Sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Hearth::Migrator {

namespace {
bool setVersion(QSqlDatabase &db, int version, QString *error)
{
    // PRAGMA takes no bound parameters; version is an int we control.
    return Sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
}

bool hasTables(QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' LIMIT 1"))
        && query.next();
}

bool runStatements(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        if (!Sql::exec(db, statement, error))
            return false;
    }
    return true;
}
} // namespace

int userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

DbResult<int> migrateTo(QSqlDatabase &db, const QList<Schema::Migration> &migrations, int target)
{
    int version = userVersion(db);
    if (version < 0)
        return DbResult<int>::failure(QStringLiteral("cannot read the schema version"));
    for (const auto &migration : migrations) {
        if (migration.version <= version || migration.version > target)
            continue;
        if (migration.version != version + 1)
            return DbResult<int>{version, QStringLiteral("missing migration to version %1").arg(version + 1)};
        QString error;
        const bool ok = Sql::transaction(db, &error, [&] {
            return runStatements(db, migration.statements, &error) && setVersion(db, migration.version, &error);
        });
        if (!ok) {
            qCWarning(lcDb).noquote() << "migration to version" << migration.version << "failed:" << error;
            return DbResult<int>{version, QStringLiteral("migration to version %1 failed: %2").arg(migration.version).arg(error)};
        }
        qCInfo(lcDb) << "migrated database to version" << migration.version;
        version = migration.version;
    }
    return DbResult<int>{version, {}};
}

DbResult<int> migrate(QSqlDatabase &db, const QList<Schema::Migration> &migrations, const QStringList &fresh)
{
    // The write lock comes before the look: a second process opening the
    // same new profile waits here (busy_timeout) and then finds the schema,
    // instead of creating it twice ("table account already exists").
    QString error;
    if (!Sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"), &error))
        return DbResult<int>::failure(QStringLiteral("cannot lock the database: %1").arg(error));
    const auto fail = [&db](int version, const QString &message) {
        (void)Sql::exec(db, QStringLiteral("ROLLBACK"), nullptr);
        return DbResult<int>{version, message};
    };
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    const int start = userVersion(db);
    if (start < 0)
        return fail(-1, QStringLiteral("cannot read the schema version"));
    if (start > latest)
        return fail(start, QStringLiteral("the database was written by a newer version of Hearth (schema %1, this version knows %2)")
                               .arg(start).arg(latest));
    int version = start;
    if (version == 0 && !hasTables(db)) {
        if (!runStatements(db, fresh, &error) || !setVersion(db, latest, &error))
            return fail(0, QStringLiteral("creating the database failed: %1").arg(error));
        version = latest;
    } else {
        // Every missing migration in one transaction: all or none.
        for (const Schema::Migration &migration : migrations) {
            if (migration.version <= version)
                continue;
            if (migration.version != version + 1)
                return fail(start, QStringLiteral("missing migration to version %1").arg(version + 1));
            if (!runStatements(db, migration.statements, &error) || !setVersion(db, migration.version, &error)) {
                qCWarning(lcDb).noquote() << "migration to version" << migration.version << "failed:" << error;
                return fail(start, QStringLiteral("migration to version %1 failed: %2").arg(migration.version).arg(error));
            }
            version = migration.version;
        }
    }
    if (!Sql::exec(db, QStringLiteral("COMMIT"), &error))
        return fail(start, QStringLiteral("saving the schema failed: %1").arg(error));
    if (version != start && start > 0)
        qCInfo(lcDb) << "migrated database from version" << start << "to" << version;
    return DbResult<int>{version, {}};
}

} // namespace Hearth::Migrator
