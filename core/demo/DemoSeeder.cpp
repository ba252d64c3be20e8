#include "DemoSeeder.h"

#include "../AccountRegistration.h"
#include "DemoChatSeeder.h"
#include "DemoRoomSeeder.h"
#include "DemoCommunitySeeder.h"
#include "DemoFeedSeeder.h"
#include "../profile/AvatarService.h"
#include "../profile/ProfileService.h"
#include "../Logging.h"
#include "../server/LocalProsody.h"

#include <QFile>
#include <QTimer>
#include <QXmppBlockingManager.h>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppPubSubManager.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>
#include <QXmppVCardIq.h>
#include <QXmppVCardManager.h>

namespace Hearth {

using Demo::Person;

namespace {
QXmppPresence presence(QXmppPresence::Type type, const QString &to, const QString &status = {})
{
    QXmppPresence p(type);
    p.setTo(to);
    p.setStatusText(status);
    return p;
}

// One of the bundled pictures for about three people in four; the rest
// keep their initials, as in real contact lists.
QByteArray pictureFor(int index)
{
    if (index % 4 == 3)
        return {};
    QFile file(QStringLiteral(":/hearth/demo-avatars/avatar-%1.png").arg(index % 12 + 1, 2, 10, QLatin1Char('0')));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ProfileCard cardOf(const Person &person)
{
    ProfileCard card;
    card.fullName = person.fullName;
    card.nickname = person.fullName.section(u' ', 0, 0);
    card.pronouns = person.pronouns;
    card.note = person.note;
    card.locality = person.locality;
    card.country = person.country;
    card.url = person.url;
    return card;
}

} // namespace

DemoSeeder::DemoSeeder(LocalProsody *server, QObject *parent)
    : QObject(parent), m_server(server)
{
}

QString DemoSeeder::jidOf(const Person &person) const
{
    return person.user + u'@' + m_server->domain();
}

void DemoSeeder::run()
{
    m_next = 0;
    m_failed = false;
    registerNext();
}

void DemoSeeder::registerNext()
{
    if (m_failed)
        return;
    if (m_next >= Demo::people().size()) {
        connectDemoUser();
        return;
    }
    const Person person = Demo::people().at(m_next++);
    auto *registration = new AccountRegistration(this);
    connect(registration, &AccountRegistration::succeeded, this, [this, registration] {
        registration->deleteLater();
        registerNext();
    });
    connect(registration, &AccountRegistration::failed, this, [this, registration](const ConnectionError &error) {
        registration->deleteLater();
        if (error.kind() == ConnectionError::Kind::RegistrationConflict)
            registerNext(); // there from an earlier run
        else
            fail(error.message());
    });
    registration->start(m_server->accountSettings(person.user), Demo::password());
}

QXmppClient *DemoSeeder::connectAs(const Person &person)
{
    auto *client = new QXmppClient(QXmppClient::BasicExtensions, this);
    client->addNewExtension<QXmppPubSubManager>();
    client->addNewExtension<ProfileService>();
    client->addNewExtension<AvatarService>();
    connect(client, &QXmppClient::errorOccurred, this, [this, person](const QXmppError &error) {
        fail(QStringLiteral("%1: %2").arg(person.user, error.description));
    });
    client->connectToServer(m_server->accountSettings(person.user).configuration(Demo::password()));
    return client;
}

void DemoSeeder::connectDemoUser()
{
    const Person &me = Demo::people().constFirst();
    m_demo = connectAs(me);
    m_demo->addNewExtension<QXmppBlockingManager>();
    // Contacts' own requests (should pre-approval be missing) are accepted;
    // the requesters' stay pending for the app to show.
    connect(m_demo, &QXmppClient::presenceReceived, this, [this](const QXmppPresence &p) {
        if (p.type() != QXmppPresence::Subscribe)
            return;
        for (const Person &person : Demo::people()) {
            if (person.role == Person::Role::Contact && jidOf(person) == p.from().section(u'/', 0, 0))
                m_demo->sendPacket(presence(QXmppPresence::Subscribed, jidOf(person)));
        }
    });
    connect(m_demo, &QXmppClient::connected, this, [this] {
        (void)m_demo->findExtension<ProfileService>()->publishOwn(cardOf(Demo::people().constFirst()));
        (void)m_demo->findExtension<AvatarService>()->publishOwn(pictureFor(0), 128, 128);
        auto *roster = m_demo->findExtension<QXmppRosterManager>();
        auto remaining = std::make_shared<int>(0);
        for (const Person &person : Demo::people()) {
            const QString jid = jidOf(person);
            if (person.role == Person::Role::Blocked)
                m_demo->findExtension<QXmppBlockingManager>()->block(jid);
            if (person.role != Person::Role::Contact)
                continue;
            ++*remaining;
            roster->addRosterItem(jid, person.fullName, person.group.isEmpty() ? QSet<QString>{} : QSet<QString>{person.group})
                .then(this, [this, remaining, jid](QXmppRosterManager::Result) {
                    // Pre-approve, then ask: both directions end up "both".
                    m_demo->sendPacket(presence(QXmppPresence::Subscribed, jid));
                    m_demo->sendPacket(presence(QXmppPresence::Subscribe, jid));
                    if (--*remaining == 0)
                        QTimer::singleShot(0, this, [this] {
                            m_next = 1;
                            seedNext();
                        });
                });
        }
    });
}

void DemoSeeder::seedNext()
{
    if (m_failed)
        return;
    if (m_next >= Demo::people().size()) {
        // Let the demo user's session take the last answers, then stop.
        QTimer::singleShot(500, this, [this] {
            m_demo->disconnectFromServer();
            qCInfo(lcDemo) << "demo data seeded:" << Demo::people().size() << "accounts";
            // Then the feed: posts, comments and likes.
            auto *feed = new DemoFeedSeeder(m_server, this);
            connect(feed, &DemoFeedSeeder::finished, this, [this, feed](bool ok, const QString &error) {
                feed->deleteLater();
                if (!ok) {
                    fail(error);
                    return;
                }
                // Then the conversations.
                auto *chats = new DemoChatSeeder(m_server, this);
                connect(chats, &DemoChatSeeder::finished, this, [this, chats](bool ok, const QString &error) {
                    chats->deleteLater();
                    if (!ok) {
                        fail(error);
                        return;
                    }
                    // Then the group chat.
                    auto *room = new DemoRoomSeeder(m_server, this);
                    connect(room, &DemoRoomSeeder::finished, this, [this, room](bool ok, const QString &error) {
                        room->deleteLater();
                        if (!ok) {
                            fail(error);
                            return;
                        }
                        // Then the communities.
                        auto *communities = new DemoCommunitySeeder(m_server, this);
                        connect(communities, &DemoCommunitySeeder::finished, this, [this, communities](bool ok, const QString &error) {
                            communities->deleteLater();
                            if (ok)
                                Q_EMIT finished(true, {});
                            else
                                fail(error);
                        });
                        communities->run();
                    });
                    room->run();
                });
                chats->run();
            });
            feed->run();
        });
        return;
    }
    const Person person = Demo::people().at(m_next++);
    QXmppClient *client = connectAs(person);
    const QString demoJid = jidOf(Demo::people().constFirst());
    connect(client, &QXmppClient::connected, this, [this, client, person, demoJid] {
        if (person.role == Person::Role::Contact) {
            client->sendPacket(presence(QXmppPresence::Subscribed, demoJid));
            client->sendPacket(presence(QXmppPresence::Subscribe, demoJid));
        } else if (person.role == Person::Role::Requester) {
            client->sendPacket(presence(QXmppPresence::Subscribe, demoJid, person.status));
        }
        const QByteArray picture = person.role == Person::Role::Blocked ? QByteArray() : pictureFor(m_next);
        client->findExtension<ProfileService>()->publishOwn(cardOf(person)).then(this, [this, client, picture](QString) {
            if (picture.isEmpty()) {
                finishPerson(client);
                return;
            }
            client->findExtension<AvatarService>()->publishOwn(picture, 128, 128).then(this, [this, client](QString) {
                finishPerson(client);
            });
        });
    });
}

void DemoSeeder::finishPerson(QXmppClient *client)
{
    // Not from inside a QXmppTask continuation: disconnecting cancels the
    // client's tasks, the running one included.
    QTimer::singleShot(0, this, [this, client] {
        client->disconnectFromServer();
        client->deleteLater();
        seedNext();
    });
}

void DemoSeeder::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    qCWarning(lcDemo).noquote() << "seeding the demo failed:" << error;
    if (m_demo)
        m_demo->disconnectFromServer();
    Q_EMIT finished(false, error);
}

DemoPresence::DemoPresence(LocalProsody *server, QObject *parent)
    : QObject(parent)
{
    static const QHash<QString, QXmppPresence::AvailableStatusType> shows = {
        {QStringLiteral("online"), QXmppPresence::Online}, {QStringLiteral("away"), QXmppPresence::Away},
        {QStringLiteral("xa"), QXmppPresence::XA},         {QStringLiteral("dnd"), QXmppPresence::DND},
        {QStringLiteral("chat"), QXmppPresence::Chat},
    };
    for (const Person &person : Demo::people()) {
        if (person.role != Person::Role::Contact || person.show.isEmpty())
            continue;
        auto *client = new QXmppClient(QXmppClient::NoExtensions, this);
        QXmppPresence initial(QXmppPresence::Available);
        initial.setAvailableStatusType(shows.value(person.show, QXmppPresence::Online));
        initial.setStatusText(person.status);
        AccountSettings settings = server->accountSettings(person.user);
        settings.resource = QStringLiteral("demo");
        client->connectToServer(settings.configuration(Demo::password()), initial);
        m_clients.append(client);
    }
}

DemoPresence::~DemoPresence()
{
    for (auto *client : std::as_const(m_clients))
        client->disconnectFromServer();
}

} // namespace Hearth
