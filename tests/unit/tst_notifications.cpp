// Desktop notifications through a real D-Bus session bus (a private
// dbus-daemon) and a fake notification server registered on it: what
// Hearth asks the desktop to show (summary, body, actions, hints), what it
// withdraws, and what it keeps quiet about (the conversation in front, a
// muted room, Do not disturb, history, without previews the text).
#include "FreedesktopNotifier.h"
#include "LauncherCount.h"
#include "NotificationCenter.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMetaType>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Hearth::ChatMessage;
using Hearth::ChatSummary;

namespace {
struct Shown
{
    uint id = 0;
    uint replaces = 0;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
};

// What a desktop's notification daemon answers, recording each call.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    QList<Shown> shown;
    QList<uint> closed;
    QStringList capabilities{u"body"_s, u"actions"_s, u"body-markup"_s, u"inline-reply"_s};

public Q_SLOTS:
    QStringList GetCapabilities() { return capabilities; }
    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = u"Hearth tests"_s;
        version = u"1"_s;
        specVersion = u"1.2"_s;
        return u"fake-notifyd"_s;
    }
    uint Notify(const QString &, uint replaces, const QString &, const QString &summary, const QString &body,
                const QStringList &actions, const QVariantMap &hints, int)
    {
        const uint id = replaces != 0 ? replaces : uint(shown.size() + 1);
        shown.append({id, replaces, summary, body, actions, hints});
        return id;
    }
    void CloseNotification(uint id) { closed.append(id); }

public:
    QList<QPair<QString, QVariantMap>> launcher; // Unity launcher API updates seen
public Q_SLOTS:
    void onLauncherUpdate(const QString &app, const QVariantMap &properties) { launcher.append({app, properties}); }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &action);
    void NotificationReplied(uint id, const QString &text);
};

ChatMessage incoming(const QString &chat, const QString &sender, const QString &body)
{
    ChatMessage m;
    m.chatJid = chat;
    m.sender = sender;
    m.body = body;
    m.messageId = QString::number(qHash(chat + body));
    m.stamp = QDateTime::currentDateTimeUtc();
    return m;
}

