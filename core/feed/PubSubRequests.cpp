#include "PubSubRequests.h"

#include <QXmlStreamWriter>

namespace Hearth {

namespace {
const QString kPubSubNs = QStringLiteral("http://jabber.org/protocol/pubsub");
const QString kRsmNs = QStringLiteral("http://jabber.org/protocol/rsm");
} // namespace

PubSubRequestIq::PubSubRequestIq(QXmppIq::Type type, const QString &to, ChildWriter child)
    : QXmppIq(type)
    , m_child(std::move(child))
{
    setTo(to);
}

void PubSubRequestIq::toXmlElementFromChild(QXmlStreamWriter *writer) const
{
    writer->writeStartElement(QStringLiteral("pubsub"));
    writer->writeDefaultNamespace(kPubSubNs);
    m_child(writer);
    writer->writeEndElement();
}

ChildIq::ChildIq(QXmppIq::Type type, const QString &to, ChildWriter child)
    : QXmppIq(type)
    , m_child(std::move(child))
{
    setTo(to);
}

void ChildIq::toXmlElementFromChild(QXmlStreamWriter *writer) const
{
    m_child(writer);
}

namespace PubSubRequests {

PubSubRequestIq items(const QString &service, const QString &node, int maxItems, bool rsm, const QString &before)
{
    return PubSubRequestIq(QXmppIq::Get, service, [node, maxItems, rsm, before](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("items"));
        w->writeAttribute(QStringLiteral("node"), node);
        if (!rsm && maxItems > 0) // none: every item the node keeps
            w->writeAttribute(QStringLiteral("max_items"), QString::number(maxItems));
        w->writeEndElement();
        if (rsm) {
            w->writeStartElement(QStringLiteral("set"));
            w->writeDefaultNamespace(kRsmNs);
            w->writeTextElement(QStringLiteral("max"), QString::number(maxItems));
            // An empty <before/> asks for the last page: the newest items.
            if (before.isEmpty())
                w->writeEmptyElement(QStringLiteral("before"));
            else
                w->writeTextElement(QStringLiteral("before"), before);
            w->writeEndElement();
        }
    });
}

PubSubRequestIq itemsById(const QString &service, const QString &node, const QStringList &ids)
{
    return PubSubRequestIq(QXmppIq::Get, service, [node, ids](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("items"));
        w->writeAttribute(QStringLiteral("node"), node);
        for (const QString &id : ids) {
            w->writeEmptyElement(QStringLiteral("item"));
            w->writeAttribute(QStringLiteral("id"), id);
        }
        w->writeEndElement();
    });
}

PubSubRequestIq retract(const QString &service, const QString &node, const QString &itemId)
{
    return PubSubRequestIq(QXmppIq::Set, service, [node, itemId](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("retract"));
        w->writeAttribute(QStringLiteral("node"), node);
        w->writeAttribute(QStringLiteral("notify"), QStringLiteral("true"));
        w->writeStartElement(QStringLiteral("item"));
        w->writeAttribute(QStringLiteral("id"), itemId);
        w->writeEndElement();
        w->writeEndElement();
    });
}

QList<ReplyItem> parseItems(const QDomElement &iq)
{
    QList<ReplyItem> items;
    const QDomElement pubsub = iq.firstChildElement(QStringLiteral("pubsub"));
    if (pubsub.namespaceURI() != kPubSubNs)
        return items;
    const QDomElement list = pubsub.firstChildElement(QStringLiteral("items"));
    for (auto item = list.firstChildElement(QStringLiteral("item")); !item.isNull(); item = item.nextSiblingElement(QStringLiteral("item"))) {
        const QString id = item.attribute(QStringLiteral("id"));
        if (!id.isEmpty())
            items.append({id, item.attribute(QStringLiteral("publisher")), item.firstChildElement()});
    }
    return items;
}

ReplySet parseSet(const QDomElement &iq)
{
    ReplySet set;
    const QDomElement pubsub = iq.firstChildElement(QStringLiteral("pubsub"));
    for (auto child = pubsub.firstChildElement(QStringLiteral("set")); !child.isNull(); child = child.nextSiblingElement(QStringLiteral("set"))) {
        if (child.namespaceURI() != kRsmNs)
            continue;
        set.first = child.firstChildElement(QStringLiteral("first")).text();
        set.last = child.firstChildElement(QStringLiteral("last")).text();
        bool ok = false;
        const int count = child.firstChildElement(QStringLiteral("count")).text().toInt(&ok);
        if (ok)
            set.count = count;
    }
    return set;
}

} // namespace PubSubRequests
} // namespace Hearth
