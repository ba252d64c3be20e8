#include "PepItem.h"

#include <QDomDocument>
#include <QDomElement>
#include <QTextStream>
#include <QXmlStreamWriter>

namespace {
// Writes a DOM element with its namespace, attributes and children.
void writeElement(QXmlStreamWriter *writer, const QDomElement &element, const QString &parentNs)
{
    writer->writeStartElement(element.tagName().section(u':', -1));
    if (!element.namespaceURI().isEmpty() && element.namespaceURI() != parentNs)
        writer->writeDefaultNamespace(element.namespaceURI());
    const auto attributes = element.attributes();
    for (int i = 0; i < attributes.count(); ++i) {
        const auto attribute = attributes.item(i).toAttr();
        if (attribute.name() != QLatin1String("xmlns"))
            writer->writeAttribute(attribute.name(), attribute.value());
    }
    for (auto child = element.firstChild(); !child.isNull(); child = child.nextSibling()) {
        if (child.isElement())
            writeElement(writer, child.toElement(), element.namespaceURI());
        else if (child.isText() || child.isCDATASection())
            writer->writeCharacters(child.nodeValue());
    }
    writer->writeEndElement();
}
} // namespace

PepItem::PepItem(const QString &id, const QString &payloadXml)
    : QXmppPubSubBaseItem(id), m_payloadXml(payloadXml)
{
}

void PepItem::parsePayload(const QDomElement &payloadElement)
{
    QTextStream stream(&m_payloadXml);
    payloadElement.save(stream, -1);
}

void PepItem::serializePayload(QXmlStreamWriter *writer) const
{
    QDomDocument doc;
    if (!m_payloadXml.isEmpty() && doc.setContent(m_payloadXml, true))
        writeElement(writer, doc.documentElement(), QString());
}
