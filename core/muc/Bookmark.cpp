#include "Bookmark.h"

#include "../XmlWriting.h"

#include <QDomDocument>
#include <QXmlStreamWriter>

namespace Hearth {

namespace {
const QString kBookmarksNs = QStringLiteral("urn:xmpp:bookmarks:1");
const QString kNotifyNs = QStringLiteral("urn:xmpp:notification-settings:0");

// The extensions' children parsed under a wrapper, to read or edit them.
QDomDocument extensionsDocument(const QString &xml)
{
    QDomDocument doc;
    if (!doc.setContent(QStringLiteral("<extensions xmlns='%1'>%2</extensions>").arg(kBookmarksNs, xml), true))
        doc.setContent(QStringLiteral("<extensions xmlns='%1'/>").arg(kBookmarksNs), true);
    return doc;
}

// The children as XML that means the same once put back under an
// <extensions/> of the bookmarks namespace (extensionsDocument): a child in
// no namespace keeps an explicit xmlns='' instead of taking the wrapper's.
QString childrenXml(const QDomElement &parent)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    for (QDomElement child = parent.firstChildElement(); !child.isNull(); child = child.nextSiblingElement())
        Xml::writeElement(&writer, child, kBookmarksNs);
    return xml;
}
} // namespace

Bookmark::Notify Bookmark::notify() const
{
    const QDomDocument doc = extensionsDocument(extensionsXml);
    for (QDomElement e = doc.documentElement().firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.localName() != QLatin1String("notify") || e.namespaceURI() != kNotifyNs)
            continue;
        const QDomElement level = e.firstChildElement();
        if (level.localName() == QLatin1String("always"))
            return Notify::Always;
        if (level.localName() == QLatin1String("on-mention"))
            return Notify::OnMention;
        if (level.localName() == QLatin1String("never"))
            return Notify::Never;
    }
    return Notify::Default;
}

void Bookmark::setNotify(Notify level)
{
    QDomDocument doc = extensionsDocument(extensionsXml);
    QDomElement root = doc.documentElement();
    for (QDomElement e = root.firstChildElement(); !e.isNull();) {
        const QDomElement next = e.nextSiblingElement();
        if (e.localName() == QLatin1String("notify") && e.namespaceURI() == kNotifyNs)
            root.removeChild(e);
        e = next;
    }
    if (level != Notify::Default) {
        QDomElement notify = doc.createElementNS(kNotifyNs, QStringLiteral("notify"));
        const char *name = level == Notify::Always ? "always" : level == Notify::OnMention ? "on-mention" : "never";
        notify.appendChild(doc.createElementNS(kNotifyNs, QString::fromLatin1(name)));
        root.appendChild(notify);
    }
    extensionsXml = childrenXml(root);
}

bool Bookmark::readConference(const QString &itemId, const QString &payloadXml)
{
    QDomDocument doc;
    if (!doc.setContent(payloadXml, true))
        return false;
    const QDomElement conference = doc.documentElement();
    if (conference.localName() != QLatin1String("conference") || conference.namespaceURI() != kBookmarksNs || itemId.isEmpty())
        return false;
    jid = itemId;
    name = conference.attribute(QStringLiteral("name"));
    const QString join = conference.attribute(QStringLiteral("autojoin"));
    autojoin = join == QLatin1String("true") || join == QLatin1String("1");
    nick = conference.firstChildElement(QStringLiteral("nick")).text();
    password = conference.firstChildElement(QStringLiteral("password")).text();
    extensionsXml = childrenXml(conference.firstChildElement(QStringLiteral("extensions")));
    return true;
}

QString Bookmark::conferenceXml() const
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("conference"));
    w.writeDefaultNamespace(kBookmarksNs);
    if (!name.isEmpty())
        w.writeAttribute(QStringLiteral("name"), name);
    w.writeAttribute(QStringLiteral("autojoin"), autojoin ? QStringLiteral("true") : QStringLiteral("false"));
    if (!nick.isEmpty())
        w.writeTextElement(QStringLiteral("nick"), nick);
    if (!password.isEmpty())
        w.writeTextElement(QStringLiteral("password"), password);
    const QDomDocument doc = extensionsDocument(extensionsXml);
    if (doc.documentElement().hasChildNodes()) {
        w.writeStartElement(QStringLiteral("extensions"));
        for (QDomElement e = doc.documentElement().firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
            Xml::writeElement(&w, e, kBookmarksNs);
        w.writeEndElement();
    }
    w.writeEndElement();
    return xml;
}

} // namespace Hearth
