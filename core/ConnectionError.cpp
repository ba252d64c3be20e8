#include "ConnectionError.h"

#include <QAbstractSocket>
#include <QCoreApplication>
#include <QXmppAuthenticationError.h>
#include <QXmppBindError.h>
#include <QXmppError.h>
#include <QXmppStreamError.h>

namespace Hearth {

namespace {
ConnectionError::Kind fromSocket(QAbstractSocket::SocketError error)
{
    using K = ConnectionError::Kind;
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return K::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError:
        return K::HostNotFound;
    case QAbstractSocket::SocketTimeoutError:
        return K::Timeout;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return K::TlsFailure;
    case QAbstractSocket::RemoteHostClosedError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::TemporaryError:
        return K::NetworkLost;
    default:
        return K::Other;
    }
}

ConnectionError::Kind fromStream(QXmpp::StreamError error)
{
    using K = ConnectionError::Kind;
    using S = QXmpp::StreamError;
    switch (error) {
    case S::NotAuthorized:
        return K::NotAuthorized;
    case S::PolicyViolation:
        return K::PolicyViolation;
    case S::Conflict:
        return K::Conflict;
    case S::SystemShutdown:
    case S::Reset:
        return K::ServerShutdown;
    case S::ConnectionTimeout:
        return K::Timeout;
    case S::HostUnknown:
        return K::HostNotFound;
    case S::HostGone:
    case S::RemoteConnectionFailed:
    case S::ResourceConstraint:
        return K::NetworkLost;
    default:
        return K::Other;
    }
}
} // namespace

ConnectionError::ConnectionError(Kind kind, QString detail)
    : m_kind(kind), m_detail(std::move(detail))
{
}

ConnectionError ConnectionError::fromQXmpp(const QXmppError &error)
{
    if (auto socket = error.value<QAbstractSocket::SocketError>()) {
        const Kind kind = fromSocket(*socket);
        // Qt's socket texts add nothing for users, except which certificate
        // check failed.
        return ConnectionError(kind, kind == Kind::TlsFailure ? error.description : QString());
    }
    if (error.holdsType<QXmpp::TimeoutError>())
        return ConnectionError(Kind::Timeout);
    if (auto stream = error.value<QXmpp::StreamError>())
        return ConnectionError(fromStream(*stream), error.description);
    if (auto auth = error.value<QXmpp::AuthenticationError>()) {
        switch (auth->type) {
        case QXmpp::AuthenticationError::NotAuthorized:
        case QXmpp::AuthenticationError::CredentialsExpired:
            // Servers' texts here are SASL internals ("the response doesn't
            // match"); the plain sentence says it better.
            return ConnectionError(Kind::NotAuthorized);
        case QXmpp::AuthenticationError::AccountDisabled:
            return ConnectionError(Kind::AccountDisabled, auth->text);
        case QXmpp::AuthenticationError::EncryptionRequired:
            return ConnectionError(Kind::EncryptionRequired, auth->text);
        case QXmpp::AuthenticationError::MechanismMismatch:
            return ConnectionError(Kind::NoCommonMechanism, auth->text);
        default:
            return ConnectionError(Kind::Other, auth->text.isEmpty() ? error.description : auth->text);
        }
    }
    if (error.holdsType<QXmpp::BindError>())
        return ConnectionError(Kind::PolicyViolation, error.description);
    // QXmpp reports a TLS requirement it cannot meet only as text.
    if (error.description.contains(QLatin1String("TLS"), Qt::CaseInsensitive)
        || error.description.contains(QLatin1String("SSL"), Qt::CaseInsensitive))
        return ConnectionError(Kind::TlsFailure, error.description);
    return ConnectionError(Kind::Other, error.description);
}

bool ConnectionError::isTransient() const
{
    switch (m_kind) {
    case Kind::HostNotFound:
    case Kind::ConnectionRefused:
    case Kind::NetworkLost:
    case Kind::Timeout:
    case Kind::ServerShutdown:
    case Kind::Other:
        return true;
    default:
        return false;
    }
}

QString ConnectionError::message() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::InvalidAddress:
        text = QCoreApplication::translate("ConnectionError", "The address is not valid.");
        break;
    case Kind::HostNotFound:
        text = QCoreApplication::translate("ConnectionError", "The server could not be found. Check the address, or enter the server's host name in the server options.");
        break;
    case Kind::ConnectionRefused:
        text = QCoreApplication::translate("ConnectionError", "The server refused the connection. It may be down, or the port may be wrong.");
        break;
    case Kind::NetworkLost:
        text = QCoreApplication::translate("ConnectionError", "The connection to the server was lost.");
        break;
    case Kind::Timeout:
        text = QCoreApplication::translate("ConnectionError", "The server did not answer in time.");
        break;
    case Kind::TlsFailure:
        text = QCoreApplication::translate("ConnectionError", "A secure connection could not be set up: the server's certificate is not valid for this address, or encryption failed.");
        break;
    case Kind::EncryptionRequired:
        text = QCoreApplication::translate("ConnectionError", "The server only accepts encrypted logins, and encryption is not available.");
        break;
    case Kind::PlaintextNotAllowed:
        text = QCoreApplication::translate("ConnectionError", "The server does not offer encryption. Hearth sends passwords unencrypted only to a server on this computer.");
        break;
    case Kind::NotAuthorized:
        text = QCoreApplication::translate("ConnectionError", "Wrong address or password.");
        break;
    case Kind::AccountDisabled:
        text = QCoreApplication::translate("ConnectionError", "This account has been disabled by the server.");
        break;
    case Kind::NoCommonMechanism:
        text = QCoreApplication::translate("ConnectionError", "The server offers no login method that Hearth supports.");
        break;
    case Kind::PolicyViolation:
        text = QCoreApplication::translate("ConnectionError", "The server refused the session because of its policy.");
        break;
    case Kind::Conflict:
        text = QCoreApplication::translate("ConnectionError", "Another session took over this connection.");
        break;
    case Kind::ServerShutdown:
        text = QCoreApplication::translate("ConnectionError", "The server is shutting down.");
        break;
    case Kind::RegistrationUnsupported:
        text = QCoreApplication::translate("ConnectionError", "This server does not allow creating accounts from the app. Create one on the server's website instead.");
        break;
    case Kind::RegistrationConflict:
        text = QCoreApplication::translate("ConnectionError", "This name is already taken on this server.");
        break;
    case Kind::RegistrationRefused:
        text = QCoreApplication::translate("ConnectionError", "The server refused to create the account.");
        break;
    case Kind::Other:
        text = QCoreApplication::translate("ConnectionError", "The connection failed.");
        break;
    }
    if (m_detail.isEmpty())
        return text;
    if (m_kind == Kind::TlsFailure)
        text += u' ' + QCoreApplication::translate("ConnectionError", "(%1)").arg(m_detail);
    else
        text += u' ' + QCoreApplication::translate("ConnectionError", "(Server says: %1)").arg(m_detail);
    return text;
}

} // namespace Hearth
