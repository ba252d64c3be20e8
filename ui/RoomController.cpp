#include "RoomController.h"

#include "ChatController.h"
#include "MessageListModel.h"
#include "OccupantListModel.h"
#include "Logging.h"
#include "muc/RoomService.h"

#include <QRegularExpression>
#include <QXmppUtils.h>

using namespace Hearth;

RoomController::RoomController(RoomService *rooms, ChatController *chats, std::function<bool(const QString &)> isContact,
                               QObject *parent)
    : QObject(parent), m_rooms(rooms), m_chats(chats), m_occupants(new OccupantListModel(this)), m_isContact(std::move(isContact))
{
    connect(chats, &ChatController::currentChatChanged, this, &RoomController::refresh);
    connect(rooms, &RoomService::roomChanged, this, [this](const QString &jid) {
        if (jid == current())
            refresh(); // occupants, subject, joined
        // Known as a room at last, renamed, or another nickname: the list
        // and what the messages show of it (names, mentions) are read
        // again; not for every presence in the room.
        const Room room = m_rooms->room(jid);
        const QString shown = room.nick + u'\n' + room.name;
        if (m_shownRoom.contains(jid) && m_shownRoom.value(jid) == shown)
            return;
        m_shownRoom.insert(jid, shown);
        m_chats->reloadList();
        if (jid == current()) {
            m_chats->messages()->refreshRoomRoles();
            Q_EMIT m_chats->peopleChanged();
        }
    });
    connect(rooms, &RoomService::bookmarksChanged, this, &RoomController::refresh);
    connect(rooms, &RoomService::bookmarksChanged, this, &RoomController::bookmarksChanged);
    connect(rooms, &RoomService::roomChanged, this, &RoomController::bookmarksChanged);
    connect(rooms, &RoomService::conferenceServiceChanged, this, &RoomController::conferenceServiceChanged);
    connect(rooms, &RoomService::roomLeft, this, [this](const QString &jid, const QString &reason) {
        if (reason.isEmpty())
            m_leftReasons.remove(jid);
        else
            m_leftReasons.insert(jid, reason);
        if (jid == current())
            refresh();
    });
    connect(rooms, &RoomService::invited, this, [this](const QString &room, const QString &inviter, const QString &reason, const QString &password) {
        if (m_rooms->isJoined(room))
            return;
        const QString from = QXmppUtils::jidToBareJid(inviter);
        const auto outcome = m_invitations.add({room, from, reason, password}, knows(from));
        if (outcome == InvitationInbox::Outcome::Dropped)
            qCInfo(lcChat).noquote() << "invitation to" << room << "from" << from << "dropped: too many from strangers";
        if (outcome == InvitationInbox::Outcome::Shown || outcome == InvitationInbox::Outcome::FromStranger)
            Q_EMIT invitationsChanged();
    });
    connect(rooms, &RoomService::errorOccurred, this, &RoomController::failed);
    connect(chats, &ChatController::roomMuteRequested, this, [this](const QString &jid, bool muted) {
        m_rooms->setNotify(jid, muted ? Bookmark::Notify::Never : Bookmark::Notify::Default).then(this, [this](QString error) {
            if (!error.isEmpty())
                Q_EMIT failed(error);
            m_chats->reloadList();
            refresh();
        });
    });
}

QString RoomController::current() const
{
    const QString jid = m_chats->currentChat();
    return m_chats->isRoom(jid) ? jid : QString();
}

void RoomController::refresh()
{
    const QString jid = current();
    m_occupants->setRoom(jid.isEmpty() ? Room{} : m_rooms->room(jid));
    Q_EMIT roomChanged();
}

bool RoomController::isRoom() const
{
    return !current().isEmpty();
}

bool RoomController::joined() const
{
    return isRoom() && m_rooms->isJoined(current());
}

QString RoomController::subject() const
{
    return isRoom() ? m_rooms->room(current()).subject : QString();
}

QString RoomController::nick() const
{
    return isRoom() ? m_rooms->room(current()).nick : QString();
}

