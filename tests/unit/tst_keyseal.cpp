// KeySeal (issue 19): OMEMO key material sealed at rest.
#include "e2ee/KeySeal.h"

#include <QTest>

using namespace Hearth;

class TestKeySeal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sealsAndOpens()
    {
        const KeySeal seal(KeySeal::newKey());
        QVERIFY(seal.seals());
        const QByteArray secret = QByteArray::fromHex("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        const QByteArray stored = seal.seal(secret, "omemo2.identity");
        QVERIFY(KeySeal::isSealed(stored));
        QCOMPARE(stored.indexOf(secret), -1);
        QCOMPARE(seal.open(stored, "omemo2.identity"), std::optional<QByteArray>(secret));
        // A fresh nonce each time: the same value never looks the same.
        QVERIFY(seal.seal(secret, "omemo2.identity") != stored);
    }

    void refusesWhatItCannotOpen()
    {
        const KeySeal seal(KeySeal::newKey());
        const QByteArray stored = seal.seal("a session record", "omemo2.session");
        QVERIFY(!KeySeal(KeySeal::newKey()).open(stored, "omemo2.session")); // another key
        QVERIFY(!KeySeal().open(stored, "omemo2.session"));                 // no key
        QVERIFY(!seal.open(stored, "omemo2.identity"));                     // put in another place
        QByteArray altered = stored;
        altered[altered.size() - 20] = char(altered.at(altered.size() - 20) ^ 1);
        QVERIFY(!seal.open(altered, "omemo2.session"));
        QVERIFY(!seal.open(stored.left(stored.size() - 1), "omemo2.session")); // cut short
        QVERIFY(!seal.open(QByteArray("HKS1"), "omemo2.session"));            // only the mark
    }

    void withoutAKeyValuesPassThrough()
    {
        const KeySeal none;
        QVERIFY(!none.seals());
        QCOMPARE(none.seal("plain", "omemo2.pre-key"), QByteArray("plain"));
        // What was stored in the clear reads as it was, with or without a key.
        QCOMPARE(none.open("plain", "omemo2.pre-key"), std::optional<QByteArray>("plain"));
        QCOMPARE(KeySeal(KeySeal::newKey()).open("plain", "omemo2.pre-key"), std::optional<QByteArray>("plain"));
        QCOMPARE(KeySeal(KeySeal::newKey()).seal({}, "omemo2.session"), QByteArray());
        QVERIFY(!KeySeal(QByteArray(16, 'x')).seals()); // a key of the wrong size is none
    }
};

QTEST_GUILESS_MAIN(TestKeySeal)
#include "tst_keyseal.moc"
