#pragma once

#include "../Promises.h"
#include "DbResult.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>
#include <memory>
#include <type_traits>
#include <utility>

namespace Hearth {

// The profile's SQLite cache. One connection on one writer thread; every
// job runs there and hands its result back as a QFuture, so the UI thread
// never waits on disk. Continue futures with .then(context, …).
class Database : public QObject
{
    Q_OBJECT
public:
    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    // Opens (creating if needed) and migrates the database at path. WAL,
    // synchronous=NORMAL, foreign_keys=ON. The result is the schema version.
    // A damaged file (PRAGMA quick_check), one written by a newer Hearth or
    // one that cannot be opened is refused: the connection is closed, every
    // later job fails with the reason (naming the file) and nothing is
    // written to it.
    QFuture<DbResult<int>> open(const QString &path);
    // Why the cache was refused ('' when it is open or not yet opened).
    [[nodiscard]] QString refusal() const;
    // Whether it was refused as damaged (and may be moved aside).
    [[nodiscard]] bool isDamaged() const;
    // Renames the refused file (and its -wal, -shm) to
    // <name>.damaged-<UTC time> beside it, never deleting anything, then
    // opens a fresh cache at the same path. The result is the moved file.
    QFuture<DbResult<QString>> moveAsideAndReopen();
    // PRAGMA integrity_check (the thorough one, on request): '' or what is wrong.
    QFuture<DbResult<QString>> integrityCheck();

    // Runs fn(QSqlDatabase &) on the writer thread. fn must not block on the
    // UI thread; it should return a DbResult so that errors travel back. The
    // future finishes on this object's thread (see fulfilOn).
    template<typename Fn>
    auto run(Fn fn) -> QFuture<std::invoke_result_t<Fn, QSqlDatabase &>>
    {
        using R = std::invoke_result_t<Fn, QSqlDatabase &>;
        return runOnWriter([home = this, fn = std::move(fn)](QSqlDatabase &db) mutable -> R {
            if constexpr (requires(R r) { r.error = QString(); }) {
                // A refused cache: no job touches it.
                if (!db.isOpen()) {
                    if (const QString refused = home->refusal(); !refused.isEmpty()) {
                        R failed{};
                        failed.error = refused;
                        return failed;
                    }
                }
            }
            return fn(db);
        });
    }

    // One statement as a job (an UPDATE, a DELETE, an upsert).
    QFuture<DbStatus> execute(const QString &sql, const QVariantList &bindings);
    // Statements in one transaction, as one job.
    using Statement = std::pair<QString, QVariantList>;
    QFuture<DbStatus> executeAll(const QList<Statement> &statements);

    [[nodiscard]] QString path() const { return m_path; }

    // Reports a job's error to whoever shows errors (the UI's error banner).
    void reportError(const QString &message);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    QThread m_thread;
    QObject *m_worker = nullptr;
    QString m_connectionName;
    QString m_path;
    mutable QMutex m_refusalLock; // written on the writer thread, read anywhere
    QString m_refusal;
    bool m_damaged = false;

    void refuse(QSqlDatabase &db, const QString &reason, bool damaged);
    // '' when the file is sound; else what is wrong, and in *damaged whether
    // that is damage (not a full disk, a lock or a missing permission).
    static QString quickCheck(QSqlDatabase &db, bool *damaged);

    // Runs fn on the writer thread, refused or not (open, move aside).
    template<typename Fn>
    auto runOnWriter(Fn fn) -> QFuture<std::invoke_result_t<Fn, QSqlDatabase &>>
    {
        using R = std::invoke_result_t<Fn, QSqlDatabase &>;
        auto promise = startedPromise<R>();
        QFuture<R> future = promise->future();
        const QString connection = m_connectionName;
        QMetaObject::invokeMethod(
            m_worker,
            [home = this, promise, connection, fn = std::move(fn)]() mutable {
                QSqlDatabase db = QSqlDatabase::database(connection, false);
                fulfilOn(home, std::move(promise), fn(db));
            },
            Qt::QueuedConnection);
        return future;
    }
};

} // namespace Hearth
