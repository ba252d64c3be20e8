#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Hearth::Test {

// SQL scripts as the migration fixtures keep them: one statement per ';' at
// a line's end (a trigger's body up to its END;), '--' lines ignored.
QStringList splitSqlScript(const QString &text);
// Runs each statement; false with the failing statement and reason in *error.
bool runSqlScript(QSqlDatabase &db, const QString &text, QString *error);
bool runSqlFile(QSqlDatabase &db, const QString &path, QString *error);

// The database as a script that rebuilds it: user_version, every schema
// object in creation order (FTS5 shadow tables left out, as CREATE VIRTUAL
// TABLE makes them) and, when withRows, every table's rows as INSERTs.
QString dumpDatabase(QSqlDatabase &db, bool withRows);

// The user's tables (FTS5 tables included, their shadow tables not).
QStringList userTables(QSqlDatabase &db);
QStringList columnsOf(QSqlDatabase &db, const QString &table);
// The rows of table over these columns, each as one line, sorted.
QStringList rowsOf(QSqlDatabase &db, const QString &table, const QStringList &columns);

} // namespace Hearth::Test
