#include "RowBatcher.h"

#include "Sql.h"

namespace Hearth {

RowBatcher::RowBatcher(QSqlDatabase &db, QString head, int columns)
    : m_db(db), m_head(std::move(head)), m_columns(columns), m_full(db)
{
    m_values.reserve(kChunk * columns);
}

QString RowBatcher::statement(int rows) const
{
    QString one = QStringLiteral("(?");
    for (int i = 1; i < m_columns; ++i)
        one += QStringLiteral(",?");
    one += u')';
    QString sql = m_head + u' ' + one;
    for (int i = 1; i < rows; ++i)
        sql += u',' + one;
    return sql;
}

bool RowBatcher::add(const QVariantList &row, QString *error)
{
    Q_ASSERT(row.size() == m_columns);
    m_values += row;
    if (m_values.size() < qsizetype(kChunk) * m_columns)
        return true;
    if (!m_fullPrepared) {
        if (!Sql::prepare(m_full, statement(kChunk), error))
            return false;
        m_fullPrepared = true;
    }
    return write(m_full, kChunk, error);
}

bool RowBatcher::flush(QString *error)
{
    if (m_values.isEmpty())
        return true;
    QSqlQuery rest(m_db);
    const int rows = int(m_values.size() / m_columns);
    return Sql::prepare(rest, statement(rows), error) && write(rest, rows, error);
}

bool RowBatcher::write(QSqlQuery &query, int rows, QString *error)
{
    Q_UNUSED(rows);
    const bool ok = Sql::run(query, m_values, error);
    m_values.clear();
    return ok;
}

} // namespace Hearth
