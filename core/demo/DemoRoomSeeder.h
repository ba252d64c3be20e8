#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QXmppClient;

namespace Hearth {

class LocalProsody;

// The demo's group chat: a room Alice creates and configures, where she,
// Bob and Erin talk (a picture, a mention of the demo user, a reaction and
// a reply among them), kept in the room's archive; the demo user has it
// bookmarked with autojoin (XEP-0402), so the app joins it at login.
class DemoRoomSeeder : public QObject
{
    Q_OBJECT
public:
    explicit DemoRoomSeeder(LocalProsody *server, QObject *parent = nullptr);
    void run();
    [[nodiscard]] QString roomJid() const;

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void enter(const QString &user);
    void configure();
    void sendNext();
    void bookmarkForDemo();
    void finish(bool ok, const QString &error);

    LocalProsody *m_server;
    QHash<QString, QXmppClient *> m_clients; // by user
    int m_connected = 0;
    int m_inside = 0;
    int m_next = 0;
    QStringList m_sent; // each line's message id
    bool m_done = false;
};

} // namespace Hearth