const QString kBob = u"bob@example.org"_s;
const QString kCarol = u"carol@example.org"_s;
const QString kRoom = u"climbing@muc.example.org"_s;
const QString kQuietRoom = u"quiet@muc.example.org"_s;
} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

    QProcess m_bus;
    QString m_address;
    QTemporaryDir m_dir;
    std::unique_ptr<FakeNotificationServer> m_server;
    std::unique_ptr<QDBusConnection> m_serverBus;
    std::unique_ptr<FreedesktopNotifier> m_sink;
    std::unique_ptr<NotificationCenter> m_center;

    // A notifier and center as AppController makes them, the rooms and
    // names as the chats list gives them.
    void makeCenter()
    {
        m_sink = std::make_unique<FreedesktopNotifier>();
        QSignalSpy known(m_sink.get(), &FreedesktopNotifier::availabilityKnown);
        m_center = std::make_unique<NotificationCenter>(m_dir.filePath(u"settings.ini"_s), m_sink.get());
        m_center->setLookups({
            [](const QString &jid) {
                ChatSummary c;
                c.jid = jid;
                if (jid == kRoom) {
                    c.name = u"Climbing"_s;
                    c.nick = u"sam"_s;
                    c.notify = 2; // only when mentioned
                } else if (jid == kQuietRoom) {
                    c.name = u"Quiet"_s;
                    c.nick = u"sam"_s;
                    c.muted = true;
                }
                return c;
            },
            [](const QString &jid) { return jid.contains(u"@muc."_s); },
            [](const QString &jid) { return jid == kBob ? u"Bob <Builder>"_s : jid; },
            [](const QString &) { return QString(); },
        });
        QVERIFY(known.wait(5000) || known.count() == 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY2(m_bus.waitForStarted(), "dbus-daemon is not installed (scripts/bootstrap.sh installs it)");
        QTRY_VERIFY_WITH_TIMEOUT(m_bus.canReadLine(), 10000);
        m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
        QVERIFY(m_address.startsWith(u"unix:"_s));
        // The app's session bus is this private one (read on first use).
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
        QVERIFY(QDBusConnection::sessionBus().isConnected());
    }

    void init()
    {
        QFile::remove(m_dir.filePath(u"settings.ini"_s));
        m_server = std::make_unique<FakeNotificationServer>();
        m_serverBus = std::make_unique<QDBusConnection>(QDBusConnection::connectToBus(m_address, u"fake-notifyd"_s));
        QVERIFY(m_serverBus->isConnected());
        QVERIFY(m_serverBus->registerObject(u"/org/freedesktop/Notifications"_s, m_server.get(),
                                            QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(m_serverBus->registerService(u"org.freedesktop.Notifications"_s));
    }

    void cleanup()
    {
        m_center.reset();
        m_sink.reset();
        m_serverBus->unregisterService(u"org.freedesktop.Notifications"_s);
        m_serverBus->unregisterObject(u"/org/freedesktop/Notifications"_s);
        QDBusConnection::disconnectFromBus(u"fake-notifyd"_s);
        m_serverBus.reset();
        m_server.reset();
    }

    void cleanupTestCase()
    {
        m_bus.terminate();
        m_bus.waitForFinished(5000);
    }

    void messageNotifiedAsPlainText()
    {
        makeCenter();
        QVERIFY(m_sink->isAvailable());
        QVERIFY(m_center->destination().contains(u"fake-notifyd"_s));
        m_center->onMessages({incoming(kBob, kBob, u"Hello <b>there</b> & all"_s)});
        QTRY_COMPARE(m_server->shown.size(), 1);
        const Shown first = m_server->shown.at(0);
        QCOMPARE(first.summary, u"Bob <Builder>"_s); // the summary is never markup
        // The server reads markup in bodies: the text is escaped for it.
        QCOMPARE(first.body, u"Hello &lt;b&gt;there&lt;/b&gt; &amp; all"_s);
        QVERIFY(first.actions.contains(u"default"_s));
        QVERIFY(first.actions.contains(u"inline-reply"_s));
        QCOMPARE(first.hints.value(u"desktop-entry"_s).toString(), u"im.hearth.Hearth"_s);
        QCOMPARE(first.hints.value(u"category"_s).toString(), u"im.received"_s);

        // More from Bob replaces it: one notification per conversation.
        m_center->onMessages({incoming(kBob, kBob, u"Are you coming?"_s)});
        QTRY_COMPARE(m_server->shown.size(), 2);
        QCOMPARE(m_server->shown.at(1).replaces, first.id);
        QCOMPARE(m_server->shown.at(1).body, u"Hello &lt;b&gt;there&lt;/b&gt; &amp; all\nAre you coming?"_s);

        // A long message is shortened.
        m_center->onMessages({incoming(kCarol, kCarol, QString(1000, u'x'))});
        QTRY_COMPARE(m_server->shown.size(), 3);
        QCOMPARE(m_server->shown.at(2).body.size(), NotificationCenter::kMaxTextLength);
    }

    // Messages that come faster than the server answers (a catch-up, a
    // burst): the second waits for the first one's id and replaces it, so
    // the conversation still has one notification.
    void aBurstReplacesInsteadOfAdding()
    {
        makeCenter();
        QVERIFY(m_sink->isAvailable());
        m_center->onMessages({incoming(kBob, kBob, u"One"_s)});
        m_center->onMessages({incoming(kBob, kBob, u"Two"_s)});
        m_center->onMessages({incoming(kBob, kBob, u"Three"_s)});
        QTRY_VERIFY(!m_server->shown.isEmpty() && m_server->shown.constLast().body.endsWith(u"Three"_s));
        QVERIFY(m_server->shown.size() >= 2);
        for (qsizetype i = 1; i < m_server->shown.size(); ++i)
            QCOMPARE(m_server->shown.at(i).replaces, m_server->shown.at(0).id);
    }

    void withoutMarkupServerTheTextIsAsWritten()
    {
        m_server->capabilities = {u"body"_s, u"actions"_s};
        makeCenter();
        m_center->onMessages({incoming(kBob, kBob, u"a < b & c"_s)});
        QTRY_COMPARE(m_server->shown.size(), 1);
        QCOMPARE(m_server->shown.at(0).body, u"a < b & c"_s);
        QVERIFY(!m_server->shown.at(0).actions.contains(u"inline-reply"_s)); // no inline reply offered
    }

    void quietForTheConversationInFront()
    {
        makeCenter();
        m_center->onMessages({incoming(kBob, kBob, u"first"_s)});
        QTRY_COMPARE(m_server->shown.size(), 1);
        // Opening the conversation withdraws what was shown about it.
        m_center->setConversationInFront(kBob);
        QTRY_COMPARE(m_server->closed, QList<uint>{m_server->shown.at(0).id});
        m_center->onMessages({incoming(kBob, kBob, u"while reading"_s), incoming(kCarol, kCarol, u"from Carol"_s)});
        QTRY_COMPARE(m_server->shown.size(), 2);
        QCOMPARE(m_server->shown.at(1).summary, kCarol);
    }

    void roomsFollowTheirLevelAndMutes()
    {
        makeCenter();
        // Climbing notifies only on mentions; Quiet is muted.
        m_center->onMessages({incoming(kRoom, u"alice"_s, u"the gym at 8"_s), incoming(kQuietRoom, u"alice"_s, u"sam: hello"_s),
                              incoming(kRoom, u"sam"_s, u"sam here"_s), incoming(kRoom, u"alice"_s, u"Sam: bring the rope"_s)});
        QTRY_COMPARE(m_server->shown.size(), 1);
        QCOMPARE(m_server->shown.at(0).summary, u"alice mentioned you in Climbing"_s);
        QCOMPARE(m_server->shown.at(0).body, u"Sam: bring the rope"_s);
    }

    void historyOwnAndAmendmentsAreNotAnnounced()
    {
        makeCenter();
        ChatMessage old = incoming(kBob, kBob, u"an hour ago"_s);
        old.stamp = QDateTime::currentDateTimeUtc().addSecs(-3600);
        ChatMessage own = incoming(kBob, u"me@example.org"_s, u"mine"_s);
        own.outgoing = true;
        own.state = ChatMessage::State::Sent;
        ChatMessage correction = incoming(kBob, kBob, u"corrected"_s);
        correction.replaces = u"x"_s;
        m_center->onMessages({old, own, correction, incoming(kCarol, kCarol, u"live"_s)});
        QTRY_COMPARE(m_server->shown.size(), 1);
        QCOMPARE(m_server->shown.at(0).body, u"live"_s);
    }

    void previewsOffAndDoNotDisturb()
    {
        makeCenter();
        m_center->setPreviews(false);
        m_center->onMessages({incoming(kBob, kBob, u"secret plans"_s)});
        QTRY_COMPARE(m_server->shown.size(), 1);
        QCOMPARE(m_server->shown.at(0).summary, u"Bob <Builder>"_s);
        QVERIFY(!m_server->shown.at(0).body.contains(u"secret"_s));
        m_center->setDoNotDisturb(true);
        m_center->onMessages({incoming(kCarol, kCarol, u"while away"_s)});
        m_center->setDoNotDisturb(false);
        m_center->onMessages({incoming(kCarol, kCarol, u"back"_s)});
        QTRY_COMPARE(m_server->shown.size(), 2);
        QVERIFY(!m_server->shown.at(1).body.contains(u"while away"_s));
        // The settings are kept for the next start.
        NotificationCenter again(m_dir.filePath(u"settings.ini"_s), nullptr);
        QVERIFY(!again.previews());
        QVERIFY(!again.doNotDisturb());
    }

    void actionsOpenAndReply()
    {
        makeCenter();
        QSignalSpy open(m_center.get(), &NotificationCenter::openRequested);
        QSignalSpy reply(m_center.get(), &NotificationCenter::replyRequested);
        m_center->onMessages({incoming(kBob, kBob, u"lunch?"_s)});
        QTRY_COMPARE(m_server->shown.size(), 1);
        Q_EMIT m_server->NotificationReplied(m_server->shown.at(0).id, u"on my way"_s);
        QTRY_COMPARE(reply.count(), 1);
        QCOMPARE(reply.at(0), (QVariantList{kBob, u"on my way"_s}));
        m_center->onMessages({incoming(kBob, kBob, u"great"_s)});
        QTRY_COMPARE(m_server->shown.size(), 2);
        Q_EMIT m_server->ActionInvoked(m_server->shown.at(1).id, u"default"_s);
        QTRY_COMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), u"chat:"_s + kBob);
    }

    void otherEvents()
    {
        makeCenter();
        m_center->onInvitation(kRoom, kBob, u"come <climb>"_s);
        QTRY_COMPARE(m_server->shown.size(), 1);
        QCOMPARE(m_server->shown.at(0).summary, u"Bob <Builder> invites you to a group chat"_s);
        m_center->onRequests({u"zoe@example.org"_s});
        m_center->onRequests({u"zoe@example.org"_s}); // the same request again: once
        QTRY_COMPARE(m_server->shown.size(), 2);
        QVERIFY(m_server->shown.at(1).body.contains(u"zoe@example.org"_s));
        {
            // The next start (the server sends pending requests again): not announced again.
            NotificationCenter next(m_dir.filePath(u"settings.ini"_s), nullptr);
            next.onRequests({u"zoe@example.org"_s});
            QVERIFY(next.windowNotices().isEmpty());
            next.onRequests({u"yann@example.org"_s});
            QCOMPARE(next.windowNotices().size(), 1);
        }
        // Reactions: the first list is what was there; then what is new.
        const QDateTime then = QDateTime::currentDateTimeUtc().addSecs(-60);
        const QVariantMap oldLike{{u"authorJid"_s, kCarol}, {u"authorName"_s, u"Carol"_s}, {u"isLike"_s, true},
                                  {u"published"_s, then}, {u"postTitle"_s, u"Bread"_s}, {u"postUri"_s, u"xmpp:me@example.org?;node=urn:xmpp:microblog:0;item=1"_s}};
        m_center->onReactions({oldLike});
        QVariantMap comment = oldLike;
        comment.insert(u"isLike"_s, false);
        comment.insert(u"text"_s, u"Looks great"_s);
        comment.insert(u"published"_s, then.addSecs(30));
        m_center->onReactions({comment, oldLike});
        QTRY_COMPARE(m_server->shown.size(), 3);
        QCOMPARE(m_server->shown.at(2).summary, u"On your post “Bread”"_s);
        QCOMPARE(m_server->shown.at(2).body, u"Carol: Looks great"_s);
    }

    void unreadCountOnTheLauncher()
    {
        QVERIFY(m_serverBus->connect(QString(), QString(), u"com.canonical.Unity.LauncherEntry"_s, u"Update"_s, m_server.get(),
                                     SLOT(onLauncherUpdate(QString, QVariantMap))));
        LauncherCount count;
        count.setCount(3);
        count.setCount(3); // unchanged: not sent again
        count.setCount(0);
        QTRY_COMPARE(m_server->launcher.size(), 2);
        QCOMPARE(m_server->launcher.at(0).first, u"application://im.hearth.Hearth.desktop"_s);
        QCOMPARE(m_server->launcher.at(0).second.value(u"count"_s).toLongLong(), 3);
        QCOMPARE(m_server->launcher.at(0).second.value(u"count-visible"_s).toBool(), true);
        QCOMPARE(m_server->launcher.at(1).second.value(u"count-visible"_s).toBool(), false);
    }

    void withoutServiceTheWindowShowsThem()
    {
        m_serverBus->unregisterService(u"org.freedesktop.Notifications"_s);
        makeCenter();
        QVERIFY(!m_sink->isAvailable());
        QSignalSpy attention(m_center.get(), &NotificationCenter::attentionWanted);
        m_center->onMessages({incoming(kBob, kBob, u"hi"_s)});
        QTRY_COMPARE(m_center->windowNotices().size(), 1);
        QCOMPARE(attention.count(), 1);
        const QVariantMap notice = m_center->windowNotices().at(0).toMap();
        QCOMPARE(notice.value(u"title"_s).toString(), u"Bob <Builder>"_s);
        QCOMPARE(notice.value(u"body"_s).toString(), u"hi"_s);
        QSignalSpy open(m_center.get(), &NotificationCenter::openRequested);
        m_center->activate(notice.value(u"key"_s).toString());
        QCOMPARE(open.count(), 1);
        QVERIFY(m_center->windowNotices().isEmpty());
        QVERIFY(m_server->shown.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
