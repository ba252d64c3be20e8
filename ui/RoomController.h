#pragma once

#include "muc/InvitationInbox.h"

#include <QObject>
#include <functional>
#include <QQmlEngine>
#include <QVariantList>

class ChatController;
class OccupantListModel;

namespace Hearth {
class RoomService;
}

// Group chat for QML (AppController.rooms): the open room's state (joined,
// subject, nickname, occupants, the user's powers there, why they are out),
// joining and creating rooms, invitations, the room's menu (invite,
// nickname, notifications, autojoin, settings, leave) and moderation.
class RoomController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("OccupantListModel.h")
    QML_ELEMENT
    QML_UNCREATABLE("Use AppController.rooms")

    Q_PROPERTY(bool isRoom READ isRoom NOTIFY roomChanged)
    Q_PROPERTY(bool joined READ joined NOTIFY roomChanged)
    Q_PROPERTY(QString subject READ subject NOTIFY roomChanged)
    Q_PROPERTY(QString nick READ nick NOTIFY roomChanged)
    Q_PROPERTY(bool isOwner READ isOwner NOTIFY roomChanged)
    Q_PROPERTY(bool isModerator READ isModerator NOTIFY roomChanged)
    Q_PROPERTY(QString leftReason READ leftReason NOTIFY roomChanged)
    Q_PROPERTY(int notifyLevel READ notifyLevel NOTIFY roomChanged)
    Q_PROPERTY(bool autojoin READ autojoin NOTIFY roomChanged)
    Q_PROPERTY(OccupantListModel *occupants READ occupants CONSTANT)
    Q_PROPERTY(QVariantList invitations READ invitations NOTIFY invitationsChanged)
    // From people the user does not know: shown behind one collapsed entry.
    Q_PROPERTY(QVariantList strangerInvitations READ strangerInvitations NOTIFY invitationsChanged)
    // The user's bookmarked rooms not joined here: [{jid, name}] (XEP-0402).
    Q_PROPERTY(QVariantList bookmarks READ bookmarks NOTIFY bookmarksChanged)
    Q_PROPERTY(QString conferenceService READ conferenceService NOTIFY conferenceServiceChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    // isContact: whether a bare JID is in the user's roster.
    RoomController(Hearth::RoomService *rooms, ChatController *chats, std::function<bool(const QString &)> isContact,
                   QObject *parent = nullptr);

    [[nodiscard]] bool isRoom() const;
    [[nodiscard]] bool joined() const;
    [[nodiscard]] QString subject() const;
    [[nodiscard]] QString nick() const;
    [[nodiscard]] bool isOwner() const;
    [[nodiscard]] bool isModerator() const;
    [[nodiscard]] QString leftReason() const { return m_leftReasons.value(current()); }
    [[nodiscard]] int notifyLevel() const;
    [[nodiscard]] bool autojoin() const;
    [[nodiscard]] OccupantListModel *occupants() const { return m_occupants; }
    [[nodiscard]] QVariantList invitations() const;
    [[nodiscard]] QVariantList strangerInvitations() const;
    [[nodiscard]] QVariantList bookmarks() const;
    [[nodiscard]] QString conferenceService() const;
    [[nodiscard]] bool busy() const { return m_busy; }

    // Joins a room by its address and opens it; finished() tells how it went.
    Q_INVOKABLE void join(const QString &address, const QString &nick = {}, const QString &password = {});
    // Creates a room named name on the server's service: a private group,
    // or a public channel when channel is true.
    Q_INVOKABLE void create(const QString &name, bool channel);
    // The address a room named so would get (shown while typing).
    Q_INVOKABLE QString addressFor(const QString &name) const;
    Q_INVOKABLE void acceptInvitation(const QString &roomJid);
    Q_INVOKABLE void dismissInvitation(const QString &roomJid);
    // The open room's menu.
    Q_INVOKABLE void invite(const QString &contactJid, const QString &reason = {});
    Q_INVOKABLE void setSubject(const QString &subject);
    Q_INVOKABLE void changeNick(const QString &nick);
    Q_INVOKABLE void setNotifyLevel(int level);
    Q_INVOKABLE void setAutojoin(bool autojoin);
    Q_INVOKABLE void rejoin();
    Q_INVOKABLE void leave();
    Q_INVOKABLE void kick(const QString &nick);
    Q_INVOKABLE void ban(const QString &nick);
    // Owners: the room's settings as {name, description, isPublic,
    // membersOnly, persistent, jidsVisible}; settingsLoaded() brings them.
    Q_INVOKABLE void loadSettings();
    Q_INVOKABLE void saveSettings(const QVariantMap &settings);

Q_SIGNALS:
    void roomChanged();
    void invitationsChanged();
    void bookmarksChanged();
    void conferenceServiceChanged();
    void busyChanged();
    // A join or create ended: error is empty on success.
    void finished(const QString &error);
    void settingsLoaded(const QVariantMap &settings);
    void failed(const QString &message);

private:
    [[nodiscard]] QString current() const;
    void refresh();
    void setBusy(bool busy);
    void report(const QString &error);

    Hearth::RoomService *m_rooms;
    ChatController *m_chats;
    OccupantListModel *m_occupants;
    [[nodiscard]] bool knows(const QString &inviter) const;
    [[nodiscard]] QVariantList shown(const QList<Hearth::Invitation> &list) const;

    std::function<bool(const QString &)> m_isContact;
    Hearth::InvitationInbox m_invitations;
    QHash<QString, QString> m_leftReasons;
    QHash<QString, QString> m_shownRoom; // the nickname and name last shown, by room
    bool m_busy = false;
};
