#pragma once

#include <QString>

namespace Hearth {

// xmpp: URIs for pubsub items (XEP-0060 §examples, RFC 5122), as Movim
// writes and reads them: "xmpp:{service}?;node={node};item={item}".
struct XmppUri
{
    QString service;
    QString node;
    QString item;

    [[nodiscard]] bool isValid() const { return !service.isEmpty() && !node.isEmpty(); }
    // Accepts percent-encoded nodes (Movim's getRef encodes them) and the
    // parameters in any order.
    [[nodiscard]] static XmppUri parse(const QString &uri);
    // Exactly Movim's layout, node and item unencoded; item left out if empty.
    [[nodiscard]] QString toString() const;

    friend bool operator==(const XmppUri &, const XmppUri &) = default;
};

} // namespace Hearth
