#pragma once

#include <QDomElement>
#include <QList>
#include <QString>
#include <QXmppIq.h>
#include <functional>

namespace Hearth {

// A pubsub IQ whose child Hearth writes itself, for what QXmppPubSubManager
// cannot send (PROTOCOL-NOTES §2.1): items with max_items and an RSM <set/>,
// and retract with notify='true'.
class PubSubRequestIq : public QXmppIq
{
public:
    using ChildWriter = std::function<void(QXmlStreamWriter *)>;
    PubSubRequestIq(QXmppIq::Type type, const QString &to, ChildWriter child);

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override;

private:
    ChildWriter m_child;
};

// An IQ whose whole child element Hearth writes (disco#items with RSM,
// pubsub#owner requests, a subscribe whose reply state matters).
class ChildIq : public QXmppIq
{
public:
    using ChildWriter = std::function<void(QXmlStreamWriter *)>;
    ChildIq(QXmppIq::Type type, const QString &to, ChildWriter child);

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override;

private:
    ChildWriter m_child;
};

namespace PubSubRequests {

// <items node max_items/> for the newest maxItems (0: every item); with rsm, an RSM
// <set><max/><before/></set> instead (an empty before: the last page; a
// before id: the page of older items just before it, XEP-0059 §2.5).
PubSubRequestIq items(const QString &service, const QString &node, int maxItems, bool rsm, const QString &before = {});
// <items node><item id/>…</items>: these items only.
PubSubRequestIq itemsById(const QString &service, const QString &node, const QStringList &ids);
// <retract node notify='true'><item id/></retract> (XEP-0060 §7.2, as Movim).
PubSubRequestIq retract(const QString &service, const QString &node, const QString &itemId);

struct ReplyItem
{
    QString id;
    QString publisher;   // as the service stamped it ('' when hidden)
    QDomElement payload; // the item's first child element (may be null)
};
// The items of an <iq type='result'> to items(), in document order; items
// without an id are skipped.
QList<ReplyItem> parseItems(const QDomElement &iq);
// The reply's RSM <set> (XEP-0059): first and last ids, and the count.
struct ReplySet
{
    QString first;
    QString last;
    int count = -1;
};
ReplySet parseSet(const QDomElement &iq);

} // namespace PubSubRequests
} // namespace Hearth
