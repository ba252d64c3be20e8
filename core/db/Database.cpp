#include "Database.h"

#include "../Logging.h"
#include "Migrator.h"
#include "Sql.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
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
            const QString *prepared = nullptr;
            for (const auto &[sql, bindings] : statements) {
                // A run of the same statement (a batch of rows) is prepared once.
                if (!prepared || *prepared != sql) {
                    if (!Sql::prepare(query, sql, &result.error))
                        return false;
                    prepared = &sql;
                }
                if (!Sql::run(query, bindings, &result.error))
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

QString Database::refusal() const
{
    QMutexLocker lock(&m_refusalLock);
    return m_refusal;
}

bool Database::isDamaged() const
{
    QMutexLocker lock(&m_refusalLock);
    return m_damaged;
}

void Database::refuse(QSqlDatabase &db, const QString &reason, bool damaged)
{
    // Closed at once: nothing, not even the WAL switch or a last-visit
    // time on quit, is written to a file Hearth does not trust.
    if (db.isOpen())
        db.close();
    QMutexLocker lock(&m_refusalLock);
    m_refusal = reason;
    m_damaged = damaged;
    qCWarning(lcDb).noquote() << reason;
}

QFuture<DbResult<int>> Database::open(const QString &path)
{
    m_path = path;
    const QString connection = m_connectionName;
    auto future = runOnWriter([this, path, connection](QSqlDatabase &) -> DbResult<int> {
        {
            QMutexLocker lock(&m_refusalLock);
            m_refusal.clear();
            m_damaged = false;
        }
        QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath()))
            return DbResult<int>::failure(tr("Cannot create the folder %1 for the cache.").arg(info.absolutePath()));
        QSqlDatabase db = QSqlDatabase::contains(connection) ? QSqlDatabase::database(connection, false)
                                                              : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        if (!db.isValid())
            return DbResult<int>::failure(tr("The Qt SQLite driver is not installed."));
        db.setDatabaseName(path);
        const auto failed = [&](const QString &reason, bool damaged = false) {
            refuse(db, reason, damaged);
            return DbResult<int>::failure(reason);
        };
        if (!db.open())
            return failed(tr("Cannot open the cache %1: %2. Check that the folder can be written and the disk is not full.")
                              .arg(path, db.lastError().text()));
        QString error;
        if (!Sql::exec(db, QStringLiteral("PRAGMA busy_timeout=5000"), &error))
            return failed(tr("Cannot read the cache %1: %2").arg(path, error), true);
        // Damage is looked for before anything is written.
        bool damaged = false;
        const QString damage = quickCheck(db, &damaged);
        if (!damage.isEmpty() && !damaged)
            return failed(tr("Cannot read the cache %1: %2. Check that the disk is not full and the profile folder can be written.")
                              .arg(path, damage));
        if (!damage.isEmpty())
            return failed(tr("The cache %1 is damaged (%2). Hearth has not written to it; move it aside to start a "
                             "fresh cache (your account and posts are on the server).")
                              .arg(path, damage),
                          true);
        for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                                   "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-16000", "PRAGMA wal_autocheckpoint=8000"}) {
            // Two connections switching a new file to WAL at once: SQLite
            // answers one of them "locked" at once (the busy handler is not
            // used for this lock), so that one tries again for a while.
            bool done = Sql::exec(db, QString::fromLatin1(pragma), &error);
            for (int attempt = 0; !done && attempt < 100 && error.contains(QLatin1String("locked")); ++attempt) {
                QThread::msleep(20); // the writer thread, never the UI's
                done = Sql::exec(db, QString::fromLatin1(pragma), &error);
            }
            if (!done)
                return failed(tr("Cannot write the cache %1: %2. Check that the profile folder can be written (not read-only) and the disk is not full.")
                                  .arg(path, error));
        }
        auto result = Migrator::migrate(db);
        if (!result.ok())
            return failed(tr("The cache %1 cannot be used: %2").arg(path, result.error));
        qCInfo(lcDb).noquote() << "opened" << path << "at schema version" << result.value;
        return result;
    });
    return future.then(this, [this](DbResult<int> result) {
        if (!result.ok())
            reportError(result.error);
        return result;
    });
}

QString Database::quickCheck(QSqlDatabase &db, bool *damaged)
{
    QSqlQuery query(db);
    *damaged = true;
    if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
        // SQLite's primary result code: a full disk (13), an I/O error (10:
        // the -shm file not growing on a full disk), a lock (5, 6), no
        // permission (3, 8, 14) say nothing about the file's contents.
        const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
        *damaged = !(code == 3 || code == 5 || code == 6 || code == 8 || code == 10 || code == 13 || code == 14);
        return query.lastError().databaseText().isEmpty() ? query.lastError().text() : query.lastError().databaseText();
    }
    QStringList problems;
    while (query.next())
        problems << query.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return problems.mid(0, 3).join(QStringLiteral("; "));
}

QFuture<DbResult<QString>> Database::integrityCheck()
{
    return run([](QSqlDatabase &db) {
        DbResult<QString> result;
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("PRAGMA integrity_check"))) {
            result.error = query.lastError().text();
            return result;
        }
        QStringList problems;
        while (query.next())
            problems << query.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")})
            result.value = problems.mid(0, 10).join(QStringLiteral("\n"));
        return result;
    });
}

QFuture<DbResult<QString>> Database::moveAsideAndReopen()
{
    const QString path = m_path;
    auto moved = runOnWriter([this, path](QSqlDatabase &db) -> DbResult<QString> {
        if (db.isOpen())
            return DbResult<QString>::failure(tr("The cache %1 is in use; only a refused cache is moved aside.").arg(path));
        const QString aside = path + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix))
                return DbResult<QString>::failure(tr("Cannot move %1 aside to %2.").arg(path + suffix, aside + suffix));
        }
        qCInfo(lcDb).noquote() << "moved the refused cache aside to" << aside;
        QMutexLocker lock(&m_refusalLock);
        m_refusal.clear();
        m_damaged = false;
        return DbResult<QString>{aside, {}};
    });
    auto promise = startedPromise<DbResult<QString>>();
    moved.then(this, [this, promise, path](DbResult<QString> aside) {
        if (!aside.ok()) {
            fulfil(promise, aside);
            return;
        }
        open(path).then(this, [promise, aside](DbResult<int> opened) {
            DbResult<QString> result = aside;
            result.error = opened.error;
            fulfil(promise, result);
        });
    });
    return promise->future();
}

} // namespace Hearth
