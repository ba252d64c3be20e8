#include "XmlWriting.h"

#include <QDomElement>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Hearth::Xml {

void writeElement(QXmlStreamWriter *writer, const QDomElement &element, const QString &parentNamespace)
{
    writer->writeStartElement(element.tagName().section(u':', -1));
    // Namespace declarations are written as plain attributes: Qt 6.4's
    // writeDefaultNamespace()/writeNamespace() copy the URI unescaped, so a
    // remote namespace holding a quote made the output malformed (found by
    // fuzz_rooms: a bookmark's extensions then vanished on the next edit).
    if (element.namespaceURI() != parentNamespace)
        writer->writeAttribute(QStringLiteral("xmlns"), element.namespaceURI());
    const auto attributes = element.attributes();
    int prefixes = 0;
    for (int i = 0; i < attributes.count(); ++i) {
        const auto attribute = attributes.item(i).toAttr();
        if (attribute.name() == QLatin1String("xmlns") || attribute.name().startsWith(QLatin1String("xmlns:")))
            continue;
        if (!attribute.namespaceURI().isEmpty()) {
            const QString prefix = QStringLiteral("a%1").arg(prefixes++);
            writer->writeAttribute(QStringLiteral("xmlns:") + prefix, attribute.namespaceURI());
            writer->writeAttribute(prefix + u':' + attribute.localName(), attribute.value());
        } else {
            writer->writeAttribute(attribute.name(), attribute.value());
        }
    }
    for (auto child = element.firstChild(); !child.isNull(); child = child.nextSibling()) {
        if (child.isElement())
            writeElement(writer, child.toElement(), element.namespaceURI());
        else if (child.isText() || child.isCDATASection())
            writer->writeCharacters(child.nodeValue());
    }
    writer->writeEndElement();
}

QString innerXml(const QDomElement &element)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    for (auto child = element.firstChild(); !child.isNull(); child = child.nextSibling()) {
        if (child.isElement())
            writeElement(&writer, child.toElement(), element.namespaceURI());
        else if (child.isText() || child.isCDATASection())
            writer.writeCharacters(child.nodeValue());
    }
    return xml;
}

QString outerXml(const QDomElement &element)
{
    if (element.isNull())
        return {};
    QString xml;
    QXmlStreamWriter writer(&xml);
    writeElement(&writer, element);
    return xml;
}

QString readElement(QXmlStreamReader &reader)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    int depth = 0;
    do {
        switch (reader.tokenType()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            writer.writeStartElement(reader.namespaceUri().toString(), reader.name().toString());
            for (const auto &attribute : reader.attributes()) {
                if (attribute.namespaceUri().isEmpty())
                    writer.writeAttribute(attribute.name().toString(), attribute.value().toString());
                else
                    writer.writeAttribute(attribute.namespaceUri().toString(), attribute.name().toString(), attribute.value().toString());
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            writer.writeEndElement();
            break;
        case QXmlStreamReader::Characters:
            writer.writeCharacters(reader.text().toString());
            break;
        default:
            break;
        }
        if (depth == 0)
            break;
        reader.readNext();
    } while (!reader.atEnd() && !reader.hasError());
    return xml;
}

} // namespace Hearth::Xml
