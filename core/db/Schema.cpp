#include "Schema.h"

namespace Hearth::Schema {

namespace {
// Version 1: accounts and per-account key/value state (roster version,
// archive positions and the like are stored there by later features).
const QStringList kV1 = {
    QStringLiteral(
        "CREATE TABLE account ("
        " id INTEGER PRIMARY KEY,"
        " jid TEXT NOT NULL UNIQUE,"
        " host TEXT NOT NULL DEFAULT '',"
        " port INTEGER NOT NULL DEFAULT 0,"
        " security INTEGER NOT NULL DEFAULT 0,"
        " resource TEXT NOT NULL DEFAULT '',"
        " enabled INTEGER NOT NULL DEFAULT 1,"
        " remember_password INTEGER NOT NULL DEFAULT 1,"
        " position INTEGER NOT NULL DEFAULT 0,"
        " created_at INTEGER NOT NULL,"
        " last_connected_at INTEGER)"),
    QStringLiteral(
        "CREATE TABLE account_state ("
        " account_id INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,"
        " key TEXT NOT NULL,"
        " value BLOB,"
        " PRIMARY KEY (account_id, key)) WITHOUT ROWID"),
};
} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> list = {
        {1, kV1},
    };
    return list;
}

const QStringList &freshSchema()
{
    static const QStringList schema = kV1;
    return schema;
}

int currentVersion()
{
    return migrations().constLast().version;
}

} // namespace Hearth::Schema
