#include "DemoRoomSeeder.h"

#include "../Logging.h"
#include "../chat/ChatStanzas.h"
#include "../muc/BookmarkService.h"
#include "../muc/RoomConfig.h"
#include "../muc/RoomService.h"
#include "../server/LocalProsody.h"
#include "DemoData.h"
#include "DemoUploads.h"

#include <QDomElement>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppMucIq.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
struct Line
{
    const char *from;
    const char *text;
};

// Oldest first. "react:N:emoji" and "reply:N:text" point at line N.
const Line kLines[] = {
    {"alice", "Welcome to the climbing crew! Saturday plans go here."},
    {"bob", "Forecast is dry. Outdoor crag?"},
    {"erin", ":/hearth/demo-pictures/fjord.jpg"},
    {"erin", "The wall by the fjord, for when we feel brave."},
    {"alice", "That looks *amazing*. demo, are you in for Saturday?"},
    {"bob", "react:3:\U0001F525"},
    {"bob", "reply:4:I'll drive, four seats free."},
    {"alice", "subject:Saturday: outdoor crag, meet at 8"},
    {"alice", "Meet at the gym at 8, bring `helmets`."},
};

const char *const kMembers[] = {"alice", "bob", "erin"};
} // namespace

DemoRoomSeeder::DemoRoomSeeder(LocalProsody *server, QObject *parent)
    : QObject(parent), m_server(server)
{
}

QString DemoRoomSeeder::roomJid() const
{
    return QStringLiteral("climbing@muc.") + m_server->domain();
}

void DemoRoomSeeder::run()
{
    QStringList users{QStringLiteral("demo")};
    for (const char *member : kMembers)
        users << QString::fromLatin1(member);
    for (const QString &user : std::as_const(users)) {
        auto *client = new QXmppClient(QXmppClient::BasicExtensions, this);
        if (user == QLatin1String("demo")) {
            client->addNewExtension<QXmppPubSubManager>();
            client->addNewExtension<BookmarkService>();
        }
        m_clients.insert(user, client);
        connect(client, &QXmppClient::errorOccurred, this, [this, user](const QXmppError &error) {
            finish(false, QStringLiteral("%1: %2").arg(user, error.description));
        });
        connect(client, &QXmppClient::connected, this, [this] {
            if (++m_connected == m_clients.size())
                enter(QStringLiteral("alice")); // the owner first: she creates the room
        });
        client->connectToServer(m_server->accountSettings(user).configuration(Demo::password()));
    }
}

void DemoRoomSeeder::enter(const QString &user)
{
    QXmppClient *client = m_clients.value(user);
    const QString occupant = roomJid() + u'/' + user;
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(client, &QXmppClient::presenceReceived, this, [this, user, occupant, once](const QXmppPresence &presence) {
        if (presence.from() != occupant || presence.type() != QXmppPresence::Available || !presence.mucStatusCodes().contains(110))
            return;
        QObject::disconnect(*once);
        if (user == QLatin1String("alice")) {
            configure();
            return;
        }
        if (++m_inside == int(std::size(kMembers)) - 1)
            sendNext();
    });
    client->sendPacket(RoomService::joinPresence(client->clientPresence(), roomJid(), user));
}

void DemoRoomSeeder::configure()
{
    // A new room is locked until its owner configures it (XEP-0045 §10.1).
    QXmppClient *alice = m_clients.value(QStringLiteral("alice"));
    QXmppMucOwnerIq get;
    get.setType(QXmppIq::Get);
    get.setTo(roomJid());
    alice->sendIq(std::move(get)).then(this, [this, alice](QXmppClient::IqResult result) {
        if (std::holds_alternative<QXmppError>(result)) {
            finish(false, tr("the demo room's settings were not read: %1").arg(std::get<QXmppError>(result).description));
            return;
        }
        QXmppMucOwnerIq form;
        form.parse(std::get<QDomElement>(result));
        RoomSettings settings = RoomSettings::forKind(RoomSettings::Kind::Group, tr("Climbing crew"));
        settings.membersOnly = false; // the demo user joins through the bookmark
        QXmppMucOwnerIq set;
        set.setType(QXmppIq::Set);
        set.setTo(roomJid());
        set.setForm(RoomConfig::submission(form.form(), settings));
        alice->sendGenericIq(std::move(set)).then(this, [this](QXmppClient::EmptyResult done) {
            if (std::holds_alternative<QXmppError>(done)) {
                finish(false, tr("the demo room was not configured: %1").arg(std::get<QXmppError>(done).description));
                return;
            }
            enter(QStringLiteral("bob"));
            enter(QStringLiteral("erin"));
        });
    });
}

