#include "AccountSettings.h"

#include "Jid.h"

#include <QRandomGenerator>
#include <QXmppConfiguration.h>

namespace Hearth {

bool AccountSettings::plaintextAllowed() const
{
    return !host.isEmpty() && isLoopbackHost(host);
}

QXmppConfiguration AccountSettings::configuration(const QString &password) const
{
    QXmppConfiguration config;
    config.setJid(jid);
    config.setPassword(password);
    if (!host.isEmpty())
        config.setHost(host);
    if (port != 0)
        config.setPort(port);
    else if (security == Security::DirectTls)
        config.setPort(5223);
    if (security == Security::DirectTls)
        config.setStreamSecurityMode(QXmppConfiguration::LegacySSL);
    else
        config.setStreamSecurityMode(plaintextAllowed() ? QXmppConfiguration::TLSEnabled
                                                        : QXmppConfiguration::TLSRequired);
    config.setIgnoreSslErrors(false);
    // Hearth drives reconnection itself (backoff, state shown in the UI).
    config.setAutoReconnectionEnabled(false);
    config.setResource(resource.isEmpty()
                           ? QStringLiteral("Hearth.%1").arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'))
                           : resource);
    config.setKeepAliveInterval(60);
    config.setKeepAliveTimeout(30);
    return config;
}

} // namespace Hearth
