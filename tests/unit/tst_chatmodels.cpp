// The chat models under QAbstractItemModelTester: the chats list and one
// chat's messages (newest first, keyset pages, live arrivals, delivery
// states), and message text made safe to show.

#include "Account.h"
#include "AccountStore.h"
#include "ChatListModel.h"
#include "MessageListModel.h"
#include "MessageStyling.h"
#include "OccupantListModel.h"
#include "chat/ChatService.h"
#include "db/Database.h"
#include "support/TestUtils.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
const QString kBob = u"bob@example.org"_s;
const QString kMe = u"sam@example.org"_s;

ChatMessage message(int n, bool outgoing = false)
{
    ChatMessage m;
    m.chatJid = kBob;
    m.sender = outgoing ? kMe : kBob;
    m.outgoing = outgoing;
    m.state = outgoing ? ChatMessage::State::Sent : ChatMessage::State::Received;
    m.stamp = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC).addSecs(60 * n);
    m.messageId = m.originId = u"m%1"_s.arg(n);
    m.setBody(u"Message %1"_s.arg(n));
    return m;
}
} // namespace

class TestChatModels : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<ChatService> m_service;
    int m_opened = 0;

    QList<ChatMessage> stored(const QList<ChatMessage> &messages)
    {
        auto added = m_service->messages().ingest(m_service->accountId(), messages);
        Test::waitFor(added);
        return added.result().value;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::waitFor(m_db->open(m_dir.filePath(u"chat-%1.sqlite"_s.arg(++m_opened)))));
        AccountRecord record;
        record.settings.jid = kMe;
        auto saved = AccountStore(m_db.get()).save(record);
        QVERIFY(Test::waitFor(saved));
        m_account = std::make_unique<Account>();
        m_service = std::make_unique<ChatService>(m_db.get(), m_account.get());
        m_service->setAccountId(saved.result().value, kMe);
    }

    void cleanup()
    {
        m_service.reset();
        m_account.reset();
        m_db.reset();
    }

    void messagesPageLiveAndStates()
    {
        QList<ChatMessage> history;
        for (int n = 0; n < 120; ++n)
            history << message(n, n % 3 == 0);
        QCOMPARE(stored(history).size(), 120);

        {
            // Page by page as the view asks (the tester below asks for all).
            MessageListModel paged;
            paged.setService(m_service.get());
            paged.setChat(kBob);
            QTRY_COMPARE(paged.rowCount(), 50);
            QTRY_VERIFY(!paged.loading());
            QCOMPARE(paged.data(paged.index(0), MessageListModel::PlainBodyRole).toString(), u"Message 119"_s); // newest first
            paged.fetchMore({});
            QTRY_COMPARE(paged.rowCount(), 100);
            QTRY_VERIFY(!paged.loading());
            paged.fetchMore({});
            QTRY_COMPARE(paged.rowCount(), 120);
        }
        MessageListModel model;
        model.setService(m_service.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChat(kBob);
        for (int i = 0; i < 10 && model.rowCount() < 120; ++i) {
            QTRY_VERIFY(!model.loading());
            model.fetchMore({});
        }
        QTRY_COMPARE(model.rowCount(), 120);
        QTRY_VERIFY(!model.loading());
        QCOMPARE(model.data(model.index(119), MessageListModel::PlainBodyRole).toString(), u"Message 0"_s);

        // A live message joins at the bottom (row 0).
        QSignalSpy incoming(&model, &MessageListModel::incomingArrived);
        const auto fresh = stored({message(200)});
        Q_EMIT m_service->messagesAdded(fresh);
        QCOMPARE(model.rowCount(), 121);
        QCOMPARE(model.data(model.index(0), MessageListModel::PlainBodyRole).toString(), u"Message 200"_s);
        QCOMPARE(incoming.size(), 1);
        // Another chat's message does not.
        ChatMessage other = message(201);
        other.chatJid = other.sender = u"carol@example.org"_s;
        Q_EMIT m_service->messagesAdded(stored({other}));
        QCOMPARE(model.rowCount(), 121);

        // A read marker for an own message changes that row only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Q_EMIT m_service->stateChanged(kBob, u"m117"_s, ChatMessage::State::Displayed);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(2).value<QList<int>>(), QList<int>{MessageListModel::StateRole});
        QCOMPARE(model.data(model.index(3), MessageListModel::StateRole).toInt(), int(ChatMessage::State::Displayed));
        QCOMPARE(model.newestIncoming()->messageId, u"m200"_s);
    }

    // Encrypted pictures (aesgcm://) are not fetched unasked: the bubble
    // offers to show one; once the user opened it, it shows inline from
    // the decrypted file on this machine. Other encrypted files stay files;
    // a picture from the web shows as before.
    void encryptedPicturesShowOnceDecrypted()
    {
        const QString picture = u"aesgcm://upload.example.org/a1b2/holiday.jpg#"_s + QString(u'a').repeated(88);
        const QString document = u"aesgcm://upload.example.org/c3d4/notes.pdf#"_s + QString(u'b').repeated(88);
        ChatMessage withPicture = message(1);
        withPicture.attachmentUrl = picture;
        withPicture.encryption = ChatMessage::Encryption::Omemo2;
        withPicture.attachmentType = u"image/jpeg"_s;
        ChatMessage withDocument = message(2);
        withDocument.attachmentUrl = document;
        withDocument.encryption = ChatMessage::Encryption::Omemo2;
        QCOMPARE(stored({withPicture, withDocument}).size(), 2);
        MessageListModel model;
        model.setService(m_service.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChat(kBob);
        QTRY_COMPARE(model.rowCount(), 2);
        const QModelIndex documentRow = model.index(0), pictureRow = model.index(1);
        QVERIFY(model.data(pictureRow, MessageListModel::EncryptedPictureRole).toBool());
        QVERIFY(model.data(pictureRow, MessageListModel::ImageRole).toUrl().isEmpty()); // nothing loads
        QCOMPARE(model.data(pictureRow, MessageListModel::FileNameRole).toString(), u"holiday.jpg"_s);
        QVERIFY(!model.data(documentRow, MessageListModel::EncryptedPictureRole).toBool());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QString path = m_dir.filePath(u"files/0123456789abcdef-holiday.jpg"_s);
        model.setDecryptedFile(picture, path);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(model.data(pictureRow, MessageListModel::ImageRole).toUrl(), QUrl::fromLocalFile(path));
        QVERIFY(!model.data(pictureRow, MessageListModel::EncryptedPictureRole).toBool());
        QCOMPARE(model.decryptedFile(picture), path);
        QVERIFY(model.showsInline(picture));
        QVERIFY(!model.showsInline(document));
        // A decrypted document is still no picture.
        model.setDecryptedFile(document, m_dir.filePath(u"files/fedcba9876543210-notes.pdf"_s));
        QVERIFY(model.data(documentRow, MessageListModel::ImageRole).toUrl().isEmpty());
        // The decrypted picture stays shown when the chat is opened again.
        model.setChat(u"carol@example.org"_s);
        model.setChat(kBob);
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1), MessageListModel::ImageRole).toUrl(), QUrl::fromLocalFile(path));
    }

    // A search hit opens its conversation at the message: cached pages are
    // read back until it is in, and the row it is at is said; a message not
    // in the cache (or another chat's) is said to be missing.
    void revealLoadsPagesBackToAMessage()
    {
        QList<ChatMessage> history;
        for (int n = 0; n < 230; ++n)
            history << message(n);
        const QList<ChatMessage> saved = stored(history);
        QCOMPARE(saved.size(), 230);
        qint64 oldest = 0;
        for (const ChatMessage &m : saved)
            if (m.messageId == u"m100"_s)
                oldest = m.rowId;
        ChatMessage other = message(300);
        other.chatJid = other.sender = u"carol@example.org"_s;
        const qint64 carols = stored({other}).constFirst().rowId;
        QVERIFY(oldest > 0 && carols > 0);

        MessageListModel model;
        model.setService(m_service.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy revealed(&model, &MessageListModel::revealed);
        model.setChat(kBob);
        model.reveal(oldest); // asked while the first page loads
        QVERIFY(revealed.wait(10000));
        QCOMPARE(revealed.constFirst().at(1).toBool(), true);
        const int row = revealed.constFirst().at(0).toInt();
        QCOMPARE(row, 129);
        QCOMPARE(model.data(model.index(row), MessageListModel::IdRole).toString(), u"m100"_s);
        QCOMPARE(model.rowCount(), 150); // three pages of 50, no more than needed

        revealed.clear();
        model.reveal(carols);
        QVERIFY(revealed.size() == 1 || revealed.wait(10000));
        QCOMPARE(revealed.constFirst().at(1).toBool(), false);
        QCOMPARE(model.rowCount(), 230); // the whole chat read, nothing else
    }

    void chatsList()
    {
        QVERIFY(!stored({message(1), message(2, true)}).isEmpty());
        ChatMessage carol = message(5);
        carol.chatJid = carol.sender = u"carol@example.org"_s;
        QVERIFY(!stored({carol}).isEmpty());
        ChatListModel model;
        model.setService(m_service.get());
        model.setAuthors({[](const QString &jid) { return jid == kBob ? u"Bob"_s : QString(); }, [](const QString &) { return QString(); }});
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), ChatListModel::JidRole).toString(), u"carol@example.org"_s);
        QCOMPARE(model.data(model.index(1), ChatListModel::NameRole).toString(), u"Bob"_s);
        QCOMPARE(model.data(model.index(1), ChatListModel::LastBodyRole).toString(), u"Message 2"_s);
        QVERIFY(model.data(model.index(1), ChatListModel::LastOutgoingRole).toBool());
        QCOMPARE(model.unreadTotal(), 2);
        // New messages move the list (coalesced reload), in place: Bob's row
        // moves up and changes, Carol's row (a view's current item) follows,
        // nothing is reset.
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex current = model.index(0);
        Q_EMIT m_service->messagesAdded(stored({message(9)}));
        QTRY_COMPARE(model.data(model.index(0), ChatListModel::JidRole).toString(), kBob);
        QCOMPARE(model.unreadTotal(), 3);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(moves.count(), 1);
        QCOMPARE(changes.count(), 1); // Bob's row only
        QCOMPARE(current.row(), 1);
        QCOMPARE(current.data(ChatListModel::JidRole).toString(), u"carol@example.org"_s);
        // Names known later show without reading the cache again.
        model.peopleChanged();
        QCOMPARE(changes.count(), 2);
        QCOMPARE(resets.count(), 0);
    }

    void attentionFollowsTheLevel()
    {
        ChatSummary c;
        c.unread = 5;
        c.mentions = 1;
        QCOMPARE(ChatListModel::attention(c), 5); // default: every unread message
        c.notify = 2;
        QCOMPARE(ChatListModel::attention(c), 1); // on mention: the mentions
        c.notify = 3;
        QCOMPARE(ChatListModel::attention(c), 0); // never
        c.notify = 1;
        c.muted = true;
        QCOMPARE(ChatListModel::attention(c), 0); // muted
    }

    void occupantsModeratorsFirst()
    {
        OccupantListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Room room;
        room.jid = u"room@muc.example.org"_s;
        room.nick = u"sam"_s;
        auto add = [&room](const QString &nick, QXmppMucItem::Role role, QXmppMucItem::Affiliation affiliation, const QString &jid = {}) {
            room.occupants.insert(nick, Occupant{nick, jid, role, affiliation});
        };
        add(u"zoe"_s, QXmppMucItem::ParticipantRole, QXmppMucItem::MemberAffiliation, u"zoe@example.org"_s);
        add(u"sam"_s, QXmppMucItem::ParticipantRole, QXmppMucItem::NoAffiliation);
        add(u"Ann"_s, QXmppMucItem::ModeratorRole, QXmppMucItem::OwnerAffiliation);
        add(u"visitor"_s, QXmppMucItem::VisitorRole, QXmppMucItem::NoAffiliation);
        QSignalSpy counted(&model, &OccupantListModel::countChanged);
        model.setRoom(room);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(counted.size(), 1);
        QStringList order;
        for (int i = 0; i < model.rowCount(); ++i)
            order << model.data(model.index(i), OccupantListModel::NickRole).toString();
        QCOMPARE(order, (QStringList{u"Ann"_s, u"sam"_s, u"zoe"_s, u"visitor"_s}));
        QCOMPARE(model.data(model.index(0), OccupantListModel::AffiliationRole).toString(), u"owner"_s);
        QVERIFY(model.data(model.index(0), OccupantListModel::IsModeratorRole).toBool());
        QVERIFY(model.data(model.index(1), OccupantListModel::IsSelfRole).toBool());
        QCOMPARE(model.data(model.index(2), OccupantListModel::JidRole).toString(), u"zoe@example.org"_s);
        // Someone leaves: the list follows.
        room.occupants.remove(u"zoe"_s);
        model.setRoom(room);
        QCOMPARE(model.rowCount(), 3);
        model.setRoom({});
        QCOMPARE(model.rowCount(), 0);
    }

    void messageTextIsSafe_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("rich");
        QTest::newRow("markup escaped") << u"<script>alert(1)</script> <img src=https://x/y.png>"_s
                                        << u"&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=<a href=\"https://x/y.png\">https://x/y.png</a>&gt;"_s;
        QTest::newRow("link") << u"see https://example.org/a?b=1&c=2."_s
                              << u"see <a href=\"https://example.org/a?b=1&amp;c=2\">https://example.org/a?b=1&amp;c=2</a>."_s;
        QTest::newRow("no javascript links") << u"javascript:alert(1)"_s << u"javascript:alert(1)"_s;
        QTest::newRow("lines") << u"one\ntwo"_s << u"one<br>two"_s;
        // XEP-0393 styling, the directives kept (dimmed).
        const QString d = u"<span style=\"color:#8a8a8a\">%1</span>"_s;
        QTest::newRow("strong and emphasis") << u"*so* _very_ ~not~ `x<y`"_s
                                             << d.arg(u"*"_s) + u"<b>so</b>"_s + d.arg(u"*"_s) + u" "_s + d.arg(u"_"_s) + u"<i>very</i>"_s
                + d.arg(u"_"_s) + u" "_s + d.arg(u"~"_s) + u"<s>not</s>"_s + d.arg(u"~"_s) + u" "_s + d.arg(u"`"_s)
                + u"<code>x&lt;y</code>"_s + d.arg(u"`"_s);
        QTest::newRow("nested") << u"*_both_*"_s
                                << d.arg(u"*"_s) + u"<b>"_s + d.arg(u"_"_s) + u"<i>both</i>"_s + d.arg(u"_"_s) + u"</b>"_s + d.arg(u"*"_s);
        QTest::newRow("not styling") << u"2 * 3 * 4, snake_case_name, * x*, *x *"_s << u"2 * 3 * 4, snake_case_name, * x*, *x *"_s;
        QTest::newRow("no span across lines") << u"*one\ntwo*"_s << u"*one<br>two*"_s;
        QTest::newRow("code span keeps markup out") << u"`*a* <b>`"_s << d.arg(u"`"_s) + u"<code>*a* &lt;b&gt;</code>"_s + d.arg(u"`"_s);
        QTest::newRow("xmpp link") << u"join xmpp:room@muc.example.org?join."_s
                                   << u"join <a href=\"xmpp:room@muc.example.org?join\">xmpp:room@muc.example.org?join</a>."_s;
        QTest::newRow("xmpp post link") << u"xmpp:pubsub.example.org?;node=cats;item=a&b"_s
                                        << u"<a href=\"xmpp:pubsub.example.org?;node=cats;item=a&amp;b\">xmpp:pubsub.example.org?;node=cats;item=a&amp;b</a>"_s;
        QTest::newRow("link with underscores") << u"https://x.org/a_b_c"_s << u"<a href=\"https://x.org/a_b_c\">https://x.org/a_b_c</a>"_s;
        QTest::newRow("quote") << u"> *hi*\nyes"_s
                               << d.arg(u"&gt; "_s) + u"<i>"_s + d.arg(u"*"_s) + u"<b>hi</b>"_s + d.arg(u"*"_s) + u"</i><br>yes"_s;
        QTest::newRow("block") << u"```\n*raw* <x>\n```\nafter"_s
                               << d.arg(u"```"_s) + u"<pre>*raw* &lt;x&gt;</pre>"_s + d.arg(u"```"_s) + u"<br>after"_s;
    }

    void messageTextIsSafe()
    {
        QFETCH(QString, plain);
        QFETCH(QString, rich);
        QCOMPARE(MessageStyling::toHtml(plain), rich);
    }
};

QTEST_MAIN(TestChatModels)
#include "tst_chatmodels.moc"
