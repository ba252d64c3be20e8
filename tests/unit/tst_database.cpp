// The writer thread: jobs run off the caller's thread, pragmas hold, SQL
// errors come back as errors (logged and signalled, never fatal), and the
// account table round-trips.
#include "AccountStore.h"
#include "db/Database.h"
#include "db/Schema.h"
#include "db/Sql.h"
#include "support/TestUtils.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opensWithPragmasOnWriterThread()
    {
        QTemporaryDir dir;
        Database db;
        auto opened = db.open(dir.filePath(u"profile/hearth.sqlite"_s));
        QVERIFY(Test::waitFor(opened));
        QVERIFY2(opened.result().ok(), qPrintable(opened.result().error));
        QCOMPARE(opened.result().value, Schema::currentVersion());

        auto job = db.run([](QSqlDatabase &sql) {
            QStringList values;
            for (const char *pragma : {"journal_mode", "synchronous", "foreign_keys"}) {
                QSqlQuery query(sql);
                query.exec(u"PRAGMA "_s + QLatin1String(pragma));
                values << (query.next() ? query.value(0).toString() : u"?"_s);
            }
            values << QThread::currentThread()->objectName();
            return values;
        });
        QVERIFY(Test::waitFor(job));
        // WAL, NORMAL (1), foreign keys on, and not the test's thread.
        QCOMPARE(job.result(), (QStringList{u"wal"_s, u"1"_s, u"1"_s, u"hearth-db"_s}));
        QVERIFY(QThread::currentThread()->objectName() != u"hearth-db"_s);
    }

    void jobsFinishOnTheCallersThread()
    {
        // Continuations attach on this thread, so results must be handed
        // back here: Qt 6.4 can run a continuation twice when its future
        // finishes on another thread while then() attaches (a CI crash). A
        // continuation without a context runs where the future finished.
        QTemporaryDir dir;
        Database db;
        QVERIFY(Test::waitFor(db.open(dir.filePath(u"hearth.sqlite"_s))));
        QThread *finishedOn = nullptr;
        auto job = db.run([](QSqlDatabase &) { return QThread::currentThread()->objectName(); })
                       .then([&finishedOn](const QString &ranOn) {
                           finishedOn = QThread::currentThread();
                           return ranOn;
                       });
        QVERIFY(Test::waitFor(job));
        QCOMPARE(job.result(), u"hearth-db"_s);
        QCOMPARE(finishedOn, QThread::currentThread());
    }

    void sqlErrorIsReportedNotFatal()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(Test::waitFor(db.open(dir.filePath(u"hearth.sqlite"_s))));
        QSignalSpy errors(&db, &Database::errorOccurred);
        auto job = db.run([&db](QSqlDatabase &sql) {
            DbStatus result;
            QSqlQuery query(sql);
            result.value = Sql::exec(query, u"INSERT INTO no_such_table VALUES (?)"_s, {1}, &result.error);
            if (!result.ok())
                db.reportError(result.error);
            return result;
        });
        QVERIFY(Test::waitFor(job));
        QVERIFY(!job.result().ok());
        QVERIFY(job.result().error.contains(u"no_such_table"_s));
        QTRY_COMPARE(errors.count(), 1);
        // The connection keeps working after the error.
        auto next = db.run([](QSqlDatabase &sql) {
            QSqlQuery query(sql);
            return query.exec(u"SELECT count(*) FROM account"_s) && query.next();
        });
        QVERIFY(Test::waitFor(next));
        QVERIFY(next.result());
    }

    void corruptFileGivesAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hearth.sqlite"_s);
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        Database db;
        QSignalSpy errors(&db, &Database::errorOccurred);
        auto opened = db.open(path);
        QVERIFY(Test::waitFor(opened));
        QVERIFY(!opened.result().ok());
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY(QFile(path).size() == 8192); // nothing was overwritten
    }

