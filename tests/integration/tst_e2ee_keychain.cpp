// Issue 19: OMEMO private keys are protected like passwords. Runs with a
// real Secret Service of its own (tests/support/with-keyring.sh: a private
// D-Bus session with GNOME Keyring), against a real Prosody.
#include "SecretStore.h"
#include "chat/ChatService.h"
#include "e2ee/E2eeService.h"
#include "e2ee/KeySeal.h"
#include "support/HearthCli.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Hearth;
using namespace Hearth::Test;
using namespace Qt::StringLiterals;

namespace {
// Every key column of the account's OMEMO tables, as stored (sessions,
// pre-keys, private identity keys of both versions; empty values left out).
QList<QByteArray> storedKeyMaterial(const QString &home)
{
    QList<QByteArray> values;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(QDir(home).filePath(u"hearth.sqlite"_s));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            for (const char *sql : {"SELECT private_identity_key FROM omemo_own_device", "SELECT data FROM omemo_signed_pre_key",
                                    "SELECT data FROM omemo_pre_key", "SELECT session FROM omemo_device",
                                    "SELECT identity_private FROM omemo_legacy_own", "SELECT signed_pre_key FROM omemo_legacy_own",
                                    "SELECT data FROM omemo_legacy_pre_key", "SELECT session FROM omemo_legacy_device"}) {
                if (!q.exec(QString::fromLatin1(sql)))
                    values << QByteArray("query failed: ") + sql;
                while (q.next())
                    if (!q.value(0).toByteArray().isEmpty())
                        values << q.value(0).toByteArray();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return values;
}

int sealedCount(const QList<QByteArray> &values)
{
    return int(std::count_if(values.cbegin(), values.cend(), [](const QByteArray &v) { return KeySeal::isSealed(v); }));
}

// The cache's files as bytes (the database and its write-ahead log).
QByteArray cacheBytes(const QString &home)
{
    QByteArray all;
    for (const QString &name : {u"hearth.sqlite"_s, u"hearth.sqlite-wal"_s}) {
        QFile f(QDir(home).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

QByteArray privateIdentityKey(const QString &home, const KeySeal &seal)
{
    auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"identity"_s);
    QByteArray stored;
    db.setDatabaseName(QDir(home).filePath(u"hearth.sqlite"_s));
    if (db.open()) {
        QSqlQuery q(u"SELECT private_identity_key FROM omemo_own_device"_s, db);
        if (q.next())
            stored = q.value(0).toByteArray();
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(u"identity"_s);
    return seal.open(stored, "omemo2.identity").value_or(QByteArray());
}
} // namespace

class TestE2eeKeychain : public QObject
{
    Q_OBJECT
    ProsodyServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        HEARTH_START_SERVER(m_server);
        SecretStore keychain(SecretStore::Backend::Keychain);
        const SecretResult probe = result(keychain.writePassword(u"probe@localhost"_s, u"x"_s), 20000);
        QVERIFY2(probe.ok(), qPrintable(u"no Secret Service (run it under tests/support/with-keyring.sh): "_s + probe.error));
    }

    void privateKeysAreSealedWithTheKeychainsKey()
    {
        SecretStore keychain(SecretStore::Backend::Keychain);
        auto alice = std::make_unique<TestSession>();
        alice->e2ee.setSecrets(&keychain);
        TestSession bob;
        QVERIFY(loginFriends(m_server, *alice, bob));
        QVERIFY(readyFor(*alice, bob));
        QVERIFY(alice->e2ee.protectionNote().isEmpty());
        // Sessions both ways, so every kind of key material is there.
        (void)result(bob.chat.send(alice->user.jid, u"Sealed?"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(*alice, bob.user.jid, u"Sealed?"_s).encryption, ChatMessage::Encryption::Omemo2, 15000);
        (void)result(alice->chat.send(bob.user.jid, u"Sealed."_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(bob, alice->user.jid, u"Sealed."_s).encryption, ChatMessage::Encryption::Omemo2, 15000);
        QVERIFY(roundTrip(*alice));

        const QString home = alice->dir.path();
        const quint32 deviceId = alice->e2ee.ownDeviceId();
        const TestUser aliceUser = alice->user;
        alice->dir.setAutoRemove(false);
        alice.reset(); // everything written
        const auto values = storedKeyMaterial(home);
        QVERIFY(values.size() > 100); // two identities, ~200 pre-keys, sessions
        QCOMPARE(sealedCount(values), values.size());

        // The keychain's key opens them; the private identity key itself is
        // nowhere in the cache's files.
        const SecretResult key = result(keychain.readOmemoKey(aliceUser.jid), 20000);
        QVERIFY2(key.ok(), qPrintable(key.error));
        const QByteArray identity = privateIdentityKey(home, KeySeal(QByteArray::fromBase64(key.value.toLatin1())));
        QVERIFY(identity.size() >= 32);
        QCOMPARE(cacheBytes(home).indexOf(identity), -1);

        // A restart opens them: the same device, the session goes on.
        TestSession again;
        again.home = home;
        again.e2ee.setSecrets(&keychain);
        QVERIFY(again.login(m_server, aliceUser));
        QTRY_VERIFY_WITH_TIMEOUT(again.e2ee.isReady(), 20000);
        QCOMPARE(again.e2ee.ownDeviceId(), deviceId);
        (void)result(bob.chat.send(aliceUser.jid, u"After the restart"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(again, bob.user.jid, u"After the restart"_s).encryption,
                                  ChatMessage::Encryption::Omemo2, 15000);
        QCOMPARE(messageWithBody(again, bob.user.jid, u"After the restart"_s).undecryptable, ChatMessage::Undecryptable::No);
        QDir(home).removeRecursively();
    }

    void withoutTheKeyTheKeysStayLockedAndNothingIsReplaced()
    {
        SecretStore keychain(SecretStore::Backend::Keychain);
        auto alice = std::make_unique<TestSession>();
        alice->e2ee.setSecrets(&keychain);
        TestSession bob;
        QVERIFY(loginFriends(m_server, *alice, bob));
        QVERIFY(readyFor(*alice, bob));
        const quint32 deviceId = alice->e2ee.ownDeviceId();
        const QString home = alice->dir.path();
        const TestUser aliceUser = alice->user;
        alice->dir.setAutoRemove(false);
        alice.reset();
        const auto before = storedKeyMaterial(home);

        // The same cache where the keychain is not there (no service, or
        // --no-keychain): locked, said so, no new identity over the old.
        SecretStore none(SecretStore::Backend::MemoryOnly);
        TestSession locked;
        locked.home = home;
        locked.e2ee.setSecrets(&none);
        QVERIFY(locked.login(m_server, aliceUser));
        QTRY_VERIFY_WITH_TIMEOUT(locked.e2ee.isLocked(), 10000);
        QVERIFY(!locked.e2ee.isReady());
        QVERIFY(roundTrip(locked));
        QCOMPARE(locked.e2ee.ownDeviceId(), 0u);
        // Nothing encrypted goes out, nothing in the clear either.
        locked.e2ee.setMode(bob.user.jid, E2eeService::Mode::On);
        const ChatMessage refused = result(locked.chat.send(bob.user.jid, u"Must stay secret"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(locked, bob.user.jid, u"Must stay secret"_s).state, ChatMessage::State::Failed, 15000);
        QVERIFY(roundTrip(locked) && roundTrip(bob));
        QVERIFY(messageWithBody(bob, aliceUser.jid, u"Must stay secret"_s).body.isEmpty());
        // Bob still sees the one device Alice had, and the cache is as it was.
        const auto devices = result(bob.e2ee.devices(aliceUser.jid));
        QVERIFY(std::any_of(devices.cbegin(), devices.cend(), [&](const E2eeDevice &d) { return d.id == deviceId && !d.legacy; }));
        QCOMPARE(int(std::count_if(devices.cbegin(), devices.cend(), [](const E2eeDevice &d) { return !d.legacy; })), 1);
        locked.account.disconnectFromServer();
        QCOMPARE(storedKeyMaterial(home), before);
        QDir(home).removeRecursively();
    }

    void keysKeptInTheClearAreSealedOnceThereIsAKeychain()
    {
        // A cache from a run without a keychain (or from before sealing).
        SecretStore none(SecretStore::Backend::MemoryOnly);
        auto carol = std::make_unique<TestSession>();
        carol->e2ee.setSecrets(&none);
        QVERIFY(carol->login(m_server, m_server.createUser(u"carol"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(carol->e2ee.isReady(), 20000);
        QVERIFY(!carol->e2ee.protectionNote().isEmpty()); // the user is told
        const quint32 deviceId = carol->e2ee.ownDeviceId();
        const QString home = carol->dir.path();
        const TestUser carolUser = carol->user;
        carol->dir.setAutoRemove(false);
        carol.reset();
        const auto clear = storedKeyMaterial(home);
        QVERIFY(clear.size() > 100);
        QCOMPARE(sealedCount(clear), 0);

        SecretStore keychain(SecretStore::Backend::Keychain);
        {
            TestSession again;
            again.home = home;
            again.e2ee.setSecrets(&keychain);
            QVERIFY(again.login(m_server, carolUser));
            QTRY_VERIFY_WITH_TIMEOUT(again.e2ee.isReady(), 20000);
            QCOMPARE(again.e2ee.ownDeviceId(), deviceId);
            QVERIFY(again.e2ee.protectionNote().isEmpty());
            QVERIFY(roundTrip(again));
        }
        const auto sealed = storedKeyMaterial(home);
        QCOMPARE(sealed.size(), clear.size());
        QCOMPARE(sealedCount(sealed), sealed.size());
        QDir(home).removeRecursively();
    }

    void theCommandLineSealsAndOpensThemToo()
    {
        // hearth encryption, the password from the environment: the keys
        // are still sealed with the keychain's key, and opened next time.
        const TestUser erin = m_server.createUser(u"erin"_s);
        QTemporaryDir profile;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_TEST_PASSWORD"_s, erin.password);
        const QStringList account{u"--json"_s, u"--profile"_s, profile.path(), u"--jid"_s, erin.jid, u"--password-env"_s,
                                  u"HEARTH_TEST_PASSWORD"_s, u"--host"_s, m_server.host(), u"--port"_s, QString::number(m_server.port())};
        auto ownDevice = [](const QJsonObject &json) {
            for (const QJsonValue &d : json.value(u"devices"_s).toArray())
                if (d.toObject().value(u"own"_s).toBool() && d.toObject().value(u"omemo"_s).toString() == u"2"_s)
                    return d.toObject().value(u"id"_s).toInteger();
            return qint64(0);
        };
        const CliRun first = runHearth(QStringLiteral(HEARTH_BINARY), QStringList{u"encryption"_s} + account, env);
        QVERIFY2(first.code == 0, qPrintable(first.out + first.err));
        const QJsonObject json = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QVERIFY2(json.value(u"keysProtected"_s).toBool(), qPrintable(first.out));
        const qint64 device = ownDevice(json);
        QVERIFY2(device != 0, qPrintable(first.out));
        const auto values = storedKeyMaterial(profile.path());
        QVERIFY(values.size() > 100);
        QCOMPARE(sealedCount(values), values.size());

        const CliRun second = runHearth(QStringLiteral(HEARTH_BINARY), QStringList{u"encryption"_s} + account, env);
        QVERIFY2(second.code == 0, qPrintable(second.out + second.err));
        QCOMPARE(ownDevice(QJsonDocument::fromJson(second.out.toUtf8()).object()), device);

        // Where no keychain answers, the command says the keys are locked
        // and changes nothing.
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.remove(u"DISPLAY"_s);
        const CliRun locked = runHearth(QStringLiteral(HEARTH_BINARY), QStringList{u"encryption"_s} + account, env);
        QVERIFY2(locked.code != 0, qPrintable(locked.out + locked.err));
        QVERIFY2(locked.err.contains(u"locked"_s), qPrintable(locked.err));
        QCOMPARE(storedKeyMaterial(profile.path()), values);
    }
};

QTEST_GUILESS_MAIN(TestE2eeKeychain)
#include "tst_e2ee_keychain.moc"
