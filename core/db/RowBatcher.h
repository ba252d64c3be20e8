#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Hearth {

// Many rows of one table in few statements: rows are buffered and written
// as multi-row INSERTs of up to kChunk rows (one prepared statement reused
// for full chunks). Per-statement overhead dominates small rows such as
// tags and links, so a batch of posts stores much faster this way.
class RowBatcher
{
public:
    static constexpr int kChunk = 64;

    // head: "INSERT INTO t (a, b) VALUES"; columns: values per row.
    RowBatcher(QSqlDatabase &db, QString head, int columns);

    // Buffers one row (exactly columns values); writes a full chunk.
    bool add(const QVariantList &row, QString *error);
    // Writes what is buffered.
    bool flush(QString *error);

private:
    [[nodiscard]] QString statement(int rows) const;
    bool write(QSqlQuery &query, int rows, QString *error);

    QSqlDatabase &m_db;
    QString m_head;
    int m_columns;
    QVariantList m_values;
    QSqlQuery m_full;
    bool m_fullPrepared = false;
};

} // namespace Hearth
