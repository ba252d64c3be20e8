// Encrypted files as OMEMO clients share them (XEP-0454, issue 19): the
// aesgcm:// link in the forms Conversations (16-byte IV, older) and Dino,
// Gajim and Hearth (12-byte IV) write, files encrypted in pieces and read
// back, and what must be refused.

#include "upload/EncryptedFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

class TestEncryptedFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsLinksAsClientsWriteThem()
    {
        const QString iv12 = u"000102030405060708090a0b"_s;
        const QString iv16 = u"000102030405060708090a0b0c0d0e0f"_s;
        const QString key = u"101112131415161718191a1b1c1d1e1f202122232425262728292a2b2c2d2e2f"_s;
        const auto dino = EncryptedFile::parse(u"aesgcm://upload.example.org/abc/def/picture.jpg#"_s + iv12 + key);
        QVERIFY(dino);
        QCOMPARE(dino->https, QUrl(u"https://upload.example.org/abc/def/picture.jpg"_s));
        QCOMPARE(dino->iv.toHex(), iv12.toLatin1());
        QCOMPARE(dino->key.toHex(), key.toLatin1());
        const auto conversations = EncryptedFile::parse(u"aesgcm://upload.example.org:5443/x/y.png#"_s + iv16 + key);
        QVERIFY(conversations);
        QCOMPARE(conversations->iv.size(), 16);
        QCOMPARE(conversations->https.port(), 5443);
        // Written back: the same link.
        QCOMPARE(EncryptedFile::linkFor(dino->https, dino->iv, dino->key), u"aesgcm://upload.example.org/abc/def/picture.jpg#"_s + iv12 + key);

        QVERIFY(!EncryptedFile::parse(u"https://upload.example.org/a.jpg#"_s + iv12 + key));  // not aesgcm
        QVERIFY(!EncryptedFile::parse(u"aesgcm://upload.example.org/a.jpg"_s));               // no secret
        QVERIFY(!EncryptedFile::parse(u"aesgcm://upload.example.org/a.jpg#"_s + iv12));       // no key
        QVERIFY(!EncryptedFile::parse(u"aesgcm://upload.example.org/a.jpg#"_s + iv12 + key.left(62) + u"zz"_s)); // not hex
        QVERIFY(!EncryptedFile::parse(u"aesgcm:///a.jpg#"_s + iv12 + key));                   // no host
    }

    void encryptsInPiecesAndDecryptsWhole()
    {
        QTemporaryDir dir;
        const QString plainPath = dir.filePath(u"big.bin"_s);
        QByteArray content;
        for (int i = 0; i < 3 * 1024 * 1024 + 17; ++i) // more than one piece, not a multiple of it
            content.append(char(i * 31 % 251));
        QFile plain(plainPath);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(content);
        plain.close();

        const auto sealed = EncryptedFile::encryptFile(plainPath, dir.filePath(u"big.enc"_s));
        QVERIFY2(sealed.error.isEmpty(), qPrintable(sealed.error));
        QCOMPARE(sealed.size, content.size() + 16);
        QFile encrypted(dir.filePath(u"big.enc"_s));
        QVERIFY(encrypted.open(QIODevice::ReadOnly));
        QByteArray data = encrypted.readAll();
        QCOMPARE(EncryptedFile::decrypt(data, sealed.iv, sealed.key).value_or(QByteArray()), content);

        // A flipped byte, a wrong key, a cut tag: refused.
        data[100] = char(data.at(100) ^ 0x01);
        QVERIFY(!EncryptedFile::decrypt(data, sealed.iv, sealed.key));
        data[100] = char(data.at(100) ^ 0x01);
        QByteArray otherKey = sealed.key;
        otherKey[0] = char(otherKey.at(0) ^ 0x80);
        QVERIFY(!EncryptedFile::decrypt(data, sealed.iv, otherKey));
        QVERIFY(!EncryptedFile::decrypt(data.left(data.size() - 1), sealed.iv, sealed.key));
        QVERIFY(!EncryptedFile::decrypt("short"_ba, sealed.iv, sealed.key));

        // A file that is not there: a clear error.
        QVERIFY(!EncryptedFile::encryptFile(dir.filePath(u"missing"_s), dir.filePath(u"out"_s)).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEncryptedFile)
#include "tst_encryptedfile.moc"
