#pragma once

#include "AccountSettings.h"
#include "ConnectionError.h"

#include <QObject>

class QXmppClient;
class QXmppRegistrationManager;

namespace Hearth {

// Creates an account in-band (XEP-0077) on a throw-away connection, then
// closes it; the caller logs in with the new credentials as usual.
class AccountRegistration : public QObject
{
    Q_OBJECT
public:
    explicit AccountRegistration(QObject *parent = nullptr);

    // settings.jid names the account to create (localpart@domain).
    void start(const AccountSettings &settings, const QString &password);
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void succeeded();
    void failed(const Hearth::ConnectionError &error);

private:
    void finish(const ConnectionError &error);

    QXmppClient *m_client = nullptr;
    QXmppRegistrationManager *m_manager = nullptr;
    bool m_running = false;
};

} // namespace Hearth
