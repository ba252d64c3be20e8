// Group chat pieces without a server: bookmarks as XEP-0402 writes them
// (other clients' extensions kept, the XEP-0492 level edited in place),
// mentions, the room configuration form, and room messages as Movim and
// Prosody send them.

#include "chat/ChatStanzas.h"
#include "chat/Mentions.h"
#include "muc/Bookmark.h"
#include "muc/RoomConfig.h"
#include "support/StanzaXml.h"

#include <QTest>
#include <QXmppMessage.h>

using namespace Qt::StringLiterals;
using namespace Hearth;

class TestGroupChat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsMovimsBookmark()
    {
        // As Movim publishes one (MOVIM-WIRE §1.6): notify and pinned extensions.
        Bookmark b;
        QVERIFY(b.readConference(u"room@muc.example.org"_s,
                                 u"<conference xmlns='urn:xmpp:bookmarks:1' name='The Room' autojoin='1'><nick>sam</nick>"
                                 "<extensions><notify xmlns='urn:xmpp:notification-settings:0'><never/></notify>"
                                 "<pinned xmlns='urn:xmpp:bookmarks-pinning:0'/></extensions></conference>"_s));
        QCOMPARE(b.jid, u"room@muc.example.org"_s);
        QCOMPARE(b.name, u"The Room"_s);
        QCOMPARE(b.nick, u"sam"_s);
        QVERIFY(b.autojoin);
        QCOMPARE(b.notify(), Bookmark::Notify::Never);
        // Changing the level keeps the pin.
        b.setNotify(Bookmark::Notify::OnMention);
        QCOMPARE(b.notify(), Bookmark::Notify::OnMention);
        QVERIFY(b.extensionsXml.contains(u"bookmarks-pinning"_s));
        QCOMPARE(b.extensionsXml.count(u"notification-settings"_s), 1);
        // Written back and read again: the same bookmark.
        Bookmark again;
        QVERIFY(again.readConference(b.jid, b.conferenceXml()));
        QCOMPARE(again, b);
        // Default removes the notify element only.
        b.setNotify(Bookmark::Notify::Default);
        QVERIFY(!b.extensionsXml.contains(u"notification-settings"_s));
        QVERIFY(b.extensionsXml.contains(u"bookmarks-pinning"_s));
    }

    void otherClientsExtensionsSurviveWhateverTheirNamespaces()
    {
        // A namespace and a namespaced attribute holding a quote, '<' and '&'
        // (legal in XML, escaped on the wire): written back well-formed, so
        // the next edit keeps them (they vanished before; found by fuzz_rooms).
        Bookmark b;
        QVERIFY(b.readConference(u"room@muc.example.org"_s,
                                 u"<conference xmlns='urn:xmpp:bookmarks:1' name='R'><extensions>"
                                 "<x xmlns='urn:odd\"&lt;&amp;' xmlns:p='urn:p\"q' p:flag='1&amp;2'>kept</x>"
                                 "</extensions></conference>"_s));
        QVERIFY(b.extensionsXml.contains(u"kept"_s));
        Bookmark again;
        QVERIFY(again.readConference(b.jid, b.conferenceXml()));
        QCOMPARE(again, b);
        again.setNotify(Bookmark::Notify::Never);
        QVERIFY2(again.extensionsXml.contains(u"kept"_s), qPrintable(again.extensionsXml));
        QCOMPARE(again.notify(), Bookmark::Notify::Never);

        // An extension in no namespace stays in none (it took the bookmarks
        // namespace on the way back; found by fuzz_rooms).
        Bookmark bare;
        QVERIFY(bare.readConference(u"room@muc.example.org"_s,
                                    u"<conference xmlns='urn:xmpp:bookmarks:1'><extensions><notify xmlns=''><x/></notify>"
                                    "</extensions></conference>"_s));
        Bookmark bareAgain;
        QVERIFY(bareAgain.readConference(bare.jid, bare.conferenceXml()));
        QCOMPARE(bareAgain, bare);
        bareAgain.setNotify(Bookmark::Notify::Always);
        QVERIFY2(bareAgain.extensionsXml.contains(u"<notify xmlns=\"\"><x"_s), qPrintable(bareAgain.extensionsXml));
    }

    void refusesWhatIsNotABookmark()
    {
        Bookmark b;
        QVERIFY(!b.readConference(u"x@y"_s, u"<conference xmlns='storage:bookmarks'/>"_s));
        QVERIFY(!b.readConference(u"x@y"_s, u"<conference xmlns='urn:xmpp:bookmarks:1'"_s));
        QVERIFY(!b.readConference(QString(), u"<conference xmlns='urn:xmpp:bookmarks:1'/>"_s));
    }

    void mentions_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("mentioned");
        QTest::newRow("address") << u"Sam: are you coming?"_s << true;
        QTest::newRow("at") << u"ask @sam"_s << true;
        QTest::newRow("case") << u"SAM!"_s << true;
        QTest::newRow("inside a word") << u"samples and flotsam"_s << false;
        QTest::newRow("absent") << u"hello"_s << false;
    }

    void mentions()
    {
        QFETCH(QString, body);
        QFETCH(bool, mentioned);
        QCOMPARE(Mentions::mentions(body, u"sam"_s), mentioned);
        QVERIFY(!Mentions::mentions(body, QString()));
    }

    void roomConfigurationForm()
    {
        QXmppDataForm form(QXmppDataForm::Form);
        using Field = QXmppDataForm::Field;
        form.setFields({Field(Field::HiddenField, u"FORM_TYPE"_s, u"http://jabber.org/protocol/muc#roomconfig"_s),
                        Field(Field::TextSingleField, u"muc#roomconfig_roomname"_s, u"Old"_s),
                        Field(Field::BooleanField, u"muc#roomconfig_publicroom"_s, true),
                        Field(Field::BooleanField, u"muc#roomconfig_membersonly"_s, false),
                        Field(Field::BooleanField, u"muc#roomconfig_persistentroom"_s, false),
                        Field(Field::ListSingleField, u"muc#roomconfig_whois"_s, u"moderators"_s),
                        Field(Field::FixedField, QString(), u"Some text"_s),
                        Field(Field::TextSingleField, u"muc#roomconfig_historylength"_s, u"20"_s)});
        const RoomSettings read = RoomConfig::fromForm(form);
        QCOMPARE(read.name, u"Old"_s);
        QVERIFY(read.isPublic && !read.membersOnly && !read.persistent && !read.jidsVisible);
        const QXmppDataForm submit = RoomConfig::submission(form, RoomSettings::forKind(RoomSettings::Kind::Group, u"Climbers"_s));
        QCOMPARE(submit.type(), QXmppDataForm::Submit);
        const RoomSettings sent = RoomConfig::fromForm(submit);
        QCOMPARE(sent.name, u"Climbers"_s);
        QVERIFY(!sent.isPublic && sent.membersOnly && sent.persistent && sent.jidsVisible);
        // The fields Hearth does not touch go back unchanged; fixed text does not go back.
        QCOMPARE(submit.fields().size(), 7);
        bool kept = false;
        for (const auto &f : submit.fields())
            kept |= f.key() == u"muc#roomconfig_historylength"_s && f.value().toString() == u"20"_s;
        QVERIFY(kept);
    }

    void roomMessages()
    {
        auto parse = [](const QString &xml) { return ChatStanzas::fromGroupStanza(Test::messageFromXml(xml), u"sam"_s); };
        // Another occupant's message with the room's stanza-id (and a forged one by someone else).
        const auto m = parse(u"<message xmlns='jabber:client' type='groupchat' id='o1' from='room@muc.example.org/bob' to='sam@example.org/h'>"
                             "<body>hi</body><origin-id xmlns='urn:xmpp:sid:0' id='o1'/>"
                             "<stanza-id xmlns='urn:xmpp:sid:0' by='evil@example.org' id='forged'/>"
                             "<stanza-id xmlns='urn:xmpp:sid:0' by='room@muc.example.org' id='r42'/></message>"_s);
        QVERIFY(m);
        QCOMPARE(m->chatJid, u"room@muc.example.org"_s);
        QCOMPARE(m->sender, u"bob"_s);
        QVERIFY(!m->outgoing);
        QCOMPARE(m->stanzaId, u"r42"_s);
        QCOMPARE(m->originId, u"o1"_s);
        // The user's own, echoed by the room.
        const auto own = parse(u"<message xmlns='jabber:client' type='groupchat' id='o2' from='room@muc.example.org/sam' to='sam@example.org/h'>"
                               "<body>hello</body></message>"_s);
        QVERIFY(own && own->outgoing);
        // A subject change is not a message; a chat message is not a room's.
        QVERIFY(!parse(u"<message xmlns='jabber:client' type='groupchat' from='room@muc.example.org/bob'><subject>New</subject></message>"_s));
        QVERIFY(!parse(u"<message xmlns='jabber:client' type='chat' from='room@muc.example.org/bob'><body>pm</body></message>"_s));
        // A private message through the room carries an empty muc#user element; an invitation is not one.
        QVERIFY(ChatStanzas::isPrivateRoomMessage(Test::messageFromXml(
            u"<message xmlns='jabber:client' type='chat' from='room@muc.example.org/bob' to='sam@example.org/h'>"
            "<body>psst</body><x xmlns='http://jabber.org/protocol/muc#user'/></message>"_s)));
        QVERIFY(!ChatStanzas::isPrivateRoomMessage(Test::messageFromXml(
            u"<message xmlns='jabber:client' from='room@muc.example.org' to='sam@example.org'>"
            "<x xmlns='http://jabber.org/protocol/muc#user'><invite from='bob@example.org'/></x></message>"_s)));
        ChatMessage whisper;
        whisper.chatJid = u"room@muc.example.org/bob"_s;
        whisper.setBody(u"psst"_s);
        QVERIFY(ChatStanzas::isPrivateRoomMessage(ChatStanzas::stanzaFor(whisper)));
        // What Hearth sends to a room: groupchat, no receipt request.
        ChatMessage out;
        out.chatJid = u"room@muc.example.org"_s;
        out.messageId = out.originId = u"x1"_s;
        out.setBody(u"hey"_s);
        const QXmppMessage stanza = ChatStanzas::stanzaFor(out, ChatStanzas::Kind::Group);
        QCOMPARE(stanza.type(), QXmppMessage::GroupChat);
        QVERIFY(!stanza.isReceiptRequested());
        QVERIFY(stanza.isMarkable());
    }
};

QTEST_GUILESS_MAIN(TestGroupChat)
#include "tst_groupchat.moc"
