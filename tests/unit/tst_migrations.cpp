// The schema: a database migrated from every earlier version equals a fresh
// one, and a failing migration leaves the database at its last good version.
#include "db/Migrator.h"
#include "db/Schema.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
// Every table's columns, indexes and foreign keys, and every trigger and
// view, in a form that does not depend on how the SQL text was written.
QStringList describeSchema(QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery objects(db);
    objects.exec(u"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"_s);
    QList<QPair<QString, QString>> list;
    while (objects.next())
        list.append({objects.value(0).toString(), objects.value(1).toString()});
    objects.finish();
    for (const auto &[type, name] : list) {
        out << type + u' ' + name;
        if (type == u"table") {
            QSqlQuery columns(db);
            columns.exec(u"PRAGMA table_xinfo(\"%1\")"_s.arg(name));
            while (columns.next())
                out << u"  col %1 %2 notnull=%3 default=%4 pk=%5 hidden=%6"_s.arg(
                    columns.value(1).toString(), columns.value(2).toString(), columns.value(3).toString(),
                    columns.value(4).toString(), columns.value(5).toString(), columns.value(6).toString());
            QSqlQuery keys(db);
            keys.exec(u"PRAGMA foreign_key_list(\"%1\")"_s.arg(name));
            while (keys.next())
                out << u"  fk %1 -> %2(%3) on delete %4"_s.arg(keys.value(3).toString(), keys.value(2).toString(),
                                                              keys.value(4).toString(), keys.value(6).toString());
        } else if (type == u"index") {
            QSqlQuery info(db);
            info.exec(u"PRAGMA index_xinfo(\"%1\")"_s.arg(name));
            while (info.next())
                out << u"  key %1 desc=%2 coll=%3"_s.arg(info.value(2).toString(), info.value(3).toString(), info.value(4).toString());
        } else {
            QSqlQuery sql(db);
            sql.exec(u"SELECT sql FROM sqlite_master WHERE name = '%1'"_s.arg(name));
            if (sql.next())
                out << u"  "_s + sql.value(0).toString().simplified();
        }
    }
    return out;
}

QSqlDatabase openDb(const QString &path, const QString &name)
{
    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.open();
    return db;
}
} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionsIncreaseByOne()
    {
        int expected = 1;
        for (const auto &migration : Schema::migrations()) {
            QCOMPARE(migration.version, expected++);
            QVERIFY(!migration.statements.isEmpty());
        }
        QCOMPARE(Schema::currentVersion(), expected - 1);
    }

    void migratedEqualsFresh_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (const auto &migration : Schema::migrations())
            QTest::addRow("from v%d", migration.version) << migration.version;
    }

    void migratedEqualsFresh()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        QStringList fresh, migrated;
        {
            auto db = openDb(dir.filePath(u"fresh.sqlite"_s), u"fresh"_s);
            const auto result = Migrator::migrate(db);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.value, Schema::currentVersion());
            fresh = describeSchema(db);
            db.close();
        }
        {
            auto db = openDb(dir.filePath(u"old.sqlite"_s), u"old"_s);
            auto old = Migrator::migrateTo(db, Schema::migrations(), fromVersion);
            QVERIFY2(old.ok(), qPrintable(old.error));
            QCOMPARE(old.value, fromVersion);
            QCOMPARE(Migrator::userVersion(db), fromVersion);
            const auto result = Migrator::migrate(db);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(Migrator::userVersion(db), Schema::currentVersion());
            migrated = describeSchema(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"fresh"_s);
        QSqlDatabase::removeDatabase(u"old"_s);
        QVERIFY(fresh.size() > 2);
        QCOMPARE(migrated, fresh);
    }

    void v8RowsSurviveTheFeedSyncMigration()
    {
        // A v8 cache with a followed node read to its end and a post: v9
        // keeps both, moves the node's completeness into node_sync, and
        // gives old posts the new columns' defaults (not pending).
        QTemporaryDir dir;
        {
            auto db = openDb(dir.filePath(u"v8.sqlite"_s), u"v8"_s);
            QVERIFY(Migrator::migrateTo(db, Schema::migrations(), 8).ok());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO account (id, jid, created_at) VALUES (1, 'sam@example.org', 0)"_s));
            QVERIFY(q.exec(u"INSERT INTO follow (account_id, service, node, title, shared, complete) VALUES"
                           " (1, 'bob@example.org', 'urn:xmpp:microblog:0', 'Bob', 1, 1),"
                           " (1, 'carol@example.org', 'urn:xmpp:microblog:0', '', 0, 0)"_s));
            QVERIFY(q.exec(u"INSERT INTO post (account_id, service, node, item_id, title, author_jid, published, updated)"
                           " VALUES (1, 'bob@example.org', 'urn:xmpp:microblog:0', 'p1', 'Hello', 'bob@example.org', 1, 1)"_s));
            const auto result = Migrator::migrate(db);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QVERIFY(q.exec(u"SELECT service, complete FROM node_sync ORDER BY service"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"bob@example.org"_s);
            QCOMPARE(q.value(1).toInt(), 1);
            QVERIFY(!q.next()); // carol's was not complete: nothing to carry
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM follow"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(q.exec(u"SELECT title, pending, verified, publisher FROM post WHERE item_id = 'p1'"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"Hello"_s);
            QCOMPARE(q.value(1).toInt(), 0);
            QCOMPARE(q.value(2).toInt(), 0);
            QCOMPARE(q.value(3).toString(), QString());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v8"_s);
    }

    void failingMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QList<Schema::Migration> migrations = {
            {1, {u"CREATE TABLE a (x INTEGER)"_s}},
            {2, {u"CREATE TABLE b (y INTEGER)"_s, u"INSERT INTO nowhere VALUES (1)"_s}},
            {3, {u"CREATE TABLE c (z INTEGER)"_s}},
        };
        {
            auto db = openDb(dir.filePath(u"bad.sqlite"_s), u"bad"_s);
            QVERIFY(Migrator::migrateTo(db, migrations, 1).ok());
            const auto result = Migrator::migrate(db, migrations, {u"CREATE TABLE a (x INTEGER)"_s});
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(u"nowhere"_s), qPrintable(result.error));
            QCOMPARE(result.value, 1);
            QCOMPARE(Migrator::userVersion(db), 1);
            QSqlQuery query(db);
            QVERIFY(!query.exec(u"SELECT * FROM b"_s)); // table b was rolled back
            db.close();
        }
        QSqlDatabase::removeDatabase(u"bad"_s);
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        {
            auto db = openDb(dir.filePath(u"newer.sqlite"_s), u"newer"_s);
            QSqlQuery(db).exec(u"CREATE TABLE future (x)"_s);
            QSqlQuery(db).exec(u"PRAGMA user_version = %1"_s.arg(Schema::currentVersion() + 5));
            const auto result = Migrator::migrate(db);
            QVERIFY(!result.ok());
            QVERIFY(result.error.contains(u"newer"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"newer"_s);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
