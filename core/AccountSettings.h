#pragma once

#include <QString>

class QXmppConfiguration;

namespace Hearth {

// How to reach an account's server: what the login page's server options
// hold and what the account table stores (never the password).
struct AccountSettings
{
    enum class Security {
        StartTls,  // SRV lookup or host/port, then STARTTLS (required unless loopback)
        DirectTls, // XEP-0368 style: TLS from the first byte, to host/port (default 5223)
    };

    QString jid;
    QString host;      // empty: SRV lookup on the JID's domain
    quint16 port = 0;  // 0: the default for the security mode
    Security security = Security::StartTls;
    QString resource;  // empty: Hearth picks one per connection

    // Unencrypted connections (and so plaintext passwords) are allowed only
    // to an explicit loopback host, such as the test and demo servers.
    [[nodiscard]] bool plaintextAllowed() const;
    [[nodiscard]] QXmppConfiguration configuration(const QString &password) const;

    friend bool operator==(const AccountSettings &, const AccountSettings &) = default;
};

} // namespace Hearth
