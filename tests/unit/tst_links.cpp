// Which links Hearth opens from someone else's text, how a vCard's url
// becomes a link, and how a name is kept literal where Qt reads AutoText.
#include "Links.h"
#include "Markup.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class TestLinks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void onlyWebAndXmppLinks_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("web");
        QTest::addColumn<bool>("xmpp");
        QTest::newRow("https") << u"https://example.org/a?b=c"_s << true << false;
        QTest::newRow("http") << u"http://example.org/"_s << true << false;
        QTest::newRow("xmpp") << u"xmpp:alice@example.org?message"_s << false << true;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false << false;
        QTest::newRow("smb") << u"smb://host/share"_s << false << false;
        QTest::newRow("mailto") << u"mailto:a@example.org"_s << false << false;
        QTest::newRow("data") << u"data:text/html,<b>x</b>"_s << false << false;
        QTest::newRow("no host") << u"https:///x"_s << false << false;
        QTest::newRow("quote breaks out") << u"https://example.org/\"><b>x</b>"_s << false << false;
    }

    void onlyWebAndXmppLinks()
    {
        QFETCH(QString, url);
        QFETCH(bool, web);
        QFETCH(bool, xmpp);
        QCOMPARE(Links::isWeb(url), web);
        QCOMPARE(Links::isXmpp(url), xmpp);
        if (!web)
            QVERIFY(!Links::open(url)); // refused before the desktop is asked
    }

    void vcardUrlBecomesAnEscapedLinkOrNothing()
    {
        QCOMPARE(Links::webLinkHtml(u"https://example.org/a?b=1&c=2"_s),
                 u"<a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>"_s);
        QCOMPARE(Links::webLinkHtml(u"https://example.org/\" onclick=\"x"_s), QString());
        QCOMPARE(Links::webLinkHtml(u"javascript:alert(1)"_s), QString());
        // Whatever the text, no quote of it reaches the href unencoded.
        const QString html = Links::webLinkHtml(u"https://example.org/'x'"_s);
        QVERIFY(!html.isEmpty());
        QVERIFY(!html.mid(9, html.indexOf(u'>') - 10).contains(u'"'));
    }

    void literalKeepsMarkupAsText()
    {
        QCOMPARE(Markup::literal(u"Alice"_s), u"Alice"_s);
        QCOMPARE(Markup::literal(u"a < b"_s), u"a < b"_s);
        const QString hostile = u"Message <b>bold</b> <img src=\"http://127.0.0.1/x.png\">"_s;
        const QString shown = Markup::literal(hostile);
        QTextDocument document;
        document.setHtml(shown);
        QCOMPARE(document.toPlainText(), hostile);
        QVERIFY(!shown.contains(u"<img"_s));
    }
};

QTEST_GUILESS_MAIN(TestLinks)
#include "tst_links.moc"
