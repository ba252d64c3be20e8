#include "HtmlSanitizer.h"

#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Hearth {

namespace {
constexpr int kMaxDepth = 32;

const QSet<QString> &allowedElements()
{
    static const QSet<QString> set = {
        QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("strong"), QStringLiteral("b"), QStringLiteral("em"),
        QStringLiteral("i"), QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("del"), QStringLiteral("ins"),
        QStringLiteral("code"), QStringLiteral("pre"), QStringLiteral("blockquote"), QStringLiteral("ul"), QStringLiteral("ol"),
        QStringLiteral("li"), QStringLiteral("a"), QStringLiteral("img"), QStringLiteral("h1"), QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("hr"),
        QStringLiteral("span"), QStringLiteral("div"), QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"),
        QStringLiteral("tr"), QStringLiteral("th"), QStringLiteral("td"), QStringLiteral("sup"), QStringLiteral("sub"),
        QStringLiteral("figure"), QStringLiteral("figcaption"),
    };
    return set;
}

// Dropped together with everything inside them.
const QSet<QString> &droppedElements()
{
    static const QSet<QString> set = {
        QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("iframe"), QStringLiteral("frame"),
        QStringLiteral("frameset"), QStringLiteral("object"), QStringLiteral("embed"), QStringLiteral("applet"),
        QStringLiteral("form"), QStringLiteral("input"), QStringLiteral("button"), QStringLiteral("textarea"),
        QStringLiteral("select"), QStringLiteral("svg"), QStringLiteral("math"), QStringLiteral("link"), QStringLiteral("meta"),
        QStringLiteral("head"), QStringLiteral("title"), QStringLiteral("noscript"), QStringLiteral("template"),
        QStringLiteral("base"), QStringLiteral("audio"), QStringLiteral("video"), QStringLiteral("source"),
    };
    return set;
}

bool safeLink(const QString &href)
{
    const QUrl url(href.trimmed());
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == QLatin1String("https") || scheme == QLatin1String("http") || scheme == QLatin1String("xmpp")
                             || scheme == QLatin1String("mailto"));
}

bool safeImage(const QString &src)
{
    const QUrl url(src.trimmed());
    return url.isValid() && url.scheme().toLower() == QLatin1String("https") && !url.host().isEmpty();
}

// Streams the fragment (QXmlStreamReader keeps the spaces between inline
// elements that QDomDocument drops) and writes only what is allowed.
class Walker
{
public:
    Walker(QXmlStreamReader *reader, QXmlStreamWriter *writer) : m_r(reader), m_w(writer) {}
    int removed = 0;

    bool run()
    {
        // The wrapping <div> is read but not written.
        int depth = -1;
        QList<bool> written; // per open element: did we write its start tag?
        while (!m_r->atEnd()) {
            switch (m_r->readNext()) {
            case QXmlStreamReader::StartElement: {
                ++depth;
                if (depth == 0) {
                    written << false;
                    break;
                }
                const QString name = m_r->name().toString().toLower();
                if (droppedElements().contains(name)) {
                    ++removed;
                    m_r->skipCurrentElement();
                    --depth;
                    break;
                }
                if (name == QLatin1String("img")) {
                    image();
                    m_r->skipCurrentElement();
                    --depth;
                    break;
                }
                const int openWritten = int(std::count(written.cbegin(), written.cend(), true));
                if (!allowedElements().contains(name) || openWritten >= kMaxDepth) {
                    ++removed; // unknown or too deep: keep the text, not the element
                    written << false;
                    break;
                }
                m_w->writeStartElement(name);
                attributes(name);
                written << true;
                break;
            }
            case QXmlStreamReader::EndElement:
                if (!written.isEmpty() && written.takeLast())
                    m_w->writeEndElement();
                --depth;
                break;
            case QXmlStreamReader::Characters:
                m_w->writeCharacters(m_r->text().toString());
                break;
            default:
                break;
            }
        }
        return !m_r->hasError();
    }

private:
    void attributes(const QString &name)
    {
        const auto attrs = m_r->attributes();
        for (const auto &attribute : attrs) {
            const QString key = attribute.name().toString().toLower();
            const QString value = attribute.value().toString();
            if (name == QLatin1String("a") && key == QLatin1String("href") && safeLink(value))
                m_w->writeAttribute(key, value.trimmed());
            else if (name == QLatin1String("a") && key == QLatin1String("title"))
                m_w->writeAttribute(key, value.left(1000));
            else if ((name == QLatin1String("td") || name == QLatin1String("th"))
                     && (key == QLatin1String("colspan") || key == QLatin1String("rowspan")) && validNumber(value))
                m_w->writeAttribute(key, value);
            else
                ++removed;
        }
    }

