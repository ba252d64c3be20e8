#include "Database.h"

#include "../Logging.h"
#include "Migrator.h"
#include "Sql.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Hearth {

namespace {
QAtomicInt s_connectionCounter;
}

Database::Database(QObject *parent)
    : QObject(parent)
    , m_worker(new QObject)
    , m_connectionName(QStringLiteral("hearth-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
    m_thread.setObjectName(QStringLiteral("hearth-db"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

Database::~Database()
{
    // Close the connection on its own thread, then stop it. Jobs queued
    // before this still run first.
    const QString connection = m_connectionName;
    QMetaObject::invokeMethod(
        m_worker,
        [connection] {
            {
                QSqlDatabase db = QSqlDatabase::database(connection, false);
                if (db.isOpen())
                    db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QFuture<DbStatus> Database::execute(const QString &sql, const QVariantList &bindings)
{
    return run([sql, bindings](QSqlDatabase &db) {
        DbStatus result;
        QSqlQuery query(db);
        result.value = Sql::exec(query, sql, bindings, &result.error);
        return result;
    });
}

QFuture<DbStatus> Database::executeAll(const QList<Statement> &statements)
{
    return run([statements](QSqlDatabase &db) {
        DbStatus result;
        result.value = Sql::transaction(db, &result.error, [&] {
            QSqlQuery query(db);
            for (const auto &[sql, bindings] : statements) {
                if (!Sql::exec(query, sql, bindings, &result.error))
                    return false;
            }
            return true;
        });
        return result;
    });
}

void Database::reportError(const QString &message)
{
    // May be called from the writer thread: always deliver on ours.
    QMetaObject::invokeMethod(this, [this, message] { Q_EMIT errorOccurred(message); }, Qt::QueuedConnection);
}

QFuture<DbResult<int>> Database::open(const QString &path)
{
    m_path = path;
    const QString connection = m_connectionName;
    auto future = run([path, connection](QSqlDatabase &) -> DbResult<int> {
        QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return DbResult<int>::failure(QStringLiteral("cannot create the folder %1").arg(info.absolutePath()));
        QSqlDatabase db = QSqlDatabase::contains(connection) ? QSqlDatabase::database(connection, false)
                                                              : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid())
            return DbResult<int>::failure(QStringLiteral("the Qt SQLite driver is not installed"));
        db.setDatabaseName(path);
        if (!db.open())
            return DbResult<int>::failure(QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
        QString error;
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA busy_timeout=5000", "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-16000", "PRAGMA wal_autocheckpoint=8000"}) {
            if (!Sql::exec(db, QString::fromLatin1(pragma), &error))
                return DbResult<int>::failure(error);
        }
        auto result = Migrator::migrate(db);
        if (result.ok())
            qCInfo(lcDb).noquote() << "opened" << path << "at schema version" << result.value;
        return result;
    });
    return future.then(this, [this](DbResult<int> result) {
        if (!result.ok())
            reportError(result.error);
        return result;
    });
}

} // namespace Hearth
