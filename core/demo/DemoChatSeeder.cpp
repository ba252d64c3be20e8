#include "DemoChatSeeder.h"

#include "../Logging.h"
#include "../chat/ChatService.h"
#include "../server/LocalProsody.h"
#include "DemoData.h"
#include "DemoUploads.h"

#include <QTimer>
#include <QXmppClient.h>
#include <QXmppMessage.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
struct Line
{
    const char *from;
    const char *to;
    const char *text;
};

// Oldest first; "demo" is the user the app logs in as.
const Line kLines[] = {
    {"alice", "demo", "Are you coming to the climbing gym on Thursday?"},
    {"demo", "alice", "Yes! 7 pm as usual?"},
    {"alice", "demo", "7 pm. I'll bring the new rope."},
    {"bob", "demo", "Did you see Saturn last night? The rings were incredible."},
    {"demo", "bob", "I missed it, clouds here. Next clear night, call me."},
    {"bob", "demo", "Deal. Forecast says Saturday looks good: https://www.meteoblue.com"},
    {"bob", "demo", "post:alice:sourdough-starter-day-five"}, // a post shared as Movim does
    {"erin", "demo", "I uploaded the fjord pictures to my blog."},
    {"erin", "demo", ":/hearth/demo-pictures/fjord.jpg"}, // a picture, uploaded and shared
    {"demo", "erin", "Just saw them, the light is unreal."},
    {"erin", "demo", "Thanks! Four hours of daylight, every minute golden."},
    {"kemi", "demo", "Any book recommendations for number 42?"},
    {"alice", "demo", "Also: starter is doubling again, want some?"},
    {"alice", "demo", "react:1:\u2764\uFE0F"},                      // a reaction to line 1 (XEP-0444)
    {"demo", "bob", "reply:5:Saturday it is. I'll bring the thermos."}, // a reply to line 5 (XEP-0461)
    {"bob", "demo", "react:14:\U0001F44D"},
    {"erin", "demo", "react:9:\U0001F60A"},
};
} // namespace

DemoChatSeeder::DemoChatSeeder(LocalProsody *server, QObject *parent)
    : QObject(parent), m_server(server)
{
}

void DemoChatSeeder::run()
{
    QStringList users;
    for (const Line &line : kLines)
        for (const char *user : {line.from, line.to})
            if (!users.contains(QLatin1String(user)))
                users << QString::fromLatin1(user);
    for (const QString &user : std::as_const(users)) {
        auto *client = new QXmppClient(QXmppClient::BasicExtensions, this);
        m_clients.insert(user, client);
        connect(client, &QXmppClient::errorOccurred, this, [this, user](const QXmppError &error) {
            finish(false, QStringLiteral("%1: %2").arg(user, error.description));
        });
        connect(client, &QXmppClient::connected, this, [this] {
            if (++m_connected == m_clients.size())
                sendNext();
        });
        client->connectToServer(m_server->accountSettings(user).configuration(Demo::password()));
    }
}

void DemoChatSeeder::sendNext()
{
    if (m_done)
        return;
    if (m_next >= int(std::size(kLines))) {
        // Let the server archive the last ones, then leave.
        QTimer::singleShot(300, this, [this] { finish(true, {}); });
        return;
    }
    const Line &line = kLines[m_next++];
    const QString text = QString::fromUtf8(line.text);
    QXmppClient *sender = m_clients.value(QString::fromLatin1(line.from));
    // As Hearth sends it (ChatStanzas::stanzaFor): Movim's ids, links, references.
    ChatMessage message;
    message.chatJid = QString::fromLatin1(line.to) + u'@' + m_server->domain();
    message.messageId = message.originId = QXmppUtils::generateStanzaUuid();
    m_sent << message.messageId;
    auto send = [this, sender](const ChatMessage &m) {
        sender->sendPacket(ChatStanzas::stanzaFor(m));
        // Apart in time, so the archive keeps the order.
        QTimer::singleShot(60, this, &DemoChatSeeder::sendNext);
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
    if (text.startsWith(QLatin1String("react:"))) {
        // react:<line>:<emoji> on an earlier line's message.
        const QStringList parts = text.split(u':');
        sender->sendPacket(ChatStanzas::reactionStanza(message.chatJid, m_sent.value(parts.value(1).toInt()), {parts.value(2)}));
        QTimer::singleShot(60, this, &DemoChatSeeder::sendNext);
        return;
    }
    if (text.startsWith(QLatin1String("reply:"))) {
        // reply:<line>:<text>, quoting that line as Movim does.
        const int target = text.section(u':', 1, 1).toInt();
        message.setBody(text.section(u':', 2));
        message.replyTo = m_sent.value(target);
        message.replyToJid = QString::fromLatin1(kLines[target].from) + u'@' + m_server->domain();
        message.replyQuote = QString::fromUtf8(kLines[target].text);
    } else if (text.startsWith(QLatin1String("post:"))) {
        // A post shared as Movim does (MOVIM-WIRE §2.7).
        const QStringList parts = text.split(u':');
        message.setBody(tr("Shared a post"));
        message.attachmentUrl = QStringLiteral("xmpp:%1@%2?;node=urn:xmpp:microblog:0;item=%3").arg(parts.value(1), m_server->domain(), parts.value(2));
        message.attachmentType = QString::fromLatin1(ChatMessage::kSharedPostType);
    } else {
        message.setBody(text);
    }
    send(message);
}

void DemoChatSeeder::finish(bool ok, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    // Not from inside a QXmpp callback (see DemoSeeder).
    QTimer::singleShot(0, this, [this, ok, error] {
        for (QXmppClient *client : std::as_const(m_clients)) {
            client->disconnect(this);
            client->disconnectFromServer();
            client->deleteLater();
        }
        m_clients.clear();
        if (ok)
            qCInfo(lcDemo) << "demo chats seeded:" << std::size(kLines) << "messages";
        Q_EMIT finished(ok, error);
    });
}

} // namespace Hearth