bool RoomController::isOwner() const
{
    return joined() && m_rooms->room(current()).self().affiliation == QXmppMucItem::OwnerAffiliation;
}

bool RoomController::isModerator() const
{
    return joined() && m_rooms->room(current()).self().role == QXmppMucItem::ModeratorRole;
}

int RoomController::notifyLevel() const
{
    const auto bookmark = isRoom() ? m_rooms->bookmarkOf(current()) : std::nullopt;
    return bookmark ? int(bookmark->notify()) : 0;
}

bool RoomController::autojoin() const
{
    const auto bookmark = isRoom() ? m_rooms->bookmarkOf(current()) : std::nullopt;
    return bookmark && bookmark->autojoin;
}

QVariantList RoomController::bookmarks() const
{
    QList<Bookmark> list = m_rooms->bookmarks();
    std::sort(list.begin(), list.end(), [](const Bookmark &a, const Bookmark &b) {
        return (a.name.isEmpty() ? a.jid : a.name).localeAwareCompare(b.name.isEmpty() ? b.jid : b.name) < 0;
    });
    QVariantList out;
    for (const Bookmark &b : std::as_const(list))
        if (!m_rooms->isJoined(b.jid))
            out << QVariantMap{{QStringLiteral("jid"), b.jid}, {QStringLiteral("name"), b.name.isEmpty() ? b.jid : b.name}};
    return out;
}

QString RoomController::conferenceService() const
{
    return m_rooms->conferenceService();
}

void RoomController::setBusy(bool busy)
{
    if (m_busy != busy) {
        m_busy = busy;
        Q_EMIT busyChanged();
    }
}

void RoomController::report(const QString &error)
{
    setBusy(false);
    Q_EMIT finished(error);
}

void RoomController::join(const QString &address, const QString &nick, const QString &password)
{
    QString jid = address.trimmed();
    if (jid.startsWith(QLatin1String("xmpp:")))
        jid = jid.mid(5).section(u'?', 0, 0); // an xmpp:room@service?join link
    jid = QXmppUtils::jidToBareJid(jid).toLower();
    if (!jid.contains(u'@')) {
        report(tr("Enter the room's address, like room@conference.example.org."));
        return;
    }
    setBusy(true);
    m_rooms->join(jid, nick, password).then(this, [this, jid](QString error) {
        if (error.isEmpty()) {
            m_leftReasons.remove(jid);
            (void)m_rooms->bookmark(jid, true); // joined rooms come back, here and in the user's other clients
            m_chats->startChat(jid);
        }
        report(error);
    });
}

QString RoomController::addressFor(const QString &name) const
{
    // Lower case letters, digits and dashes: safe in any room address.
    QString local = name.trimmed().toLower();
    local.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    local = local.section(u'-', 0, -1, QString::SectionSkipEmpty);
    if (local.isEmpty() || conferenceService().isEmpty())
        return {};
    return local + u'@' + conferenceService();
}

void RoomController::create(const QString &name, bool channel)
{
    const QString jid = addressFor(name);
    if (jid.isEmpty()) {
        report(conferenceService().isEmpty() ? tr("Your server offers no group chat service.") : tr("Give the room a name."));
        return;
    }
    setBusy(true);
    m_rooms->create(jid, name.trimmed(), channel ? RoomSettings::Kind::Channel : RoomSettings::Kind::Group).then(this, [this, jid](QString error) {
        if (m_rooms->isJoined(jid))
            m_chats->startChat(jid);
        report(error);
    });
}

void RoomController::acceptInvitation(const QString &roomJid)
{
    const Invitation *invitation = m_invitations.find(roomJid);
    const QString password = invitation ? invitation->password : QString();
    dismissInvitation(roomJid);
    join(roomJid, {}, password);
}

void RoomController::dismissInvitation(const QString &roomJid)
{
    if (!m_invitations.find(roomJid))
        return;
    m_invitations.remove(roomJid);
    Q_EMIT invitationsChanged();
}

