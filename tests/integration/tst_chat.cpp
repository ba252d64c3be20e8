// One-to-one chat against a real Prosody: live both ways with receipts and
// read markers, the archive catch-up of a new cache, carbons to a second
// client, and forged carbons or archive results that must not get in.

#include "Account.h"
#include "chat/ChatService.h"
#include "chat/MessageArchive.h"
#include "upload/FileUpload.h"
#include "upload/UploadService.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"
#include "support/Wire.h"

#include <QDomDocument>
#include <QImage>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppElement.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::bodies;
using Test::history;
using Test::messageWithId;
using Test::result;

namespace {
ChatMessage::State stateOf(Test::TestSession &s, const QString &chat, const QString &id)
{
    return messageWithId(s, chat, id).state; // Received when not there
}

// A message element carrying an extension written as XML.
QXmppMessage withExtension(const QString &to, const QString &xml)
{
    QXmppMessage message(QString(), to);
    message.setType(QXmppMessage::Chat);
    QDomDocument doc;
    doc.setContent(xml, true);
    message.setExtensions({QXmppElement(doc.documentElement())});
    return message;
}
} // namespace

class TestChat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liveBothWaysWithReceiptsAndMarkers()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));

        const ChatMessage sent = result(alice.chat.send(bob.user.jid, u"Hello Bob"_s));
        QVERIFY(!sent.messageId.isEmpty());
        QCOMPARE(sent.originId, sent.messageId); // Movim's ids
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(bob, alice.user.jid)), QStringList{u"Hello Bob"_s}, 10000);
        const ChatMessage got = history(bob, alice.user.jid).constFirst();
        QVERIFY(!got.outgoing);
        QCOMPARE(got.sender, alice.user.jid);
        QCOMPARE(got.messageId, sent.messageId);
        QVERIFY2(!got.stanzaId.isEmpty(), "the server's archive id"); // Prosody's mod_mam stamps it

        // Bob's client acknowledged it (receipt): delivered at Alice.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice, bob.user.jid, sent.messageId), ChatMessage::State::Delivered, 10000);
        auto bobsChats = result(bob.chat.messages().chats(bob.chat.accountId())).value;
        QCOMPARE(bobsChats.size(), 1);
        QCOMPARE(bobsChats.constFirst().unread, 1);

        // Bob reads it: the unread count clears and Alice sees it displayed.
        QSignalSpy states(&alice.chat, &ChatService::stateChanged);
        bob.chat.markDisplayed(got);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(alice, bob.user.jid, sent.messageId), ChatMessage::State::Displayed, 10000);
        QVERIFY(!states.isEmpty());
        QTRY_COMPARE(result(bob.chat.messages().chats(bob.chat.accountId())).value.constFirst().unread, 0);

        // Bob types (XEP-0085): Alice sees it, and his message ends it.
        QSignalSpy typing(&alice.chat, &ChatService::composingChanged);
        bob.chat.setComposing(alice.user.jid, true);
        QTRY_VERIFY_WITH_TIMEOUT(!typing.isEmpty(), 10000);
        QCOMPARE(typing.constLast().at(0).toString(), bob.user.jid);
        QVERIFY(typing.constLast().at(1).toBool());

        // And back.
        (void)result(bob.chat.send(alice.user.jid, u"Hi Alice"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!typing.constLast().at(1).toBool(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(alice, bob.user.jid)), (QStringList{u"Hello Bob"_s, u"Hi Alice"_s}), 10000);
        QVERIFY(history(alice, bob.user.jid).constFirst().outgoing);
    }

    void newCacheCatchesUpFromTheArchive()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        Test::plainBetween(alice, bob); // a second cache reads the history
        for (int i = 1; i <= 5; ++i)
            (void)result(alice.chat.send(bob.user.jid, u"Message %1"_s.arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), 5, 10000); // then Bob answers
        (void)result(bob.chat.send(alice.user.jid, u"Got them"_s));
        QTRY_COMPARE_WITH_TIMEOUT(history(alice, bob.user.jid).size(), 6, 10000);

        // Bob on a new machine: nothing cached, the archive brings it all,
        // in order, his own message as his.
        Test::TestSession laptop;
        QVERIFY(laptop.login(server, bob.user));
        QTRY_COMPARE_WITH_TIMEOUT(history(laptop, alice.user.jid).size(), 6, 10000);
        const auto messages = history(laptop, alice.user.jid);
        QCOMPARE(messages.first().body, u"Message 1"_s);
        QCOMPARE(messages.last().body, u"Got them"_s);
        QVERIFY(messages.last().outgoing);
        QVERIFY(!messages.first().outgoing);

        // Offline while Alice writes twice more; the next session catches up
        // after the last archive id, without duplicates.
        laptop.account.disconnectFromServer();
        QTRY_VERIFY(laptop.account.state() == Connection::State::Offline);
        (void)result(alice.chat.send(bob.user.jid, u"While you were away"_s));
        (void)result(alice.chat.send(bob.user.jid, u"Still away?"_s));
        QVERIFY(laptop.login(server, bob.user));
        QTRY_COMPARE_WITH_TIMEOUT(history(laptop, alice.user.jid).size(), 8, 10000);
        // And once the archive query has ended: nothing twice.
        QVERIFY(Test::until(&laptop.chat, &ChatService::catchingUpChanged, [&] { return !laptop.chat.isCatchingUp(); }));
        QCOMPARE(history(laptop, alice.user.jid).size(), 8);
        QCOMPARE(history(laptop, alice.user.jid).last().body, u"Still away?"_s);
    }

    // A cache whose first catch-up found the archive empty (a new
    // account) catches up all of it later, not only a new cache's newest
    // page: here while it was away another client of Bob's was online, so
    // the server kept nothing offline for it and the archive is the only way.
    void aCacheStartedOnAnEmptyArchiveLaterCatchesUpAll()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        Test::plainBetween(alice, bob);
        QTRY_VERIFY_WITH_TIMEOUT(bob.chat.hasCaughtUp(), 10000);
        bob.account.disconnectFromServer();
        QTRY_VERIFY(bob.account.state() == Connection::State::Offline);
        Test::TestSession phone;
        QVERIFY(phone.login(server, bob.user));
        const int count = ChatService::kFirstCatchUp + 50;
        for (int i = 1; i <= count; ++i)
            (void)result(alice.chat.send(bob.user.jid, u"Number %1"_s.arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(history(phone, alice.user.jid).size(), count, 20000);
        QVERIFY(bob.login(server, bob.user));
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), count, 20000);
        QCOMPARE(history(bob, alice.user.jid).constFirst().body, u"Number 1"_s);
        QCOMPARE(history(bob, alice.user.jid).constLast().body, u"Number %1"_s.arg(count));
    }

    // Reading on through the archive asks for the next page while one is
    // being decrypted and stored (the server's work and the client's
    // overlap instead of taking turns), hands the pages on in order with
    // the final one marked, stops at the page limit, and ends with an
    // error, marked final, when it cannot ask.
    void archivePagesAreAskedForAheadAndHandedOnInOrder()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        Test::plainBetween(alice, bob);
        const int count = 130; // three pages of at most 50 (and receipts between)
        for (int i = 1; i <= count; ++i)
            (void)result(alice.chat.send(bob.user.jid, u"Number %1"_s.arg(i)));
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), count, 20000);
        QVERIFY(Test::roundTrip(bob));

        Test::Wire wire(bob);
        auto queriesSent = [&] {
            return std::count_if(wire.sent.cbegin(), wire.sent.cend(),
                                 [](const QString &xml) { return xml.contains(u"<query"_s) && xml.contains(u"urn:xmpp:mam:2"_s); });
        };
        struct Seen
        {
            QStringList bodies;
            QList<bool> last;
            QList<qsizetype> queriesWhenHandedOn;
            QString error;
        };
        auto read = [&](int maxPages) {
            auto seen = std::make_shared<Seen>();
            MessageArchive::Range range;
            range.max = 50;
            bob.account.client()->findExtension<MessageArchive>()->readOn({}, range, maxPages,
                [&, seen](const MessageArchive::Page &page, bool last) {
                    seen->queriesWhenHandedOn << queriesSent();
                    seen->last << last;
                    seen->error = page.error;
                    for (const auto &m : page.messages)
                        if (!m.message.body().isEmpty())
                            seen->bodies << m.message.body();
                });
            return seen;
        };

        auto all = read(ChatService::kMaxCatchUpPages);
        QTRY_VERIFY_WITH_TIMEOUT(all->last.contains(true), 20000);
        QVERIFY2(all->error.isEmpty(), qPrintable(all->error));
        const qsizetype pages = all->last.size();
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(all->last.count(true), 1);
        QVERIFY(all->last.constLast());
        QStringList expected;
        for (int i = 1; i <= count; ++i)
            expected << u"Number %1"_s.arg(i);
        QCOMPARE(all->bodies, expected);
        // Each page but the last was handed on after the next one had been
        // asked for (and no more than kReadAhead beyond); none after the last.
        for (qsizetype i = 0; i + 1 < pages; ++i) {
            const qsizetype asked = all->queriesWhenHandedOn.at(i);
            QVERIFY2(asked >= i + 2 && asked <= i + 1 + MessageArchive::kReadAhead, qPrintable(u"page %1: %2 queries"_s.arg(i).arg(asked)));
        }
        QCOMPARE(all->queriesWhenHandedOn.constLast(), pages);
        QVERIFY(Test::roundTrip(bob));
        QCOMPARE(queriesSent(), pages);

        // Two pages at most: the second is the last, and nothing more is asked.
        wire.sent.clear();
        auto two = read(2);
        QTRY_VERIFY_WITH_TIMEOUT(two->last.contains(true), 20000);
        QCOMPARE(two->last, (QList<bool>{false, true}));
        QVERIFY(Test::roundTrip(bob));
        QCOMPARE(queriesSent(), 2);

        // Offline: one call, the error, final.
        bob.account.disconnectFromServer();
        QTRY_VERIFY(bob.account.state() == Connection::State::Offline);
        auto offline = read(10);
        QTRY_COMPARE(offline->last, QList<bool>{true});
        QVERIFY(!offline->error.isEmpty());
    }

    // A catch-up page the cache could not store (a full disk, here a
    // trigger) is fetched again next time: the archive position moves only
    // after the write succeeded.
    void aPageThatCouldNotBeStoredIsFetchedAgain()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        Test::plainBetween(alice, bob); // a message decrypted but not stored could not be decrypted again
        (void)result(alice.chat.send(bob.user.jid, u"Before"_s));
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), 1, 10000);
        bob.account.disconnectFromServer();
        QTRY_VERIFY(bob.account.state() == Connection::State::Offline);
        (void)result(alice.chat.send(bob.user.jid, u"While away 1"_s));
        (void)result(alice.chat.send(bob.user.jid, u"While away 2"_s));
        // On the server (acknowledged) before Bob comes back.
        QTRY_VERIFY_WITH_TIMEOUT(history(alice, bob.user.jid).size() == 3
                                     && history(alice, bob.user.jid).last().state != ChatMessage::State::Pending, 10000);

        QVERIFY(result(bob.db.execute(u"CREATE TRIGGER disk_full BEFORE INSERT ON message "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s, {})).ok());
        QSignalSpy failed(&bob.chat, &ChatService::errorOccurred);
        QSignalSpy catchingUp(&bob.chat, &ChatService::catchingUpChanged); // started, then ended
        QVERIFY(bob.login(server, bob.user));
        QTRY_VERIFY_WITH_TIMEOUT(catchingUp.size() >= 2 && bob.chat.hasCaughtUp(), 10000);
        QVERIFY(failed.size() >= 1);
        QCOMPARE(history(bob, alice.user.jid).size(), 1);

        // The disk has room again: the next session brings both.
        QVERIFY(result(bob.db.execute(u"DROP TRIGGER disk_full"_s, {})).ok());
        bob.account.disconnectFromServer();
        QTRY_VERIFY(bob.account.state() == Connection::State::Offline);
        QVERIFY(bob.login(server, bob.user));
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), 3, 10000);
        const QStringList shown = bodies(history(bob, alice.user.jid));
        QVERIFY2(shown.contains(u"While away 1"_s) && shown.contains(u"While away 2"_s), qPrintable(shown.join(u", "_s)));
    }

    // Written offline: kept as "not sent" (never a silent "sending"
    // forever), and sent at the next session, in the order written.
    void aMessageThatCannotBeSentIsKeptAndSentLater()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        alice.account.disconnectFromServer();
        QTRY_VERIFY(alice.account.state() == Connection::State::Offline);

        QSignalSpy states(&alice.chat, &ChatService::stateChanged);
        const ChatMessage first = result(alice.chat.send(bob.user.jid, u"Written offline 1"_s));
        const ChatMessage second = result(alice.chat.send(bob.user.jid, u"Written offline 2"_s));
        QVERIFY(!first.messageId.isEmpty() && !second.messageId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(states.size(), 2, 10000);
        for (const auto &change : std::as_const(states))
            QCOMPARE(change.at(2).value<ChatMessage::State>(), ChatMessage::State::Failed);
        QCOMPARE(messageWithId(alice, bob.user.jid, first.messageId).state, ChatMessage::State::Failed);

        // Back online: both go out, in order, and are marked sent.
        QVERIFY(alice.login(server, alice.user));
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), 2, 10000);
        QCOMPARE(bodies(history(bob, alice.user.jid)), (QStringList{u"Written offline 1"_s, u"Written offline 2"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(messageWithId(alice, bob.user.jid, second.messageId).state >= ChatMessage::State::Sent, 10000);
        QVERIFY(messageWithId(alice, bob.user.jid, first.messageId).state >= ChatMessage::State::Sent);
    }

    void carbonsReachTheSecondClient()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob, phone;
        QVERIFY(Test::loginFriends(server, alice, bob));
        Test::plainBetween(alice, bob); // a second cache reads the history
        QVERIFY(phone.login(server, alice.user)); // Alice's second client
        QVERIFY(Test::carbonsEnabled(alice));
        QVERIFY(Test::carbonsEnabled(phone));

        // Sent from the desktop: the phone has it as Alice's own message.
        (void)result(alice.chat.send(bob.user.jid, u"From my desktop"_s));
        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(phone, bob.user.jid)), QStringList{u"From my desktop"_s}, 10000);
        QVERIFY(history(phone, bob.user.jid).constFirst().outgoing);
        // Bob's answer reaches both.
        (void)result(bob.chat.send(alice.user.jid, u"Both of you"_s));
        QTRY_COMPARE_WITH_TIMEOUT(history(phone, bob.user.jid).size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(history(alice, bob.user.jid).size(), 2, 10000);
    }

    void correctionsAndRetractionsFollowTheSender()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        Test::plainBetween(alice, bob); // a second cache reads the history
        const ChatMessage typo = result(alice.chat.send(bob.user.jid, u"See you at 8"_s));
        const ChatMessage other = result(alice.chat.send(bob.user.jid, u"Bring the map"_s));
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), 2, 10000);
        const ChatMessage bobs = result(bob.chat.send(alice.user.jid, u"Bob's own words"_s));
        QTRY_COMPARE_WITH_TIMEOUT(history(alice, bob.user.jid).size(), 3, 10000);

        // Alice corrects her first message: one row, new text, edited, on both sides.
        QSignalSpy changed(&bob.chat, &ChatService::messagesChanged);
        alice.chat.correct(messageWithId(alice, bob.user.jid, typo.messageId), u"See you at 9"_s);
        QTRY_COMPARE_WITH_TIMEOUT(messageWithId(bob, alice.user.jid, typo.messageId).body, u"See you at 9"_s, 10000);
        QVERIFY(messageWithId(bob, alice.user.jid, typo.messageId).edited);
        QCOMPARE(history(bob, alice.user.jid).size(), 3);
        QCOMPARE(messageWithId(alice, bob.user.jid, typo.messageId).body, u"See you at 9"_s);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(result(bob.chat.messages().search(bob.chat.accountId(), u"9"_s, 10)).value.size(), 1);

        // She retracts the second: emptied on both sides, the row stays as "deleted".
        alice.chat.retract(messageWithId(alice, bob.user.jid, other.messageId));
        QTRY_VERIFY_WITH_TIMEOUT(messageWithId(bob, alice.user.jid, other.messageId).retracted, 10000);
        QVERIFY(messageWithId(bob, alice.user.jid, other.messageId).body.isEmpty());
        QVERIFY(messageWithId(alice, bob.user.jid, other.messageId).retracted);
        QVERIFY(result(bob.chat.messages().search(bob.chat.accountId(), u"map"_s, 10)).value.isEmpty());

        // Alice cannot correct or retract Bob's message: the id is his.
        ChatMessage forged = messageWithId(alice, bob.user.jid, bobs.messageId);
        QCOMPARE(forged.body, u"Bob's own words"_s);
        forged.outgoing = true; // as if it were hers
        forged.sender = alice.user.jid;
        alice.chat.correct(forged, u"Words Bob never said"_s);
        alice.chat.retract(forged);
        (void)result(alice.chat.send(bob.user.jid, u"Last one"_s));
        // "Last one" left after the forged amendments on the same stream and
        // is stored after them by the one writer: once it is there, they
        // have been handled.
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), 4, 10000);
        QCOMPARE(messageWithId(bob, alice.user.jid, bobs.messageId).body, u"Bob's own words"_s);
        QVERIFY(!messageWithId(bob, alice.user.jid, bobs.messageId).retracted);
        QVERIFY(!messageWithId(bob, alice.user.jid, bobs.messageId).edited);

        // A new cache replays the archive: the same corrected, retracted history.
        Test::TestSession laptop;
        QVERIFY(laptop.login(server, bob.user));
        QTRY_COMPARE_WITH_TIMEOUT(history(laptop, alice.user.jid).size(), 4, 10000);
        QTRY_COMPARE(messageWithId(laptop, alice.user.jid, typo.messageId).body, u"See you at 9"_s);
        QVERIFY(messageWithId(laptop, alice.user.jid, other.messageId).retracted);
        QCOMPARE(messageWithId(laptop, alice.user.jid, bobs.messageId).body, u"Bob's own words"_s);
    }

    void reactionsAndRepliesReachTheOtherSide()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        Test::plainBetween(alice, bob); // a second cache reads the history
        const ChatMessage question = result(alice.chat.send(bob.user.jid, u"Pizza tonight?"_s));
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), 1, 10000);
        const QString thumbs = u"\U0001F44D"_s, party = u"\U0001F389"_s;

        // Bob reacts twice: Alice sees his set, and it is the same on his side.
        bob.chat.react(messageWithId(bob, alice.user.jid, question.messageId), {thumbs});
        QTRY_COMPARE_WITH_TIMEOUT(messageWithId(alice, bob.user.jid, question.messageId).reactions,
                                  (QList<MessageReaction>{{thumbs, {bob.user.jid}}}), 10000);
        bob.chat.toggleReaction(messageWithId(bob, alice.user.jid, question.messageId), party);
        QTRY_COMPARE_WITH_TIMEOUT(messageWithId(alice, bob.user.jid, question.messageId).reactions,
                                  (QList<MessageReaction>{{party, {bob.user.jid}}, {thumbs, {bob.user.jid}}}), 10000);
        QCOMPARE(messageWithId(bob, alice.user.jid, question.messageId).reactions, messageWithId(alice, bob.user.jid, question.messageId).reactions);
        // Alice adds the same thumbs; Bob takes his back.
        alice.chat.toggleReaction(messageWithId(alice, bob.user.jid, question.messageId), thumbs);
        bob.chat.react(messageWithId(bob, alice.user.jid, question.messageId), {});
        QTRY_COMPARE_WITH_TIMEOUT(messageWithId(alice, bob.user.jid, question.messageId).reactions,
                                  (QList<MessageReaction>{{thumbs, {alice.user.jid}}}), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(messageWithId(bob, alice.user.jid, question.messageId).reactions,
                                  (QList<MessageReaction>{{thumbs, {alice.user.jid}}}), 10000);

        // Bob replies: Alice gets his text without the quote, pointing at her question.
        const ChatMessage answer = result(bob.chat.reply(messageWithId(bob, alice.user.jid, question.messageId), u"Yes, 8 pm"_s));
        QTRY_COMPARE_WITH_TIMEOUT(messageWithId(alice, bob.user.jid, answer.messageId).body, u"Yes, 8 pm"_s, 10000);
        const ChatMessage got = messageWithId(alice, bob.user.jid, answer.messageId);
        QCOMPARE(got.replyTo, question.messageId);
        QCOMPARE(got.replySender, alice.user.jid);
        QCOMPARE(got.replyBody, u"Pizza tonight?"_s);
        QCOMPARE(got.replyQuote, u"Pizza tonight?"_s);

        // A new cache of Alice's replays all of it from the archive.
        Test::TestSession laptop;
        QVERIFY(laptop.login(server, alice.user));
        QTRY_COMPARE_WITH_TIMEOUT(history(laptop, bob.user.jid).size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(messageWithId(laptop, bob.user.jid, question.messageId).reactions,
                                  (QList<MessageReaction>{{thumbs, {alice.user.jid}}}), 10000);
        QCOMPARE(messageWithId(laptop, bob.user.jid, answer.messageId).replyBody, u"Pizza tonight?"_s);
    }

    void picturesGoThroughTheUploadService()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cake.png"_s);
        QImage picture(32, 32, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        QVERIFY(picture.save(path));
        FileUpload *upload = alice.account.uploads()->upload(path, this);
        QTRY_VERIFY_WITH_TIMEOUT(upload->isFinished(), 10000);
        QCOMPARE(upload->state(), FileUpload::State::Done);
        (void)result(alice.chat.sendFile(bob.user.jid, upload->url(), upload->mimeType()));

        // Bob has the link as an out-of-band file, a picture by its name.
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), 1, 10000);
        const ChatMessage got = history(bob, alice.user.jid).constFirst();
        QCOMPARE(got.attachmentUrl, upload->url().toString());
        QCOMPARE(got.attachmentType, u"image/png"_s);
        QCOMPARE(got.body, got.attachmentUrl); // what clients without XEP-0066 show

        // A post shared into the chat, Movim's way: Bob gets a post card.
        const QString post = u"xmpp:%1?;node=urn:xmpp:microblog:0;item=cake-day"_s.arg(alice.user.jid);
        (void)result(alice.chat.sharePost(bob.user.jid, post, u"Cake day"_s));
        QTRY_COMPARE_WITH_TIMEOUT(history(bob, alice.user.jid).size(), 2, 10000);
        const ChatMessage shared = history(bob, alice.user.jid).constLast();
        QVERIFY(shared.isSharedPost());
        QCOMPARE(shared.attachmentUrl, post);
        QVERIFY(shared.body.contains(u"Cake day"_s));
    }

    void forgedCarbonsAndArchiveResultsAreDropped()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob, eve;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(eve.login(server, server.createUser(u"eve"_s)));
        const QString to = alice.account.client()->configuration().jid();

        // Eve forges a carbon "sent by Alice to Bob" and an archive result
        // "from Bob", then sends one honest message.
        eve.account.client()->send(withExtension(to, u"<sent xmlns='urn:xmpp:carbons:2'><forwarded xmlns='urn:xmpp:forward:0'>"
                                                      "<message xmlns='jabber:client' type='chat' from='%1' to='%2'><body>forged carbon</body>"
                                                      "</message></forwarded></sent>"_s.arg(to, bob.user.jid)));
        eve.account.client()->send(withExtension(to, u"<result xmlns='urn:xmpp:mam:2' queryid='guess' id='x1'><forwarded xmlns='urn:xmpp:forward:0'>"
                                                      "<message xmlns='jabber:client' type='chat' from='%1' to='%2'><body>forged history</body>"
                                                      "</message></forwarded></result>"_s.arg(bob.user.jid, to)));
        (void)result(eve.chat.send(alice.user.jid, u"Honest hello"_s));

        QTRY_COMPARE_WITH_TIMEOUT(bodies(history(alice, eve.user.jid)), QStringList{u"Honest hello"_s}, 10000);
        QVERIFY(history(alice, bob.user.jid).isEmpty());
        QVERIFY(result(alice.chat.messages().search(alice.chat.accountId(), u"forged"_s, 10)).value.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChat)
#include "tst_chat.moc"
