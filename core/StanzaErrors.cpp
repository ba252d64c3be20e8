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

bool isPublishOptionsRefused(const QXmppError &error)
{
    const auto stanza = error.value<QXmppStanza::Error>();
    return hasCondition(error, QXmppStanza::Error::Conflict) || hasCondition(error, QXmppStanza::Error::ResourceConstraint)
        || hasCondition(error, QXmppStanza::Error::NotAcceptable) || (stanza && stanza->text().contains(QLatin1String("precondition")));
}

bool isNotSubscribed(const QXmppError &error)
{
    return hasCondition(error, QXmppStanza::Error::UnexpectedRequest) || isItemNotFound(error);
}

} // namespace Hearth
