#include "FollowedNode.h"

#include <QCryptographicHash>
#include <QDomDocument>
#include <QXmlStreamWriter>
#include <QXmppUtils.h>

namespace Hearth::SubscriptionItem {

QString id(const QString &service, const QString &node, const QString &accountJid)
{
    return QString::fromLatin1(QCryptographicHash::hash((service + u'<' + node + u'<' + accountJid).toUtf8(),
                                                        QCryptographicHash::Sha1).toHex());
}

QString write(const FollowedNode &node)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("subscription"));
    w.writeDefaultNamespace(QString::fromLatin1(kNamespace));
    w.writeAttribute(QStringLiteral("server"), node.service);
    w.writeAttribute(QStringLiteral("node"), node.node);
    w.writeTextElement(QStringLiteral("title"), node.title);
    w.writeEndElement();
    return xml;
}

std::optional<FollowedNode> parse(const QString &xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return std::nullopt;
    const QDomElement e = doc.documentElement();
    if (e.tagName() != QLatin1String("subscription") || e.namespaceURI() != QLatin1String(kNamespace))
        return std::nullopt;
    FollowedNode node;
    node.service = QXmppUtils::jidToBareJid(e.attribute(QStringLiteral("server"))).toLower();
    node.node = e.attribute(QStringLiteral("node"));
    node.title = e.firstChildElement(QStringLiteral("title")).text().trimmed();
    if (node.service.isEmpty() || node.node.isEmpty())
        return std::nullopt;
    return node;
}

} // namespace Hearth::SubscriptionItem
