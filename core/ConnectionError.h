#pragma once

#include <QMetaType>
#include <QString>

struct QXmppError;

namespace Hearth {

// What went wrong with a connection, in the user's terms. Built from QXmpp's
// errors; decides whether trying again can help.
class ConnectionError
{
public:
    enum class Kind {
        None,
        InvalidAddress,
        HostNotFound,
        ConnectionRefused,
        NetworkLost,
        Timeout,
        TlsFailure,
        EncryptionRequired,
        PlaintextNotAllowed,
        NotAuthorized,
        AccountDisabled,
        NoCommonMechanism,
        PolicyViolation,
        Conflict,
        ServerShutdown,
        RegistrationUnsupported,
        RegistrationConflict,
        RegistrationRefused,
        Other,
    };

    ConnectionError() = default;
    explicit ConnectionError(Kind kind, QString detail = {});

    [[nodiscard]] static ConnectionError fromQXmpp(const QXmppError &error);

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isError() const { return m_kind != Kind::None; }
    // Transient errors are retried with backoff once a session was up;
    // the others need the user (password, certificate, policy).
    [[nodiscard]] bool isTransient() const;
    // Translated, one or two sentences, with the server's own text if any.
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString detail() const { return m_detail; }

private:
    Kind m_kind = Kind::None;
    QString m_detail;
};

} // namespace Hearth

Q_DECLARE_METATYPE(Hearth::ConnectionError)
