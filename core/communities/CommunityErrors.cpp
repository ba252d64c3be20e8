#include "CommunityErrors.h"

#include "../StanzaErrors.h"

#include <QCoreApplication>
#include <QXmppError.h>
#include <QXmppStanza.h>

namespace Hearth::CommunityErrors {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::CommunityErrors", text);
}
} // namespace

QString explain(const QXmppError &error)
{
    const auto stanza = error.value<QXmppStanza::Error>();
    if (!stanza)
        return error.description.isEmpty() ? tr("The service did not answer.") : error.description;
    // The server's own words first when it gave any: they are more precise.
    const QString text = stanza->text().trimmed();
    QString meaning;
    switch (stanza->condition()) {
    case QXmppStanza::Error::Forbidden:
        meaning = tr("The community does not allow this.");
        break;
    case QXmppStanza::Error::NotAuthorized:
    case QXmppStanza::Error::RegistrationRequired:
    case QXmppStanza::Error::SubscriptionRequired:
        meaning = tr("This community is for its members only.");
        break;
    case QXmppStanza::Error::ItemNotFound:
        meaning = tr("There is no such community.");
        break;
    case QXmppStanza::Error::Conflict:
        meaning = tr("A community with this name already exists.");
        break;
    case QXmppStanza::Error::NotAllowed:
        meaning = tr("The service does not allow this.");
        break;
    case QXmppStanza::Error::FeatureNotImplemented:
    case QXmppStanza::Error::ServiceUnavailable:
        meaning = tr("The service cannot do this.");
        break;
    case QXmppStanza::Error::RemoteServerNotFound:
    case QXmppStanza::Error::RemoteServerTimeout:
        meaning = tr("The service cannot be reached.");
        break;
    case QXmppStanza::Error::BadRequest:
    case QXmppStanza::Error::NotAcceptable:
        meaning = tr("The service did not accept this.");
        break;
    default:
        meaning = describeError(error);
        break;
    }
    return text.isEmpty() || text == meaning ? meaning : meaning + u' ' + u'(' + text + u')';
}

QString offline()
{
    return tr("You are offline.");
}

} // namespace Hearth::CommunityErrors
