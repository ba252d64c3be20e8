#pragma once

#include "DbResult.h"
#include "Schema.h"

class QSqlDatabase;

namespace Hearth::Migrator {

[[nodiscard]] int userVersion(QSqlDatabase &db);

// Brings db to the latest version under the write lock: a new database gets
// the fresh schema, an older one each missing migration in order, all in one
// transaction. On failure nothing changed and the error is returned. Returns
// the resulting version.
[[nodiscard]] DbResult<int> migrate(QSqlDatabase &db,
                                    const QList<Schema::Migration> &migrations = Schema::migrations(),
                                    const QStringList &fresh = Schema::freshSchema());

// Applies migrations up to and including `version` only (tests build old
// databases with it).
[[nodiscard]] DbResult<int> migrateTo(QSqlDatabase &db, const QList<Schema::Migration> &migrations, int version);

} // namespace Hearth::Migrator
