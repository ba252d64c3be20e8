#pragma once

#include <QList>
#include <QStringList>

namespace Hearth::Schema {

// One step from version-1 to version: statements run in one transaction.
struct Migration
{
    int version;
    QStringList statements;
};

// Every migration, strictly increasing from 1. Never edit a released one:
// add a new one, then run tst_migrations with HEARTH_WRITE_MIGRATION_FIXTURES=1
// to rewrite core/db/schema.sql (review its diff) and add the new previous
// version's fixture (tests/unit/data/migrations; add its rows to rows.sql).
[[nodiscard]] const QList<Migration> &migrations();

// The current schema in one go, for new databases.
[[nodiscard]] const QStringList &freshSchema();

[[nodiscard]] int currentVersion();

} // namespace Hearth::Schema
