#pragma once

#include <QDomDocument>
#include <QString>
#include <QXmppMessage.h>

namespace Hearth::Test {

// A message stanza written as XML, parsed as QXmpp hands it over (an empty
// message when the XML is not well-formed).
inline QXmppMessage messageFromXml(const QString &xml)
{
    QDomDocument doc;
    QXmppMessage stanza;
    if (doc.setContent(xml, true))
        stanza.parse(doc.documentElement());
    return stanza;
}

} // namespace Hearth::Test
