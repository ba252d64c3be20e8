// Group chat (XEP-0045) against a real Prosody: a room created and
// configured, three accounts in it, invitations (XEP-0249), history from the
// room's archive, mentions, subject, nicknames, reactions and replies by
// the room's ids, bookmarks (XEP-0402) with autojoin on a new session, and
// a ban that tells the user why.

#include "Account.h"
#include "chat/ChatService.h"
#include "roster/PresenceTracker.h"
#include "chat/Mentions.h"
#include "muc/BookmarkService.h"
#include "muc/RoomService.h"
#include "e2ee/E2eeService.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::bodies;
using Test::history;
using Test::messageWithBody;
using Test::result;


class TestRooms : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupChatEndToEnd()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob, carol;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(carol.login(server, server.createUser(u"carol"_s)));
        const QString room = u"climbers@muc.%1"_s.arg(server.domain());

        // Alice creates a private group: configured, bookmarked with autojoin.
        QCOMPARE(result(alice.rooms.create(room, u"Climbers"_s, RoomSettings::Kind::Group), 20000), QString());
        QVERIFY(alice.rooms.isJoined(room));
        const RoomSettings settings = result(alice.rooms.settings(room));
        QVERIFY2(settings.error.isEmpty(), qPrintable(settings.error));
        QCOMPARE(settings.name, u"Climbers"_s);
        QVERIFY(settings.membersOnly);
        QVERIFY(settings.persistent);
        QVERIFY(settings.jidsVisible);
        const auto fetched = result(alice.account.bookmarks()->fetch());
        QVERIFY2(fetched.error.isEmpty(), qPrintable(fetched.error));
        QCOMPARE(fetched.bookmarks.size(), 1);
        QCOMPARE(fetched.bookmarks.constFirst().jid, room);
        QVERIFY(fetched.bookmarks.constFirst().autojoin);
        QVERIFY(!alice.account.bookmarks()->usesLegacyStorage());

        // Group chat itself, unencrypted: a new cache of Bob's below reads
        // the history, which OMEMO keeps from a device that came later
        // (tst_e2ee_groups tests the private group encrypted).
        for (Test::TestSession *s : {&alice, &bob, &carol})
            s->e2ee.setMode(room, E2eeService::Mode::Off);

        // A stranger cannot get into a members-only room…
        QCOMPARE(result(carol.rooms.join(room)), u"Only members may join this room."_s);
        // …until invited (XEP-0249; Alice, the owner, makes them members first).
        QSignalSpy bobInvited(&bob.rooms, &RoomService::invited);
        QSignalSpy carolInvited(&carol.rooms, &RoomService::invited);
        alice.rooms.invite(room, bob.user.jid, u"Thursday plans"_s);
        alice.rooms.invite(room, carol.user.jid);
        QTRY_COMPARE_WITH_TIMEOUT(bobInvited.size(), 1, 10000);
        QCOMPARE(bobInvited.constFirst().at(0).toString(), room);
        QCOMPARE(bobInvited.constFirst().at(1).toString(), alice.user.jid);
        QCOMPARE(bobInvited.constFirst().at(2).toString(), u"Thursday plans"_s);
        QTRY_COMPARE_WITH_TIMEOUT(carolInvited.size(), 1, 10000);

        // Alice speaks before the others are in: they get it from the room's archive.
        (void)result(alice.chat.send(room, u"Welcome, climbers!"_s));
        QTRY_VERIFY_WITH_TIMEOUT(messageWithBody(alice, room, u"Welcome, climbers!"_s).state == ChatMessage::State::Sent, 10000);
        QCOMPARE(result(bob.rooms.join(room)), QString());
        QCOMPARE(result(carol.rooms.join(room, u"Caro"_s)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(bob, room)), QStringList{u"Welcome, climbers!"_s}, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(carol, room)), QStringList{u"Welcome, climbers!"_s}, 10000);
        const ChatMessage welcome = history(bob, room).constFirst();
        QCOMPARE(welcome.sender, alice.rooms.room(room).nick);
        QVERIFY(!welcome.outgoing);
        QVERIFY(!welcome.stanzaId.isEmpty()); // the room's archive id

        // Everyone sees everyone, with roles.
        QTRY_COMPARE_WITH_TIMEOUT(alice.rooms.room(room).occupants.size(), 3, 10000);
        const Room seen = alice.rooms.room(room);
        QCOMPARE(seen.self().affiliation, QXmppMucItem::OwnerAffiliation);
        QCOMPARE(seen.self().role, QXmppMucItem::ModeratorRole);
        QCOMPARE(seen.occupants.value(u"Caro"_s).affiliation, QXmppMucItem::MemberAffiliation);
        QCOMPARE(seen.occupants.value(u"Caro"_s).jid, carol.user.jid);
        // Occupants' presences do not make the room look like a contact who is online.
        QCOMPARE(alice.account.presence()->presence(room).availability, ContactPresence::Availability::Offline);

        // Live messages, one mentioning Bob, and each sender's own copy once.
        const QString bobNick = bob.rooms.room(room).nick;
        (void)result(carol.chat.send(room, u"%1: bring the rope?"_s.arg(bobNick)));
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, room).size(), 2, 10000);
        QVERIFY(Mentions::mentions(history(bob, room).constLast().body, bobNick));
        QVERIFY(!Mentions::mentions(history(bob, room).constLast().body, u"Caro"_s));
        QTRY_COMPARE_WITH_TIMEOUT(history(carol, room).size(), 2, 10000);
        // The room's echo has come back (it carries the room's stanza-id)
        // and was merged with the sent copy, not added beside it.
        QTRY_VERIFY_WITH_TIMEOUT(!history(carol, room).constLast().stanzaId.isEmpty(), 10000);
        QCOMPARE(history(carol, room).size(), 2);
        QVERIFY(history(carol, room).constLast().outgoing);

        // Reactions and replies name the room's stanza-id (MOVIM-WIRE §2.8).
        const ChatMessage question = messageWithBody(bob, room, u"%1: bring the rope?"_s.arg(bobNick));
        bob.chat.react(question, {u"👍"_s});
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(alice, room, question.body).reactions,
                                  (QList<MessageReaction>{{u"👍"_s, {bobNick}}}), 10000);
        const ChatMessage answer = result(bob.chat.reply(question, u"Yes, and the quickdraws"_s));
        QCOMPARE(answer.replyTo, question.stanzaId);
        QTRY_COMPARE_WITH_TIMEOUT(messageWithBody(carol, room, u"Yes, and the quickdraws"_s).replySender, u"Caro"_s, 10000);

        // A private message from Bob to Alice through the room: its own
        // conversation (under Bob's occupant JID), not in the room's.
        const QString aliceNick = alice.rooms.room(room).nick;
        const int roomMessages = int(history(alice, room).size());
        const ChatMessage whisper = result(bob.chat.send(room + u'/' + aliceNick, u"Psst, carpool?"_s));
        QCOMPARE(whisper.chatJid, room + u'/' + aliceNick);
        const QString bobsOccupant = room + u'/' + bobNick;
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(alice, bobsOccupant)), QStringList{u"Psst, carpool?"_s}, 10000);
        QCOMPARE(history(alice, bobsOccupant).constFirst().sender, bobNick);
        QCOMPARE(history(alice, room).size(), roomMessages);

        // Subject and a nickname change.
        alice.rooms.setSubject(room, u"Thursday 7 pm"_s);
        QTRY_COMPARE_WITH_TIMEOUT(bob.rooms.room(room).subject, u"Thursday 7 pm"_s, 10000);
        carol.rooms.changeNick(room, u"Carol"_s);
        QTRY_COMPARE_WITH_TIMEOUT(carol.rooms.room(room).nick, u"Carol"_s, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(bob.rooms.room(room).occupants.contains(u"Carol"_s), 10000);
        QVERIFY(!bob.rooms.room(room).occupants.contains(u"Caro"_s));
        QCOMPARE(carol.chat.roomNick(room), u"Carol"_s);

        // Bob bookmarks the room; a new session of his (a new cache) joins it by itself.
        QCOMPARE(result(bob.rooms.bookmark(room, true)), QString());
        Test::TestSession laptop;
        QVERIFY(laptop.login(server, bob.user));
        QTRY_VERIFY_WITH_TIMEOUT(laptop.rooms.isJoined(room), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(history(laptop, room).size(), 3, 10000);
        QCOMPARE(history(laptop, room).constFirst().body, u"Welcome, climbers!"_s);

        // Alice bans Carol: Carol is told why, and cannot come back.
        QSignalSpy carolLeft(&carol.rooms, &RoomService::roomLeft);
        QCOMPARE(result(alice.rooms.ban(room, u"Carol"_s, u"Spam"_s)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(carolLeft.size(), 1, 10000);
        QVERIFY(carolLeft.constFirst().at(1).toString().contains(u"banned"_s));
        QVERIFY(carolLeft.constFirst().at(1).toString().contains(u"Spam"_s));
        QVERIFY(!carol.rooms.isJoined(room));
        // (Prosody checks membership before bans: a members-only room says that.)
        const QString refused = result(carol.rooms.join(room));
        QVERIFY2(refused == u"You are banned from this room."_s || refused == u"Only members may join this room."_s, qPrintable(refused));
        QVERIFY(!carol.rooms.isJoined(room));
    }

    void legacyBookmarksWithoutCompat()
    {
        // A server without XEP-0402 #compat keeps XEP-0048 storage apart: Hearth uses that.
        Test::ProsodyServer server(true, false, false);
        HEARTH_START_SERVER(server);
        Test::TestSession alice;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        const QString room = u"lounge@muc.%1"_s.arg(server.domain());
        QCOMPARE(result(alice.rooms.join(room, u"ali"_s)), QString());
        QCOMPARE(result(alice.rooms.bookmark(room, true)), QString());
        QVERIFY(alice.account.bookmarks()->usesLegacyStorage());
        // A new session of hers (a new cache) finds it there and joins.
        Test::TestSession phone;
        QVERIFY(phone.login(server, alice.user));
        QTRY_VERIFY_WITH_TIMEOUT(phone.rooms.isJoined(room), 10000);
        QCOMPARE(phone.rooms.room(room).nick, u"ali"_s);
        const auto fetched = result(phone.account.bookmarks()->fetch());
        QCOMPARE(fetched.bookmarks.size(), 1);
        QVERIFY(fetched.bookmarks.constFirst().autojoin);
    }

    void kickTellsWhy()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        QVERIFY(bob.login(server, server.createUser(u"bob"_s)));
        const QString room = u"open@muc.%1"_s.arg(server.domain());
        QCOMPARE(result(alice.rooms.create(room, u"Open"_s, RoomSettings::Kind::Channel), 20000), QString());
        QVERIFY(!result(alice.rooms.settings(room)).membersOnly);
        QCOMPARE(result(bob.rooms.join(room)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(alice.rooms.room(room).occupants.size(), 2, 10000);
        // A channel hides addresses from participants, not from its owner… but Bob sees none.
        QVERIFY(bob.rooms.room(room).occupants.value(alice.rooms.room(room).nick).jid.isEmpty());
        QSignalSpy left(&bob.rooms, &RoomService::roomLeft);
        QCOMPARE(result(alice.rooms.kick(room, bob.rooms.room(room).nick, u"Too loud"_s)), QString());
        QTRY_COMPARE_WITH_TIMEOUT(left.size(), 1, 10000);
        QCOMPARE(left.constFirst().at(1).toString(), u"You were kicked from the room. Reason: Too loud"_s);
        QVERIFY(!bob.rooms.isJoined(room));
        // A kick is not a ban: he may come back.
        QCOMPARE(result(bob.rooms.join(room)), QString());
    }

    void bookmarksKeepOtherClientsExtensions()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        // Another client's bookmark with extensions Hearth does not know.
        Bookmark foreign;
        foreign.jid = u"lounge@muc.%1"_s.arg(server.domain());
        foreign.name = u"Lounge"_s;
        foreign.nick = u"ali"_s;
        foreign.extensionsXml = u"<pinned xmlns='urn:xmpp:bookmarks-pinning:0'/><call xmlns='https://movim.eu'/>"_s;
        QCOMPARE(result(alice.account.bookmarks()->save(foreign)), QString());
        // Hearth sets the notification level (XEP-0492): the rest survives.
        QTRY_VERIFY_WITH_TIMEOUT(alice.rooms.bookmarkOf(foreign.jid).has_value(), 10000);
        QCOMPARE(result(alice.rooms.setNotify(foreign.jid, Bookmark::Notify::OnMention)), QString());
        const auto fetched = result(alice.account.bookmarks()->fetch());
        QCOMPARE(fetched.bookmarks.size(), 1);
        const Bookmark back = fetched.bookmarks.constFirst();
        QCOMPARE(back.notify(), Bookmark::Notify::OnMention);
        QVERIFY(back.extensionsXml.contains(u"urn:xmpp:bookmarks-pinning:0"_s));
        QVERIFY(back.extensionsXml.contains(u"https://movim.eu"_s));
        QCOMPARE(back.nick, u"ali"_s);
        QVERIFY(!back.autojoin);
        // Removing it removes it everywhere.
        QCOMPARE(result(alice.rooms.removeBookmark(foreign.jid)), QString());
        QVERIFY(result(alice.account.bookmarks()->fetch()).bookmarks.isEmpty());
    }
};

QTEST_MAIN(TestRooms)
#include "tst_rooms.moc"
