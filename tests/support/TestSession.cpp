#include "TestSession.h"

#include "TestUtils.h"

#include "AccountStore.h"
#include "e2ee/E2eeService.h"
#include "roster/ContactActions.h"

#include "profile/AvatarService.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppIq.h>
#include <QXmppTask.h>

namespace Hearth::Test {

AccountSettings settingsFor(ProsodyServer &server, const TestUser &user, quint16 port)
{
    AccountSettings settings;
    settings.jid = user.jid;
    settings.host = server.host();
    settings.port = port != 0 ? port : server.port();
    return settings;
}

bool TestSession::login(ProsodyServer &server, const TestUser &who, quint16 port)
{
    user = who;
    const QDir where(home.isEmpty() ? dir.path() : home);
    account.avatars()->setCache(AvatarCache(where.filePath(QStringLiteral("avatars"))));
    if (!db.path().isEmpty() || waitFor(db.open(where.filePath(QStringLiteral("hearth.sqlite"))))) {
        // As the app does: the account has a row, its cached roster is
        // loaded before connecting.
        if (contacts.accountId() == 0) {
            AccountRecord record;
            record.settings = settingsFor(server, who); // by JID: a restarted client's row again
            auto saved = AccountStore(&db).save(record);
            if (!waitFor(saved) || !saved.result().ok() || !waitFor(session.open(saved.result().value, who.jid)))
                return false;
        }
        QSignalSpy ready(&account, &Account::rosterReceived);
        account.connectToServer(settingsFor(server, who, port), who.password);
        return ready.wait(10000);
    }
    return false;
}

QList<ChatMessage> history(TestSession &session, const QString &chat)
{
    auto page = result(session.chat.messages().page(session.chat.accountId(), chat, {}, 500)).value.messages;
    std::reverse(page.begin(), page.end()); // oldest first, as shown
    return page;
}

QStringList bodies(const QList<ChatMessage> &messages)
{
    QStringList out;
    for (const ChatMessage &m : messages)
        out << m.body;
    return out;
}

ChatMessage messageWithId(TestSession &session, const QString &chat, const QString &id)
{
    for (const ChatMessage &m : history(session, chat))
        if (m.messageId == id)
            return m;
    return {};
}

ChatMessage messageWithBody(TestSession &session, const QString &chat, const QString &body)
{
    for (const ChatMessage &m : history(session, chat))
        if (m.body == body)
            return m;
    return {};
}

namespace {
bool ok(QFuture<QString> action)
{
    return waitFor(action) && action.result().isEmpty();
}
} // namespace

namespace {
// An IQ with one empty child element, e.g. <enable xmlns='urn:xmpp:carbons:2'/>.
class EmptyChildIq : public QXmppIq
{
public:
    EmptyChildIq(QXmppIq::Type type, QString name, QString xmlns)
        : m_name(std::move(name)), m_xmlns(std::move(xmlns))
    {
        setType(type);
    }

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override
    {
        writer->writeStartElement(m_name);
        writer->writeDefaultNamespace(m_xmlns);
        writer->writeEndElement();
    }

private:
    QString m_name;
    QString m_xmlns;
};

// Sends the IQ and waits for the server's answer: true on a result.
bool answered(TestSession &session, EmptyChildIq iq)
{
    QEventLoop loop;
    std::optional<bool> answer;
    session.account.client()->sendGenericIq(std::move(iq)).then(&loop, [&](QXmppClient::EmptyResult result) {
        answer = std::holds_alternative<QXmpp::Success>(result);
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!answer)
        loop.exec();
    return answer.value_or(false);
}
} // namespace

bool carbonsEnabled(TestSession &session)
{
    return answered(session, EmptyChildIq(QXmppIq::Set, QStringLiteral("enable"), QStringLiteral("urn:xmpp:carbons:2")));
}

bool roundTrip(TestSession &session)
{
    EmptyChildIq ping(QXmppIq::Get, QStringLiteral("ping"), QStringLiteral("urn:xmpp:ping"));
    ping.setTo(session.user.jid.section(QLatin1Char('@'), 1));
    return answered(session, std::move(ping));
}

bool befriend(TestSession &a, TestSession &b)
{
    const auto both = RosterEntry::Subscription::Both;
    return ok(a.account.contactActions()->add(b.user.jid, {}, {}))
        && until(&b.contacts, &ContactList::requestsChanged, [&] { return !b.contacts.requests().isEmpty(); })
        && ok(b.account.contactActions()->accept(a.user.jid, true))
        && until(&a.contacts, &ContactList::requestsChanged, [&] { return !a.contacts.requests().isEmpty(); })
        && ok(a.account.contactActions()->accept(b.user.jid, false))
        && until(&a.contacts, &ContactList::entryChanged, [&] { return a.contacts.entry(b.user.jid).subscription == both; })
        && until(&b.contacts, &ContactList::entryChanged, [&] { return b.contacts.entry(a.user.jid).subscription == both; });
}

void plainBetween(TestSession &a, TestSession &b)
{
    a.e2ee.setMode(b.user.jid, E2eeService::Mode::Off);
    b.e2ee.setMode(a.user.jid, E2eeService::Mode::Off);
}

bool readyFor(TestSession &a, TestSession &b)
{
    if (!QTest::qWaitFor([&] { return a.e2ee.isReady() && b.e2ee.isReady(); }, 20000))
        return false;
    // Device lists come as PEP notifications (+notify); asking settles a
    // race with a list published just after the presence was seen.
    a.e2ee.refreshDevices(b.user.jid);
    b.e2ee.refreshDevices(a.user.jid);
    // OMEMO 2 between two Hearths: each knows the other's OMEMO 2 devices
    // (the 0.3 list, if it came first, would make it 0.3 until then).
    return QTest::qWaitFor([&] {
        return a.e2ee.isAvailable(b.user.jid) && b.e2ee.isAvailable(a.user.jid) && !a.e2ee.usesLegacy(b.user.jid)
            && !b.e2ee.usesLegacy(a.user.jid);
    }, 20000);
}

bool loginFriends(ProsodyServer &server, TestSession &a, TestSession &b)
{
    return a.login(server, server.createUser(QStringLiteral("alice"))) && b.login(server, server.createUser(QStringLiteral("bob")))
        && befriend(a, b);
}

} // namespace Hearth::Test
