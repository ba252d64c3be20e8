#include "Account.h"

#include "Jid.h"
#include "Logging.h"
#include "WebUrls.h"

#include <QXmppClient.h>
#include <QXmppError.h>
#include "feed/FeedService.h"
#include "muc/BookmarkService.h"
#include "profile/AvatarService.h"
#include "profile/ProfileService.h"
#include "roster/ContactActions.h"
#include "roster/PresenceTracker.h"
#include "roster/RosterService.h"
#include "upload/UploadService.h"
#include "chat/MessageArchive.h"

#include <QXmppBlockingManager.h>
#include <QXmppMovedManager.h>
#include <QXmppCarbonManagerV2.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppBookmarkManager.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPubSubManager.h>
#include <QXmppEntityTimeManager.h>
#include <QXmppVCardManager.h>
#include <QXmppVersionManager.h>

namespace Hearth {

Account::Account(QObject *parent)
    : QObject(parent)
    , m_client(new QXmppClient(QXmppClient::NoExtensions, this))
{
    Logging::routeXmppLog(m_client);
    // QXmpp's basic set, with Hearth's versioned roster in place of
    // QXmppRosterManager (which always fetches the whole roster).
    m_roster = m_client->addNewExtension<RosterService>();
    m_client->addNewExtension<QXmppVCardManager>();
    auto *version = m_client->addNewExtension<QXmppVersionManager>();
    version->setClientName(QStringLiteral("Hearth"));
    version->setClientVersion(QStringLiteral(HEARTH_VERSION));
    m_client->addNewExtension<QXmppEntityTimeManager>();
    m_client->addNewExtension<QXmppDiscoveryManager>();
    // Archive results first: they must never pass for live messages.
    m_client->addNewExtension<MessageArchive>();
    m_client->addNewExtension<QXmppCarbonManagerV2>();
    m_client->addNewExtension<QXmppMessageReceiptManager>();
    m_client->addNewExtension<QXmppPubSubManager>();
    // XEP-0283: moved statements published and verified (issue 16's Move).
    m_moved = m_client->addNewExtension<QXmppMovedManager>();
    m_profiles = m_client->addNewExtension<ProfileService>();
    m_avatars = m_client->addNewExtension<AvatarService>();
    m_feed = m_client->addNewExtension<FeedService>();
    m_bookmarks = m_client->addNewExtension<BookmarkService>();
    // XEP-0048 storage, used only where the server lacks XEP-0402 #compat.
    m_client->addNewExtension<QXmppBookmarkManager>();
    m_uploads = new UploadService(m_client, this);
    m_presence = new PresenceTracker(m_client, this);
    m_actions = new ContactActions(m_client, m_client->addNewExtension<QXmppBlockingManager>(), this);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Account::retryNow);

    connect(m_client, &QXmppClient::connected, this, &Account::onConnected);
    connect(m_client, &QXmppClient::disconnected, this, &Account::onDropped);
    connect(m_client, &QXmppClient::errorOccurred, this, [this](const QXmppError &error) {
        m_pendingError = ConnectionError::fromQXmpp(error);
        qCInfo(lcAccount) << "connection error:" << error.description;
        // Not every failure (a refused TCP connect, a failed DNS lookup) ends
        // in disconnected(): settle it once the client has stopped.
        QTimer::singleShot(0, this, [this] {
            if (m_attemptActive && m_client->state() == QXmppClient::DisconnectedState)
                onDropped();
        });
    });
    connect(m_roster, &RosterService::rosterReady, this, &Account::rosterReceived);
}

bool Account::hasSession(const QXmppClient *client)
{
    return client->state() == QXmppClient::ConnectedState && client->isAuthenticated();
}

Account::~Account()
{
    m_retryTimer.stop();
    if (m_client->state() != QXmppClient::DisconnectedState)
        m_client->disconnectFromServer();
}

void Account::setBackoff(int initialMs, int maximumMs)
{
    m_machine.setBackoff(initialMs, maximumMs);
}

void Account::connectToServer(const AccountSettings &settings, const QString &password, bool retryTransient)
{
    m_retryTimer.stop();
    if (m_client->state() != QXmppClient::DisconnectedState) {
        m_machine.logoutRequested();
        m_attemptActive = false;
        m_client->disconnectFromServer();
    }
    m_settings = settings;
    const auto jid = JidCheck::check(settings.jid);
    m_machine.connectRequested(retryTransient);
    if (!jid.isValid()) {
        m_machine.disconnected(ConnectionError(ConnectionError::Kind::InvalidAddress, jid.message()));
        setState(m_machine.state());
        return;
    }
    m_settings.jid = jid.bareJid();
    m_config = m_settings.configuration(password);
    setState(m_machine.state());
    attempt();
}

void Account::attempt()
{
    m_pendingError = {};
    m_attemptActive = true;
    // Plain http pictures from this machine only when the server is on it.
    WebUrls::setServerOf(m_settings.host, m_settings.jid);
    qCInfo(lcAccount) << "connecting" << m_settings.jid << "via"
                      << (m_settings.host.isEmpty() ? QStringLiteral("SRV") : m_settings.host) << m_settings.port;
    // Reusing the client and its configuration lets QXmpp resume the
    // XEP-0198 session after a drop.
    m_client->connectToServer(m_config, m_presence->ownPresenceStanza());
}

void Account::disconnectFromServer()
{
    m_retryTimer.stop();
    m_attemptActive = false;
    m_machine.logoutRequested();
    if (m_client->state() != QXmppClient::DisconnectedState)
        m_client->disconnectFromServer();
    setState(m_machine.state());
}

void Account::retryNow()
{
    if (m_machine.state() != Connection::State::Reconnecting || m_attemptActive)
        return;
    m_retryTimer.stop();
    m_machine.retryDue();
    setState(m_machine.state());
    attempt();
}

bool Account::isResumed() const
{
    return m_client->streamManagementState() == QXmppClient::ResumedStream;
}

void Account::onConnected()
{
    m_attemptActive = true;
    m_machine.connected();
    const bool resumed = isResumed();
    qCInfo(lcAccount) << "online as" << m_settings.jid << (resumed ? "(resumed)" : "(new session)");
    setState(m_machine.state());
    Q_EMIT sessionStarted(resumed);
}

void Account::onDropped()
{
    if (!m_attemptActive)
        return; // already handled, or a close we asked for
    m_attemptActive = false;
    const ConnectionError error = m_pendingError;
    m_pendingError = {};
    m_machine.disconnected(error);
    if (m_machine.state() == Connection::State::Reconnecting) {
        qCInfo(lcAccount) << "retrying in" << m_machine.retryDelayMs() << "ms after:" << m_machine.lastError().message();
        m_retryTimer.start(m_machine.retryDelayMs());
    } else if (m_machine.state() == Connection::State::Error) {
        qCWarning(lcAccount) << "connection stopped:" << m_machine.lastError().message();
    }
    setState(m_machine.state());
}

void Account::setState(Connection::State state)
{
    // Logged out, or stopped for good: the contacts' presence is stale.
    if (state == Connection::State::Offline || state == Connection::State::Error)
        m_presence->markAllOffline();
    // Emit on every transition call: the error or retry delay may change
    // while the state stays Reconnecting.
    Q_EMIT stateChanged(state);
}

} // namespace Hearth
