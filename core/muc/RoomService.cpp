#include "RoomService.h"

#include "../Account.h"
#include "../Logging.h"
#include "../Promises.h"
#include "../chat/ChatService.h"
#include "../db/Database.h"
#include "../db/Sql.h"
#include "BookmarkService.h"
#include "RoomConfig.h"

#include <QDomElement>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppElement.h>
#include <QXmppMessage.h>
#include <QXmppPresence.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
const QString kMucNs = QStringLiteral("http://jabber.org/protocol/muc");
const QString kMucUserNs = QStringLiteral("http://jabber.org/protocol/muc#user");
constexpr int kJoinTimeoutMs = 20000;

// Why the room refused or put the user out, in words (XEP-0045 §7.2.*, §9).
QString refusal(const QXmppStanza::Error &error, const QString &nick)
{
    switch (error.condition()) {
    case QXmppStanza::Error::NotAuthorized:
        return RoomService::tr("This room needs a password.");
    case QXmppStanza::Error::RegistrationRequired:
        return RoomService::tr("Only members may join this room.");
    case QXmppStanza::Error::Forbidden:
        return RoomService::tr("You are banned from this room.");
    case QXmppStanza::Error::Conflict:
        return RoomService::tr("Someone in the room already uses the nickname %1.").arg(nick);
    case QXmppStanza::Error::ItemNotFound:
        return RoomService::tr("There is no such room.");
    case QXmppStanza::Error::ServiceUnavailable:
        return RoomService::tr("The room is full.");
    case QXmppStanza::Error::NotAllowed:
        return RoomService::tr("You may not create rooms on this service.");
    default:
        return error.text().isEmpty() ? RoomService::tr("The room refused to let you in.") : error.text();
    }
}

// Why the user is out (status codes of the own unavailable presence).
QString departure(const QXmppPresence &presence)
{
    const QList<int> codes = presence.mucStatusCodes();
    const QString reason = presence.mucItem().reason();
    const QString why = reason.isEmpty() ? QString() : RoomService::tr(" Reason: %1").arg(reason);
    if (codes.contains(301))
        return RoomService::tr("You were banned from the room.") + why;
    if (codes.contains(307))
        return RoomService::tr("You were kicked from the room.") + why;
    if (codes.contains(321))
        return RoomService::tr("You were removed from the room's members.") + why;
    if (codes.contains(322))
        return RoomService::tr("The room is now for members only.") + why;
    if (codes.contains(332))
        return RoomService::tr("The room's service is shutting down.") + why;
    return {};
}
} // namespace

RoomService::RoomService(Database *db, Account *account, ChatService *chat, QObject *parent)
    : QObject(parent), m_store(db), m_account(account), m_chat(chat)
{
    QXmppClient *client = account->client();
    connect(client, &QXmppClient::presenceReceived, this, &RoomService::onPresence);
    connect(client, &QXmppClient::messageReceived, this, &RoomService::onMessage);
    connect(account, &Account::sessionStarted, this, &RoomService::onSessionStarted);
    connect(client, &QXmppClient::disconnected, this, [this] {
        // Out of every room until the next session rejoins them.
        for (Room &room : m_rooms)
            room.joined = false, room.occupants.clear();
        for (const QString &jid : m_rooms.keys())
            Q_EMIT roomChanged(jid);
    });
    BookmarkService *bookmarks = account->bookmarks();
    connect(bookmarks, &BookmarkService::bookmarkPushed, this, [this](const Bookmark &b) {
        remember(b);
        if (b.autojoin && !isJoined(b.jid) && Account::hasSession(m_account->client()))
            (void)join(b.jid, b.nick, b.password);
    });
    connect(bookmarks, &BookmarkService::bookmarkRetracted, this, &RoomService::forget);
}

void RoomService::setAccountId(qint64 id, const QString &ownJid)
{
    m_accountId = id;
    m_ownJid = QXmppUtils::jidToBareJid(ownJid);
    // The cached bookmarks and the rooms' nicknames, for the chats list and
    // their history before the first session.
    m_store.bookmarks(id).then(this, [this](DbResult<QList<Bookmark>> cached) {
        if (!cached.ok())
            reportStoreError(cached.error);
        for (const Bookmark &b : std::as_const(cached.value))
            if (!m_bookmarks.contains(b.jid))
                m_bookmarks.insert(b.jid, b);
        Q_EMIT bookmarksChanged();
    });
    m_store.roomNicks(id).then(this, [this](DbResult<QHash<QString, QString>> rooms) {
        if (!rooms.ok())
            reportStoreError(rooms.error);
        for (auto it = rooms.value.cbegin(); it != rooms.value.cend(); ++it) {
            if (m_chat->isRoom(it.key()))
                continue;
            m_chat->setRoomNick(it.key(), it.value());
            Q_EMIT roomChanged(it.key()); // a room opened before this was known shows as one
        }
    });
}

