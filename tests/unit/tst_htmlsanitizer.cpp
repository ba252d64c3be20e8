// What may reach the screen from a post: the sanitizer's allowlist, and
// Markdown rendered by md4c.
#include "feed/HtmlSanitizer.h"
#include "feed/MarkdownRenderer.h"

#include <QDomDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using Hearth::HtmlSanitizer;
using Hearth::MarkdownRenderer;

namespace {
QString clean(const QString &html)
{
    return HtmlSanitizer::sanitize(html).xhtml;
}

bool wellFormed(const QString &fragment)
{
    QDomDocument doc;
    return doc.setContent(u"<div>"_s + fragment + u"</div>"_s);
}
} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsOrdinaryMarkup()
    {
        const QString html = u"<p>Hello <strong>bold</strong> <em>it</em> <a href=\"https://example.org/x\">link</a></p><ul><li>one</li></ul>"_s;
        QCOMPARE(clean(html), html);
    }

    void plainMarkupTakesTheFastPath()
    {
        for (const QString &plain : {u"Just text, 3 &lt; 4 &amp; 5 &gt; 2"_s, u"<p>Some <strong>bold</strong> and <em>it</em>.</p>"_s,
                                     u"<ul><li>a</li><li>b<br/>c</li></ul><hr/>"_s, u"<h2>Title</h2>\n<p>x</p>"_s}) {
            QVERIFY2(HtmlSanitizer::isPlainMarkup(plain), qPrintable(plain));
            QCOMPARE(HtmlSanitizer::sanitize(plain).xhtml, plain);
        }
        // Anything else goes through the parser: attributes, other
        // elements, character references, unbalanced or stray markup.
        for (const QString &other : {u"<p onclick='x'>a</p>"_s, u"<p style=\"x\">a</p>"_s, u"<script>x</script>"_s, u"<a href='javascript:x'>a</a>"_s,
                                     u"<img src='https://e.example/x.png'/>"_s, u"&#60;script&#62;"_s, u"<p>open"_s, u"a</p>"_s,
                                     u"<p><em>a</p></em>"_s, u"<P>a</P>"_s, u"<p >a</p >"_s, u"a > b"_s, u"<!-- c -->"_s, u"<![CDATA[x]]>"_s}) {
            QVERIFY2(!HtmlSanitizer::isPlainMarkup(other), qPrintable(other));
        }
        QVERIFY(!HtmlSanitizer::sanitize(u"<p onclick='x'>a</p>"_s).xhtml.contains(u"onclick"_s));
    }

    void removesDangerousThings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("forbidden");
        QTest::newRow("script") << u"<p>a</p><script>alert(1)</script>"_s << u"alert"_s;
        QTest::newRow("style") << u"<style>body{display:none}</style><p>a</p>"_s << u"display"_s;
        QTest::newRow("iframe") << u"<iframe src=\"https://evil.example\">x</iframe>"_s << u"evil"_s;
        QTest::newRow("object") << u"<object data=\"x.swf\"><embed src=\"x.swf\"/></object>"_s << u"swf"_s;
        QTest::newRow("form") << u"<form action=\"https://evil.example\"><input name=\"pw\"/></form>"_s << u"evil"_s;
        QTest::newRow("event attribute") << u"<p onclick=\"steal()\">a</p>"_s << u"steal"_s;
        QTest::newRow("onerror img") << u"<img src=\"https://ok.example/a.png\" onerror=\"steal()\"/>"_s << u"steal"_s;
        QTest::newRow("style attribute") << u"<p style=\"position:fixed\">a</p>"_s << u"fixed"_s;
        QTest::newRow("javascript link") << u"<a href=\"javascript:steal()\">a</a>"_s << u"javascript"_s;
        QTest::newRow("JaVaScRiPt link") << u"<a href=\" JaVaScRiPt:steal()\">a</a>"_s << u"steal"_s;
        QTest::newRow("data link") << u"<a href=\"data:text/html,boom\">a</a>"_s << u"boom"_s;
        QTest::newRow("http image") << u"<img src=\"http://tracker.example/pixel.gif\"/>"_s << u"tracker"_s;
        QTest::newRow("data image") << u"<img src=\"data:image/png;base64,AAAA\"/>"_s << u"base64"_s;
        QTest::newRow("svg") << u"<svg><script>x()</script></svg>"_s << u"x()"_s;
        QTest::newRow("meta refresh") << u"<meta http-equiv=\"refresh\" content=\"0;url=https://evil\"/>"_s << u"evil"_s;
    }

    void removesDangerousThings()
    {
        QFETCH(QString, input);
        QFETCH(QString, forbidden);
        const auto result = HtmlSanitizer::sanitize(input);
        QVERIFY2(!result.xhtml.contains(forbidden, Qt::CaseInsensitive), qPrintable(result.xhtml));
        QVERIFY(result.removed > 0);
        QVERIFY(wellFormed(result.xhtml));
    }

    void keepsWhatIsSafe()
    {
        QCOMPARE(clean(u"<img src=\"https://upload.example.org/a.jpg\" alt=\"summit\" width=\"640\" height=\"480\" class=\"x\"/>"_s),
                 u"<img src=\"https://upload.example.org/a.jpg\" alt=\"summit\" width=\"640\" height=\"480\"/>"_s);
        QCOMPARE(clean(u"<a href=\"xmpp:alice@example.org\">Alice</a>"_s), u"<a href=\"xmpp:alice@example.org\">Alice</a>"_s);
        // An image that may not load keeps its alt text.
        QCOMPARE(clean(u"<p><img src=\"http://x.example/a.png\" alt=\"a cat\"/></p>"_s), u"<p>a cat</p>"_s);
        // Unknown elements are unwrapped, their text kept.
        QCOMPARE(clean(u"<marquee>hello</marquee>"_s), u"hello"_s);
    }

    void brokenMarkupBecomesText()
    {
        const auto result = HtmlSanitizer::sanitize(u"<p>unclosed <b>bold &nbsp; <script>x</p>"_s);
        QVERIFY(wellFormed(result.xhtml));
        QVERIFY(result.xhtml.startsWith(u"<p>"_s));
        QVERIFY(!result.xhtml.contains(u"<b>"_s));
        QVERIFY(!result.xhtml.contains(u"<script"_s));
    }

    void deepNestingIsFlattened()
    {
        QString deep;
        for (int i = 0; i < 100; ++i)
            deep += u"<span>"_s;
        deep += u"core"_s;
        for (int i = 0; i < 100; ++i)
            deep += u"</span>"_s;
        const QString out = clean(deep);
        QVERIFY(out.contains(u"core"_s));
        QVERIFY(out.count(u"<span>"_s) <= 32);
        QVERIFY(wellFormed(out));
    }

    void markdown()
    {
        const QString html = MarkdownRenderer::toXhtml(u"# Title\n\nSome **bold** and a [link](https://example.org).\n\n- one\n- two\n\nline<br>\n\n<script>x</script>"_s);
        QVERIFY2(html.contains(u"<h1>Title</h1>"_s), qPrintable(html));
        QVERIFY(html.contains(u"<strong>bold</strong>"_s));
        QVERIFY(html.contains(u"<a href=\"https://example.org\">link</a>"_s));
        QVERIFY(html.contains(u"<li>one</li>"_s));
        QVERIFY(!html.contains(u"<script>"_s)); // raw HTML is text, not markup
        QVERIFY(wellFormed(html));
        // GitHub flavour: strikethrough, tables, autolinks.
        const QString gfm = MarkdownRenderer::toXhtml(u"~~gone~~ https://example.org\n\n| a | b |\n|---|---|\n| 1 | 2 |"_s);
        QVERIFY2(gfm.contains(u"<del>gone</del>"_s), qPrintable(gfm));
        QVERIFY(gfm.contains(u"<table>"_s));
        QVERIFY(gfm.contains(u"<a href=\"https://example.org\">"_s));
        QVERIFY(wellFormed(gfm));
        // What Markdown produces survives the sanitizer unchanged.
        QCOMPARE(clean(html), html);
    }
};

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
