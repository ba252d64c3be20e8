// The schema: a new database equals the reviewed core/db/schema.sql; a cache
// written by every earlier version (tests/unit/data/migrations) migrates to
// it keeping every row; a failing migration leaves the cache as it was.
#include "db/Migrator.h"
#include "db/Schema.h"
#include "support/SqlScript.h"

#include <QFile>
#include <QRegularExpression>

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

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) == text.toUtf8().size();
}

QString fixture(int version)
{
    return QStringLiteral(HEARTH_MIGRATION_FIXTURES "/v%1.sql").arg(version);
}

QSqlDatabase openDb(const QString &path, const QString &name);

// Writes vN.sql for each earlier version that has none yet: v(N-1).sql
// migrated to N, then the section of rows.sql for N. Run once when a
// migration is added; the files are then the old caches every later change
// must carry.
void writeFixtures()
{
    QFile rows(QStringLiteral(HEARTH_MIGRATION_FIXTURES "/rows.sql"));
    if (!rows.open(QIODevice::ReadOnly))
        qFatal("cannot read rows.sql");
    const QString text = QString::fromUtf8(rows.readAll());
    // "-- version N" starts the rows version N brought.
    static const QRegularExpression header(QStringLiteral("^-- version ([0-9]+)"), QRegularExpression::MultilineOption);
    QMap<int, QString> sections;
    auto it = header.globalMatch(text);
    QList<QPair<int, qsizetype>> starts;
    while (it.hasNext()) {
        const auto match = it.next();
        starts.append({match.captured(1).toInt(), match.capturedStart()});
    }
    for (int i = 0; i < starts.size(); ++i)
        sections[starts[i].first] = text.mid(starts[i].second, (i + 1 < starts.size() ? starts[i + 1].second : text.size()) - starts[i].second);
    QTemporaryDir dir;
    for (int version = 1; version < Schema::currentVersion(); ++version) {
        // A checked-in fixture is an old cache as it was: never rewritten.
        // A new one is the previous one migrated, plus the new rows (older
        // rows may name columns a later version dropped).
        if (QFile::exists(fixture(version)))
            continue;
        {
            auto db = openDb(dir.filePath(QStringLiteral("v%1.sqlite").arg(version)), QStringLiteral("write"));
            QString error;
            if (version > 1 && !Test::runSqlFile(db, fixture(version - 1), &error))
                qFatal("cannot read the fixture for version %d: %s", version - 1, qPrintable(error));
            if (!Migrator::migrateTo(db, Schema::migrations(), version).ok())
                qFatal("cannot build version %d", version);
            for (auto s = sections.cbegin(); s != sections.cend(); ++s) {
                if (s.key() != version)
                    continue;
                if (!Test::runSqlScript(db, s.value(), &error))
                    qFatal("rows for version %d: %s", s.key(), qPrintable(error));
            }
            const QString dump = QStringLiteral("-- A Hearth cache at schema version %1, written by tst_migrations from rows.sql.\n").arg(version)
                + Test::dumpDatabase(db, true);
            if (!writeFile(fixture(version), dump))
                qFatal("cannot write the fixture for version %d", version);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("write"));
    }
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

    // The schema the migrations build equals the reviewed core/db/schema.sql
    // (rewrite it with HEARTH_WRITE_MIGRATION_FIXTURES=1 after adding a
    // migration, and read the diff).
    void freshEqualsSchemaSql()
    {
        QTemporaryDir dir;
        QStringList fresh, reviewed;
        {
            auto db = openDb(dir.filePath(u"fresh.sqlite"_s), u"fresh"_s);
            const auto result = Migrator::migrate(db);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.value, Schema::currentVersion());
            if (qEnvironmentVariableIsSet("HEARTH_WRITE_MIGRATION_FIXTURES"))
                QVERIFY(writeFile(QStringLiteral(HEARTH_SCHEMA_SQL), Test::dumpDatabase(db, false)));
            fresh = describeSchema(db);
            db.close();
        }
        {
            auto db = openDb(dir.filePath(u"reviewed.sqlite"_s), u"reviewed"_s);
            QString error;
            QVERIFY2(Test::runSqlFile(db, QStringLiteral(HEARTH_SCHEMA_SQL), &error), qPrintable(error));
            QCOMPARE(Migrator::userVersion(db), Schema::currentVersion());
            reviewed = describeSchema(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"fresh"_s);
        QSqlDatabase::removeDatabase(u"reviewed"_s);
        QVERIFY(fresh.size() > 20);
        QCOMPARE(fresh, reviewed);
    }

    // A cache written by each earlier version (the checked-in vN.sql: that
    // version's schema and real rows) migrates to schema.sql and keeps every
    // row and every value of the columns it had.
    void oldCachesMigrateAndKeepEveryRow_data()
    {
        QTest::addColumn<int>("fromVersion");
        if (qEnvironmentVariableIsSet("HEARTH_WRITE_MIGRATION_FIXTURES"))
            writeFixtures();
        for (int version = 1; version < Schema::currentVersion(); ++version)
            QTest::addRow("v%d", version) << version;
    }

    void oldCachesMigrateAndKeepEveryRow()
    {
        QFETCH(int, fromVersion);
        QTemporaryDir dir;
        QStringList reviewed;
        {
            auto db = openDb(dir.filePath(u"reviewed.sqlite"_s), u"reviewed"_s);
            QString error;
            QVERIFY2(Test::runSqlFile(db, QStringLiteral(HEARTH_SCHEMA_SQL), &error), qPrintable(error));
            reviewed = describeSchema(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"reviewed"_s);
        {
            auto db = openDb(dir.filePath(u"old.sqlite"_s), u"old"_s);
            QString error;
            QVERIFY2(Test::runSqlFile(db, fixture(fromVersion), &error), qPrintable(error));
            QCOMPARE(Migrator::userVersion(db), fromVersion);
            // Every table's rows over the columns it has now.
            QHash<QString, QStringList> columns;
            QHash<QString, QStringList> before;
            int rows = 0;
            for (const QString &table : Test::userTables(db)) {
                columns[table] = Test::columnsOf(db, table);
                before[table] = Test::rowsOf(db, table, columns[table]);
                rows += int(before[table].size());
            }
            QVERIFY2(rows >= 3, "the fixture holds rows");
            const QStringList completeFollows =
                columns.contains(u"follow"_s) ? Test::rowsOf(db, u"follow"_s, {u"account_id"_s, u"service"_s, u"node"_s}) : QStringList();

            const auto result = Migrator::migrate(db);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(Migrator::userVersion(db), Schema::currentVersion());
            QCOMPARE(describeSchema(db), reviewed);
            for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
                QStringList kept = it.value();
                // v9 moved follow.complete into node_sync (checked below).
                if (it.key() == u"follow" && !Test::columnsOf(db, it.key()).contains(u"complete"_s)) {
                    const qsizetype at = kept.indexOf(u"complete"_s);
                    if (at >= 0) {
                        kept.removeAt(at);
                        QCOMPARE(Test::rowsOf(db, it.key(), kept).size(), before[it.key()].size());
                        continue;
                    }
                }
                // v11 moved the comments' index rows into comment_fts.
                if (it.key() == u"post_fts" && fromVersion < 11) {
                    QStringList moved;
                    for (const QString &column : kept)
                        moved << (column == u"tags" ? u"'' AS tags"_s : column + u" AS "_s + column);
                    QVERIFY(QSqlQuery(db).exec(u"CREATE TEMP VIEW moved_comments AS SELECT %1 FROM comment_fts"_s.arg(moved.join(u", "_s))));
                    const QStringList after = Test::rowsOf(db, it.key(), kept) + Test::rowsOf(db, u"moved_comments"_s, kept);
                    for (const QString &row : before[it.key()])
                        QVERIFY2(after.contains(row), qPrintable(row));
                    QCOMPARE(after.size(), before[it.key()].size());
                    continue;
                }
                QCOMPARE(Test::rowsOf(db, it.key(), kept), before[it.key()]);
            }
            if (fromVersion >= 5 && fromVersion < 9) {
                QSqlQuery q(db);
                QVERIFY(q.exec(u"SELECT service, complete FROM node_sync"_s) && q.next());
                QCOMPARE(q.value(0).toString(), u"alice@example.org"_s); // the one read to its end
                QCOMPARE(q.value(1).toInt(), 1);
                QVERIFY(!q.next());
                QCOMPARE(completeFollows.size(), 2);
            }
            // The indexes still answer: full-text search finds the old rows.
            QSqlQuery q(db);
            if (fromVersion >= 4) {
                QVERIFY(q.exec(u"SELECT rowid FROM post_fts WHERE post_fts MATCH 'crag'"_s) && q.next());
                QCOMPARE(q.value(0).toInt(), 1);
            }
            if (fromVersion >= 6) {
                QVERIFY(q.exec(u"SELECT rowid FROM message_fts WHERE message_fts MATCH 'rope'"_s));
                QStringList ids;
                while (q.next())
                    ids << q.value(0).toString();
                QCOMPARE(ids.size(), 2);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);
    }

    // A migration that fails on a real cache (here: an object in its way)
    // leaves the cache exactly as it was, at its version.
    void aFailedMigrationLeavesTheCacheAsItWas()
    {
        QTemporaryDir dir;
        {
            auto db = openDb(dir.filePath(u"v8.sqlite"_s), u"v8"_s);
            QString error;
            QVERIFY2(Test::runSqlFile(db, fixture(8), &error), qPrintable(error));
            QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE outbox (x)"_s)); // v9 creates it
            const QString before = Test::dumpDatabase(db, true);
            const auto result = Migrator::migrate(db);
            QVERIFY(!result.ok());
            QVERIFY2(result.error.contains(u"version 9"_s), qPrintable(result.error));
            QCOMPARE(Migrator::userVersion(db), 8);
            QCOMPARE(Test::dumpDatabase(db, true), before);
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

    // v11: comments move to an index of their own (caches from before
    // indexed none, the fixture's rows were written by hand into post_fts)
    // and index rows left behind by removed threads are dropped. Migrated,
    // every comment but a like is searchable there, and deleting a post or
    // comment takes its index row with it.
    void commentsGetTheirOwnSearchIndex()
    {
        QTemporaryDir dir;
        {
            auto db = openDb(dir.filePath(u"v10.sqlite"_s), u"v10"_s);
            QString error;
            QVERIFY2(Test::runSqlFile(db, fixture(10), &error), qPrintable(error));
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO post_fts (rowid, title, text, tags) VALUES (99, 'gone', 'gone', '')"_s));
            QVERIFY(Migrator::migrate(db).ok());
            auto indexed = [&db](const QString &table) {
                QSqlQuery rows(db);
                rows.exec(u"SELECT rowid FROM %1 ORDER BY rowid"_s.arg(table));
                QList<qint64> ids;
                while (rows.next())
                    ids << rows.value(0).toLongLong();
                return ids;
            };
            QCOMPARE(indexed(u"post_fts"_s), QList<qint64>{1});
            QCOMPARE(indexed(u"comment_fts"_s), QList<qint64>{2}); // the like (3) is not
            QVERIFY(q.exec(u"SELECT rowid FROM comment_fts WHERE comment_fts MATCH 'great'"_s) && q.next());
            QCOMPARE(q.value(0).toLongLong(), 2);
            q.finish();
            QVERIFY(q.exec(u"DELETE FROM post WHERE id IN (1, 2)"_s));
            QVERIFY(indexed(u"post_fts"_s).isEmpty());
            QVERIFY(indexed(u"comment_fts"_s).isEmpty());
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v10"_s);
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
