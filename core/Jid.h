#pragma once

#include <QString>

namespace Hearth {

// Checks an account address (localpart@domain) the way a user types it,
// before anything goes on the wire. Follows RFC 7622's structure and length
// limits; full PRECIS mapping is left to the server.
class JidCheck
{
public:
    enum class Problem {
        None,
        Empty,
        MissingAt,
        EmptyLocalpart,
        EmptyDomain,
        HasResource,
        ForbiddenCharacter,
        Whitespace,
        TooLong,
        BadDomain,
    };

    [[nodiscard]] static JidCheck check(const QString &input);

    [[nodiscard]] bool isValid() const { return m_problem == Problem::None; }
    [[nodiscard]] Problem problem() const { return m_problem; }
    // The bare JID with the domain lower-cased, valid only when isValid().
    [[nodiscard]] QString bareJid() const { return m_bareJid; }
    [[nodiscard]] QString localpart() const { return m_localpart; }
    [[nodiscard]] QString domain() const { return m_domain; }
    // A translated sentence for the login page.
    [[nodiscard]] QString message() const;

private:
    Problem m_problem = Problem::Empty;
    QString m_bareJid;
    QString m_localpart;
    QString m_domain;
};

// Whether a host name or address is on this machine (plaintext is allowed
// only there).
[[nodiscard]] bool isLoopbackHost(const QString &host);

// Whether a domain part (a server, a pubsub or room service) is a valid host
// name or address literal; a trailing dot is allowed.
[[nodiscard]] bool isValidDomain(const QString &domain);

} // namespace Hearth
