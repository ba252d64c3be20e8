#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

class QSqlDatabase;

namespace Hearth::Sql {

// Prepares and runs one statement with positional bindings. On failure,
// logs it under hearth.core.db and puts the reason in *error.
bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> bindings, QString *error);
bool exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings, QString *error);
bool exec(QSqlDatabase &db, const QString &sql, QString *error);

// For statements run many times in a loop: prepare once, then run with
// each row's bindings.
bool prepare(QSqlQuery &query, const QString &sql, QString *error);
bool run(QSqlQuery &query, std::initializer_list<QVariant> bindings, QString *error);
bool run(QSqlQuery &query, const QVariantList &bindings, QString *error);

// An FTS5 MATCH expression for what a user typed: each word a quoted
// prefix term, so input is never FTS syntax. Empty when nothing is typed.
[[nodiscard]] QString ftsPrefixQuery(const QString &typed);

// Runs fn inside a transaction: commits when fn returns true, else rolls back.
template<typename Fn>
bool transaction(QSqlDatabase &db, QString *error, Fn &&fn);

bool begin(QSqlDatabase &db, QString *error);
bool commit(QSqlDatabase &db, QString *error);
void rollback(QSqlDatabase &db);

template<typename Fn>
bool transaction(QSqlDatabase &db, QString *error, Fn &&fn)
{
    if (!begin(db, error))
        return false;
    if (!fn()) {
        rollback(db);
        return false;
    }
    return commit(db, error);
}

} // namespace Hearth::Sql
