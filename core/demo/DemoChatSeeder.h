#pragma once

#include <QObject>
#include <QHash>
#include <QStringList>

class QXmppClient;

namespace Hearth {

class LocalProsody;

// The demo's conversations: a few chats between the demo user and their
// contacts, sent through the server as each side (so they are in both
// archives and the demo user's client catches them up at login).
class DemoChatSeeder : public QObject
{
    Q_OBJECT
public:
    explicit DemoChatSeeder(LocalProsody *server, QObject *parent = nullptr);
    void run();

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void sendNext();
    void finish(bool ok, const QString &error);

    LocalProsody *m_server;
    QHash<QString, QXmppClient *> m_clients; // by user
    int m_connected = 0;
    int m_next = 0;
    QStringList m_sent; // each line's message id, by line
    bool m_done = false;
};

} // namespace Hearth
