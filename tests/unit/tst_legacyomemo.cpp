// OMEMO 0.3 without a server (issue 19): the elements as Conversations,
// Dino and Gajim write them, malformed ones refused with a reason, and two
// devices on libomemo-c building a session from a bundle and reading each
// other's keys; a replayed key, a forged bundle and a tampered payload fail.
// The same code against a server and an independent implementation is in
// tests/integration/tst_omemo_interop.

#include "AccountStore.h"
#include "db/Database.h"
#include "e2ee/LegacyOmemoElements.h"
#include "e2ee/LegacyOmemoSessions.h"
#include "e2ee/LegacyOmemoStore.h"
#include "e2ee/SignalContext.h"
#include "support/TestUtils.h"

#include <QDomDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppElement.h>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
QDomElement parse(const QString &xml, QDomDocument &doc)
{
    if (!doc.setContent(xml, true))
        return {};
    return doc.documentElement();
}

QString xmlOf(const QXmppElement &element)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    element.toXml(&writer);
    return xml;
}

// One account's device: its cache, store and sessions.
struct Device
{
    std::unique_ptr<Database> db;
    std::unique_ptr<LegacyOmemoStore> store;
    std::unique_ptr<LegacyOmemoSessions> sessions;
    qint64 account = 0;

    bool open(const QString &path, const QString &jid)
    {
        db = std::make_unique<Database>();
        if (!Test::waitFor(db->open(path)))
            return false;
        AccountRecord record;
        record.settings.jid = jid;
        account = Test::result(AccountStore(db.get()).save(record)).value;
        store = std::make_unique<LegacyOmemoStore>(db.get());
        store->setAccountId(account);
        if (!Test::result(store->load()).ok())
            return false;
        sessions = std::make_unique<LegacyOmemoSessions>(store.get());
        return sessions->isValid();
    }
};
} // namespace

class TestLegacyOmemo : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_opened = 0;

    QString path() { return m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_opened)); }

