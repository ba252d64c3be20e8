#pragma once

#include "../AccountStateStore.h"
#include "Bookmark.h"
#include "RoomStore.h"
#include "RoomSettings.h"

#include <QFuture>
#include <QHash>
#include <QPromise>
#include <QSet>
#include <QObject>
#include <QXmppMucIq.h>
#include <QXmppPresence.h>

class QXmppMessage;

namespace Hearth {

class Account;
class ChatService;
class Database;

// Someone in a room, as its presence says (XEP-0045 §7.2).
struct Occupant
{
    QString nick;
    QString jid; // the real bare JID when the room shows it (non-anonymous rooms)
    QXmppMucItem::Role role = QXmppMucItem::NoRole;
    QXmppMucItem::Affiliation affiliation = QXmppMucItem::NoAffiliation;
    bool operator==(const Occupant &) const = default;
};

// One room the user is in or was asked into.
struct Room
{
    QString jid;
    QString nick;
    QString name;
    QString subject;
    bool joined = false;
    QHash<QString, Occupant> occupants; // by nick
    [[nodiscard]] Occupant self() const { return occupants.value(nick); }
};

// Group chat (XEP-0045) on the chat cache: joining (from the user, from
// autojoin bookmarks at each new session, again after a reconnection),
// occupants with their roles, subject, nickname changes, creating and
// configuring rooms, direct invitations (XEP-0249) both ways, and the
// user's bookmarks (XEP-0402) kept in the cache. Messages go through
// ChatService, which is told the rooms and their nicknames; history comes
// from each room's archive.
class RoomService : public QObject
{
    Q_OBJECT
public:
    RoomService(Database *db, Account *account, ChatService *chat, QObject *parent = nullptr);

    void setAccountId(qint64 id, const QString &ownJid);

    // Joins (the nickname defaults to the user's bookmark's, else the
    // account's local part). Resolves to an empty string once in, else the
    // room's reason (wrong password, members only, banned, nickname taken).
    QFuture<QString> join(const QString &roomJid, const QString &nick = {}, const QString &password = {});
    void leave(const QString &roomJid);
    // Creates a room (XEP-0045 §10.1): a private group (members only, real
    // JIDs shown to members) or a public channel; persistent, bookmarked
    // with autojoin. Resolves to an empty string or the reason.
    QFuture<QString> create(const QString &roomJid, const QString &name, RoomSettings::Kind kind);
    // The room's configuration, for owners (XEP-0045 §10.2).
    QFuture<RoomSettings> settings(const QString &roomJid);
    QFuture<QString> configure(const QString &roomJid, const RoomSettings &settings);
    void setSubject(const QString &roomJid, const QString &subject);
    void changeNick(const QString &roomJid, const QString &nick);
    // A direct invitation (XEP-0249); in a members-only room the contact is
    // made a member first, when the user may.
    void invite(const QString &roomJid, const QString &contactJid, const QString &reason = {});

    // Moderation: out of the room now (role none), or banned (outcast).
    QFuture<QString> kick(const QString &roomJid, const QString &nick, const QString &reason = {});
    QFuture<QString> ban(const QString &roomJid, const QString &nick, const QString &reason = {});

    // Bookmarks (XEP-0402): adds or updates the room's (keeping other
    // clients' extensions), removes it, sets its notification level.
    QFuture<QString> bookmark(const QString &roomJid, bool autojoin);
    QFuture<QString> removeBookmark(const QString &roomJid);
    QFuture<QString> setNotify(const QString &roomJid, Bookmark::Notify level);
    [[nodiscard]] QList<Bookmark> bookmarks() const { return m_bookmarks.values(); }
    [[nodiscard]] std::optional<Bookmark> bookmarkOf(const QString &roomJid) const;

    // The server's group chat service (found through disco at each new
    // session), for creating rooms: empty until known or when there is none.
    [[nodiscard]] QString conferenceService() const { return m_conferenceService; }

    // The presence that enters a room under nick, based on the user's own
    // presence; no history replay (the room's archive brings it).
    [[nodiscard]] static QXmppPresence joinPresence(const QXmppPresence &base, const QString &roomJid, const QString &nick,
                                                    const QString &password = {});

    [[nodiscard]] bool isJoined(const QString &roomJid) const { return m_rooms.value(roomJid).joined; }
    [[nodiscard]] Room room(const QString &roomJid) const { return m_rooms.value(roomJid); }
    [[nodiscard]] QStringList rooms() const { return m_rooms.keys(); }

Q_SIGNALS:
    // Joined or left, occupants, subject, nickname or name changed.
    void roomChanged(const QString &roomJid);
    // The user is out of the room, with the room's reason when it put them
    // out (kicked, banned, removed as a member, the room shut down).
    void roomLeft(const QString &roomJid, const QString &reason);
    void invited(const QString &roomJid, const QString &inviter, const QString &reason, const QString &password);
    void bookmarksChanged();
    void conferenceServiceChanged();
    void errorOccurred(const QString &message);

private:
    void onPresence(const QXmppPresence &presence);
    void onMessage(const QXmppMessage &message);
    void onSessionStarted(bool resumed);
    void loadBookmarks();
    void findConferenceService();
    void remember(const Bookmark &bookmark);
    void forget(const QString &roomJid);
    void sendJoin(const QString &roomJid, const QString &nick, const QString &password);
    void saveRoom(const Room &room);
    void keep(const QFuture<DbStatus> &write);
    void reportStoreError(const QString &error);
    [[nodiscard]] QString defaultNick() const;
    QFuture<QString> sendAdmin(const QString &roomJid, const QXmppMucItem &item);

    RoomStore m_store;
    Account *m_account;
    ChatService *m_chat;
    qint64 m_accountId = 0;
    QString m_ownJid;
    QHash<QString, Room> m_rooms;
    QHash<QString, Bookmark> m_bookmarks;
    // Joins in flight, resolved by the room's answer.
    QHash<QString, std::shared_ptr<QPromise<QString>>> m_joining;
    QHash<QString, QString> m_passwords; // for rejoining after a reconnection (memory only)
    QString m_conferenceService;
    QSet<QString> m_creating;            // create() in progress: it configures the new room itself
    QSet<QString> m_created;             // rooms the service created for this join (status 201)
};

} // namespace Hearth