void RoomService::reportStoreError(const QString &error)
{
    qCWarning(lcChat).noquote() << "rooms cache:" << error;
    Q_EMIT errorOccurred(tr("Rooms could not be saved in or read from the cache: %1").arg(error));
}

void RoomService::keep(const QFuture<DbStatus> &write)
{
    // Every write's outcome is looked at: a failure is said, never dropped.
    QFuture<DbStatus>(write).then(this, [this](DbStatus status) {
        if (!status.ok())
            reportStoreError(status.error);
    });
}

QString RoomService::defaultNick() const
{
    return QXmppUtils::jidToUser(m_ownJid);
}

std::optional<Bookmark> RoomService::bookmarkOf(const QString &roomJid) const
{
    if (!m_bookmarks.contains(roomJid))
        return std::nullopt;
    return m_bookmarks.value(roomJid);
}

QFuture<QString> RoomService::join(const QString &roomJidIn, const QString &nickIn, const QString &password)
{
    const QString roomJid = QXmppUtils::jidToBareJid(roomJidIn).toLower();
    if (roomJid.isEmpty() || !roomJid.contains(u'@'))
        return QtFuture::makeReadyFuture(tr("%1 is not a room address.").arg(roomJidIn));
    if (isJoined(roomJid))
        return QtFuture::makeReadyFuture(QString());
    if (auto pending = m_joining.value(roomJid))
        return pending->future();
    const Bookmark bookmark = m_bookmarks.value(roomJid);
    QString nick = nickIn.trimmed();
    if (nick.isEmpty())
        nick = !bookmark.nick.isEmpty() ? bookmark.nick : m_rooms.value(roomJid).nick;
    if (nick.isEmpty())
        nick = defaultNick();
    Room &room = m_rooms[roomJid];
    room.jid = roomJid;
    room.nick = nick;
    if (room.name.isEmpty())
        room.name = bookmark.name;
    if (!password.isEmpty())
        m_passwords.insert(roomJid, password);
    m_chat->setRoomNick(roomJid, nick);
    auto promise = startedPromise<QString>();
    m_joining.insert(roomJid, promise);
    sendJoin(roomJid, nick, m_passwords.value(roomJid, bookmark.password));
    QTimer::singleShot(kJoinTimeoutMs, this, [this, roomJid, promise] {
        if (m_joining.value(roomJid) != promise)
            return;
        m_joining.remove(roomJid);
        fulfil(promise, tr("The room did not answer."));
    });
    return promise->future();
}

void RoomService::sendJoin(const QString &roomJid, const QString &nick, const QString &password)
{
    m_account->client()->send(joinPresence(m_account->client()->clientPresence(), roomJid, nick, password));
}

QXmppPresence RoomService::joinPresence(const QXmppPresence &base, const QString &roomJid, const QString &nick, const QString &password)
{
    // The history comes from the room's archive (MAM), not as a replay on joining.
    QXmppPresence presence = base;
    presence.setTo(roomJid + u'/' + nick);
    presence.setType(QXmppPresence::Available);
    QXmppElement x;
    x.setTagName(QStringLiteral("x"));
    x.setAttribute(QStringLiteral("xmlns"), kMucNs);
    QXmppElement history;
    history.setTagName(QStringLiteral("history"));
    history.setAttribute(QStringLiteral("maxstanzas"), QStringLiteral("0"));
    x.appendChild(history);
    if (!password.isEmpty()) {
        QXmppElement secret;
        secret.setTagName(QStringLiteral("password"));
        secret.setValue(password);
        x.appendChild(secret);
    }
    presence.setExtensions({x});
    return presence;
}

void RoomService::leave(const QString &roomJid)
{
    const Room room = m_rooms.value(roomJid);
    if (room.jid.isEmpty())
        return;
    if (room.joined && Account::hasSession(m_account->client())) {
        QXmppPresence presence(QXmppPresence::Unavailable);
        presence.setTo(roomJid + u'/' + room.nick);
        m_account->client()->send(std::move(presence));
    }
    m_rooms.remove(roomJid);
    m_passwords.remove(roomJid);
    // Left on purpose: not joined again with the next session.
    if (m_bookmarks.value(roomJid).autojoin)
        (void)bookmark(roomJid, false);
    Q_EMIT roomLeft(roomJid, {});
    Q_EMIT roomChanged(roomJid);
}

