#include "Logging.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLogging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redactsSecrets_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("secret");
        QTest::newRow("sasl auth") << u"<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>AGFsaWNlAHNlY3JldA==</auth>"_s << u"AGFsaWNlAHNlY3JldA=="_s;
        QTest::newRow("scram response") << u"<response xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>Yz1iaXdzLHI9</response>"_s << u"Yz1iaXdzLHI9"_s;
        QTest::newRow("challenge") << u"<challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>cj1meWtvK2Q=</challenge>"_s << u"cj1meWtvK2Q="_s;
        QTest::newRow("success") << u"<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>dj1ybUY5cHFWOFM=</success>"_s << u"dj1ybUY5cHFWOFM="_s;
        QTest::newRow("sasl2") << u"<authenticate xmlns='urn:xmpp:sasl:2' mechanism='SCRAM-SHA-1'><initial-response>biwsbj1h</initial-response></authenticate>"_s << u"biwsbj1h"_s;
        QTest::newRow("register") << u"<iq type='set'><query xmlns='jabber:iq:register'><username>bob</username><password>hunter2</password></query></iq>"_s << u"hunter2"_s;
        QTest::newRow("fast token attr") << u"<token xmlns='urn:xmpp:fast:0' expiry='2026' token='WXYZ1234'/>"_s << u"WXYZ1234"_s;
    }

    void redactsSecrets()
    {
        QFETCH(QString, xml);
        QFETCH(QString, secret);
        QVERIFY(xml.contains(secret));
        const QString redacted = Hearth::Logging::redactXml(xml);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY(redacted.contains(u"[redacted]"_s));
    }

    void keepsOrdinaryStanzas()
    {
        const QString xml = u"<message to='bob@example.org'><body>the password is in the auth element</body></message>"_s;
        QCOMPARE(Hearth::Logging::redactXml(xml), xml);
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