private Q_SLOTS:
    void readsADeviceListAsConversationsWritesIt()
    {
        QDomDocument doc;
        const auto list = LegacyOmemo::parseDeviceList(parse(
            u"<list xmlns='eu.siacs.conversations.axolotl'><device id='12345'/><device id='4223'/>"
            "<device id='not-a-number'/><device id='0'/><device id='12345'/></list>"_s, doc));
        QCOMPARE(list.ids, (QList<quint32>{12345, 4223}));
        QVERIFY(!list.truncated);
        // Written back: the same element, parsed the same.
        QDomDocument again;
        QCOMPARE(LegacyOmemo::parseDeviceList(parse(xmlOf(LegacyOmemo::deviceListElement(list.ids)), again)).ids, list.ids);
    }

    void aFloodedDeviceListIsCut()
    {
        QString xml = u"<list xmlns='eu.siacs.conversations.axolotl'>"_s;
        for (int i = 1; i <= 5000; ++i)
            xml += u"<device id='%1'/>"_s.arg(i);
        xml += u"</list>"_s;
        QDomDocument doc;
        const auto list = LegacyOmemo::parseDeviceList(parse(xml, doc));
        QCOMPARE(list.ids.size(), LegacyOmemo::kMaxDevices);
        QVERIFY(list.truncated);
    }

    void malformedBundlesAndMessagesSayWhy_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<bool>("bundle");
        QTest::newRow("bundle without pre-keys") << u"<bundle xmlns='eu.siacs.conversations.axolotl'><signedPreKeyPublic signedPreKeyId='1'>BQ==</signedPreKeyPublic>"
                                                    "<signedPreKeySignature>AA==</signedPreKeySignature><identityKey>BQ==</identityKey><prekeys/></bundle>"_s << true;
        QTest::newRow("bundle with bad base64") << u"<bundle xmlns='eu.siacs.conversations.axolotl'><signedPreKeyPublic signedPreKeyId='1'>!!!</signedPreKeyPublic>"
                                                   "<signedPreKeySignature>AA==</signedPreKeySignature><identityKey>BQ==</identityKey>"
                                                   "<prekeys><preKeyPublic preKeyId='1'>BQ==</preKeyPublic></prekeys></bundle>"_s << true;
        QTest::newRow("bundle of another namespace") << u"<bundle xmlns='urn:xmpp:omemo:2'/>"_s << true;
        QTest::newRow("message without sender") << u"<encrypted xmlns='eu.siacs.conversations.axolotl'><header><iv>AAAAAAAAAAAAAAAA</iv></header></encrypted>"_s << false;
        QTest::newRow("message with a short iv") << u"<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='7'><iv>AAAA</iv></header></encrypted>"_s << false;
        QTest::newRow("message with bad payload") << u"<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='7'><key rid='1'>AA==</key>"
                                                     "<iv>AAAAAAAAAAAAAAAA</iv></header><payload>%%%</payload></encrypted>"_s << false;
    }

    void malformedBundlesAndMessagesSayWhy()
    {
        QFETCH(QString, xml);
        QFETCH(bool, bundle);
        QDomDocument doc;
        QString error;
        const bool parsed = bundle ? LegacyOmemo::parseBundle(parse(xml, doc), &error).has_value()
                                   : LegacyOmemo::parseEncrypted(parse(xml, doc), &error).has_value();
        QVERIFY(!parsed);
        QVERIFY(!error.isEmpty());
    }

    void readsAMessageElementAsDinoWritesIt()
    {
        // A 12-byte IV, one pre-key key (prekey='true') and one plain key
        // (Dino writes prekey='1' on old versions), and a payload.
        QDomDocument doc;
        QString error;
        const auto encrypted = LegacyOmemo::parseEncrypted(parse(
            u"<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='27183'>"
            "<key rid='31415' prekey='true'>MwohBQ==</key><key rid='42'>Mwoh</key><key rid='x'>AA==</key>"
            "<iv>AAECAwQFBgcICQoL</iv></header><payload>aGVsbG8=</payload></encrypted>"_s, doc), &error);
        QVERIFY2(encrypted, qPrintable(error));
        QCOMPARE(encrypted->sid, 27183u);
        QCOMPARE(encrypted->iv.size(), 12);
        QCOMPARE(encrypted->keys.size(), 2); // the key without a valid rid is skipped
        QVERIFY(encrypted->keys.at(0).preKey);
        QVERIFY(!encrypted->keys.at(1).preKey);
        QCOMPARE(encrypted->payload, "hello"_ba);
        QDomDocument again;
        const auto round = LegacyOmemo::parseEncrypted(parse(xmlOf(LegacyOmemo::encryptedElement(*encrypted)), again), &error);
        QVERIFY(round);
        QCOMPARE(round->keys.size(), 2);
        QCOMPARE(round->payload, encrypted->payload);
    }

    void aesGcmRoundTripsAndRefusesTampering()
    {
        const QByteArray key = SignalContext::randomBytes(16);
        const QByteArray iv = SignalContext::randomBytes(12);
        const auto sealed = SignalContext::aesGcmEncrypt(key, iv, "Grüße aus dem Herd"_ba);
        QVERIFY(sealed);
        QCOMPARE(sealed->tag.size(), 16);
        QCOMPARE(SignalContext::aesGcmDecrypt(key, iv, sealed->ciphertext, sealed->tag).value_or(QByteArray()), "Grüße aus dem Herd"_ba);
        QByteArray tampered = sealed->ciphertext;
        tampered[0] = char(tampered.at(0) ^ 1);
        QVERIFY(!SignalContext::aesGcmDecrypt(key, iv, tampered, sealed->tag));
    }

    void twoDevicesBuildASessionAndReadEachOther()
    {
        Device alice, bob;
        QVERIFY(alice.open(path(), u"alice@localhost"_s));
        QVERIFY(bob.open(path(), u"bob@localhost"_s));
        QString error;
        QVERIFY2(alice.sessions->createOwn(1111, &error), qPrintable(error));
        QVERIFY2(bob.sessions->createOwn(2222, &error), qPrintable(error));
        QCOMPARE(bob.store->preKeys().size(), LegacyOmemoSessions::kPreKeyCount);

        // Bob's bundle as it goes over the wire.
        const auto bobBundle = bob.sessions->ownBundle();
        QVERIFY(bobBundle);
        QCOMPARE(bobBundle->identityKey.size(), 33); // 0x05 and the Curve25519 key
        QCOMPARE(bobBundle->preKeys.size(), LegacyOmemoSessions::kPreKeyCount);
        QDomDocument doc;
        const auto received = LegacyOmemo::parseBundle(parse(xmlOf(LegacyOmemo::bundleElement(*bobBundle)), doc), &error);
        QVERIFY2(received, qPrintable(error));
        QVERIFY2(alice.sessions->buildSession(u"bob@localhost"_s, 2222, *received, &error), qPrintable(error));

        // Alice's first key is a pre-key message; Bob reads it and uses up that pre-key.
        const QByteArray material = SignalContext::randomBytes(32);
        const auto first = alice.sessions->encryptKey(u"bob@localhost"_s, 2222, material);
        QVERIFY(first);
        QVERIFY(first->preKey);
        LegacyOmemoSessions::Failure failure;
        QCOMPARE(bob.sessions->decryptKey(u"alice@localhost"_s, 1111, first->data, true, &failure).value_or(QByteArray()), material);
        QCOMPARE(failure, LegacyOmemoSessions::Failure::None);
        QCOMPARE(bob.store->preKeys().size(), LegacyOmemoSessions::kPreKeyCount - 1);
        QVERIFY(bob.sessions->refillPreKeys());
        QCOMPARE(bob.store->preKeys().size(), LegacyOmemoSessions::kPreKeyCount);

        // The same key again is a replay.
        QVERIFY(!bob.sessions->decryptKey(u"alice@localhost"_s, 1111, first->data, true, &failure));
        QCOMPARE(failure, LegacyOmemoSessions::Failure::Duplicate);

        // Bob answers on the session, as a normal message.
        const QByteArray answer = SignalContext::randomBytes(32);
        const auto reply = bob.sessions->encryptKey(u"alice@localhost"_s, 1111, answer);
        QVERIFY(reply);
        QVERIFY(!reply->preKey);
        QCOMPARE(alice.sessions->decryptKey(u"bob@localhost"_s, 2222, reply->data, false, &failure).value_or(QByteArray()), answer);

        // Garbage is refused, not crashed on.
        QVERIFY(!alice.sessions->decryptKey(u"bob@localhost"_s, 2222, "not a signal message"_ba, false, &failure));
        QCOMPARE(failure, LegacyOmemoSessions::Failure::Invalid);
        // Nobody has a session with carol.
        QVERIFY(!alice.sessions->decryptKey(u"carol@localhost"_s, 3, reply->data, false, &failure));
        QVERIFY(failure != LegacyOmemoSessions::Failure::None);
    }

    void aForgedBundleBuildsNoSession()
    {
        Device alice, mallory, bob;
        QVERIFY(alice.open(path(), u"alice@localhost"_s));
        QVERIFY(bob.open(path(), u"bob@localhost"_s));
        QVERIFY(mallory.open(path(), u"mallory@localhost"_s));
        QString error;
        QVERIFY(bob.sessions->createOwn(2, &error));
        QVERIFY(mallory.sessions->createOwn(3, &error));
        // Bob's keys with Mallory's identity: the signature does not match.
        auto forged = *bob.sessions->ownBundle();
        forged.identityKey = mallory.sessions->ownBundle()->identityKey;
        QVERIFY(alice.sessions->createOwn(1, &error));
        QVERIFY(!alice.sessions->buildSession(u"bob@localhost"_s, 2, forged, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(alice.store->devices(u"bob@localhost"_s).value(2).session.isEmpty());
    }

    void keysAndSessionsSurviveARestart()
    {
        const QString alicePath = path();
        Device bob;
        QVERIFY(bob.open(path(), u"bob@localhost"_s));
        QString error;
        QVERIFY(bob.sessions->createOwn(2, &error));
        QByteArray identity;
        QByteArray first;
        {
            Device alice;
            QVERIFY(alice.open(alicePath, u"alice@localhost"_s));
            QVERIFY(alice.sessions->createOwn(1, &error));
            identity = alice.store->own()->identityPublic;
            QVERIFY(alice.sessions->buildSession(u"bob@localhost"_s, 2, *bob.sessions->ownBundle(), &error));
            first = alice.sessions->encryptKey(u"bob@localhost"_s, 2, "k"_ba.repeated(32))->data;
            // Written on the writer thread before the cache closes.
            QVERIFY(Test::waitFor(alice.db->execute(u"SELECT 1"_s, {})));
        }
        Device alice;
        QVERIFY(alice.open(alicePath, u"alice@localhost"_s));
        QVERIFY(alice.store->own());
        QCOMPARE(alice.store->own()->identityPublic, identity);
        QCOMPARE(alice.store->preKeys().size(), LegacyOmemoSessions::kPreKeyCount);
        QVERIFY(!alice.store->devices(u"bob@localhost"_s).value(2).session.isEmpty());
        LegacyOmemoSessions::Failure failure;
        QVERIFY(bob.sessions->decryptKey(u"alice@localhost"_s, 1, first, true, &failure));
        // The restored session goes on where it was.
        const auto next = alice.sessions->encryptKey(u"bob@localhost"_s, 2, "n"_ba.repeated(32));
        QVERIFY(next);
        QCOMPARE(bob.sessions->decryptKey(u"alice@localhost"_s, 1, next->data, next->preKey, &failure).value_or(QByteArray()), "n"_ba.repeated(32));
    }
};

QTEST_GUILESS_MAIN(TestLegacyOmemo)
#include "tst_legacyomemo.moc"
