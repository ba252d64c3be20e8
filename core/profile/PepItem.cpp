#include "PepItem.h"

#include "../XmlWriting.h"

#include <QDomDocument>
#include <QDomElement>
#include <QTextStream>
#include <QXmlStreamWriter>


PepItem::PepItem(const QString &id, const QString &payloadXml)
    : QXmppPubSubBaseItem(id), m_payloadXml(payloadXml)
{
}

void PepItem::parsePayload(const QDomElement &payloadElement)
{
    // An item without payload (deliver_payloads=false) stays empty.
    m_payloadXml = payloadElement.isNull() ? QString() : Hearth::Xml::outerXml(payloadElement);
}

void PepItem::serializePayload(QXmlStreamWriter *writer) const
{
    QDomDocument doc;
    if (!m_payloadXml.isEmpty() && doc.setContent(m_payloadXml, true))
        Hearth::Xml::writeElement(writer, doc.documentElement());
}
