// The OMEMO stores in the cache (issue 19), QXmpp's for OMEMO 2 and Hearth's
// for 0.3, both writing through WriteQueue: a device's row written many times
// while the writer is busy ends at its latest state, a removal is never
// overtaken by a device row queued before it, every task finishes, and what
// still waits when the store goes is written all the same. Checked by
// reading the cache back through a second store's load().

#include "AccountStore.h"
#include "db/Database.h"
#include "e2ee/LegacyOmemoStore.h"
#include "e2ee/OmemoStore.h"
#include "support/TestUtils.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmppTask.h>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
const QString kBob = u"bob@example.org"_s;

QXmppOmemoStorage::Device device(const QString &label)
{
    QXmppOmemoStorage::Device d;
    d.label = label;
    d.keyId = QByteArray(32, 'k');
    d.session = label.toUtf8(); // stands for the session's state at that time
    return d;
}

// Whether every task finished, on the event loop.
bool allFinished(QList<QXmppTask<void>> &tasks)
{
    return QTest::qWaitFor([&] { return std::all_of(tasks.begin(), tasks.end(), [](const QXmppTask<void> &t) { return t.isFinished(); }); }, 10000);
}
} // namespace

class TestOmemoStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_opened = 0;
    std::unique_ptr<Database> m_db;
    qint64 m_account = 0;

    // Bob's devices as a fresh store reads them from the cache.
    QHash<uint32_t, QXmppOmemoStorage::Device> stored()
    {
        OmemoStore reader(m_db.get());
        reader.setAccountId(m_account);
        if (!Test::result(reader.load()).ok())
            return {};
        return reader.allData().takeResult().devices.value(kBob);
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::waitFor(m_db->open(m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_opened)))));
        AccountRecord record;
        record.settings.jid = u"alice@example.org"_s;
        m_account = Test::result(AccountStore(m_db.get()).save(record)).value;
        QVERIFY(m_account > 0);
    }

    void aDeviceWrittenOverAndOverEndsAtItsLatestState()
    {
        OmemoStore store(m_db.get());
        store.setAccountId(m_account);
        QVERIFY(Test::result(store.load()).ok()); // nothing is written before
        QList<QXmppTask<void>> tasks;
        // As in a catch-up: one write per message, all before the first is done.
        for (int i = 1; i <= 200; ++i) {
            tasks << store.addDevice(kBob, 7, device(u"v%1"_s.arg(i)));
            tasks << store.addDevice(kBob, 8, device(u"w%1"_s.arg(i)));
        }
        QVERIFY(allFinished(tasks));
        const auto devices = stored();
        QCOMPARE(devices.size(), 2);
        QCOMPARE(devices.value(7).label, u"v200"_s);
        QCOMPARE(devices.value(7).session, "v200"_ba);
        QCOMPARE(devices.value(8).label, u"w200"_s);
    }

    void aRemovalIsNotOvertakenByAnEarlierDeviceRow()
    {
        OmemoStore store(m_db.get());
        store.setAccountId(m_account);
        QVERIFY(Test::result(store.load()).ok()); // nothing is written before
        QList<QXmppTask<void>> tasks;
        tasks << store.addDevice(kBob, 7, device(u"v1"_s)); // goes to the writer at once
        tasks << store.addDevice(kBob, 7, device(u"v2"_s)); // waits
        tasks << store.removeDevice(kBob, 7);                // waits, after v2
        tasks << store.addDevice(kBob, 9, device(u"x1"_s));
        QVERIFY(allFinished(tasks));
        auto devices = stored();
        QVERIFY2(!devices.contains(7), qPrintable(devices.value(7).label));
        QCOMPARE(devices.value(9).label, u"x1"_s);

        // Added again after a removal that waits: the new row stays.
        tasks.clear();
        tasks << store.addDevice(kBob, 7, device(u"v3"_s));
        tasks << store.addDevice(kBob, 7, device(u"v4"_s));
        tasks << store.removeDevices(kBob);
        tasks << store.addDevice(kBob, 7, device(u"v5"_s));
        tasks << store.addDevice(kBob, 7, device(u"v6"_s));
        QVERIFY(allFinished(tasks));
        devices = stored();
        QCOMPARE(devices.keys(), QList<uint32_t>{7});
        QCOMPARE(devices.value(7).label, u"v6"_s);
    }

    void whatWaitsIsWrittenWhenTheStoreGoes()
    {
        {
            OmemoStore store(m_db.get());
            store.setAccountId(m_account);
            QVERIFY(Test::result(store.load()).ok());
            (void)store.addDevice(kBob, 7, device(u"v1"_s));
            (void)store.addDevice(kBob, 7, device(u"v2"_s));
            (void)store.removeDevice(kBob, 8);
            (void)store.addDevice(kBob, 7, device(u"v3"_s));
        } // gone before the writer answered the first
        QCOMPARE(stored().value(7).label, u"v3"_s);
    }

    // QXmpp's manager takes device list notifications before it is loaded
    // (or while the cache is locked), from an empty memory: what it would
    // write then must not replace the stored rows (the sessions).
    void nothingIsWrittenBeforeTheStoreIsLoaded()
    {
        {
            OmemoStore store(m_db.get());
            store.setAccountId(m_account);
            QVERIFY(Test::result(store.load()).ok());
            QList<QXmppTask<void>> tasks{store.addDevice(kBob, 7, device(u"with a session"_s))};
            QVERIFY(allFinished(tasks));
        }
        OmemoStore store(m_db.get());
        store.setAccountId(m_account);
        QXmppOmemoStorage::Device fresh; // what a device list makes of a device QXmpp has not loaded
        fresh.label = u"from the device list"_s;
        QList<QXmppTask<void>> tasks{store.addDevice(kBob, 7, fresh), store.removeDevice(kBob, 7), store.addDevice(kBob, 8, fresh)};
        QVERIFY(allFinished(tasks));
        QCOMPARE(Test::result(store.load()).error, QString());
        auto devices = stored();
        QCOMPARE(devices.keys(), QList<uint32_t>{7});
        QCOMPARE(devices.value(7).session, QByteArray("with a session"));
        // Once loaded, changes are written again.
        tasks = {store.addDevice(kBob, 8, fresh)};
        QVERIFY(allFinished(tasks));
        devices = stored();
        QCOMPARE(devices.value(8).label, u"from the device list"_s);
    }

    void aLegacyDeviceWrittenOverAndOverEndsAtItsLatestState()
    {
        auto legacyStored = [this] {
            LegacyOmemoStore reader(m_db.get());
            reader.setAccountId(m_account);
            return Test::result(reader.load()).ok() ? reader.devices(kBob) : QMap<quint32, LegacyOmemoStore::Device>();
        };
        {
            LegacyOmemoStore store(m_db.get());
            store.setAccountId(m_account);
            QVERIFY(Test::result(store.load()).ok());
            for (int i = 1; i <= 200; ++i)
                store.setIdentityKey(kBob, 7, u"key %1"_s.arg(i).toUtf8());
            store.setDeviceList(kBob, {7, 8});
            store.setIdentityKey(kBob, 8, "key of 8"_ba);
            store.setDeviceList(kBob, {8}); // 7 no longer listed, still known
        } // gone with most of it waiting
        const auto devices = legacyStored();
        QCOMPARE(devices.keys(), (QList<quint32>{7, 8}));
        QCOMPARE(devices.value(7).identityKey, "key 200"_ba);
        QVERIFY(!devices.value(7).listed);
        QCOMPARE(devices.value(8).identityKey, "key of 8"_ba);
        QVERIFY(devices.value(8).listed);
    }
};

QTEST_GUILESS_MAIN(TestOmemoStore)
#include "tst_omemostore.moc"
