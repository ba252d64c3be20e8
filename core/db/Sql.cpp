#include "Sql.h"

#include <QRegularExpression>

#include "../Logging.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace Hearth::Sql {

namespace {
QString describe(const QSqlError &error, const QString &sql)
{
    QString text = error.text().trimmed();
    if (text.isEmpty())
        text = QStringLiteral("unknown SQL error");
    return QStringLiteral("%1 [in: %2]").arg(text, sql.simplified().left(200));
}
} // namespace

bool prepare(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.prepare(sql))
        return true;
    const QString message = describe(query.lastError(), sql);
    qCWarning(lcDb).noquote() << "prepare failed:" << message;
    if (error)
        *error = message;
    return false;
}

bool run(QSqlQuery &query, std::initializer_list<QVariant> bindings, QString *error)
{
    return run(query, QVariantList(bindings), error);
}

bool run(QSqlQuery &query, const QVariantList &bindings, QString *error)
{
    int i = 0;
    for (const QVariant &value : bindings) {
        // A null QString would bind as SQL NULL; text columns are NOT NULL
        // with '' for "none", so bind it as ''.
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i++, QString::fromLatin1(""));
        else
            query.bindValue(i++, value);
    }
    if (query.exec())
        return true;
    const QString message = describe(query.lastError(), query.lastQuery());
    qCWarning(lcDb).noquote() << "query failed:" << message;
    if (error)
        *error = message;
    return false;
}

bool exec(QSqlQuery &query, const QString &sql, std::initializer_list<QVariant> bindings, QString *error)
{
    return prepare(query, sql, error) && run(query, bindings, error);
}

bool exec(QSqlQuery &query, const QString &sql, const QVariantList &bindings, QString *error)
{
    return prepare(query, sql, error) && run(query, bindings, error);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        const QString message = describe(query.lastError(), sql);
        qCWarning(lcDb).noquote() << "statement failed:" << message;
        if (error)
            *error = message;
        return false;
    }
    return true;
}

bool begin(QSqlDatabase &db, QString *error)
{
    if (db.transaction())
        return true;
    const QString message = describe(db.lastError(), QStringLiteral("BEGIN"));
    qCWarning(lcDb).noquote() << message;
    if (error)
        *error = message;
    return false;
}

bool commit(QSqlDatabase &db, QString *error)
{
    if (db.commit())
        return true;
    const QString message = describe(db.lastError(), QStringLiteral("COMMIT"));
    qCWarning(lcDb).noquote() << message;
    if (error)
        *error = message;
    db.rollback();
    return false;
}

void rollback(QSqlDatabase &db)
{
    if (!db.rollback())
        qCWarning(lcDb) << "rollback failed:" << db.lastError().text();
}

QString ftsPrefixQuery(const QString &typed)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList terms;
    for (const QString &word : typed.split(spaces, Qt::SkipEmptyParts))
        terms << u'"' + QString(word).replace(u'"', QStringLiteral("\"\"")) + QStringLiteral("\"*");
    return terms.join(u' ');
}

} // namespace Hearth::Sql
