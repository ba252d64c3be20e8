// The chat cache: deduplication across live delivery, carbons and the
// archive, keyset pages, the chats list with unread counts, delivery
// states that only move forward, oversized bodies, search.

#include "AccountStore.h"
#include "chat/MessageStore.h"
#include "db/Database.h"
#include "support/TestUtils.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
const QString kBob = u"bob@example.org"_s;
const QString kMe = u"sam@example.org"_s;

ChatMessage incoming(int n, const QString &from = kBob)
{
    ChatMessage m;
    m.chatJid = from;
    m.sender = from;
    m.stamp = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC).addSecs(n);
    m.messageId = u"msg-%1"_s.arg(n);
    m.originId = m.messageId;
    m.setBody(u"Message %1"_s.arg(n));
    return m;
}

template<typename T>
T get(QFuture<T> future)
{
    Test::waitFor(future);
    return future.result();
}
} // namespace

class TestMessageStore : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_account = 0;
    int m_opened = 0;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::waitFor(m_db->open(m_dir.filePath(u"hearth-%1.sqlite"_s.arg(++m_opened)))));
        AccountRecord record;
        record.settings.jid = kMe;
        m_account = get(AccountStore(m_db.get()).save(record)).value;
        QVERIFY(m_account > 0);
    }

    void deduplicatesLiveCarbonAndArchiveCopies()
    {
        MessageStore store(m_db.get());
        // Live: no stanza-id yet (a server without MAM on the message).
        ChatMessage live = incoming(1);
        QCOMPARE(get(store.ingest(m_account, {live})).value.size(), 1);
        // The archive's copy: same origin-id, now with the stanza-id.
        ChatMessage archived = live;
        archived.stanzaId = u"archive-1"_s;
        QCOMPARE(get(store.ingest(m_account, {archived})).value.size(), 0);
        // Again from the archive (a second catch-up): by stanza-id.
        archived.originId.clear();
        QCOMPARE(get(store.ingest(m_account, {archived})).value.size(), 0);
        const auto page = get(store.page(m_account, kBob, {}, 10)).value;
        QCOMPARE(page.messages.size(), 1);
        QCOMPARE(page.messages.constFirst().stanzaId, u"archive-1"_s);

        // Own message sent here, then its carbon-less archive copy that only
        // has the message id: one row, state Sent.
        ChatMessage mine;
        mine.chatJid = kBob;
        mine.sender = kMe;
        mine.outgoing = true;
        mine.state = ChatMessage::State::Pending;
        mine.stamp = live.stamp.addSecs(5);
        mine.messageId = u"own-1"_s;
        mine.setBody(u"Hi Bob"_s);
        QCOMPARE(get(store.ingest(m_account, {mine})).value.size(), 1);
        ChatMessage echo = mine;
        echo.stanzaId = u"archive-2"_s;
        echo.state = ChatMessage::State::Sent;
        QCOMPARE(get(store.ingest(m_account, {echo})).value.size(), 0);
        const auto after = get(store.page(m_account, kBob, {}, 10)).value.messages;
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.constFirst().state, ChatMessage::State::Sent);

        // The same origin-id from someone else is a different message.
        ChatMessage other = incoming(1, kBob);
        other.sender = u"eve@example.org"_s;
        QCOMPARE(get(store.ingest(m_account, {other})).value.size(), 1);
    }

    void pagesAreKeysetAndComplete()
    {
        MessageStore store(m_db.get());
        QList<ChatMessage> batch;
        for (int n = 0; n < 95; ++n) {
            ChatMessage m = incoming(n);
            m.stamp = incoming(n / 2).stamp; // pairs share a timestamp: the id breaks ties
            batch << m;
        }
        QCOMPARE(get(store.ingest(m_account, batch)).value.size(), 95);
        QSet<qint64> seen;
        MessageCursor cursor;
        qint64 previousStamp = std::numeric_limits<qint64>::max();
        int pages = 0;
        for (;;) {
            const auto page = get(store.page(m_account, kBob, cursor, 20)).value;
            ++pages;
            for (const ChatMessage &m : page.messages) {
                QVERIFY(!seen.contains(m.rowId));
                seen.insert(m.rowId);
                QVERIFY(m.stamp.toMSecsSinceEpoch() <= previousStamp);
                previousStamp = m.stamp.toMSecsSinceEpoch();
            }
            if (page.atEnd)
                break;
            cursor = page.next;
        }
        QCOMPARE(seen.size(), 95);
        QCOMPARE(pages, 5);
    }

    void chatsListUnreadAndStates()
    {
        MessageStore store(m_db.get());
        QVERIFY(get(store.ingest(m_account, {incoming(1), incoming(2), incoming(3, u"carol@example.org"_s)})).ok());
        ChatMessage mine;
        mine.chatJid = kBob;
        mine.sender = kMe;
        mine.outgoing = true;
        mine.state = ChatMessage::State::Pending;
        mine.stamp = incoming(10).stamp;
        mine.messageId = u"own-2"_s;
        mine.originId = mine.messageId;
        mine.setBody(u"Answer"_s);
        QVERIFY(get(store.ingest(m_account, {mine})).ok());

        auto chats = get(store.chats(m_account)).value;
        QCOMPARE(chats.size(), 2);
        QCOMPARE(chats.at(0).jid, kBob); // the most recent first
        QCOMPARE(chats.at(0).unread, 2); // own messages do not count
        QCOMPARE(chats.at(0).last.body, u"Answer"_s);
        QCOMPARE(chats.at(1).jid, u"carol@example.org"_s);
        QCOMPARE(chats.at(1).unread, 1);

        // Displayed, then a late receipt: the state stays Displayed.
        QVERIFY(get(store.advanceState(m_account, kBob, u"own-2"_s, ChatMessage::State::Displayed)).value);
        QVERIFY(!get(store.advanceState(m_account, kBob, u"own-2"_s, ChatMessage::State::Delivered)).value);
        QCOMPARE(get(store.chats(m_account)).value.at(0).last.state, ChatMessage::State::Displayed);
        // Nobody else's message can be marked by a receipt.
        QVERIFY(!get(store.advanceState(m_account, kBob, u"msg-1"_s, ChatMessage::State::Delivered)).value);

        QVERIFY(get(store.markRead(m_account, kBob, u"msg-2"_s)).ok());
        QVERIFY(get(store.setDraft(m_account, kBob, u"half a thought"_s)).ok());
        chats = get(store.chats(m_account)).value;
        QCOMPARE(chats.at(0).unread, 0);
        QCOMPARE(chats.at(0).draft, u"half a thought"_s);
        QVERIFY(!chats.at(0).muted);
        QVERIFY(get(store.setMuted(m_account, kBob, true)).ok());
        chats = get(store.chats(m_account)).value;
        QVERIFY(chats.at(0).muted);
        QCOMPARE(chats.at(0).draft, u"half a thought"_s); // nothing else changed
    }

    void roomMentionsAreCounted()
    {
        MessageStore store(m_db.get());
        const QString room = u"room@muc.example.org"_s;
        QVERIFY(get(m_db->execute(u"INSERT INTO chat (account_id, jid, kind, nick, notify) VALUES (?, ?, 1, 'sam', 2)"_s, {m_account, room})).ok());
        auto said = [&](int n, const QString &sender, const QString &body) {
            ChatMessage m = incoming(n, room);
            m.sender = sender;
            m.outgoing = sender == u"sam"_s;
            m.setBody(body);
            return m;
        };
        QVERIFY(get(store.ingest(m_account, {said(1, u"bob"_s, u"Sam: rope?"_s), said(2, u"ann"_s, u"samples"_s),
                                             said(3, u"sam"_s, u"sam here"_s), said(4, u"bob"_s, u"thanks @sam"_s)}))
                    .ok());
        auto chats = get(store.chats(m_account)).value;
        QCOMPARE(chats.size(), 1);
        QCOMPARE(chats.constFirst().unread, 3);
        QCOMPARE(chats.constFirst().mentions, 2);
        QCOMPARE(chats.constFirst().notify, 2);
        QVERIFY(get(store.markRead(m_account, room, u"msg-4"_s)).ok());
        chats = get(store.chats(m_account)).value;
        QCOMPARE(chats.constFirst().unread, 0);
        QCOMPARE(chats.constFirst().mentions, 0);
    }

    void reactionsApplyEvenBeforeTheirMessage()
    {
        MessageStore store(m_db.get());
        auto reaction = [](const QString &sender, const QString &target, const QStringList &emojis, int second) {
            ChatMessage r;
            r.chatJid = kBob;
            r.sender = sender;
            r.outgoing = sender == kMe;
            r.stamp = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addSecs(second);
            r.reactsTo = target;
            r.reactionSet = emojis;
            return r;
        };
        // Bob reacts to a message the cache does not have yet: kept, nothing changed.
        auto early = get(store.amend(m_account, {reaction(kBob, u"msg-1"_s, {u"\U0001F44D"_s}, 1)}));
        QVERIFY2(early.ok(), qPrintable(early.error));
        QVERIFY(early.value.changed.isEmpty() && early.value.orphans.isEmpty());
        // The message arrives (from the archive, say): it comes with the reaction.
        auto added = get(store.ingest(m_account, {incoming(1)}));
        QCOMPARE(added.value.size(), 1);
        QCOMPARE(added.value.constFirst().reactions, (QList<MessageReaction>{{u"\U0001F44D"_s, {kBob}}}));
        // The user adds two, one the same as Bob's; a page shows them grouped.
        auto mine = get(store.amend(m_account, {reaction(kMe, u"msg-1"_s, {u"\U0001F44D"_s, u"\U0001F389"_s}, 2)}));
        QCOMPARE(mine.value.changed.size(), 1);
        QCOMPARE(mine.value.changed.constFirst().reactions,
                 (QList<MessageReaction>{{u"\U0001F44D"_s, {kBob, kMe}}, {u"\U0001F389"_s, {kMe}}}));
        // A set replaces the sender's earlier one; an older set arriving late does not.
        (void)get(store.amend(m_account, {reaction(kBob, u"msg-1"_s, {}, 3)}));
        (void)get(store.amend(m_account, {reaction(kBob, u"msg-1"_s, {u"\U0001F622"_s}, 0)}));
        auto page = get(store.page(m_account, kBob, {}, 10));
        // (Equal counts: ordered by emoji.)
        QCOMPARE(page.value.messages.constFirst().reactions,
                 (QList<MessageReaction>{{u"\U0001F389"_s, {kMe}}, {u"\U0001F44D"_s, {kMe}}}));
    }

    void repliesShowWhatTheyAnswer()
    {
        MessageStore store(m_db.get());
        ChatMessage reply = incoming(2);
        reply.setBody(u"Yes!"_s);
        reply.replyTo = u"msg-1"_s;
        reply.replyQuote = u"Coming tonight?"_s;
        // Before the original is cached: only the quote it carried.
        auto early = get(store.ingest(m_account, {reply}));
        QCOMPARE(early.value.size(), 1);
        QCOMPARE(early.value.constFirst().replyQuote, u"Coming tonight?"_s);
        QVERIFY(early.value.constFirst().replyBody.isEmpty());
        // Once it is, the reply shows the original's sender and text.
        ChatMessage original = incoming(1, kBob);
        original.sender = kMe;
        original.outgoing = true;
        original.setBody(u"Coming tonight? I have cake."_s);
        (void)get(store.ingest(m_account, {original}));
        auto page = get(store.page(m_account, kBob, {}, 10));
        QCOMPARE(page.value.messages.size(), 2);
        const ChatMessage &shown = page.value.messages.constFirst();
        // Both in one batch (an archive page): the reply shows its original at once.
        ChatMessage later = incoming(4);
        later.replyTo = u"msg-3"_s;
        auto batch = get(store.ingest(m_account, {incoming(3), later}));
        QCOMPARE(batch.value.size(), 2);
        QCOMPARE(batch.value.constLast().replySender, kBob);
        QCOMPARE(batch.value.constLast().replyBody, u"Message 3"_s);
        QCOMPARE(shown.replyTo, u"msg-1"_s);
        QCOMPARE(shown.replySender, kMe);
        QCOMPARE(shown.replyBody, u"Coming tonight? I have cake."_s);
    }

    void oversizedBodiesAreTruncatedAndSearchable()
    {
        MessageStore store(m_db.get());
        ChatMessage big = incoming(1);
        big.setBody(u"needle "_s + QString(1024 * 1024, u'x'));
        QVERIFY(big.truncated);
        QCOMPARE(big.body.size(), ChatMessage::kMaxBody);
        QVERIFY(get(store.ingest(m_account, {big, incoming(2)})).ok());
        const auto stored = get(store.page(m_account, kBob, {}, 10)).value.messages;
        QCOMPARE(stored.size(), 2);
        QVERIFY(stored.at(1).truncated);
        QCOMPARE(get(store.search(m_account, u"need"_s, 10)).value.size(), 1);
        QCOMPARE(get(store.search(m_account, u"\"message 2"_s, 10)).value.size(), 1); // quotes are not syntax
        QVERIFY(get(store.search(m_account, u"   "_s, 10)).value.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMessageStore)
#include "tst_messagestore.moc"
