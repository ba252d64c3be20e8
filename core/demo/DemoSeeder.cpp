#include "DemoSeeder.h"

#include "../AccountRegistration.h"
#include "../Logging.h"
#include "../server/LocalProsody.h"

#include <QTimer>
#include <QXmppClient.h>
#include <QXmppRosterManager.h>
#include <QXmppTask.h>
#include <QXmppVCardIq.h>
#include <QXmppVCardManager.h>

namespace Hearth {

DemoSeeder::DemoSeeder(LocalProsody *server, QObject *parent)
    : QObject(parent), m_server(server)
{
}

const QList<DemoPerson> &DemoSeeder::people()
{
    static const QList<DemoPerson> list = {
        {QStringLiteral("demo"), QStringLiteral("Sam Rivers"), QStringLiteral("Sam"), {}},
        {QStringLiteral("alice"), QStringLiteral("Alice Martin"), QStringLiteral("Alice"), QStringLiteral("Friends")},
        {QStringLiteral("bob"), QStringLiteral("Bob Okafor"), QStringLiteral("Bob"), QStringLiteral("Friends")},
        {QStringLiteral("carol"), QStringLiteral("Carol Nguyen"), QStringLiteral("Carol"), QStringLiteral("Work")},
        {QStringLiteral("dave"), QStringLiteral("Dave Kowalski"), QStringLiteral("Dave"), QStringLiteral("Work")},
        {QStringLiteral("erin"), QStringLiteral("Erin Solberg"), QStringLiteral("Erin"), QStringLiteral("Family")},
    };
    return list;
}

QString DemoSeeder::password()
{
    return QStringLiteral("hearth-demo");
}

void DemoSeeder::run()
{
    m_next = 0;
    m_failed = false;
    seedNext();
}

void DemoSeeder::seedNext()
{
    if (m_failed)
        return;
    if (m_next >= people().size()) {
        qCInfo(lcDemo) << "demo data seeded";
        Q_EMIT finished(true, {});
        return;
    }
    const DemoPerson person = people().at(m_next++);
    AccountSettings settings;
    settings.jid = person.user + u'@' + m_server->domain();
    settings.host = m_server->host();
    settings.port = m_server->c2sPort();
    auto *registration = new AccountRegistration(this);
    connect(registration, &AccountRegistration::succeeded, this, [this, registration, person] {
        registration->deleteLater();
        seedPerson(person);
    });
    connect(registration, &AccountRegistration::failed, this, [this, registration, person](const ConnectionError &error) {
        registration->deleteLater();
        if (error.kind() == ConnectionError::Kind::RegistrationConflict)
            seedPerson(person); // there from an earlier run
        else
            fail(error.message());
    });
    registration->start(settings, password());
}

void DemoSeeder::seedPerson(const DemoPerson &person)
{
    delete m_client;
    m_client = new QXmppClient(QXmppClient::BasicExtensions, this);
    AccountSettings settings;
    settings.jid = person.user + u'@' + m_server->domain();
    settings.host = m_server->host();
    settings.port = m_server->c2sPort();
    connect(m_client, &QXmppClient::errorOccurred, this, [this, person](const QXmppError &error) {
        fail(QStringLiteral("%1: %2").arg(person.user, error.description));
    });
    connect(m_client, &QXmppClient::connected, this, [this, person] {
        QXmppVCardIq vcard;
        vcard.setFullName(person.fullName);
        vcard.setNickName(person.nickname);
        auto *vcards = m_client->findExtension<QXmppVCardManager>();
        vcards->setVCard(vcard).then(this, [this, person](QXmppVCardManager::Result) {
            if (person.user != people().constFirst().user) {
                finishPerson();
                return;
            }
            // The demo user's contact list: everyone else, named and grouped.
            auto *roster = m_client->findExtension<QXmppRosterManager>();
            auto remaining = std::make_shared<int>(int(people().size()) - 1);
            for (const auto &other : people().mid(1)) {
                roster->addRosterItem(other.user + u'@' + m_server->domain(), other.fullName, {other.group})
                    .then(this, [this, remaining](QXmppRosterManager::Result) {
                        if (--*remaining == 0)
                            finishPerson();
                    });
            }
        });
    });
    m_client->connectToServer(settings.configuration(password()));
}

void DemoSeeder::finishPerson()
{
    // Not from inside a QXmppTask continuation: disconnecting cancels the
    // client's tasks, the running one included.
    QTimer::singleShot(0, this, [this] {
        m_client->disconnectFromServer();
        seedNext();
    });
}

void DemoSeeder::fail(const QString &error)
{
    if (m_failed)
        return;
    m_failed = true;
    qCWarning(lcDemo).noquote() << "seeding the demo failed:" << error;
    if (m_client)
        m_client->disconnectFromServer();
    Q_EMIT finished(false, error);
}

} // namespace Hearth
