#pragma once

#include "AccountSession.h"
#include "ProsodyServer.h"
#include "db/Database.h"

#include <QTemporaryDir>

namespace Hearth::Test {

// Where a test account's server is: the fixture's loopback host and port.
[[nodiscard]] AccountSettings settingsFor(ProsodyServer &server, const TestUser &user, quint16 port = 0);

// One Hearth user in a test: a private cache, an account and its contact
// list, logged into the fixture server.
struct TestSession
{
    QTemporaryDir dir;
    Database db;
    AccountSession session{&db}; // as the app and the command line build it
    Account &account = *session.account();
    ContactList &contacts = *session.contacts();
    FeedSync &feed = *session.feed();
    CommunityService &communities = *session.communities();
    ChatService &chat = *session.chat();
    RoomService &rooms = *session.rooms();
    E2eeService &e2ee = *session.e2ee();
    TestUser user;
    // Where the cache is when not in dir: a restarted client's (the first
    // one's dir, kept with setAutoRemove(false)).
    QString home;

    // Opens the cache, connects and waits for the roster; false on failure.
    // port: another way in (a TcpProxy), else the server's own.
    bool login(ProsodyServer &server, const TestUser &who, quint16 port = 0);
};

// A chat's cached messages, oldest first (as shown).
QList<ChatMessage> history(TestSession &session, const QString &chat);
QStringList bodies(const QList<ChatMessage> &messages);
// The chat's cached message with that message id, or that body (an empty
// message when there is none).
ChatMessage messageWithId(TestSession &session, const QString &chat, const QString &id);
ChatMessage messageWithBody(TestSession &session, const QString &chat, const QString &body);

// Carbons are on for this session's stream: QXmppCarbonManagerV2 asks for
// them on connecting but reports nothing, so this asks again (idempotent)
// and waits for the server's answer, which comes after the first one's.
bool carbonsEnabled(TestSession &session);

// A ping to the session's server, answered: whatever the server had to send
// this session before it (stanzas it already routed) has arrived.
bool roundTrip(TestSession &session);

// Makes a and b mutual contacts through requests and answers, as users
// would; true when both see "both".
bool befriend(TestSession &a, TestSession &b);

// a and b chat unencrypted (each turns OMEMO off for the other): for tests
// of chat itself where a second or new cache of an account must read the
// history, which OMEMO keeps from any device that did not exist when a
// message was sent (tst_e2ee tests that).
void plainBetween(TestSession &a, TestSession &b);

// New users "alice" and "bob", logged in as a and b and made contacts.
bool loginFriends(ProsodyServer &server, TestSession &a, TestSession &b);

// Both sides have their OMEMO device and know the other's OMEMO 2 devices
// (so what they send each other goes with OMEMO 2).
bool readyFor(TestSession &a, TestSession &b);

} // namespace Hearth::Test
