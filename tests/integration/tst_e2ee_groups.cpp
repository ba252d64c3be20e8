// End-to-end encryption in groups (issue 19): a private group of three
// Hearth users on a real Prosody (members only, real JIDs shown) encrypts
// its messages for the members' devices; replies, reactions and the room's
// archive go encrypted too; a member added later is encrypted for; a public
// channel is never encrypted, and sending encrypted to it fails instead of
// going out in the clear.

#include "Account.h"
#include "chat/ChatService.h"
#include "e2ee/E2eeService.h"
#include "muc/RoomService.h"
#include "support/HearthCli.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"
#include "support/Wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::bodies;
using Test::history;
using Test::messageWithBody;
using Test::result;
using Test::Wire;

namespace {
// Each session has its device and sees the group as private with the
// others as members, each member's OMEMO 2 devices known (so the group's
// messages go with OMEMO 2, as between Hearths).
bool groupReady(const QString &room, const QList<Test::TestSession *> &sessions)
{
    return QTest::qWaitFor([&] {
        for (Test::TestSession *s : sessions) {
            if (!s->e2ee.isReady() || !s->e2ee.isPrivateGroup(room))
                return false;
            QStringList others;
            for (Test::TestSession *o : sessions)
                if (o != s)
                    others << o->user.jid;
            others.sort();
            if (s->e2ee.groupMembers(room) != others || !s->e2ee.membersWithoutEncryption(room).isEmpty()
                || s->e2ee.usesLegacy(room) || !s->e2ee.encrypts(room))
                return false;
        }
        return true;
    }, 30000);
}
} // namespace

