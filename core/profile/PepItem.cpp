#include "PepItem.h"

#include "../Promises.h"
#include "../XmlWriting.h"

#include <QDomDocument>
#include <QDomElement>
#include <QTextStream>
#include <QXmlStreamWriter>
#include <QXmppPubSubManager.h>


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

namespace Hearth {

QFuture<PepPayload> newestPepPayload(QXmppPubSubManager *pubsub, const QString &jid, const QString &node, QObject *context)
{
    auto promise = startedPromise<PepPayload>();
    pubsub->requestItems<PepItem>(jid, node).then(context, [promise](QXmppPubSubManager::ItemsResult<PepItem> result) {
        PepPayload payload;
        if (auto *items = std::get_if<QXmppPubSubManager::Items<PepItem>>(&result)) {
            payload.found = true;
            if (!items->items.isEmpty() && !payload.document.setContent(items->items.constLast().payloadXml(), true))
                payload.document = QDomDocument();
        }
        fulfil(promise, payload);
    });
    return promise->future();
}

} // namespace Hearth
