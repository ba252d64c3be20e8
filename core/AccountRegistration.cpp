#include "AccountRegistration.h"

#include "Jid.h"
#include "Logging.h"

#include <QTimer>
#include <QXmppClient.h>
#include <QXmppError.h>
#include <QXmppRegisterIq.h>
#include <QXmppRegistrationManager.h>

namespace Hearth {

AccountRegistration::AccountRegistration(QObject *parent)
    : QObject(parent)
    , m_client(new QXmppClient(QXmppClient::NoExtensions, this))
{
    Logging::routeXmppLog(m_client);
    m_manager = m_client->addNewExtension<QXmppRegistrationManager>();
    m_manager->setRegisterOnConnectEnabled(true);

    connect(m_manager, &QXmppRegistrationManager::registrationSucceeded, this, [this] {
        qCInfo(lcAccount) << "account registered";
        finish({});
    });
    connect(m_manager, &QXmppRegistrationManager::registrationFailed, this, [this](const QXmppStanza::Error &error) {
        using C = QXmppStanza::Error::Condition;
        ConnectionError::Kind kind = ConnectionError::Kind::RegistrationRefused;
        switch (error.condition()) {
        case C::Conflict:
            kind = ConnectionError::Kind::RegistrationConflict;
            break;
        case C::FeatureNotImplemented:
        case C::ServiceUnavailable:
            kind = ConnectionError::Kind::RegistrationUnsupported;
            break;
        default:
            break;
        }
        qCInfo(lcAccount) << "registration failed:" << error.text();
        finish(ConnectionError(kind, error.text()));
    });
    connect(m_client, &QXmppClient::errorOccurred, this, [this](const QXmppError &error) {
        if (m_running)
            finish(ConnectionError::fromQXmpp(error));
    });
    connect(m_client, &QXmppClient::disconnected, this, [this] {
        if (m_running)
            finish(ConnectionError(ConnectionError::Kind::NetworkLost));
    });
}

void AccountRegistration::start(const AccountSettings &settings, const QString &password)
{
    if (m_running)
        return;
    const auto jid = JidCheck::check(settings.jid);
    if (!jid.isValid()) {
        QTimer::singleShot(0, this, [this, message = jid.message()] {
            Q_EMIT failed(ConnectionError(ConnectionError::Kind::InvalidAddress, message));
        });
        return;
    }
    m_running = true;
    QXmppRegisterIq form;
    form.setType(QXmppIq::Set);
    form.setUsername(jid.localpart());
    form.setPassword(password);
    // Sent as soon as the stream offers registration (QXmpp's "option B").
    m_manager->setRegistrationFormToSend(form);

    AccountSettings target = settings;
    target.jid = jid.domain(); // a domain-only JID: no authentication
    auto config = target.configuration({});
    config.setDomain(jid.domain());
    config.setUser({});
    m_client->connectToServer(config);
}

void AccountRegistration::finish(const ConnectionError &error)
{
    if (!m_running)
        return;
    m_running = false;
    if (m_client->state() != QXmppClient::DisconnectedState)
        m_client->disconnectFromServer();
    if (error.isError())
        Q_EMIT failed(error);
    else
        Q_EMIT succeeded();
}

} // namespace Hearth
