#pragma once

#include "DbResult.h"
#include "Schema.h"

class QSqlDatabase;

namespace Hearth::Migrator {

[[nodiscard]] int userVersion(QSqlDatabase &db);

// Brings db to the latest version: a new database gets the fresh schema, an
// older one each missing migration in order, each in its own transaction.
// On failure the database stays at the last good version and the error is
// returned. Returns the resulting version.
[[nodiscard]] DbResult<int> migrate(QSqlDatabase &db,
                                    const QList<Schema::Migration> &migrations = Schema::migrations(),
                                    const QStringList &fresh = Schema::freshSchema());

// Applies migrations up to and including `version` only (tests build old
// databases with it).
[[nodiscard]] DbResult<int> migrateTo(QSqlDatabase &db, const QList<Schema::Migration> &migrations, int version);

} // namespace Hearth::Migrator