bool RoomController::knows(const QString &inviter) const
{
    // A contact, or someone in a room the user is in (as the room shows them).
    if (m_isContact && m_isContact(inviter))
        return true;
    const QStringList rooms = m_rooms->rooms();
    for (const QString &jid : rooms) {
        const Room room = m_rooms->room(jid);
        if (!room.joined)
            continue;
        for (const Occupant &occupant : room.occupants) {
            if (occupant.jid == inviter)
                return true;
        }
    }
    return false;
}

QVariantList RoomController::shown(const QList<Invitation> &list) const
{
    QVariantList out;
    for (const Invitation &i : list) {
        out << QVariantMap{{QStringLiteral("room"), i.room},
                           {QStringLiteral("inviter"), i.inviter},
                           {QStringLiteral("inviterName"), m_chats->nameOf(i.inviter)},
                           {QStringLiteral("reason"), i.reason}};
    }
    return out;
}

QVariantList RoomController::invitations() const
{
    return shown(m_invitations.known());
}

QVariantList RoomController::strangerInvitations() const
{
    return shown(m_invitations.strangers());
}

void RoomController::invite(const QString &contactJid, const QString &reason)
{
    if (joined())
        m_rooms->invite(current(), contactJid, reason);
}

void RoomController::setSubject(const QString &subject)
{
    m_rooms->setSubject(current(), subject);
}

void RoomController::changeNick(const QString &nick)
{
    m_rooms->changeNick(current(), nick);
}

void RoomController::setNotifyLevel(int level)
{
    if (!isRoom())
        return;
    m_rooms->setNotify(current(), Bookmark::Notify(std::clamp(level, 0, 3))).then(this, [this](QString error) {
        if (!error.isEmpty())
            Q_EMIT failed(error);
        m_chats->reloadList();
        refresh();
    });
}

void RoomController::setAutojoin(bool autojoin)
{
    if (!isRoom())
        return;
    m_rooms->bookmark(current(), autojoin).then(this, [this](QString error) {
        if (!error.isEmpty())
            Q_EMIT failed(error);
        refresh();
    });
}

void RoomController::rejoin()
{
    if (isRoom())
        join(current());
}

void RoomController::leave()
{
    const QString jid = current();
    if (jid.isEmpty())
        return;
    m_rooms->leave(jid);
    refresh();
}

void RoomController::kick(const QString &nick)
{
    m_rooms->kick(current(), nick).then(this, [this](QString error) {
        if (!error.isEmpty())
            Q_EMIT failed(error);
    });
}

void RoomController::ban(const QString &nick)
{
    m_rooms->ban(current(), nick).then(this, [this](QString error) {
        if (!error.isEmpty())
            Q_EMIT failed(error);
    });
}

void RoomController::loadSettings()
{
    m_rooms->settings(current()).then(this, [this](RoomSettings s) {
        if (!s.error.isEmpty()) {
            Q_EMIT failed(s.error);
            return;
        }
        Q_EMIT settingsLoaded({{QStringLiteral("name"), s.name},
                               {QStringLiteral("description"), s.description},
                               {QStringLiteral("isPublic"), s.isPublic},
                               {QStringLiteral("membersOnly"), s.membersOnly},
                               {QStringLiteral("persistent"), s.persistent},
                               {QStringLiteral("jidsVisible"), s.jidsVisible}});
    });
}

void RoomController::saveSettings(const QVariantMap &map)
{
    RoomSettings s;
    s.name = map.value(QStringLiteral("name")).toString().trimmed();
    s.description = map.value(QStringLiteral("description")).toString().trimmed();
    s.isPublic = map.value(QStringLiteral("isPublic")).toBool();
    s.membersOnly = map.value(QStringLiteral("membersOnly")).toBool();
    s.persistent = map.value(QStringLiteral("persistent")).toBool();
    s.jidsVisible = map.value(QStringLiteral("jidsVisible")).toBool();
    m_rooms->configure(current(), s).then(this, [this](QString error) {
        if (!error.isEmpty())
            Q_EMIT failed(error);
    });
}
