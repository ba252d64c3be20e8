#pragma once

#include <QString>
#include <QXmppError.h>
#include <QXmppStanza.h>

namespace Hearth {

// What a failed request said, for logs and messages: the server's text or
// QXmpp's description.
[[nodiscard]] QString describeError(const QXmppError &error);
// Whether the server answered with this stanza error condition.
[[nodiscard]] bool hasCondition(const QXmppError &error, QXmppStanza::Error::Condition condition);
[[nodiscard]] inline bool isItemNotFound(const QXmppError &error)
{
    return hasCondition(error, QXmppStanza::Error::ItemNotFound);
}
// XEP-0060 §6.2.3.2: unsubscribing where there is no subscription
// (unexpected-request with <not-subscribed/>; some servers say
// item-not-found when the node itself is gone).
[[nodiscard]] bool isNotSubscribed(const QXmppError &error);
// XEP-0060 §7.1.5: a publish refused for its publish-options (the node is
// configured otherwise): precondition-not-met, as servers spell it.
[[nodiscard]] bool isPublishOptionsRefused(const QXmppError &error);

} // namespace Hearth
