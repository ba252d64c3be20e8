#pragma once

#include "DemoData.h"

#include <QList>
#include <QObject>
#include <QString>

class QXmppClient;

namespace Hearth {

class LocalProsody;

// Fills the demo server (see Demo::people()): registers every account
// in-band, gives each a vCard name, makes the demo user's contacts mutual
// subscriptions in named groups, leaves two requests pending and blocks one
// account. Asynchronous; running it again is harmless.
class DemoSeeder : public QObject
{
    Q_OBJECT
public:
    explicit DemoSeeder(LocalProsody *server, QObject *parent = nullptr);

    void run();

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void registerNext();
    void connectDemoUser();
    void seedNext();
    void finishPerson(QXmppClient *client);
    void fail(const QString &error);
    [[nodiscard]] QString jidOf(const Demo::Person &person) const;
    QXmppClient *connectAs(const Demo::Person &person);

    LocalProsody *m_server;
    QXmppClient *m_demo = nullptr;
    int m_next = 0;
    bool m_failed = false;
};

// The demo's contacts that are "online" while the demo runs, each with its
// own show and status, so the contact list shows mixed presence.
class DemoPresence : public QObject
{
    Q_OBJECT
public:
    explicit DemoPresence(LocalProsody *server, QObject *parent = nullptr);
    ~DemoPresence() override;

private:
    QList<QXmppClient *> m_clients;
};

} // namespace Hearth