void RoomService::onPresence(const QXmppPresence &presence)
{
    const QString roomJid = QXmppUtils::jidToBareJid(presence.from());
    if (!m_rooms.contains(roomJid))
        return;
    Room &room = m_rooms[roomJid];
    const QString nick = QXmppUtils::jidToResource(presence.from());
    const QList<int> codes = presence.mucStatusCodes();
    const bool self = codes.contains(110) || (!nick.isEmpty() && nick == room.nick);

    if (presence.type() == QXmppPresence::Error) {
        const QString reason = refusal(presence.error(), room.nick);
        qCInfo(lcChat).noquote() << "room" << roomJid << "refused:" << reason;
        room.joined = false;
        if (auto promise = m_joining.take(roomJid))
            fulfil(promise, reason);
        Q_EMIT roomLeft(roomJid, reason);
        Q_EMIT roomChanged(roomJid);
        return;
    }
    const QXmppMucItem item = presence.mucItem();
    if (presence.type() == QXmppPresence::Unavailable) {
        if (codes.contains(303)) {
            // A nickname change: the same person under the new name.
            Occupant moved = room.occupants.take(nick);
            moved.nick = item.nick();
            if (!moved.nick.isEmpty())
                room.occupants.insert(moved.nick, moved);
            if (self && !item.nick().isEmpty()) {
                room.nick = item.nick();
                m_chat->setRoomNick(roomJid, room.nick);
                saveRoom(room);
            }
            Q_EMIT roomChanged(roomJid);
            return;
        }
        room.occupants.remove(nick);
        if (self) {
            const QString why = departure(presence);
            room.joined = false;
            room.occupants.clear();
            if (!why.isEmpty()) {
                qCInfo(lcChat).noquote() << "out of room" << roomJid << ":" << why;
                Q_EMIT roomLeft(roomJid, why);
            }
        }
        Q_EMIT roomChanged(roomJid);
        return;
    }
    Occupant occupant;
    occupant.nick = nick;
    occupant.jid = QXmppUtils::jidToBareJid(item.jid());
    occupant.role = item.role();
    occupant.affiliation = item.affiliation();
    room.occupants.insert(nick, occupant);
    if (self && !room.joined) {
        room.joined = true;
        if (codes.contains(201)) {
            // A new room, locked until configured: create() configures it;
            // a plain join takes the service's defaults, as an "instant
            // room" (XEP-0045 §10.1.2), or nobody else could come in.
            m_created.insert(roomJid);
            if (!m_creating.contains(roomJid)) {
                QXmppMucOwnerIq instant;
                instant.setType(QXmppIq::Set);
                instant.setTo(roomJid);
                instant.setForm(QXmppDataForm(QXmppDataForm::Submit));
                m_account->client()->sendGenericIq(std::move(instant)).then(this, [roomJid](QXmppClient::EmptyResult result) {
                    if (auto *error = std::get_if<QXmppError>(&result))
                        qCWarning(lcChat).noquote() << "new room" << roomJid << "not unlocked:" << error->description;
                });
            }
        }
        m_chat->setRoomNick(roomJid, room.nick);
        saveRoom(room);
        m_chat->catchUpRoom(roomJid);
        // Its name, for the chats list.
        auto *disco = m_account->client()->findExtension<QXmppDiscoveryManager>();
        disco->requestDiscoInfo(roomJid).then(this, [this, roomJid](QXmppDiscoveryManager::InfoResult result) {
            auto *info = std::get_if<QXmppDiscoveryIq>(&result);
            if (!info || !m_rooms.contains(roomJid))
                return;
            for (const auto &identity : info->identities()) {
                if (identity.category() == QLatin1String("conference") && !identity.name().isEmpty()) {
                    m_rooms[roomJid].name = identity.name();
                    saveRoom(m_rooms[roomJid]);
                    Q_EMIT roomChanged(roomJid);
                    break;
                }
            }
        });
        if (auto promise = m_joining.take(roomJid))
            fulfil(promise, QString());
    }
    Q_EMIT roomChanged(roomJid);
}

