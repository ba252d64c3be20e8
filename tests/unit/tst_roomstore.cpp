// The rooms' cache: bookmarks and room rows written through RoomStore, a
// bookmark and its room's notification level in one transaction, and a
// failing cache said by RoomService instead of being dropped.
#include "Account.h"
#include "AccountStore.h"
#include "chat/ChatService.h"
#include "db/Database.h"
#include "muc/RoomService.h"
#include "muc/RoomStore.h"
#include "support/TestUtils.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::result;

namespace {
const QString kRoom = u"climbing@muc.example.org"_s;

Bookmark climbing()
{
    Bookmark b;
    b.jid = kRoom;
    b.name = u"Climbing"_s;
    b.nick = u"sam"_s;
    b.password = u"secret"_s;
    b.autojoin = true;
    b.extensionsXml = u"<x xmlns=\"urn:example\">kept</x>"_s;
    b.setNotify(Bookmark::Notify::Never);
    return b;
}

int notifyOf(Database &db, qint64 account)
{
    return result(db.run([account](QSqlDatabase &sql) {
        QSqlQuery q(sql);
        q.exec(u"SELECT notify FROM chat WHERE account_id = %1 AND jid = '%2'"_s.arg(account).arg(kRoom));
        return q.next() ? q.value(0).toInt() : -1;
    }));
}
} // namespace

class TestRoomStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_account = 0;
    int m_opened = 0;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::waitFor(m_db->open(m_dir.filePath(u"hearth-%1.sqlite"_s.arg(++m_opened)))));
        AccountRecord record;
        record.settings.jid = u"sam@example.org"_s;
        m_account = result(AccountStore(m_db.get()).save(record)).value;
        QVERIFY(m_account > 0);
    }

    void roomsAndBookmarksReadBackWithoutTheirPasswords()
    {
        RoomStore store(m_db.get());
        QVERIFY(result(store.saveRoom(m_account, {kRoom, u"Climbing"_s, u"sam"_s, u"Sunday plans"_s, {}})).ok());
        QVERIFY(result(store.saveBookmark(m_account, climbing())).ok());
        const auto nicks = result(store.roomNicks(m_account));
        QVERIFY(nicks.ok());
        QCOMPARE(nicks.value.value(kRoom), u"sam"_s);
        const auto bookmarks = result(store.bookmarks(m_account));
        QVERIFY(bookmarks.ok());
        QCOMPARE(bookmarks.value.size(), 1);
        Bookmark expected = climbing();
        expected.password.clear(); // a secret: never in the cache
        QCOMPARE(bookmarks.value.constFirst(), expected);
        QCOMPARE(notifyOf(*m_db, m_account), int(Bookmark::Notify::Never));

        QVERIFY(result(store.removeBookmark(m_account, kRoom)).ok());
        QVERIFY(result(store.bookmarks(m_account)).value.isEmpty());
        QCOMPARE(result(store.roomNicks(m_account)).value.size(), 1); // the room's history stays
    }

    void aBookmarkAndItsRoomsLevelAreOneWrite()
    {
        RoomStore store(m_db.get());
        QVERIFY(result(store.saveRoom(m_account, {kRoom, u"Climbing"_s, u"sam"_s, {}, {}})).ok());
        // The room's row refuses the change: the bookmark is not half-saved.
        QVERIFY(result(m_db->execute(u"CREATE TRIGGER refuse BEFORE UPDATE OF notify ON chat BEGIN SELECT RAISE(ABORT, 'refused'); END"_s, {})).ok());
        const DbStatus saved = result(store.saveBookmark(m_account, climbing()));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error.contains(u"refused"_s), qPrintable(saved.error));
        QVERIFY(result(store.bookmarks(m_account)).value.isEmpty());
    }

    void aCacheThatFailsIsSaid()
    {
        Account account;
        ChatService chat(m_db.get(), &account);
        RoomService rooms(m_db.get(), &account, &chat);
        QSignalSpy errors(&rooms, &RoomService::errorOccurred);
        QVERIFY(result(m_db->execute(u"DROP TABLE bookmark"_s, {})).ok());
        rooms.setAccountId(m_account, u"sam@example.org"_s);
        QVERIFY(Test::until(&rooms, &RoomService::errorOccurred, [&] { return !errors.isEmpty(); }));
        QVERIFY2(errors.constFirst().at(0).toString().contains(u"bookmark"_s), qPrintable(errors.constFirst().at(0).toString()));
    }
};

QTEST_GUILESS_MAIN(TestRoomStore)
#include "tst_roomstore.moc"