#ifdef Q_OS_UNIX
    // A disk that cannot take the -shm file (here a file-size limit, with
    // SIGXFSZ ignored as the app does) is not a damaged cache: the error says
    // what to check and the cache is not offered to be moved aside.
    void fullDiskIsNotDamage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hearth.sqlite"_s);
        {
            Database db;
            QVERIFY(Test::waitFor(db.open(path)));
        }
        QFile::remove(path + u"-shm"_s);
        QFile::remove(path + u"-wal"_s);
        ::signal(SIGXFSZ, SIG_IGN);
        rlimit saved{};
        ::getrlimit(RLIMIT_FSIZE, &saved);
        rlimit small = saved;
        small.rlim_cur = 8 * 1024;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        Database db;
        auto opened = db.open(path);
        const bool waited = Test::waitFor(opened);
        ::setrlimit(RLIMIT_FSIZE, &saved);
        QVERIFY(waited);
        QVERIFY(!opened.result().ok());
        QVERIFY2(!db.isDamaged(), qPrintable(opened.result().error));
        QVERIFY2(opened.result().error.contains(u"disk is not full"_s), qPrintable(opened.result().error));
    }
#endif

    // 4 KiB of noise in the middle of a cache with data: refused at open,
    // named, never written (not even on a later job), and moved aside on
    // request for a fresh cache.
    void damagedCacheIsRefusedNamedAndNeverWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hearth.sqlite"_s);
        {
            Database db;
            QVERIFY(Test::waitFor(db.open(path)));
            auto filled = db.run([](QSqlDatabase &sql) {
                DbStatus status;
                status.value = Sql::exec(sql, u"CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)"_s, &status.error)
                    && Sql::exec(sql, u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
                                      "INSERT INTO filler (text) SELECT printf('%0200d', i) FROM n"_s, &status.error);
                return status;
            });
            QVERIFY(Test::waitFor(filled) && filled.result().ok());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 512 * 1024);
        QVERIFY(file.seek((file.size() / 2) / 4096 * 4096));
        QByteArray noise(4096, Qt::Uninitialized);
        QRandomGenerator random(12);
        for (char &c : noise)
            c = char(random.bounded(256));
        QCOMPARE(file.write(noise), qint64(noise.size()));
        file.close();
        const QByteArray before = fileHash(path);

        {
            Database db;
            QSignalSpy errors(&db, &Database::errorOccurred);
            auto opened = db.open(path);
            QVERIFY(Test::waitFor(opened));
            QVERIFY(!opened.result().ok());
            QVERIFY2(opened.result().error.contains(path), qPrintable(opened.result().error));
            QVERIFY2(opened.result().error.contains(u"damaged"_s), qPrintable(opened.result().error));
            QVERIFY(db.isDamaged());
            QTRY_COMPARE(errors.count(), 1);
            auto write = db.execute(u"CREATE TABLE written_anyway (x INTEGER)"_s, {});
            QVERIFY(Test::waitFor(write));
            QVERIFY(!write.result().ok());
            QCOMPARE(write.result().error, opened.result().error);
        }
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s) || QFile(path + u"-wal"_s).size() == 0);

        // Moved aside (kept, never deleted), and a fresh cache in its place.
        Database db;
        QVERIFY(Test::waitFor(db.open(path)));
        auto moved = db.moveAsideAndReopen();
        QVERIFY(Test::waitFor(moved, 20000));
        QVERIFY2(moved.result().ok(), qPrintable(moved.result().error));
        QCOMPARE(fileHash(moved.result().value), before);
        QVERIFY(db.refusal().isEmpty());
        auto write = db.execute(u"CREATE TABLE fresh_one (x INTEGER)"_s, {});
        QVERIFY(Test::waitFor(write) && write.result().ok());
    }

    // Written by a newer Hearth: refused, and nothing is written to it
    // (the app used to write its last-visit time on quit).
    void newerCacheIsNeverWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"hearth.sqlite"_s);
        {
            Database db;
            QVERIFY(Test::waitFor(db.open(path)));
            QVERIFY(Test::waitFor(db.execute(u"PRAGMA user_version = 999"_s, {})));
        }
        const QByteArray before = fileHash(path);
        {
            Database db;
            auto opened = db.open(path);
            QVERIFY(Test::waitFor(opened));
            QVERIFY(!opened.result().ok());
            QVERIFY2(opened.result().error.contains(u"newer"_s) && opened.result().error.contains(path),
                     qPrintable(opened.result().error));
            QVERIFY(!db.isDamaged());
            auto write = db.execute(u"CREATE TABLE written_anyway (x INTEGER)"_s, {});
            QVERIFY(Test::waitFor(write));
            QVERIFY(!write.result().ok());
        }
        QCOMPARE(fileHash(path), before);
    }

    // Two processes starting on one new profile: the second waits for the
    // first's schema instead of creating it again.
    void twoConnectionsCreatingOneCache()
    {
        for (int round = 0; round < 8; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(u"hearth.sqlite"_s);
            Database first, second;
            auto a = first.open(path);
            auto b = second.open(path);
            QVERIFY(Test::waitFor(a, 20000) && Test::waitFor(b, 20000));
            QVERIFY2(a.result().ok(), qPrintable(a.result().error));
            QVERIFY2(b.result().ok(), qPrintable(b.result().error));
            QCOMPARE(b.result().value, Schema::currentVersion());
        }
    }

    void accountsRoundTrip()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(Test::waitFor(db.open(dir.filePath(u"hearth.sqlite"_s))));
        AccountStore store(&db);

        AccountRecord alice;
        alice.settings.jid = u"alice@example.org"_s;
        alice.settings.host = u"xmpp.example.org"_s;
        alice.settings.port = 5223;
        alice.settings.security = AccountSettings::Security::DirectTls;
        AccountRecord bob;
        bob.settings.jid = u"bob@example.net"_s;
        bob.rememberPassword = false;
        auto a = store.save(alice);
        auto b = store.save(bob);
        QVERIFY(Test::waitFor(a) && Test::waitFor(b));
        QVERIFY(a.result().ok() && b.result().ok());
        QVERIFY(a.result().value != b.result().value);

        // Saving the same JID again updates the row.
        alice.settings.port = 5270;
        auto again = store.save(alice);
        QVERIFY(Test::waitFor(again));
        QCOMPARE(again.result().value, a.result().value);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(1764150000000, Qt::UTC);
        QVERIFY(Test::waitFor(store.markConnected(a.result().value, when)));

        auto all = store.accounts();
        QVERIFY(Test::waitFor(all));
        QVERIFY(all.result().ok());
        const auto list = all.result().value;
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].settings, alice.settings);
        QCOMPARE(list[0].lastConnectedAt, when);
        QVERIFY(list[0].createdAt.isValid());
        QCOMPARE(list[1].settings.jid, u"bob@example.net"_s);
        QCOMPARE(list[1].rememberPassword, false);
        QVERIFY(!list[1].lastConnectedAt.isValid());

        // Per-account rows go with their account.
        auto state = db.run([id = b.result().value](QSqlDatabase &sql) {
            QSqlQuery query(sql);
            return Sql::exec(query, u"INSERT INTO account_state (account_id, key, value) VALUES (?, 'roster-ver', 'v1')"_s, {id}, nullptr);
        });
        QVERIFY(Test::waitFor(state) && state.result());
        QVERIFY(Test::waitFor(store.remove(b.result().value)));
        auto count = db.run([](QSqlDatabase &sql) {
            QSqlQuery query(sql);
            query.exec(u"SELECT count(*) FROM account_state"_s);
            return query.next() ? query.value(0).toInt() : -1;
        });
        QVERIFY(Test::waitFor(count));
        QCOMPARE(count.result(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