void RoomService::onMessage(const QXmppMessage &message)
{
    const QString from = QXmppUtils::jidToBareJid(message.from());
    // The subject, from the room itself (sent on joining and when changed).
    if (message.type() == QXmppMessage::GroupChat && m_rooms.contains(from) && message.body().isEmpty()
        && !message.subject().isNull()) {
        Room &room = m_rooms[from];
        if (room.subject != message.subject()) {
            room.subject = message.subject();
            saveRoom(room);
            Q_EMIT roomChanged(from);
        }
        return;
    }
    // A direct invitation (XEP-0249)…
    if (!message.mucInvitationJid().isEmpty()) {
        Q_EMIT invited(QXmppUtils::jidToBareJid(message.mucInvitationJid()), from, message.mucInvitationReason(),
                       message.mucInvitationPassword());
        return;
    }
    // …or one sent through the room (XEP-0045 §7.8.2).
    for (const QXmppElement &x : message.extensions()) {
        if (x.tagName() != QLatin1String("x") || x.attribute(QStringLiteral("xmlns")) != kMucUserNs)
            continue;
        const QXmppElement invite = x.firstChildElement(QStringLiteral("invite"));
        if (invite.isNull())
            continue;
        Q_EMIT invited(from, QXmppUtils::jidToBareJid(invite.attribute(QStringLiteral("from"))),
                       invite.firstChildElement(QStringLiteral("reason")).value(), x.firstChildElement(QStringLiteral("password")).value());
        return;
    }
}

void RoomService::onSessionStarted(bool resumed)
{
    if (resumed)
        return; // XEP-0198 kept the rooms
    // Back into the rooms the user was in, then the autojoin bookmarks.
    for (const Room &room : std::as_const(m_rooms))
        (void)join(room.jid, room.nick);
    loadBookmarks();
    findConferenceService();
}

void RoomService::findConferenceService()
{
    // The server's items, and among them the one that says it is a text conference service.
    auto *disco = m_account->client()->findExtension<QXmppDiscoveryManager>();
    const QString domain = m_account->client()->configuration().domain();
    disco->requestDiscoItems(domain).then(this, [this, disco](QXmppDiscoveryManager::ItemsResult result) {
        auto *items = std::get_if<QList<QXmppDiscoveryIq::Item>>(&result);
        if (!items)
            return;
        for (const auto &item : std::as_const(*items)) {
            const QString jid = item.jid();
            disco->requestDiscoInfo(jid).then(this, [this, jid](QXmppDiscoveryManager::InfoResult info) {
                auto *iq = std::get_if<QXmppDiscoveryIq>(&info);
                if (!iq || !m_conferenceService.isEmpty())
                    return;
                for (const auto &identity : iq->identities()) {
                    if (identity.category() == QLatin1String("conference") && identity.type() == QLatin1String("text")) {
                        m_conferenceService = jid;
                        Q_EMIT conferenceServiceChanged();
                        return;
                    }
                }
            });
        }
    });
}

void RoomService::loadBookmarks()
{
    m_account->bookmarks()->fetch().then(this, [this](BookmarkService::Fetched fetched) {
        if (!fetched.error.isEmpty()) {
            qCWarning(lcChat).noquote() << "bookmarks not read:" << fetched.error;
            return;
        }
        // The server's list is the truth: replace the cached one.
        QSet<QString> seen;
        for (const Bookmark &b : std::as_const(fetched.bookmarks)) {
            seen.insert(b.jid);
            remember(b);
            if (b.autojoin)
                (void)join(b.jid, b.nick, b.password);
        }
        for (const QString &jid : m_bookmarks.keys())
            if (!seen.contains(jid))
                forget(jid);
        qCInfo(lcChat) << "bookmarks:" << fetched.bookmarks.size() << (m_account->bookmarks()->usesLegacyStorage() ? "(XEP-0048)" : "");
    });
}

void RoomService::remember(const Bookmark &b)
{
    m_bookmarks.insert(b.jid, b);
    if (m_rooms.contains(b.jid) && m_rooms[b.jid].name.isEmpty() && !b.name.isEmpty())
        m_rooms[b.jid].name = b.name;
    // The password stays on the server (it is a secret), never in the cache.
    keep(m_store.saveBookmark(m_accountId, b));
    Q_EMIT bookmarksChanged();
}

void RoomService::forget(const QString &roomJid)
{
    if (!m_bookmarks.remove(roomJid))
        return;
    keep(m_store.removeBookmark(m_accountId, roomJid));
    Q_EMIT bookmarksChanged();
}

void RoomService::saveRoom(const Room &room)
{
    const Bookmark b = m_bookmarks.value(room.jid);
    keep(m_store.saveRoom(m_accountId, {room.jid, room.name.isEmpty() ? b.name : room.name, room.nick, room.subject, b.notify()}));
}