void DemoRoomSeeder::sendNext()
{
    if (m_done)
        return;
    if (m_next >= int(std::size(kLines))) {
        bookmarkForDemo();
        return;
    }
    const Line &line = kLines[m_next++];
    const QString text = QString::fromUtf8(line.text);
    QXmppClient *sender = m_clients.value(QString::fromLatin1(line.from));
    ChatMessage message;
    message.chatJid = roomJid();
    message.messageId = message.originId = QXmppUtils::generateStanzaUuid();
    m_sent << message.messageId;
    auto send = [this, sender](const ChatMessage &m) {
        sender->sendPacket(ChatStanzas::stanzaFor(m, ChatStanzas::Kind::Group));
        QTimer::singleShot(60, this, &DemoRoomSeeder::sendNext); // apart, so the archive keeps the order
    };
    if (text.startsWith(QLatin1String(":/"))) {
        // A picture: uploaded, then shared as its link (body + XEP-0066).
        Demo::uploadPicture(sender, text, this, [this, message, send](const QUrl &url, const QString &error) mutable {
            if (url.isEmpty()) {
                finish(false, error);
                return;
            }
            message.setBody(url.toString());
            message.attachmentUrl = message.body;
            send(message);
        });
        return;
    }
    // Reactions and replies name a room message by the room's id, which
    // only the room knows; the demo names them by the sender's id instead,
    // which Hearth also matches.
    if (text.startsWith(QLatin1String("react:"))) {
        const QStringList parts = text.split(u':');
        sender->sendPacket(ChatStanzas::reactionStanza(roomJid(), m_sent.value(parts.value(1).toInt()), {parts.value(2)}, ChatStanzas::Kind::Group));
        QTimer::singleShot(60, this, &DemoRoomSeeder::sendNext);
        return;
    }
    if (text.startsWith(QLatin1String("subject:"))) {
        QXmppMessage subject(QString(), roomJid());
        subject.setType(QXmppMessage::GroupChat);
        subject.setSubject(text.section(u':', 1));
        sender->sendPacket(subject);
        QTimer::singleShot(60, this, &DemoRoomSeeder::sendNext);
        return;
    }
    if (text.startsWith(QLatin1String("reply:"))) {
        const int target = text.section(u':', 1, 1).toInt();
        message.setBody(text.section(u':', 2));
        message.replyTo = m_sent.value(target);
        message.replyToJid = roomJid() + u'/' + QString::fromLatin1(kLines[target].from);
        message.replyQuote = QString::fromUtf8(kLines[target].text);
    } else {
        message.setBody(text);
    }
    send(message);
}

void DemoRoomSeeder::bookmarkForDemo()
{
    Bookmark bookmark;
    bookmark.jid = roomJid();
    bookmark.name = tr("Climbing crew");
    bookmark.nick = QStringLiteral("demo");
    bookmark.autojoin = true;
    QXmppClient *demo = m_clients.value(QStringLiteral("demo"));
    demo->findExtension<BookmarkService>()->save(bookmark).then(this, [this](QString error) {
        if (!error.isEmpty())
            finish(false, tr("the demo room was not bookmarked: %1").arg(error));
        else
            QTimer::singleShot(300, this, [this] { finish(true, {}); }); // let the archive take the last ones
    });
}

void DemoRoomSeeder::finish(bool ok, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    QTimer::singleShot(0, this, [this, ok, error] {
        for (QXmppClient *client : std::as_const(m_clients)) {
            client->disconnect(this);
            client->disconnectFromServer();
            client->deleteLater();
        }
        m_clients.clear();
        if (ok)
            qCInfo(lcDemo) << "demo room seeded:" << std::size(kLines) << "messages";
        Q_EMIT finished(ok, error);
    });
}

} // namespace Hearth
