#pragma once

#include "AccountSettings.h"
#include "ConnectionState.h"

#include <QObject>
#include <QTimer>
#include <QXmppConfiguration.h>

class QXmppClient;
struct QXmppError;

class QXmppMovedManager;

namespace Hearth {

class ContactActions;
class ProfileService;
class AvatarService;
class FeedService;
class BookmarkService;
class PresenceTracker;
class RosterService;
class UploadService;

// One XMPP account's live connection: a QXmppClient on the main thread (as
// Kaidan does), Hearth's own reconnect with backoff, stream management
// resumption, and errors in the user's terms. Feature managers hang off
// client() in later layers.
class Account : public QObject
{
    Q_OBJECT
public:
    explicit Account(QObject *parent = nullptr);
    ~Account() override;

    // retryTransient: see ConnectionStateMachine::connectRequested.
    void connectToServer(const AccountSettings &settings, const QString &password, bool retryTransient = false);
    // Clean logout: closes the stream (ending the SM session) and stops retrying.
    void disconnectFromServer();
    // Skips the rest of the backoff delay.
    void retryNow();
    void setBackoff(int initialMs, int maximumMs);

    [[nodiscard]] Connection::State state() const { return m_machine.state(); }
    [[nodiscard]] const ConnectionError &error() const { return m_machine.lastError(); }
    [[nodiscard]] int retryDelayMs() const { return m_machine.retryDelayMs(); }
    [[nodiscard]] const AccountSettings &settings() const { return m_settings; }
    // Whether the current session is a resumed XEP-0198 stream.
    [[nodiscard]] bool isResumed() const;
    [[nodiscard]] QXmppClient *client() const { return m_client; }
    // Whether the client has a session that takes stanzas: connected and
    // authenticated (QXmpp writes an IQ sent while it logs in straight into
    // the stream, which the server then rejects).
    [[nodiscard]] static bool hasSession(const QXmppClient *client);
    [[nodiscard]] RosterService *roster() const { return m_roster; }
    [[nodiscard]] PresenceTracker *presence() const { return m_presence; }
    [[nodiscard]] ContactActions *contactActions() const { return m_actions; }
    [[nodiscard]] QXmppMovedManager *moved() const { return m_moved; }
    [[nodiscard]] ProfileService *profiles() const { return m_profiles; }
    [[nodiscard]] AvatarService *avatars() const { return m_avatars; }
    [[nodiscard]] FeedService *feed() const { return m_feed; }
    [[nodiscard]] BookmarkService *bookmarks() const { return m_bookmarks; }
    [[nodiscard]] UploadService *uploads() const { return m_uploads; }

Q_SIGNALS:
    void stateChanged(Hearth::Connection::State state);
    // The session's roster is known: received, or confirmed unchanged from
    // the cache (after a new session, not after a resume).
    void rosterReceived();
    // A session came up; resumed tells whether XEP-0198 resumed the old one.
    void sessionStarted(bool resumed);

private:
    void attempt();
    void onConnected();
    void onDropped();
    void setState(Connection::State state);

    QXmppClient *m_client = nullptr;
    RosterService *m_roster = nullptr;
    PresenceTracker *m_presence = nullptr;
    ContactActions *m_actions = nullptr;
    QXmppMovedManager *m_moved = nullptr;
    ProfileService *m_profiles = nullptr;
    AvatarService *m_avatars = nullptr;
    FeedService *m_feed = nullptr;
    BookmarkService *m_bookmarks = nullptr;
    UploadService *m_uploads = nullptr;
    ConnectionStateMachine m_machine;
    AccountSettings m_settings;
    QXmppConfiguration m_config;
    QTimer m_retryTimer;
    ConnectionError m_pendingError;
    bool m_attemptActive = false;
};

} // namespace Hearth
