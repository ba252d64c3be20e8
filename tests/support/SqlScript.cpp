#include "SqlScript.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Hearth::Test {

QStringList splitSqlScript(const QString &text)
{
    QStringList statements;
    QString current;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        current += line + QLatin1Char('\n');
        const bool inTrigger = current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive);
        if (trimmed.endsWith(QLatin1Char(';')) && (!inTrigger || trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                                || trimmed.endsWith(QLatin1String(" END;"), Qt::CaseInsensitive))) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

bool runSqlScript(QSqlDatabase &db, const QString &text, QString *error)
{
    for (const QString &statement : splitSqlScript(text)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = statement.left(200) + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
    }
    return true;
}

bool runSqlFile(QSqlDatabase &db, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return runSqlScript(db, QString::fromUtf8(file.readAll()), error);
}

namespace {
QStringList virtualTables(QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"));
    while (query.next())
        names << query.value(0).toString();
    return names;
}

bool isShadow(const QString &name, const QStringList &virtuals)
{
    return std::any_of(virtuals.cbegin(), virtuals.cend(), [&](const QString &v) { return name.startsWith(v + QLatin1Char('_')); });
}

// A CREATE TABLE laid out one column or constraint per line, for review.
QString layOut(const QString &sql)
{
    if (!sql.startsWith(QLatin1String("CREATE TABLE")) && !sql.startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
        return sql;
    QString out;
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') )
            quoted = !quoted;
        if (quoted) {
            out += c;
            continue;
        }
        if (c == QLatin1Char('(') && depth++ == 0) {
            out += QLatin1String("(\n    ");
            while (i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char(' '))
                ++i;
        } else if (c == QLatin1Char(')') && --depth == 0) {
            out = out.trimmed() + QLatin1String("\n)");
        } else if (c == QLatin1Char(',') && depth == 1) {
            out += QLatin1String(",\n    ");
            while (i + 1 < sql.size() && sql.at(i + 1) == QLatin1Char(' '))
                ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString literal(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Double:
        return value.toString();
    case QMetaType::QByteArray:
        return QStringLiteral("X'%1'").arg(QString::fromLatin1(value.toByteArray().toHex()));
    default:
        return QLatin1Char('\'') + value.toString().replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    }
}
} // namespace

QStringList userTables(QSqlDatabase &db)
{
    const QStringList virtuals = virtualTables(db);
    QStringList tables;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid"));
    while (query.next()) {
        if (!isShadow(query.value(0).toString(), virtuals))
            tables << query.value(0).toString();
    }
    return tables;
}

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList columns;
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
    while (query.next())
        columns << query.value(1).toString();
    // FTS5 rows are found by rowid (the post's or message's id).
    if (virtualTables(db).contains(table))
        columns.prepend(QStringLiteral("rowid"));
    return columns;
}

QStringList rowsOf(QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    QStringList rows;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT %1 FROM \"%2\"").arg(columns.join(QLatin1String(", ")), table));
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i)
            values << literal(query.value(i));
        rows << values.join(QLatin1String(", "));
    }
    rows.sort();
    return rows;
}

QString dumpDatabase(QSqlDatabase &db, bool withRows)
{
    QString out;
    QSqlQuery version(db);
    version.exec(QStringLiteral("PRAGMA user_version"));
    out += QStringLiteral("PRAGMA user_version = %1;\n").arg(version.next() ? version.value(0).toInt() : 0);
    const QStringList virtuals = virtualTables(db);
    QSqlQuery objects(db);
    objects.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"));
    while (objects.next()) {
        if (!isShadow(objects.value(0).toString(), virtuals))
            out += layOut(objects.value(1).toString()) + QStringLiteral(";\n");
    }
    if (!withRows)
        return out;
    for (const QString &table : userTables(db)) {
        const QStringList columns = columnsOf(db, table);
        for (const QString &row : rowsOf(db, table, columns))
            out += QStringLiteral("INSERT INTO %1 (%2) VALUES (%3);\n").arg(table, columns.join(QLatin1String(", ")), row);
    }
    return out;
}

} // namespace Hearth::Test