    void image()
    {
        const auto attrs = m_r->attributes();
        const QString src = attrs.value(QStringLiteral("src")).toString();
        const QString alt = attrs.value(QStringLiteral("alt")).toString().left(1000);
        if (!safeImage(src)) {
            ++removed;
            if (!alt.isEmpty())
                m_w->writeCharacters(alt);
            return;
        }
        m_w->writeEmptyElement(QStringLiteral("img"));
        m_w->writeAttribute(QStringLiteral("src"), src.trimmed());
        if (attrs.hasAttribute(QStringLiteral("alt")))
            m_w->writeAttribute(QStringLiteral("alt"), alt);
        for (const QString &key : {QStringLiteral("width"), QStringLiteral("height")}) {
            const QString value = attrs.value(key).toString();
            if (validNumber(value))
                m_w->writeAttribute(key, value);
        }
        for (const auto &attribute : attrs) {
            const QString key = attribute.name().toString();
            if (key != QLatin1String("src") && key != QLatin1String("alt") && key != QLatin1String("width") && key != QLatin1String("height"))
                ++removed;
        }
    }

    static bool validNumber(const QString &value)
    {
        bool ok = false;
        const int number = value.toInt(&ok);
        return ok && number > 0 && number <= 10000;
    }

    QXmlStreamReader *m_r;
    QXmlStreamWriter *m_w;
};
} // namespace

bool HtmlSanitizer::isPlainMarkup(QStringView fragment)
{
    // Text, entities, and bare tags of a few formatting elements: nothing a
    // sanitizer would take out. (Most posts; anything else takes the parser.)
    static const QSet<QString> bare = {QStringLiteral("p"), QStringLiteral("br"), QStringLiteral("strong"), QStringLiteral("em"),
                                       QStringLiteral("b"), QStringLiteral("i"), QStringLiteral("u"), QStringLiteral("s"),
                                       QStringLiteral("del"), QStringLiteral("code"), QStringLiteral("pre"), QStringLiteral("blockquote"),
                                       QStringLiteral("ul"), QStringLiteral("ol"), QStringLiteral("li"), QStringLiteral("h1"),
                                       QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("h5"),
                                       QStringLiteral("h6"), QStringLiteral("hr"), QStringLiteral("sup"), QStringLiteral("sub")};
    QList<QStringView> open;
    const qsizetype n = fragment.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = fragment.at(i);
        if (c == u'&') {
            const qsizetype end = fragment.indexOf(u';', i);
            if (end < 0 || end - i > 8)
                return false;
            const QStringView entity = fragment.mid(i + 1, end - i - 1);
            if (entity != u"amp" && entity != u"lt" && entity != u"gt" && entity != u"quot" && entity != u"apos")
                return false;
            i = end;
        } else if (c == u'<') {
            const qsizetype end = fragment.indexOf(u'>', i);
            if (end < 0)
                return false;
            QStringView tag = fragment.mid(i + 1, end - i - 1);
            const bool closing = tag.startsWith(u'/');
            const bool empty = tag.endsWith(u'/');
            if (closing)
                tag = tag.mid(1);
            if (empty)
                tag.chop(1);
            if (tag.isEmpty() || !bare.contains(tag.toString()) || (closing && empty))
                return false;
            if (closing) {
                if (open.isEmpty() || open.takeLast() != tag)
                    return false;
            } else if (!empty) {
                if (open.size() >= kMaxDepth)
                    return false;
                open << tag;
            }
            i = end;
        } else if (c == u'>' || (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r')) {
            return false;
        }
    }
    return open.isEmpty();
}

HtmlSanitizer::Result HtmlSanitizer::sanitize(const QString &fragment)
{
    Result result;
    if (fragment.trimmed().isEmpty())
        return result;
    if (isPlainMarkup(fragment)) {
        result.xhtml = fragment;
        return result;
    }
    const QString wrapped = QStringLiteral("<div xmlns='http://www.w3.org/1999/xhtml'>%1</div>").arg(fragment);
    QString written;
    {
        QXmlStreamReader reader(wrapped);
        QXmlStreamWriter writer(&written);
        Walker walker(&reader, &writer);
        const bool ok = walker.run();
        writer.writeEndDocument(); // closes a trailing empty element
        if (written.endsWith(u'\n'))
            written.chop(1); // …and adds a newline of its own
        if (ok) {
            result.xhtml = written;
            result.removed = walker.removed;
            return result;
        }
    }
    // Not well-formed (HTML from some client, or hostile): its text only.
    QString text = fragment;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    QXmlStreamWriter writer(&result.xhtml);
    writer.writeTextElement(QStringLiteral("p"), text.simplified());
    result.removed = 1;
    return result;
}

} // namespace Hearth
