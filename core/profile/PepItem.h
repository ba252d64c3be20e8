#pragma once

#include <QDomDocument>
#include <QDomElement>
#include <QFuture>
#include <QString>
#include <QXmppPubSubBaseItem.h>

class QObject;
class QXmppPubSubManager;

// A PEP item whose payload is kept as XML text (vCard4, XEP-0172 nick):
// Hearth parses the payload itself and republishes it unchanged where it
// does not understand it.
class PepItem : public QXmppPubSubBaseItem
{
public:
    explicit PepItem(const QString &id = {}, const QString &payloadXml = {});

    [[nodiscard]] QString payloadXml() const { return m_payloadXml; }
    static bool isItem(const QDomElement &element) { return QXmppPubSubBaseItem::isItem(element); }

protected:
    void parsePayload(const QDomElement &payloadElement) override;
    void serializePayload(QXmlStreamWriter *writer) const override;

private:
    QString m_payloadXml;
};

namespace Hearth {

// A PEP node's newest item's payload, parsed (device lists, bundles: the
// nodes that keep one current item).
struct PepPayload
{
    bool found = false;    // the node answered (false: none, or the request failed)
    QDomDocument document; // the payload; element() is null for an empty node or a payload that is not XML
    [[nodiscard]] QDomElement element() const { return document.documentElement(); }
};

// Asks jid's PEP service for node's items; the newest one's payload.
QFuture<PepPayload> newestPepPayload(QXmppPubSubManager *pubsub, const QString &jid, const QString &node, QObject *context);

} // namespace Hearth