class TestE2eeGroups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aPrivateGroupOfThreeTalksEncrypted()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob, carol;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(carol.login(server, server.createUser(u"carol"_s))); // nobody's contact
        const QString room = u"hikers@muc.%1"_s.arg(server.domain());
        QCOMPARE(result(alice.rooms.create(room, u"Hikers"_s, RoomSettings::Kind::Group), 20000), QString());
        alice.rooms.invite(room, bob.user.jid);
        alice.rooms.invite(room, carol.user.jid);
        QSignalSpy bobInvited(&bob.rooms, &RoomService::invited);
        QTRY_COMPARE_WITH_TIMEOUT(bobInvited.size(), 1, 10000);
        QCOMPARE(result(bob.rooms.join(room)), QString());
        QCOMPARE(result(carol.rooms.join(room)), QString());
        QVERIFY(groupReady(room, {&alice, &bob, &carol}));
        Wire aliceWire(alice), bobWire(bob), carolWire(carol);

        // Alice writes: both read it, marked encrypted; her copy is one,
        // with the room's id from its echo (which she cannot decrypt: no
        // key for the sending device).
        const ChatMessage sent = result(alice.chat.send(room, u"Meet at the north gate"_s));
        QCOMPARE(sent.encryption, ChatMessage::Encryption::Omemo2);
        for (Test::TestSession *s : {&bob, &carol}) {
            QTRY_COMPARE_WITH_TIMEOUT(bodies(history(*s, room)), QStringList{u"Meet at the north gate"_s}, 15000);
            const ChatMessage got = history(*s, room).constFirst();
            QCOMPARE(got.encryption, ChatMessage::Encryption::Omemo2);
            QCOMPARE(got.undecryptable, ChatMessage::Undecryptable::No);
            QCOMPARE(got.sender, alice.rooms.room(room).nick);
            QVERIFY(!got.stanzaId.isEmpty());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!history(alice, room).constFirst().stanzaId.isEmpty(), 15000);
        QCOMPARE(bodies(history(alice, room)), QStringList{u"Meet at the north gate"_s});
        QCOMPARE(history(alice, room).constFirst().undecryptable, ChatMessage::Undecryptable::No);
        QCOMPARE(alice.e2ee.mode(room), E2eeService::Mode::On);

        // Carol (no one's contact) answers with a reply; Bob reacts to it.
        const ChatMessage gate = messageWithBody(carol, room, u"Meet at the north gate"_s);
        (void)result(carol.chat.reply(gate, u"Bringing the map"_s));
        for (Test::TestSession *s : {&alice, &bob})
            QTRY_VERIFY_WITH_TIMEOUT(!messageWithBody(*s, room, u"Bringing the map"_s).replyTo.isEmpty(), 15000);
        QCOMPARE(messageWithBody(alice, room, u"Bringing the map"_s).encryption, ChatMessage::Encryption::Omemo2);
        bob.chat.react(messageWithBody(bob, room, u"Bringing the map"_s), {u"🗺"_s});
        QTRY_VERIFY_WITH_TIMEOUT(!messageWithBody(carol, room, u"Bringing the map"_s).reactions.isEmpty(), 15000);
        QCOMPARE(messageWithBody(carol, room, u"Bringing the map"_s).reactions.constFirst().emoji, u"🗺"_s);

        // Nothing of it in the clear; OMEMO 2 on everyone's wire.
        for (const QString &text : {u"north gate"_s, u"Bringing the map"_s, u"🗺"_s}) {
            QVERIFY2(!aliceWire.carries(text), qPrintable(u"Alice sent in the clear: "_s + text));
            QVERIFY2(!bobWire.carries(text), qPrintable(u"Bob sent in the clear: "_s + text));
            QVERIFY2(!carolWire.carries(text), qPrintable(u"Carol sent in the clear: "_s + text));
        }
        for (Wire *wire : {&aliceWire, &bobWire, &carolWire})
            QVERIFY(wire->carries(u"urn:xmpp:omemo:2"_s));

        // A new cache of Bob's account (a device added after the messages
        // were sent) joins: the archive's copies say they are not for it,
        // never the fallback text; what comes after, it reads.
        Test::TestSession bob2;
        QVERIFY(bob2.login(server, bob.user));
        QVERIFY(QTest::qWaitFor([&] { return bob2.e2ee.isReady(); }, 20000));
        QCOMPARE(result(bob2.rooms.join(room, u"bob-laptop"_s)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(history(bob2, room).size(), 2, 15000);
        for (const ChatMessage &m : history(bob2, room)) {
            QCOMPARE(m.undecryptable, ChatMessage::Undecryptable::NotForThisDevice);
            QVERIFY(m.body.isEmpty());
        }
        // Alice's device learns of Bob's new device (his device list) before she writes.
        QTRY_VERIFY_WITH_TIMEOUT(devicesKnown(alice, bob.user.jid, 2), 20000);
        (void)result(alice.chat.send(room, u"Leaving in ten minutes"_s));
        QTRY_VERIFY_WITH_TIMEOUT(messageWithBody(bob2, room, u"Leaving in ten minutes"_s).encryption == ChatMessage::Encryption::Omemo2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(!messageWithBody(bob, room, u"Leaving in ten minutes"_s).body.isEmpty(), 15000);
    }

    void aMemberAddedLaterIsEncryptedFor()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob, dave;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(dave.login(server, server.createUser(u"dave"_s)));
        const QString room = u"quiet@muc.%1"_s.arg(server.domain());
        QCOMPARE(result(alice.rooms.create(room, u"Quiet"_s, RoomSettings::Kind::Group), 20000), QString());
        alice.rooms.invite(room, bob.user.jid);
        QSignalSpy bobInvited(&bob.rooms, &RoomService::invited);
        QTRY_COMPARE_WITH_TIMEOUT(bobInvited.size(), 1, 10000);
        QCOMPARE(result(bob.rooms.join(room)), QString());
        QVERIFY(groupReady(room, {&alice, &bob}));

        // Bob hears of Dave's membership from the room (Dave is not there
        // yet): his next message is encrypted for Dave too, who reads it
        // from the archive when he comes in.
        alice.rooms.invite(room, dave.user.jid);
        QTRY_VERIFY_WITH_TIMEOUT(bob.e2ee.groupMembers(room).contains(dave.user.jid), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(bob.e2ee.membersWithoutEncryption(room).isEmpty() && !bob.e2ee.usesLegacy(room), 20000);
        (void)result(bob.chat.send(room, u"Welcome, Dave"_s));
        QTRY_VERIFY_WITH_TIMEOUT(messageWithBody(bob, room, u"Welcome, Dave"_s).state == ChatMessage::State::Sent, 15000);
        QCOMPARE(result(dave.rooms.join(room)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(dave, room)), QStringList{u"Welcome, Dave"_s}, 20000);
        QCOMPARE(history(dave, room).constFirst().encryption, ChatMessage::Encryption::Omemo2);

        // The command line (as Dave, from a profile of its own): the group's
        // members and their devices.
        QTemporaryDir profile;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_TEST_PASSWORD"_s, dave.user.password);
        const Test::CliRun run = Test::runHearth(QStringLiteral(HEARTH_BINARY),
                                                 {u"encryption"_s, room, u"--json"_s, u"--profile"_s, profile.path(),
                                                  u"--jid"_s, dave.user.jid, u"--password-env"_s, u"HEARTH_TEST_PASSWORD"_s, u"--host"_s,
                                                  server.host(), u"--port"_s, QString::number(server.port())},
                                                 env);
        QVERIFY2(run.code == 0, qPrintable(run.out + run.err));
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(json.value(u"private"_s).toBool());
        QVERIFY(json.value(u"encrypts"_s).toBool());
        QStringList members;
        for (const QJsonValue &m : json.value(u"members"_s).toArray())
            members << m.toString();
        QCOMPARE(members, (QStringList{alice.user.jid, bob.user.jid}));
        QVERIFY(json.value(u"withoutEncryption"_s).toArray().isEmpty());
        QSet<QString> owners;
        for (const QJsonValue &d : json.value(u"devices"_s).toArray())
            owners.insert(d.toObject().value(u"jid"_s).toString());
        QCOMPARE(owners, (QSet<QString>{alice.user.jid, bob.user.jid}));
    }

    void aChannelIsNeverEncrypted()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(QTest::qWaitFor([&] { return alice.e2ee.isReady() && bob.e2ee.isReady(); }, 20000));
        const QString room = u"square@muc.%1"_s.arg(server.domain());
        QCOMPARE(result(alice.rooms.create(room, u"Square"_s, RoomSettings::Kind::Channel), 20000), QString());
        QCOMPARE(result(bob.rooms.join(room)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(alice.rooms.room(room).occupants.size(), 2, 10000);
        QVERIFY(Test::roundTrip(alice));
        // Public: plain, as every client in it expects.
        QVERIFY(!alice.e2ee.isPrivateGroup(room));
        QVERIFY(!alice.e2ee.encrypts(room));
        (void)result(alice.chat.send(room, u"Hello, square"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(bob, room, u"Hello, square"_s).encryption, ChatMessage::Encryption::None, 15000);
        // Turned on anyway: the message fails visibly, nothing in the clear.
        Wire wire(alice);
        alice.e2ee.setMode(room, E2eeService::Mode::On);
        const ChatMessage refused = result(alice.chat.send(room, u"Not for the square"_s));
        QVERIFY(refused.encryption != ChatMessage::Encryption::None);
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(alice, room, u"Not for the square"_s).state, ChatMessage::State::Failed, 15000);
        QVERIFY(Test::roundTrip(alice));
        QVERIFY(!wire.carries(u"Not for the square"_s));
    }

private:
    static bool devicesKnown(Test::TestSession &s, const QString &jid, int count)
    {
        const auto devices = result(s.e2ee.devices(jid));
        return std::count_if(devices.cbegin(), devices.cend(), [](const E2eeDevice &d) { return !d.legacy; }) == count;
    }
};

QTEST_GUILESS_MAIN(TestE2eeGroups)
#include "tst_e2ee_groups.moc"
