#include "EntryRewriter.h"

#include "XmlWriting.h"
#include "export/ExportManifest.h"
#include "feed/XmppUri.h"

#include <QCoreApplication>
#include <QDomDocument>

namespace Hearth {

namespace {
const QString kAtom = QStringLiteral("http://www.w3.org/2005/Atom");
const QString kOrigin = QLatin1String(ExportManifest::kNamespace);


QString bareOf(const QString &uri)
{
    QString jid = uri.startsWith(QLatin1String("xmpp:")) ? uri.mid(5) : uri;
    return jid.section(u'?', 0, 0).section(u'/', 0, 0).toLower();
}

bool parse(const QString &xml, QDomDocument *doc, QString *error)
{
    QString message;
    int line = 0;
    if (!doc->setContent(xml, true, &message, &line) || doc->documentElement().localName() != QLatin1String("entry")) {
        *error = message.isEmpty() ? QCoreApplication::translate("Hearth::EntryRewriter", "not an Atom entry")
                                   : QCoreApplication::translate("Hearth::EntryRewriter", "not well-formed: %1 (line %2)").arg(message).arg(line);
        return false;
    }
    return true;
}

QList<QDomElement> descendants(const QDomElement &root)
{
    QList<QDomElement> out;
    QList<QDomElement> stack{root};
    while (!stack.isEmpty()) {
        const QDomElement e = stack.takeLast();
        out << e;
        for (QDomElement c = e.lastChildElement(); !c.isNull(); c = c.previousSiblingElement())
            stack << c;
    }
    return out;
}

void setText(QDomElement element, const QString &text)
{
    while (element.hasChildNodes())
        element.removeChild(element.firstChild());
    element.appendChild(element.ownerDocument().createTextNode(text));
}
} // namespace

EntryRewriter::EntryRewriter(Context context)
    : m_context(std::move(context))
{
}

QString EntryRewriter::quoteTitle(const QString &title, const QString &author)
{
    return QStringLiteral("“%1” — %2").arg(title.trimmed(), author);
}

bool EntryRewriter::isLike(const QString &entryXml)
{
    QDomDocument doc;
    QString error;
    return parse(entryXml, &doc, &error) && doc.documentElement().firstChildElement(QStringLiteral("title")).text().trimmed() == QStringLiteral("♥");
}

EntryRewriter::Result EntryRewriter::post(const QString &entryXml) const
{
    QDomDocument doc;
    Result result;
    if (!parse(entryXml, &doc, &result.error))
        return result;
    const QDomElement entry = doc.documentElement();
    for (QDomElement e : descendants(entry)) {
        const QString name = e.localName();
        if (name == QLatin1String("origin") && e.namespaceURI() == kOrigin) {
            e.parentNode().removeChild(e); // the export's note, not the post's
            continue;
        }
        if (name == QLatin1String("uri") && e.parentNode().toElement().localName() == QLatin1String("author")
            && bareOf(e.text()) == m_context.oldJid) {
            setText(e, QStringLiteral("xmpp:") + m_context.newJid);
        } else if (name == QLatin1String("link")) {
            const QString rel = e.attribute(QStringLiteral("rel"));
            const QString href = e.attribute(QStringLiteral("href"));
            XmppUri uri = XmppUri::parse(href);
            if (rel == QLatin1String("replies") && uri.isValid()) {
                uri.service = m_context.commentsService;
                e.setAttribute(QStringLiteral("href"), uri.toString());
            } else if (uri.isValid() && uri.service.toLower() == m_context.oldJid) {
                uri.service = m_context.newJid;
                e.setAttribute(QStringLiteral("href"), uri.toString());
            } else if (m_context.uriMap.contains(href)) {
                e.setAttribute(QStringLiteral("href"), m_context.uriMap.value(href));
            }
        } else if (name == QLatin1String("img") && m_context.uriMap.contains(e.attribute(QStringLiteral("src")))) {
            e.setAttribute(QStringLiteral("src"), m_context.uriMap.value(e.attribute(QStringLiteral("src"))));
        } else if (name == QLatin1String("a") && m_context.uriMap.contains(e.attribute(QStringLiteral("href")))) {
            e.setAttribute(QStringLiteral("href"), m_context.uriMap.value(e.attribute(QStringLiteral("href"))));
        }
        // URLs written in the text (Markdown, plain) point at the new files too.
        if (!m_context.uriMap.isEmpty()) {
            for (QDomNode n = e.firstChild(); !n.isNull(); n = n.nextSibling()) {
                if (!n.isText())
                    continue;
                QString text = n.nodeValue();
                bool changed = false;
                for (auto it = m_context.uriMap.cbegin(); it != m_context.uriMap.cend(); ++it) {
                    if (text.contains(it.key())) {
                        text.replace(it.key(), it.value());
                        changed = true;
                    }
                }
                if (changed)
                    n.setNodeValue(text);
            }
        }
    }
    result.xml = Xml::outerXml(entry);
    return result;
}

EntryRewriter::Result EntryRewriter::comment(const QString &entryXml, const QString &publisher) const
{
    QDomDocument doc;
    Result result;
    if (!parse(entryXml, &doc, &result.error))
        return result;
    QDomElement entry = doc.documentElement();
    QDomElement author = entry.firstChildElement(QStringLiteral("author"));
    const QString claimed = bareOf(author.firstChildElement(QStringLiteral("uri")).text());
    // Who wrote it: the publisher the old server stamped, else the claim.
    const QString writer = publisher.isEmpty() ? claimed : bareOf(publisher);
    if (writer.isEmpty() || writer == m_context.oldJid)
        return post(entryXml);
    // Someone else's: the new account quotes it.
    QString authorName = author.firstChildElement(QStringLiteral("name")).text().trimmed();
    if (authorName.isEmpty())
        authorName = writer;
    QDomElement title = entry.firstChildElement(QStringLiteral("title"));
    if (title.isNull()) {
        title = doc.createElementNS(kAtom, QStringLiteral("title"));
        entry.appendChild(title);
    }
    const QString original = title.text();
    title.removeAttribute(QStringLiteral("type"));
    setText(title, quoteTitle(original, authorName));
    if (!author.isNull())
        entry.removeChild(author);
    author = doc.createElementNS(kAtom, QStringLiteral("author"));
    QDomElement uri = doc.createElementNS(kAtom, QStringLiteral("uri"));
    uri.appendChild(doc.createTextNode(QStringLiteral("xmpp:") + m_context.newJid));
    author.appendChild(uri);
    entry.insertBefore(author, entry.firstChildElement());
    QDomElement origin = entry.firstChildElement(QStringLiteral("origin"));
    if (origin.isNull() || origin.namespaceURI() != kOrigin) {
        origin = doc.createElementNS(kOrigin, QStringLiteral("x:origin"));
        entry.appendChild(origin);
    }
    origin.setAttribute(QStringLiteral("publisher"), writer);
    origin.setAttribute(QStringLiteral("author-name"), authorName);
    result.xml = Xml::outerXml(entry);
    return result;
}

} // namespace Hearth
