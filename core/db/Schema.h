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
// add a new one, and update freshSchema() to match (the "migrated equals
// fresh" test compares the two).
[[nodiscard]] const QList<Migration> &migrations();

// The current schema in one go, for new databases.
[[nodiscard]] const QStringList &freshSchema();

[[nodiscard]] int currentVersion();

} // namespace Hearth::Schema
