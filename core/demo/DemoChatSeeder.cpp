#include "DemoChatSeeder.h"

#include "../Logging.h"
#include "../server/LocalProsody.h"
#include "../upload/FileUpload.h"
#include "../upload/UploadService.h"
#include "DemoData.h"

#include <QTimer>
#include <QXmppClient.h>
#include <QXmppElement.h>
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
    const QString to = QString::fromLatin1(line.to) + u'@' + m_server->domain();
    if (text.startsWith(QLatin1String(":/"))) {
        // Upload the resource, then share its link as clients do (body + XEP-0066).
        auto *uploads = sender->findChild<UploadService *>();
        if (!uploads)
            uploads = new UploadService(sender, sender);
        FileUpload *upload = uploads->upload(text, sender);
        auto shared = [this, upload, sender, to] {
            if (upload->state() != FileUpload::State::Done) {
                finish(false, tr("demo picture %1 not uploaded: %2").arg(upload->fileName(), upload->error()));
                return;
            }
            QXmppMessage message(QString(), to, upload->url().toString());
            message.setType(QXmppMessage::Chat);
            message.setId(QXmppUtils::generateStanzaUuid());
            message.setOriginId(message.id());
            message.setOutOfBandUrl(upload->url().toString());
            sender->sendPacket(message);
            QTimer::singleShot(60, this, &DemoChatSeeder::sendNext);
        };
        if (upload->isFinished())
            shared();
        else
            connect(upload, &FileUpload::finished, this, shared);
        return;
    }
    if (text.startsWith(QLatin1String("post:"))) {
        // MOVIM-WIRE §2.7: a body, a data reference and an out-of-band link.
        const QStringList parts = text.split(u':');
        const QString uri = QStringLiteral("xmpp:%1@%2?;node=urn:xmpp:microblog:0;item=%3").arg(parts.value(1), m_server->domain(), parts.value(2));
        QXmppMessage share(QString(), to, tr("Shared a post"));
        share.setType(QXmppMessage::Chat);
        share.setId(QXmppUtils::generateStanzaUuid());
        share.setOriginId(share.id());
        share.setOutOfBandUrl(uri);
        QXmppElement reference;
        reference.setTagName(QStringLiteral("reference"));
        reference.setAttribute(QStringLiteral("xmlns"), QStringLiteral("urn:xmpp:reference:0"));
        reference.setAttribute(QStringLiteral("type"), QStringLiteral("data"));
        reference.setAttribute(QStringLiteral("uri"), uri);
        share.setExtensions({reference});
        sender->sendPacket(share);
        QTimer::singleShot(60, this, &DemoChatSeeder::sendNext);
        return;
    }
    QXmppMessage message(QString(), to, text);
    message.setType(QXmppMessage::Chat);
    message.setId(QXmppUtils::generateStanzaUuid());
    message.setOriginId(message.id()); // as Hearth and Movim send them
    message.setMarkable(true);
    sender->sendPacket(message);
    // Apart in time, so the archive keeps the order.
    QTimer::singleShot(60, this, &DemoChatSeeder::sendNext);
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
