#include "StanzaErrors.h"

namespace Hearth {

QString describeError(const QXmppError &error)
{
    return error.description.isEmpty() ? QStringLiteral("the server refused it") : error.description;
}

bool hasCondition(const QXmppError &error, QXmppStanza::Error::Condition condition)
{
    const auto stanza = error.value<QXmppStanza::Error>();
    return stanza && stanza->condition() == condition;
}

bool isNotSubscribed(const QXmppError &error)
{
    return hasCondition(error, QXmppStanza::Error::UnexpectedRequest) || isItemNotFound(error);
}

} // namespace Hearth
