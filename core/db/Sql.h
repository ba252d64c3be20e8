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
bool exec(QSqlDatabase &db, const QString &sql, QString *error);

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
