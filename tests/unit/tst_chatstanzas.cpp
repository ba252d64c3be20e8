// How arriving stanzas become chat messages (ChatStanzas::fromStanza), on
// stanzas shaped as Movim, Conversations and Dino send them.

#include "chat/ChatStanzas.h"
#include "support/StanzaXml.h"

#include <QTest>
#include <QXmlStreamWriter>
#include <QXmppE2eeMetadata.h>
#include <QXmppMessage.h>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
const QString kMe = u"sam@example.org"_s;

std::optional<ChatMessage> parse(const QString &xml, const QString &archiveId = {})
{
    return ChatStanzas::fromStanza(Test::messageFromXml(xml), kMe, archiveId);
}
} // namespace

class TestChatStanzas : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void movimMessageIdsAndServerStanzaId()
    {
        const auto m = parse(u"<message xmlns='jabber:client' type='chat' id='5f0c' from='bob@example.org/movim' to='sam@example.org'>"
                             "<body>Hello</body><origin-id xmlns='urn:xmpp:sid:0' id='5f0c'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
                             "<stanza-id xmlns='urn:xmpp:sid:0' by='evil@example.org' id='forged'/>"
                             "<stanza-id xmlns='urn:xmpp:sid:0' by='sam@example.org' id='arch-7'/></message>"_s);
        QVERIFY(m);
        QCOMPARE(m->chatJid, u"bob@example.org"_s);
        QCOMPARE(m->sender, u"bob@example.org"_s);
        QVERIFY(!m->outgoing);
        QCOMPARE(m->messageId, u"5f0c"_s);
        QCOMPARE(m->originId, u"5f0c"_s);
        QCOMPARE(m->stanzaId, u"arch-7"_s); // only the own server's id counts
    }

    void ownMessageFromAnotherClient()
    {
        const auto m = parse(u"<message xmlns='jabber:client' type='chat' id='x1' from='sam@example.org/phone' to='bob@example.org'>"
                             "<body>From my phone</body></message>"_s, u"arch-9"_s);
        QVERIFY(m);
        QVERIFY(m->outgoing);
        QCOMPARE(m->chatJid, u"bob@example.org"_s);
        QCOMPARE(m->stanzaId, u"arch-9"_s);
        QCOMPARE(m->state, ChatMessage::State::Sent);
    }

    void movimSharedPost()
    {
        // MOVIM-WIRE §2.7: body, a data reference and an out-of-band link.
        const QString uri = u"xmpp:alice@example.org?;node=urn:xmpp:microblog:0;item=sourdough"_s;
        const auto m = parse(u"<message xmlns='jabber:client' type='chat' id='s1' from='bob@example.org/movim' to='sam@example.org'>"
                             "<body>https://movim.example.org/node/alice/sourdough</body>"
                             "<reference xmlns='urn:xmpp:reference:0' type='data' uri='%1'/>"
                             "<x xmlns='jabber:x:oob'><url>%1</url></x></message>"_s.arg(uri.toHtmlEscaped()));
        QVERIFY(m);
        QVERIFY(m->isSharedPost());
        QCOMPARE(m->attachmentUrl, uri);
    }

    void filesCorrectionsAndRetractions()
    {
        const auto file = parse(u"<message xmlns='jabber:client' type='chat' id='f1' from='bob@example.org/dino' to='sam@example.org'>"
                                "<body>https://up.example.org/abc/photo.JPG</body>"
                                "<x xmlns='jabber:x:oob'><url>https://up.example.org/abc/photo.JPG</url></x></message>"_s);
        QVERIFY(file);
        QCOMPARE(file->attachmentUrl, u"https://up.example.org/abc/photo.JPG"_s);
        QCOMPARE(file->attachmentType, u"image/jpeg"_s);
        // An out-of-band link Hearth would not open is not an attachment.
        const auto odd = parse(u"<message xmlns='jabber:client' type='chat' id='f2' from='bob@example.org/x' to='sam@example.org'>"
                               "<body>look</body><x xmlns='jabber:x:oob'><url>file:///etc/passwd</url></x></message>"_s);
        QVERIFY(odd);
        QVERIFY(odd->attachmentUrl.isEmpty());

        const auto correction = parse(u"<message xmlns='jabber:client' type='chat' id='c2' from='bob@example.org/c' to='sam@example.org'>"
                                      "<body>Fixed</body><replace xmlns='urn:xmpp:message-correct:0' id='c1'/></message>"_s);
        QVERIFY(correction);
        QCOMPARE(correction->replaces, u"c1"_s);
        QVERIFY(correction->isAmendment());

        const auto retraction = parse(u"<message xmlns='jabber:client' type='chat' id='r2' from='bob@example.org/c' to='sam@example.org'>"
                                      "<retract xmlns='urn:xmpp:message-retract:1' id='c1'/>"
                                      "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:message-retract:1'/>"
                                      "<body>This person attempted to retract a previous message.</body></message>"_s);
        QVERIFY(retraction);
        QCOMPARE(retraction->retracts, u"c1"_s);
    }

    void notChatMessages()
    {
        // Receipts, markers, chat states, group chat, errors: not messages here.
        QVERIFY(!parse(u"<message xmlns='jabber:client' from='bob@example.org/c' to='sam@example.org'>"
                       "<received xmlns='urn:xmpp:receipts' id='x'/></message>"_s));
        QVERIFY(!parse(u"<message xmlns='jabber:client' type='chat' from='bob@example.org/c' to='sam@example.org'>"
                       "<composing xmlns='http://jabber.org/protocol/chatstates'/></message>"_s));
        QVERIFY(!parse(u"<message xmlns='jabber:client' type='groupchat' from='room@muc.example.org/bob' to='sam@example.org'>"
                       "<body>hi all</body></message>"_s));
        QVERIFY(!parse(u"<message xmlns='jabber:client' type='error' from='bob@example.org' to='sam@example.org'><body>x</body></message>"_s));
        // A message "to myself" from myself has no other side.
        QVERIFY(!parse(u"<message xmlns='jabber:client' type='chat' from='sam@example.org/a' to='sam@example.org/b'><body>x</body></message>"_s));
    }

    void movimReactions()
    {
        // XEP-0444 as Movim sends it: the full set, no body (MOVIM-WIRE §1.5).
        const auto m = parse(u"<message xmlns='jabber:client' type='chat' id='u1' from='bob@example.org/movim' to='sam@example.org'>"
                             "<reactions xmlns='urn:xmpp:reactions:0' id='5f0c'><reaction>\U0001F44D</reaction><reaction>\u2764\uFE0F</reaction></reactions>"
                             "<store xmlns='urn:xmpp:hints'/></message>"_s);
        QVERIFY(m);
        QVERIFY(m->isReaction() && m->isAmendment());
        QCOMPARE(m->reactsTo, u"5f0c"_s);
        QCOMPARE(m->sender, u"bob@example.org"_s);
        QStringList set = m->reactionSet;
        set.sort();
        QCOMPARE(set, (QStringList{u"\u2764\uFE0F"_s, u"\U0001F44D"_s}));
        // An empty set takes the reactions back.
        const auto none = parse(u"<message xmlns='jabber:client' type='chat' id='u2' from='bob@example.org/movim' to='sam@example.org'>"
                                "<reactions xmlns='urn:xmpp:reactions:0' id='5f0c'/></message>"_s);
        QVERIFY(none && none->isReaction());
        QVERIFY(none->reactionSet.isEmpty());
    }

    void movimReplyWithQuote()
    {
        // XEP-0461 + the XEP-0428 fallback quote (MOVIM-WIRE §2.8); the
        // range counts code points: "> héllo 👋\n" is 10 of them.
        const auto m = parse(u"<message xmlns='jabber:client' type='chat' id='u3' from='bob@example.org/movim' to='sam@example.org'>"
                             "<body>> h\u00e9llo \U0001F44B\nSure, see you there</body>"
                             "<reply xmlns='urn:xmpp:reply:0' to='sam@example.org/hearth' id='abc'/>"
                             "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'><body start='0' end='10'/></fallback></message>"_s);
        QVERIFY(m);
        QVERIFY(!m->isAmendment());
        QCOMPARE(m->replyTo, u"abc"_s);
        QCOMPARE(m->body, u"Sure, see you there"_s);
        QCOMPARE(m->replyQuote, u"h\u00e9llo \U0001F44B"_s);
        // A reply without a fallback keeps its whole body.
        const auto plain = parse(u"<message xmlns='jabber:client' type='chat' id='u4' from='bob@example.org/dino' to='sam@example.org'>"
                                 "<body>Yes</body><reply xmlns='urn:xmpp:reply:0' id='abc'/></message>"_s);
        QVERIFY(plain);
        QCOMPARE(plain->body, u"Yes"_s);
        QCOMPARE(plain->replyTo, u"abc"_s);
    }

    void hearthRepliesAsMovimDoes()
    {
        ChatMessage reply;
        reply.chatJid = u"bob@example.org"_s;
        reply.messageId = reply.originId = u"r1"_s;
        reply.setBody(u"On my way"_s);
        reply.replyTo = u"abc"_s;
        reply.replyToJid = u"bob@example.org"_s;
        reply.replyQuote = u"Where are you? \U0001F44B\nStill at home?"_s;
        const QXmppMessage stanza = ChatStanzas::stanzaFor(reply);
        QCOMPARE(stanza.body(), u"> Where are you? \U0001F44B\n> Still at home?\nOn my way"_s);
        QVERIFY(stanza.reply());
        QCOMPARE(stanza.reply()->id, u"abc"_s);
        QCOMPARE(stanza.reply()->to, u"bob@example.org"_s);
        QCOMPARE(stanza.fallbackMarkers().size(), 1);
        const auto &ref = stanza.fallbackMarkers().constFirst().references().constFirst();
        QVERIFY(ref.range);
        QCOMPARE(ref.range->start, 0u);
        QCOMPARE(ref.range->end, 36u); // code points of the two quoted lines and their newlines (37 UTF-16 units)
        // Read back by a client: the same text, quote and target.
        QByteArray xml;
        QXmlStreamWriter writer(&xml);
        stanza.toXml(&writer);
        const auto back = parse(QString::fromUtf8(xml).replace(u"from=\"\""_s, QString()).replace(u"<message "_s, u"<message xmlns='jabber:client' from='sam@example.org/hearth' "_s));
        QVERIFY(back);
        QCOMPARE(back->body, u"On my way"_s);
        QCOMPARE(back->replyTo, u"abc"_s);
        QCOMPARE(back->replyQuote, reply.replyQuote);
    }

    void undecryptableMessagesSayWhyNeverTheFallback_data()
    {
        QTest::addColumn<QString>("inner");
        QTest::addColumn<int>("why");
        QTest::addColumn<int>("encryption");
        // Conversations' 0.3 message as it arrives when this device has no
        // OMEMO 0.3 reader: another version.
        QTest::newRow("0.3 element") << u"<encrypted xmlns='eu.siacs.conversations.axolotl'><header sid='1'><iv>AAAAAAAAAAAAAAAA</iv></header></encrypted>"_s
                                     << int(ChatMessage::Undecryptable::OtherVersion) << int(ChatMessage::Encryption::Omemo);
        // What Hearth's 0.3 reader leaves in its place when it could not read it.
        QTest::newRow("not for this device") << u"<undecryptable xmlns='urn:hearth:local' reason='not-for-this-device'/>"_s
                                             << int(ChatMessage::Undecryptable::NotForThisDevice) << int(ChatMessage::Encryption::Omemo);
        QTest::newRow("broken") << u"<undecryptable xmlns='urn:hearth:local' reason='broken'/>"_s
                                << int(ChatMessage::Undecryptable::Broken) << int(ChatMessage::Encryption::Omemo);
        QTest::newRow("untrusted") << u"<undecryptable xmlns='urn:hearth:local' reason='untrusted'/>"_s
                                   << int(ChatMessage::Undecryptable::Untrusted) << int(ChatMessage::Encryption::Omemo);
    }

    void undecryptableMessagesSayWhyNeverTheFallback()
    {
        QFETCH(QString, inner);
        QFETCH(int, why);
        QFETCH(int, encryption);
        const auto m = parse(u"<message xmlns='jabber:client' type='chat' id='e1' from='bob@example.org/conversations' to='sam@example.org'>"
                             "<body>I sent you an OMEMO encrypted message but your client doesn't seem to support that.</body>"
                             "<encryption xmlns='urn:xmpp:eme:0' namespace='eu.siacs.conversations.axolotl' name='OMEMO'/>%1</message>"_s.arg(inner));
        QVERIFY(m);
        QCOMPARE(int(m->undecryptable), why);
        QCOMPARE(int(m->encryption), encryption);
        QVERIFY(m->body.isEmpty());
    }

    void anEncryptedFileLinkIsAnAttachment()
    {
        // Conversations and Dino send an encrypted message's file as its
        // whole body, without out-of-band data (it would be in the clear).
        QXmppMessage stanza = Test::messageFromXml(
            u"<message xmlns='jabber:client' type='chat' id='f1' from='bob@example.org/dino' to='sam@example.org'>"
            "<body>https://upload.example.org/abc/holiday.jpg</body></message>"_s);
        QXmppE2eeMetadata metadata;
        metadata.setEncryption(QXmpp::Omemo0);
        stanza.setE2eeMetadata(metadata);
        const auto m = ChatStanzas::fromStanza(stanza, kMe, {});
        QVERIFY(m);
        QCOMPARE(m->encryption, ChatMessage::Encryption::Omemo);
        QCOMPARE(m->attachmentUrl, u"https://upload.example.org/abc/holiday.jpg"_s);
        QCOMPARE(m->attachmentType, u"image/jpeg"_s);
        // The same body in a plain message stays text.
        const auto plain = parse(u"<message xmlns='jabber:client' type='chat' id='f2' from='bob@example.org/dino' to='sam@example.org'>"
                                 "<body>https://upload.example.org/abc/holiday.jpg</body></message>"_s);
        QVERIFY(plain);
        QVERIFY(plain->attachmentUrl.isEmpty());
    }

    void oversizedBodyIsCutAndMarked()
    {
        const auto m = parse(u"<message xmlns='jabber:client' type='chat' id='big' from='bob@example.org/c' to='sam@example.org'><body>%1</body></message>"_s
                                 .arg(QString(1024 * 1024, u'a')));
        QVERIFY(m);
        QVERIFY(m->truncated);
        QCOMPARE(m->body.size(), ChatMessage::kMaxBody);
    }
};

QTEST_GUILESS_MAIN(TestChatStanzas)
#include "tst_chatstanzas.moc"