QFuture<QString> RoomService::bookmark(const QString &roomJid, bool autojoin)
{
    Bookmark b = m_bookmarks.value(roomJid);
    const Room room = m_rooms.value(roomJid);
    b.jid = roomJid;
    if (b.name.isEmpty())
        b.name = room.name;
    if (!room.nick.isEmpty())
        b.nick = room.nick;
    b.autojoin = autojoin;
    remember(b);
    return m_account->bookmarks()->save(b);
}

QFuture<QString> RoomService::removeBookmark(const QString &roomJid)
{
    forget(roomJid);
    return m_account->bookmarks()->remove(roomJid);
}

QFuture<QString> RoomService::setNotify(const QString &roomJid, Bookmark::Notify level)
{
    Bookmark b = m_bookmarks.value(roomJid);
    if (b.jid.isEmpty()) {
        // Not bookmarked yet: the level needs a bookmark to live in.
        b.jid = roomJid;
        b.name = m_rooms.value(roomJid).name;
        b.nick = m_rooms.value(roomJid).nick;
        b.autojoin = isJoined(roomJid);
    }
    b.setNotify(level);
    remember(b);
    return m_account->bookmarks()->save(b);
}

QFuture<RoomSettings> RoomService::settings(const QString &roomJid)
{
    auto promise = startedPromise<RoomSettings>();
    QXmppMucOwnerIq get;
    get.setType(QXmppIq::Get);
    get.setTo(roomJid);
    m_account->client()->sendIq(std::move(get)).then(this, [promise](QXmppClient::IqResult result) {
        RoomSettings settings;
        if (auto *error = std::get_if<QXmppError>(&result)) {
            settings.error = error->description.isEmpty() ? tr("Only the room's owners may change its settings.") : error->description;
        } else {
            QXmppMucOwnerIq answer;
            answer.parse(std::get<QDomElement>(result));
            settings = RoomConfig::fromForm(answer.form());
        }
        fulfil(promise, settings);
    });
    return promise->future();
}

QFuture<QString> RoomService::configure(const QString &roomJid, const RoomSettings &wanted)
{
    // The room's own form first: only the fields it offers go back.
    auto promise = startedPromise<QString>();
    QXmppMucOwnerIq get;
    get.setType(QXmppIq::Get);
    get.setTo(roomJid);
    m_account->client()->sendIq(std::move(get)).then(this, [this, promise, roomJid, wanted](QXmppClient::IqResult result) {
        if (auto *error = std::get_if<QXmppError>(&result)) {
            fulfil(promise, error->description.isEmpty() ? tr("Only the room's owners may change its settings.") : error->description);
            return;
        }
        QXmppMucOwnerIq current;
        current.parse(std::get<QDomElement>(result));
        QXmppMucOwnerIq set;
        set.setType(QXmppIq::Set);
        set.setTo(roomJid);
        set.setForm(RoomConfig::submission(current.form(), wanted));
        m_account->client()->sendGenericIq(std::move(set)).then(this, [this, promise, roomJid, wanted](QXmppClient::EmptyResult done) {
            if (auto *error = std::get_if<QXmppError>(&done)) {
                fulfil(promise, error->description.isEmpty() ? tr("The room refused the settings.") : error->description);
                return;
            }
            m_created.remove(roomJid);
            if (m_rooms.contains(roomJid) && !wanted.name.isEmpty()) {
                m_rooms[roomJid].name = wanted.name;
                saveRoom(m_rooms[roomJid]);
                Q_EMIT roomChanged(roomJid);
            }
            fulfil(promise, QString());
        });
    });
    return promise->future();
}

QFuture<QString> RoomService::create(const QString &roomJidIn, const QString &name, RoomSettings::Kind kind)
{
    const QString roomJid = QXmppUtils::jidToBareJid(roomJidIn).toLower();
    auto promise = startedPromise<QString>();
    m_creating.insert(roomJid);
    join(roomJid).then(this, [this, promise, roomJid, name, kind](QString joinError) {
        m_creating.remove(roomJid);
        if (!joinError.isEmpty()) {
            fulfil(promise, joinError);
            return;
        }
        if (!m_created.contains(roomJid)) {
            fulfil(promise, tr("The room %1 exists already: you have joined it.").arg(roomJid));
            return;
        }
        // Unlocked by its first configuration (XEP-0045 §10.1.3), then
        // bookmarked so that the user's other clients join it too.
        configure(roomJid, RoomSettings::forKind(kind, name)).then(this, [this, promise, roomJid](QString error) {
            if (!error.isEmpty()) {
                fulfil(promise, error);
                return;
            }
            bookmark(roomJid, true).then(this, [promise](QString error) { fulfil(promise, error); });
        });
    });
    return promise->future();
}

