#pragma once

#include "Account.h"
#include "chat/ChatService.h"
#include "communities/CommunityService.h"
#include "e2ee/E2eeService.h"
#include "db/DbResult.h"
#include "feed/FeedSync.h"
#include "muc/PrivateGroupWatch.h"
#include "muc/RoomService.h"
#include "roster/ContactList.h"

#include <QFuture>
#include <QObject>

namespace Hearth {

class Database;

// One account's services over one cache, built in the order they depend on
// each other and torn down in reverse: the connection, the contact list,
// the feed, communities, chats and rooms. The app, the command line and the tests all use
// this, so a new capability is wired here once (Kaidan's Account is the
// model: CODE-ANCHORS §Kaidan).
class AccountSession : public QObject
{
    Q_OBJECT
public:
    explicit AccountSession(Database *db, QObject *parent = nullptr);
    ~AccountSession() override;

    [[nodiscard]] Database *database() const { return m_db; }
    [[nodiscard]] Account *account() { return &m_account; }
    [[nodiscard]] ContactList *contacts() { return &m_contacts; }
    [[nodiscard]] FeedSync *feed() { return &m_feed; }
    [[nodiscard]] CommunityService *communities() { return &m_communities; }
    [[nodiscard]] ChatService *chat() { return &m_chat; }
    [[nodiscard]] E2eeService *e2ee() { return &m_e2ee; }
    [[nodiscard]] RoomService *rooms() { return &m_rooms; }
    [[nodiscard]] PrivateGroupWatch *privateGroups() { return &m_privateGroups; }

    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    [[nodiscard]] QString jid() const { return m_jid; }

    // Ties every service to the account's rows in the cache (its id from
    // AccountStore) and loads what each keeps there; the cached roster is
    // loaded last, as connecting needs its version. Ready once the future is.
    QFuture<DbStatus> open(qint64 accountId, const QString &jid);
    // The same for an account whose roster has just come from the server
    // (a first login): its rows are adopted instead of read.
    void adopt(qint64 accountId, const QString &jid);

private:
    void bind(qint64 accountId, const QString &jid);

    Database *m_db;
    // Declaration order is construction order (each needs the ones above).
    Account m_account;
    ContactList m_contacts;
    FeedSync m_feed;
    CommunityService m_communities;
    E2eeService m_e2ee;
    ChatService m_chat;
    RoomService m_rooms;
    PrivateGroupWatch m_privateGroups;
    qint64 m_accountId = 0;
    QString m_jid;
};

} // namespace Hearth
