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

namespace PubSubRequests {

PubSubRequestIq items(const QString &service, const QString &node, int maxItems, bool rsm, const QString &before)
{
    return PubSubRequestIq(QXmppIq::Get, service, [node, maxItems, rsm, before](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("items"));
        w->writeAttribute(QStringLiteral("node"), node);
        if (!rsm)
            w->writeAttribute(QStringLiteral("max_items"), QString::number(maxItems));
        w->writeEndElement();
        if (rsm) {
            w->writeStartElement(QStringLiteral("set"));
            w->writeDefaultNamespace(kRsmNs);
            w->writeTextElement(QStringLiteral("max"), QString::number(maxItems));
            // An empty <before/> asks for the last page: the newest items.
            w->writeTextElement(QStringLiteral("before"), before);
            w->writeEndElement();
        }
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

ItemsReply parseItems(const QDomElement &iq)
{
    ItemsReply reply;
    const QDomElement pubsub = iq.firstChildElement(QStringLiteral("pubsub"));
    if (pubsub.namespaceURI() != kPubSubNs)
        return reply;
    const QDomElement items = pubsub.firstChildElement(QStringLiteral("items"));
    for (auto item = items.firstChildElement(QStringLiteral("item")); !item.isNull();
         item = item.nextSiblingElement(QStringLiteral("item"))) {
        const QString id = item.attribute(QStringLiteral("id"));
        if (!id.isEmpty())
            reply.items.append({id, item.firstChildElement()});
    }
    for (auto set = pubsub.firstChildElement(QStringLiteral("set")); !set.isNull();
         set = set.nextSiblingElement(QStringLiteral("set"))) {
        if (set.namespaceURI() != kRsmNs)
            continue;
        reply.first = set.firstChildElement(QStringLiteral("first")).text();
        bool ok = false;
        const int count = set.firstChildElement(QStringLiteral("count")).text().toInt(&ok);
        if (ok)
            reply.count = count;
    }
    return reply;
}

} // namespace PubSubRequests
} // namespace Hearth
