// Other people's text is never markup: a contact fills every field Hearth
// shows (name, nickname, status, vCard, post title, body, author, link
// preview, chat message, room name, subject, nickname, invitation reason)
// with tags, entities, a picture on a local web server and a 10,000-letter
// word. The real binary shows each view; its text audit (HEARTH_TEXT_AUDIT)
// must find the strings shown literally and never as markup, and the web
// server must get no request.
#include "support/HearthCli.h"
#include "support/ProsodyServer.h"
#include "e2ee/E2eeService.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include "profile/PepItem.h"
#include "profile/ProfileService.h"
#include "roster/PresenceTracker.h"

#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>

using namespace Hearth;
using namespace Qt::StringLiterals;
using Test::result;

namespace {
const QString kMarker = u"hearth-hostile"_s;

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

    QString hostile(const QString &what) const
    {
        // The marker also as a word: sanitized rich text keeps it, so the
        // audit sees a post's body too.
        return u"%1 <b title=\"%2\">bold</b> <img src=\"http://127.0.0.1:%3/%1.png\" title=\"%2\"> &amp; &lt;i&gt; %2"_s.arg(
            what, kMarker, QString::number(m_web.serverPort()));
    }

    QTcpServer m_web;

private Q_SLOTS:
    void everyViewShowsHostileStringsLiterally()
    {
        QVERIFY(m_web.listen(QHostAddress::LocalHost));
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession me, mallory;
        QVERIFY(Test::loginFriends(server, me, mallory));

        // Her profile, status and nickname.
        ProfileCard card;
        card.fullName = hostile(u"name"_s);
        card.pepNickname = hostile(u"nick"_s);
        card.pronouns = hostile(u"pronouns"_s);
        card.note = hostile(u"note"_s);
        card.email = hostile(u"email"_s);
        card.birthday = hostile(u"birthday"_s);
        card.locality = hostile(u"locality"_s);
        card.url = u"https://example.org/\"><b title=\"%1\">x</b>"_s.arg(kMarker);
        QCOMPARE(result(mallory.account.profiles()->publishOwn(card), 20000), QString());
        mallory.account.presence()->setOwnPresence(ContactPresence::Availability::Online, hostile(u"status"_s));

        // A post whose every text is markup (escaped, as Atom carries it).
        const QString entry =
            u"<entry xmlns=\"http://www.w3.org/2005/Atom\"><id>hostile-1</id><title>%1</title>"
            "<author><name>%2</name><uri>xmpp:%3</uri></author><content type=\"html\">%4</content>"
            "<link rel=\"related\" href=\"https://example.org/page\" title=\"%5\"/>"
            "<published>2026-01-02T03:04:05Z</published><updated>2026-01-02T03:04:05Z</updated></entry>"_s.arg(
                hostile(u"title"_s).toHtmlEscaped(), hostile(u"author"_s).toHtmlEscaped(), mallory.user.jid,
                (u"<p>"_s + hostile(u"body"_s) + u" "_s + QString(10000, u'w') + u"</p>"_s).toHtmlEscaped(),
                hostile(u"preview"_s).toHtmlEscaped());
        auto *pubsub = mallory.account.client()->findExtension<QXmppPubSubManager>();
        const auto published = result(pubsub->publishOwnPepItem(u"urn:xmpp:microblog:0"_s, PepItem(u"hostile-1"_s, entry)).toFuture(this), 20000);
        QVERIFY(!std::holds_alternative<QXmppError>(published));

        // A message, and a room with a hostile name, subject and nickname
        // she invites me to.
        // In the clear: the app below runs as a new device of mine, which
        // could not read what was encrypted for this session's device.
        mallory.e2ee.setMode(me.user.jid, E2eeService::Mode::Off);
        const ChatMessage sent = result(mallory.chat.send(me.user.jid, hostile(u"message"_s) + u" "_s + QString(10000, u'm')), 20000);
        QVERIFY(!sent.messageId.isEmpty());
        const QString room = u"trap@muc.%1"_s.arg(server.domain());
        QCOMPARE(result(mallory.rooms.create(room, hostile(u"room"_s), RoomSettings::Kind::Group), 20000), QString());
        mallory.rooms.setSubject(room, hostile(u"subject"_s));
        mallory.rooms.invite(room, me.user.jid, hostile(u"invitation"_s));
        // The invitation leaves after the room's answer to its member IQ,
        // and is stored for me once the server has handled it: a request to
        // the room, then one to my account, each answered in order, prove both.
        QVERIFY(result(mallory.rooms.settings(room), 20000).error.isEmpty());
        auto *disco = mallory.account.client()->findExtension<QXmppDiscoveryManager>();
        const auto answered = result(disco->requestDiscoInfo(me.user.jid).toFuture(this), 20000);
        QVERIFY(!std::holds_alternative<QXmppError>(answered));

        // I am in her room (joined here, kept as an autojoin bookmark for
        // the app); she takes a hostile nickname and speaks.
        QCOMPARE(result(me.rooms.join(room), 20000), QString());
        QCOMPARE(result(me.rooms.bookmark(room, true), 20000), QString());
        mallory.rooms.changeNick(room, u"nick <b title=\"%1\">x</b>"_s.arg(kMarker));
        QTRY_VERIFY_WITH_TIMEOUT(me.rooms.room(room).occupants.contains(u"nick <b title=\"%1\">x</b>"_s.arg(kMarker)), 10000);
        // In the clear: the app below is a new device, which OMEMO keeps
        // from what was sent before it.
        mallory.e2ee.setMode(room, E2eeService::Mode::Off);
        (void)result(mallory.chat.send(room, hostile(u"roommessage"_s)), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!Test::messageWithBody(me, room, hostile(u"roommessage"_s)).body.isEmpty(), 10000);
        me.account.disconnectFromServer();
        QTRY_VERIFY(me.account.state() == Connection::State::Offline);

        QTemporaryDir profile;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_TEST_PASSWORD"_s, me.user.password);
        env.insert(u"HEARTH_TEXT_AUDIT"_s, kMarker);
        if (!env.contains(u"DISPLAY"_s)) {
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            env.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
        }
        const QStringList account = {u"--profile"_s, profile.path(), u"--no-keychain"_s, u"--jid"_s, me.user.jid,
                                     u"--password-env"_s, u"HEARTH_TEST_PASSWORD"_s, u"--host"_s, server.host(),
                                     u"--port"_s, QString::number(server.port()), u"--screenshot-timeout"_s, u"40"_s};
        // Each view, and the fields it must show (literally).
        struct View
        {
            QString name;
            QStringList arguments;
            QStringList shows;
        };
        const QList<View> views = {
            {u"feed"_s, {u"--view"_s, u"feed"_s}, {u"name"_s, u"title"_s, u"preview"_s}},
            {u"post"_s, {u"--post"_s, u"xmpp:%1?;node=urn:xmpp:microblog:0;item=hostile-1"_s.arg(mallory.user.jid)}, {u"name"_s, u"title"_s}},
            {u"contacts"_s, {u"--view"_s, u"contacts"_s}, {u"name"_s, u"status"_s}},
            {u"contact"_s, {u"--contact"_s, mallory.user.jid},
             {u"name"_s, u"status"_s, u"pronouns"_s, u"note"_s, u"email"_s, u"birthday"_s, u"locality"_s}},
            {u"chats"_s, {u"--view"_s, u"chats"_s}, {u"name"_s, u"message"_s}},
            {u"chat"_s, {u"--chat"_s, mallory.user.jid}, {u"name"_s, u"message"_s}},
            {u"room"_s, {u"--chat"_s, room}, {u"room"_s, u"subject"_s, u"roommessage"_s, u"nick"_s}},
            // Search everywhere over the cache the views above filled (over
            // Settings, which shows nothing of hers to overlap the results).
            {u"search"_s, {u"--view"_s, u"settings"_s, u"--search"_s, kMarker}, {u"name"_s, u"title"_s, u"message"_s}},
        };
        static const QRegularExpression audited(u"text audit: (\\d+) shown literally, (\\d+) as markup"_s);
        static const QRegularExpression literalLine(u"text audit literal: ([^\n]*)"_s);
        for (const auto &[name, arguments, shows] : views) {
            const QString shot = QStringLiteral(HEARTH_SCREENSHOT_DIR) + u"/hostile-"_s + name + u".png"_s;
            const Test::CliRun run = Test::runHearth(QStringLiteral(HEARTH_BINARY),
                                                     account + arguments + QStringList{u"--screenshot"_s, shot}, env);
            const QString log = run.out + run.err;
            QFile saved(QStringLiteral(HEARTH_SCREENSHOT_DIR) + u"/hostile-"_s + name + u".log"_s);
            if (saved.open(QIODevice::WriteOnly))
                saved.write(log.toUtf8()); // beside the screenshot, to read
            QVERIFY2(run.code == 0, qPrintable(name + u": exit "_s + QString::number(run.code) + u"\n"_s + log));
            const auto match = audited.match(log);
            QVERIFY2(match.hasMatch(), qPrintable(name + u": no audit\n"_s + log));
            QVERIFY2(match.captured(2).toInt() == 0, qPrintable(name + u"\n"_s + log));
            QVERIFY2(match.captured(1).toInt() > 0, qPrintable(name + u": nothing hostile on screen\n"_s + log));
            // No text over another (a wrapped title used to cover the body).
            QVERIFY2(log.contains(u"text audit overlaps: 0\n"_s), qPrintable(name + u"\n"_s + log));
            const QStringList shown = literalLine.match(log).captured(1).split(u" | "_s);
            for (const QString &field : shows)
                QVERIFY2(shown.contains(field), qPrintable(name + u": the "_s + field + u" is not shown\n"_s + log));
        }
        // No view fetched a picture named in someone's text.
        QVERIFY2(!m_web.waitForNewConnection(500), "a view requested a picture from a hostile string");
    }
};

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostile_text.moc"
