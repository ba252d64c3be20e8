#pragma once

#include <QString>
#include <QXmppPubSubBaseItem.h>

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