void RoomService::setSubject(const QString &roomJid, const QString &subject)
{
    if (!isJoined(roomJid))
        return;
    QXmppMessage message(QString(), roomJid);
    message.setType(QXmppMessage::GroupChat);
    message.setSubject(subject);
    m_account->client()->send(std::move(message));
}

void RoomService::changeNick(const QString &roomJid, const QString &nick)
{
    const QString wanted = nick.trimmed();
    if (!m_rooms.contains(roomJid) || wanted.isEmpty() || wanted == m_rooms.value(roomJid).nick)
        return;
    if (!isJoined(roomJid)) {
        m_rooms[roomJid].nick = wanted;
        m_chat->setRoomNick(roomJid, wanted);
        return;
    }
    // The room answers with a 303 for the old name (onPresence).
    QXmppPresence presence = m_account->client()->clientPresence();
    presence.setTo(roomJid + u'/' + wanted);
    presence.setType(QXmppPresence::Available);
    m_account->client()->send(std::move(presence));
}

void RoomService::invite(const QString &roomJid, const QString &contactJid, const QString &reason)
{
    const QString contact = QXmppUtils::jidToBareJid(contactJid);
    if (contact.isEmpty() || !isJoined(roomJid))
        return;
    auto sendInvitation = [this, roomJid, contact, reason] {
        QXmppMessage message(QString(), contact);
        message.setType(QXmppMessage::Normal);
        message.setMucInvitationJid(roomJid);
        message.setMucInvitationReason(reason);
        message.setMucInvitationPassword(m_passwords.value(roomJid));
        m_account->client()->send(std::move(message));
    };
    // A members-only room lets in only members: owners and admins add the
    // contact first (XEP-0045 §9.5).
    const Occupant self = m_rooms.value(roomJid).self();
    if (self.affiliation != QXmppMucItem::OwnerAffiliation && self.affiliation != QXmppMucItem::AdminAffiliation) {
        sendInvitation();
        return;
    }
    QXmppMucItem member;
    member.setJid(contact);
    member.setAffiliation(QXmppMucItem::MemberAffiliation);
    QXmppMucAdminIq iq;
    iq.setType(QXmppIq::Set);
    iq.setTo(roomJid);
    iq.setItems({member});
    m_account->client()->sendGenericIq(std::move(iq)).then(this, [this, sendInvitation, contact](QXmppClient::EmptyResult result) {
        if (auto *error = std::get_if<QXmppError>(&result))
            qCInfo(lcChat).noquote() << "could not make" << contact << "a member:" << error->description;
        sendInvitation();
    });
}

QFuture<QString> RoomService::sendAdmin(const QString &roomJid, const QXmppMucItem &item)
{
    auto promise = startedPromise<QString>();
    QXmppMucAdminIq iq;
    iq.setType(QXmppIq::Set);
    iq.setTo(roomJid);
    iq.setItems({item});
    m_account->client()->sendGenericIq(std::move(iq)).then(this, [promise](QXmppClient::EmptyResult result) {
        auto *error = std::get_if<QXmppError>(&result);
        fulfil(promise, error ? (error->description.isEmpty() ? tr("The room refused.") : error->description) : QString());
    });
    return promise->future();
}

QFuture<QString> RoomService::kick(const QString &roomJid, const QString &nick, const QString &reason)
{
    QXmppMucItem item;
    item.setNick(nick);
    item.setRole(QXmppMucItem::NoRole);
    item.setReason(reason);
    return sendAdmin(roomJid, item);
}

QFuture<QString> RoomService::ban(const QString &roomJid, const QString &nick, const QString &reason)
{
    // Bans name the real JID (XEP-0045 §9.1): known in rooms that show it.
    const QString jid = m_rooms.value(roomJid).occupants.value(nick).jid;
    if (jid.isEmpty())
        return QtFuture::makeReadyFuture(tr("The room does not show who %1 is.").arg(nick));
    QXmppMucItem item;
    item.setJid(jid);
    item.setAffiliation(QXmppMucItem::OutcastAffiliation);
    item.setReason(reason);
    return sendAdmin(roomJid, item);
}

} // namespace Hearth
