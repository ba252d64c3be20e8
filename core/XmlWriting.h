#pragma once

#include <QString>

class QDomElement;
class QXmlStreamReader;
class QXmlStreamWriter;

namespace Hearth::Xml {

// Writes a DOM element with its attributes and children, declaring a
// namespace only where it differs from parentNamespace (QDomNode::save
// repeats xmlns on every element).
void writeElement(QXmlStreamWriter *writer, const QDomElement &element, const QString &parentNamespace = {});
// The element's children as markup, in the element's own namespace scope.
[[nodiscard]] QString innerXml(const QDomElement &element);
// The element itself as markup.
[[nodiscard]] QString outerXml(const QDomElement &element);
// The reader's current start element and everything in it, as markup
// (namespaces declared where needed); the reader ends on its end element.
[[nodiscard]] QString readElement(QXmlStreamReader &reader);

} // namespace Hearth::Xml
