// Issue 16: an account exported on one host of a real Prosody and imported
// into a new account on another host ("pod"), over the client connection
// only: every dataset compared item by item with what the old account had,
// the pictures reachable on the new host's upload service, a second run and
// runs stopped at three points ending where an uninterrupted one does, and a
// dry run that writes nothing.
#include "communities/CommunityService.h"
#include "export/AccountExporter.h"
#include "feed/FeedSync.h"
#include "feed/FollowService.h"
#include "feed/MicroblogCodec.h"
#include "import/AccountImporter.h"
#include "muc/RoomService.h"
#include "profile/PepItem.h"
#include "profile/ProfileService.h"
#include "roster/ContactActions.h"
#include "support/HearthCli.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"
#include "upload/FileUpload.h"
#include "upload/UploadService.h"

#include <QDomDocument>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::result;

namespace {
const QString kBlog = u"urn:xmpp:microblog:0"_s;
const QString kOtherHost = u"elsewhere.localhost"_s;

Post titled(const QString &title, const QString &service = {}, const QString &node = {})
{
    Post post;
    post.title = title;
    post.text = u"Text of "_s + title;
    post.service = service;
    post.node = node;
    return post;
}

// A node's items as the server holds them (empty when there is no node).
QList<PepItem> itemsOf(Test::TestSession &s, const QString &service, const QString &node)
{
    auto task = s.account.client()->findExtension<QXmppPubSubManager>()->requestItems<PepItem>(service, node);
    if (!QTest::qWaitFor([&] { return task.isFinished(); }, 10000)) {
        QTest::qFail("no answer to an items request", __FILE__, __LINE__);
        return {};
    }
    if (const auto *items = std::get_if<QXmppPubSubManager::Items<PepItem>>(&task.result()))
        return items->items;
    return {};
}

QDomElement parsed(const QString &xml)
{
    QDomDocument doc;
    doc.setContent(xml, true);
    return doc.documentElement();
}

QString linkHref(const QDomElement &entry, const QString &rel)
{
    for (QDomElement l = entry.firstChildElement(u"link"_s); !l.isNull(); l = l.nextSiblingElement(u"link"_s)) {
        if (l.attribute(u"rel"_s) == rel)
            return l.attribute(u"href"_s);
    }
    return {};
}

// What the new account's server and cache hold after an import, with the
// account's own address written as NEW, so that two imports compare.
QStringList stateOf(Test::TestSession &s)
{
    QStringList lines;
    const QString me = s.user.jid;
    auto norm = [&](QString text) { return text.replace(me, u"NEW"_s); };
    for (const PepItem &item : itemsOf(s, me, kBlog)) {
        const QDomElement e = parsed(item.payloadXml());
        lines << norm(u"post %1 %2 %3 %4 %5"_s.arg(item.id(), e.firstChildElement(u"title"_s).text(), e.firstChildElement(u"published"_s).text(),
                                                   e.firstChildElement(u"author"_s).firstChildElement(u"uri"_s).text(), linkHref(e, u"replies"_s)));
        const XmppUri replies = XmppUri::parse(linkHref(e, u"replies"_s));
        if (replies.isValid()) {
            for (const PepItem &comment : itemsOf(s, replies.service, replies.node))
                lines << norm(u"  comment %1 %2"_s.arg(comment.id(), parsed(comment.payloadXml()).firstChildElement(u"title"_s).text()));
        }
    }
    for (const RosterEntry &e : s.contacts.entries())
        lines << u"contact %1 %2 %3"_s.arg(e.jid, e.name, e.groups.join(u','));
    for (const PepItem &item : itemsOf(s, me, u"urn:xmpp:bookmarks:1"_s))
        lines << u"bookmark "_s + item.id();
    for (const QString &blocked : result(s.account.contactActions()->blocklist()))
        lines << u"blocked "_s + blocked;
    FollowService follows(s.account.client());
    for (const FollowedNode &node : result(follows.readLists()).nodes)
        lines << u"follows %1 %2"_s.arg(node.service, node.node);
    lines << u"name "_s + result(s.account.profiles()->fetch(me)).fullName;
    lines.sort();
    return lines;
}

struct Imported
{
    bool prepared = false;
    QString error;
    ImportReport report;
    QList<ImportPreflight::Line> preview;
};

// Runs an import to its end (or until stopAt says to cancel at a step of that kind).
Imported importInto(Test::TestSession &s, const QString &path, const QString &stopAtKind = {}, bool announceMove = false)
{
    Imported out;
    QTemporaryDir work;
    AccountImporter importer(&s.session);
    QSignalSpy prepared(&importer, &AccountImporter::prepared);
    QSignalSpy finished(&importer, &AccountImporter::finished);
    importer.prepare({path, {}, work.path()});
    if (!prepared.wait(60000)) {
        out.error = u"not prepared"_s;
        return out;
    }
    out.prepared = prepared.constFirst().at(0).toBool();
    out.error = prepared.constFirst().at(1).toString();
    out.preview = importer.preview();
    if (!out.prepared)
        return out;
    if (!stopAtKind.isEmpty())
        QObject::connect(&importer, &AccountImporter::progressChanged, &importer, [&](const QString &kind) {
            if (kind == stopAtKind)
                importer.cancel();
        });
    importer.setAnnounceMove(announceMove);
    importer.run();
    if (!finished.wait(120000)) {
        out.error = u"the import did not finish"_s;
        return out;
    }
    out.report = finished.constFirst().at(0).value<ImportReport>();
    return out;
}
} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::ProsodyServer> m_server;
    Test::TestSession m_alice, m_bob;
    QTemporaryDir m_files;
    QString m_exportPath;
    QByteArray m_picture;
    QString m_pictureUrl;
    QString m_sunsetId, m_secondId, m_bouldersNode;
    QStringList m_uninterrupted; // stateOf() after the first import

private Q_SLOTS:
    // Alice on the first host: contacts, a profile, posts with a picture,
    // comments and a like by Bob and one by herself, a community she owns
    // and one she follows, room bookmarks, chats; exported.
    void initTestCase()
    {
        LocalProsody::Options options;
        options.secondDomain = kOtherHost;
        m_server = std::make_unique<Test::ProsodyServer>(options);
        HEARTH_START_SERVER(*m_server);
        Test::ProsodyServer &server = *m_server;
        QVERIFY(Test::loginFriends(server, m_alice, m_bob));
        const QString pubsub = u"pubsub."_s + server.domain();
        QCOMPARE(result(m_alice.account.contactActions()->update(m_bob.user.jid, u"Bob B."_s, {u"Climbers"_s})), QString());
        QCOMPARE(result(m_alice.account.contactActions()->block(u"spammer@example.net"_s)), QString());
        ProfileCard card;
        card.fullName = u"Alice Liddell"_s;
        QCOMPARE(result(m_alice.account.profiles()->publishOwn(card)), QString());

        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(u"#3a7bd5"_s));
        const QString picturePath = m_files.filePath(u"lake.png"_s);
        QVERIFY(image.save(picturePath));
        QFile pictureFile(picturePath);
        QVERIFY(pictureFile.open(QIODevice::ReadOnly));
        m_picture = pictureFile.readAll();
        FileUpload *upload = m_alice.account.uploads()->upload(picturePath, this);
        QVERIFY(Test::until(upload, &FileUpload::finished, [&] { return upload->isFinished(); }, 10000));
        QVERIFY2(upload->state() == FileUpload::State::Done, qPrintable(upload->error()));
        m_pictureUrl = upload->url().toString();
        Post sunset = titled(u"Sunset at the lake"_s);
        sunset.text = u"Look: "_s + m_pictureUrl;
        sunset.links << PostLink::enclosure(m_pictureUrl, upload->mimeType(), upload->fileName());
        const auto first = result(m_alice.feed.publish(sunset));
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        m_sunsetId = first.post.itemId;
        QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > first.post.published.toSecsSinceEpoch());
        const auto second = result(m_alice.feed.publish(titled(u"Second thoughts"_s)));
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        m_secondId = second.post.itemId;
        QVERIFY(result(m_bob.feed.comment(first.post, u"Lovely colours!"_s)).error.isEmpty());
        QVERIFY(result(m_bob.feed.like(first.post)).error.isEmpty());
        QVERIFY(result(m_alice.feed.comment(first.post, u"Thank you, Bob"_s)).error.isEmpty());

        CommunitySettings his;
        his.title = u"Bob's boulders"_s;
        const auto boulders = result(m_bob.communities.create(pubsub, his));
        QVERIFY2(boulders.error.isEmpty(), qPrintable(boulders.error));
        m_bouldersNode = boulders.node;
        QCOMPARE(result(m_alice.communities.follow(pubsub, boulders.node, false)), QString());

        QVERIFY(result(m_alice.chat.send(m_bob.user.jid, u"Hello Bob"_s)).state != ChatMessage::State::Failed);
        QVERIFY(result(m_bob.chat.send(m_alice.user.jid, u"Hi Alice"_s)).state != ChatMessage::State::Failed);
        QTRY_COMPARE(Test::bodies(Test::history(m_alice, m_bob.user.jid)), (QStringList{u"Hello Bob"_s, u"Hi Alice"_s}));
        const QString room = u"readers@muc.%1"_s.arg(server.domain());
        QCOMPARE(result(m_alice.rooms.create(room, u"Readers"_s, RoomSettings::Kind::Group), 20000), QString());
        QVERIFY(result(m_alice.chat.send(room, u"Welcome, readers"_s)).state != ChatMessage::State::Failed);
        QTRY_VERIFY(Test::bodies(Test::history(m_alice, room)).contains(u"Welcome, readers"_s));

        AccountExporter exporter(&m_alice.session);
        QSignalSpy exported(&exporter, &AccountExporter::finished);
        AccountExporter::Options o;
        o.output = m_files.path();
        o.generatorVersion = u"test"_s;
        exporter.start(o);
        QVERIFY(exported.wait(120000));
        QVERIFY2(exported.constFirst().at(0).toBool(), qPrintable(exported.constFirst().at(1).toString()));
        m_exportPath = exported.constFirst().at(1).toString();
    }

    void importReplaysEveryDatasetOnTheNewHost()
    {
        Test::TestSession alice2;
        QVERIFY(alice2.login(*m_server, m_server->createUserOn(kOtherHost, u"alice"_s)));
        const QString me = alice2.user.jid;
        const Imported imported = importInto(alice2, m_exportPath);
        QVERIFY2(imported.prepared, qPrintable(imported.error));
        QVERIFY2(imported.report.finished, qPrintable(imported.report.error));
        QVERIFY2(imported.report.failedCount() == 0, qPrintable(imported.report.toText()));
        QCOMPARE(imported.report.from, m_alice.user.jid);
        QCOMPARE(imported.report.to, me);
        // The preflight said what would happen, before it did.
        QStringList kinds;
        for (const auto &line : imported.preview)
            kinds << line.kind;
        for (const QString &kind : {u"media"_s, u"profile"_s, u"posts"_s, u"comments"_s, u"bookmarks"_s, u"blocklist"_s, u"follows"_s,
                                    u"contacts"_s, u"history"_s})
            QVERIFY2(kinds.contains(kind), qPrintable(kind + u" not in the preview: "_s + kinds.join(u' ')));

        // Posts: same ids, titles and dates, oldest first, by the new account.
        const auto oldPosts = itemsOf(m_alice, m_alice.user.jid, kBlog);
        const auto newPosts = itemsOf(alice2, me, kBlog);
        QCOMPARE(newPosts.size(), 2);
        QCOMPARE(imported.report.dataset(u"posts"_s)->moved, 2);
        for (const PepItem &old : oldPosts) {
            const auto found = std::find_if(newPosts.cbegin(), newPosts.cend(), [&](const PepItem &p) { return p.id() == old.id(); });
            QVERIFY2(found != newPosts.cend(), qPrintable(old.id()));
            const QDomElement a = parsed(old.payloadXml()), b = parsed(found->payloadXml());
            for (const QString &field : {u"title"_s, u"published"_s, u"updated"_s, u"id"_s})
                QCOMPARE(b.firstChildElement(field).text(), a.firstChildElement(field).text());
            QCOMPARE(b.firstChildElement(u"author"_s).firstChildElement(u"uri"_s).text(), u"xmpp:"_s + me);
            // A reader as Movim reads it takes the post, credited to the new account.
            const auto post = MicroblogCodec::parseXml(found->payloadXml(), me, kBlog, found->id());
            QVERIFY2(post.post, qPrintable(post.error));
            QCOMPARE(post.post->claimedAuthor, me);
        }

        // The picture: uploaded to the new host, the post and its text point there.
        const auto sunset = std::find_if(newPosts.cbegin(), newPosts.cend(), [&](const PepItem &p) { return p.id() == m_sunsetId; });
        const QDomElement entry = parsed(sunset->payloadXml());
        const QString enclosure = linkHref(entry, u"enclosure"_s);
        QVERIFY2(enclosure.startsWith(u"http://localhost:"_s) && enclosure != m_pictureUrl, qPrintable(enclosure));
        QVERIFY2(sunset->payloadXml().contains(u"Look: "_s + enclosure), qPrintable(sunset->payloadXml()));
        QCOMPARE(imported.report.uriMap.value(m_pictureUrl), enclosure);
        QNetworkAccessManager http;
        QNetworkReply *reply = http.get(QNetworkRequest(QUrl(enclosure)));
        QVERIFY(Test::until(reply, &QNetworkReply::finished, [&] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->readAll(), m_picture);
        reply->deleteLater();

        // The thread: on the new host's comments service, Alice's own comment
        // as hers, Bob's quoted and credited to him, his like not given again.
        const XmppUri replies = XmppUri::parse(linkHref(entry, u"replies"_s));
        QCOMPARE(replies.service, u"comments."_s + kOtherHost);
        QStringList titles;
        for (const PepItem &comment : itemsOf(alice2, replies.service, replies.node))
            titles << parsed(comment.payloadXml()).firstChildElement(u"title"_s).text();
        titles.sort();
        QCOMPARE(titles.size(), 2);
        QCOMPARE(titles.at(0), u"Thank you, Bob"_s);
        QVERIFY2(titles.at(1).startsWith(u"“Lovely colours!” — "_s), qPrintable(titles.at(1)));
        const auto *comments = imported.report.dataset(u"comments"_s);
        QCOMPARE(comments->skipped, 1);
        QVERIFY2(comments->items.constFirst().reason.contains(m_bob.user.jid), qPrintable(comments->items.constFirst().reason));

        // Profile, contacts, lists.
        QCOMPARE(result(alice2.account.profiles()->fetch(me)).fullName, u"Alice Liddell"_s);
        QTRY_VERIFY(!alice2.contacts.entry(m_bob.user.jid).jid.isEmpty());
        QCOMPARE(alice2.contacts.entry(m_bob.user.jid).name, u"Bob B."_s);
        QCOMPARE(alice2.contacts.entry(m_bob.user.jid).groups, QStringList{u"Climbers"_s});
        QTRY_VERIFY(std::any_of(m_bob.contacts.requests().cbegin(), m_bob.contacts.requests().cend(),
                                [&](const SubscriptionRequest &r) { return r.jid == me; }));
        QCOMPARE(result(alice2.account.contactActions()->blocklist()), QStringList{u"spammer@example.net"_s});
        QStringList bookmarks;
        for (const PepItem &item : itemsOf(alice2, me, u"urn:xmpp:bookmarks:1"_s))
            bookmarks << item.id();
        QCOMPARE(bookmarks, QStringList{u"readers@muc.%1"_s.arg(m_server->domain())});
        FollowService follows(alice2.account.client());
        const auto lists = result(follows.readLists());
        QVERIFY(std::any_of(lists.nodes.cbegin(), lists.nodes.cend(), [&](const FollowedNode &n) { return n.node == m_bouldersNode; }));

        // History: in this cache, marked as imported, nothing unread.
        QCOMPARE(Test::bodies(Test::history(alice2, m_bob.user.jid)), (QStringList{u"Hello Bob"_s, u"Hi Alice"_s}));
        for (const ChatMessage &m : Test::history(alice2, m_bob.user.jid)) {
            QVERIFY(m.imported);
            QCOMPARE(m.sender, m.outgoing ? me : m_bob.user.jid);
        }
        QVERIFY(Test::bodies(Test::history(alice2, u"readers@muc.%1"_s.arg(m_server->domain()))).contains(u"Welcome, readers"_s));

        // Again: nothing done twice.
        m_uninterrupted = stateOf(alice2);
        const Imported again = importInto(alice2, m_exportPath);
        QVERIFY2(again.report.finished && again.report.failedCount() == 0, qPrintable(again.report.toText()));
        for (const auto &d : again.report.datasets)
            QCOMPARE(d.earlier, d.moved + d.skipped);
        QCOMPARE(stateOf(alice2), m_uninterrupted);
        QCOMPARE(Test::history(alice2, m_bob.user.jid).size(), 2);
    }

    // Stopped three times (while posting, in the threads, at the contacts):
    // each new run goes on, and the end is what one run makes.
    void interruptedImportGoesOnWhereItStopped()
    {
        QVERIFY2(!m_uninterrupted.isEmpty(), "needs importReplaysEveryDatasetOnTheNewHost");
        Test::TestSession alice3;
        QVERIFY(alice3.login(*m_server, m_server->createUserOn(kOtherHost, u"alice"_s)));
        int earlier = 0;
        for (const QString &stop : {u"posts"_s, u"comments"_s, u"contacts"_s}) {
            const Imported cut = importInto(alice3, m_exportPath, stop);
            QVERIFY2(cut.prepared, qPrintable(cut.error));
            QVERIFY2(!cut.report.finished && cut.report.error.contains(u"cancel"_s), qPrintable(cut.report.toText()));
            int done = 0;
            for (const auto &d : cut.report.datasets)
                done += d.moved + d.skipped;
            QVERIFY2(done > earlier, qPrintable(stop)); // each run went further
            earlier = done;
        }
        const Imported rest = importInto(alice3, m_exportPath);
        QVERIFY2(rest.report.finished && rest.report.failedCount() == 0, qPrintable(rest.report.toText()));
        QVERIFY(rest.report.dataset(u"media"_s)->earlier == rest.report.dataset(u"media"_s)->moved);
        QCOMPARE(stateOf(alice3), m_uninterrupted);
        QCOMPARE(Test::bodies(Test::history(alice3, m_bob.user.jid)), (QStringList{u"Hello Bob"_s, u"Hi Alice"_s}));
    }

    // The command-line import killed three times (a test hook stops the
    // process as the 2nd post, the 2nd comment step and the first contact
    // start, with what came before possibly unanswered and its journal
    // write not done): each new run goes on, and the end is what one run
    // makes, in the server and in the cache.
    void killedImportGoesOnWhereItStopped()
    {
        QVERIFY2(!m_uninterrupted.isEmpty(), "needs importReplaysEveryDatasetOnTheNewHost");
        const Test::TestUser user = m_server->createUserOn(kOtherHost, u"alice"_s);
        QTemporaryDir profile;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_CLI_PASSWORD"_s, user.password);
        env.insert(u"LC_ALL"_s, u"C"_s);
        env.remove(u"DISPLAY"_s);
        const QStringList import{u"import"_s,       m_exportPath,       u"--json"_s, u"--profile"_s,        profile.path(),
                                 u"--account"_s,    user.jid,           u"--password-env"_s, u"HEARTH_CLI_PASSWORD"_s,
                                 u"--host"_s,       m_server->host(),   u"--port"_s, QString::number(m_server->port())};
        const QString binary = QStringLiteral(HEARTH_BINARY);
        for (const QString &halt : {u"posts:2"_s, u"comments:2"_s, u"contacts:1"_s}) {
            auto haltEnv = env;
            haltEnv.insert(u"HEARTH_TEST_IMPORT_HALT_AT"_s, halt);
            bool halted = false;
            const auto run = Test::runHearth(binary, import, haltEnv, [&](QProcess &process, const QString &log) {
                if (!halted && log.contains(u"import: halted at "_s + halt)) {
                    halted = true;
                    process.kill();
                }
            });
            QVERIFY2(halted && run.code == -2, qPrintable(halt + u": "_s + run.err));
        }
        const auto rest = Test::runHearth(binary, import, env);
        QVERIFY2(rest.code == 0, qPrintable(rest.err + rest.out));
        const QJsonObject report = QJsonDocument::fromJson(rest.out.toUtf8()).object();
        QVERIFY(report.value(u"finished"_s).toBool());
        QHash<QString, int> earlier;
        for (const auto &value : report.value(u"datasets"_s).toArray()) {
            const QJsonObject d = value.toObject();
            QCOMPARE(d.value(u"failed"_s).toInt(), 0);
            earlier.insert(d.value(u"kind"_s).toString(), d.value(u"earlier"_s).toInt());
        }
        // The datasets before the last halt were done by the killed runs.
        for (const QString &kind : {u"media"_s, u"profile"_s, u"posts"_s, u"comments"_s, u"bookmarks"_s, u"blocklist"_s, u"follows"_s})
            QVERIFY2(earlier.value(kind) > 0, qPrintable(kind));
        QCOMPARE(earlier.value(u"history"_s), 0);

        Test::TestSession look;
        QVERIFY(look.login(*m_server, user));
        QCOMPARE(stateOf(look), m_uninterrupted);
        look.account.disconnectFromServer();
        // The cache the runs shared: the history once, marked as imported.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"killed-import"_s);
            db.setDatabaseName(profile.filePath(u"hearth.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT count(*), sum(imported) FROM message WHERE body IN ('Hello Bob', 'Hi Alice')"_s));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toInt(), 2);
            QCOMPARE(query.value(1).toInt(), 2);
        }
        QSqlDatabase::removeDatabase(u"killed-import"_s);
    }

    // The export imported back into its own account (a restore): what the
    // server still has is left as it is (no post republished to every
    // reader, Bob's comment not replaced by a quote of it); a lost post
    // comes back.
    void restoringIntoTheSameAccountKeepsWhatIsThere()
    {
        const QString me = m_alice.user.jid;
        auto *pubsub = m_alice.account.client()->findExtension<QXmppPubSubManager>();
        auto retracted = pubsub->retractOwnPepItem(kBlog, m_secondId);
        QVERIFY(QTest::qWaitFor([&] { return retracted.isFinished(); }, 10000));
        const Imported restored = importInto(m_alice, m_exportPath);
        QVERIFY2(restored.report.finished && restored.report.failedCount() == 0, qPrintable(restored.report.toText()));
        QVERIFY(std::any_of(restored.preview.cbegin(), restored.preview.cend(), [](const auto &l) { return l.kind == u"account"_s; }));
        const auto *posts = restored.report.dataset(u"posts"_s);
        QCOMPARE(posts->moved, 1); // the lost one
        QCOMPARE(posts->skipped, 1);
        QCOMPARE(posts->items.constFirst().key, u"posts:"_s + m_sunsetId);
        QStringList ids;
        for (const PepItem &item : itemsOf(m_alice, me, kBlog))
            ids << item.id();
        ids.sort();
        QStringList expected{m_sunsetId, m_secondId};
        expected.sort();
        QCOMPARE(ids, expected);
        const QDomElement sunset = parsed(itemsOf(m_alice, me, kBlog).constFirst().payloadXml());
        const XmppUri replies = XmppUri::parse(linkHref(sunset, u"replies"_s));
        QStringList titles;
        for (const PepItem &comment : itemsOf(m_alice, replies.service, replies.node))
            titles << parsed(comment.payloadXml()).firstChildElement(u"title"_s).text();
        QVERIFY2(titles.contains(u"Lovely colours!"_s), qPrintable(titles.join(u" | "_s)));
        QVERIFY2(!titles.join(u' ').contains(u"“"_s), qPrintable(titles.join(u" | "_s)));
    }

    // XEP-0283: the old account says where it moved; the import's requests
    // name the old address; Bob's Hearth shows the move confirmed by the old
    // account (never accepting for him), and once he accepts, the new
    // address is his contact. A second account claiming the same move is
    // shown as not confirmed.
    void moveIsConfirmedByTheOldAccountAndAcceptedByAContact()
    {
        Test::TestSession alice5, impostor;
        QVERIFY(alice5.login(*m_server, m_server->createUserOn(kOtherHost, u"alice"_s)));
        QVERIFY(impostor.login(*m_server, m_server->createUserOn(kOtherHost, u"alice"_s)));
        const QString me = alice5.user.jid;
        QCOMPARE(result(AccountImporter::publishMoved(&m_alice.session, me)), QString());
        const Imported moved = importInto(alice5, m_exportPath, {}, true);
        QVERIFY2(moved.report.finished && moved.report.failedCount() == 0, qPrintable(moved.report.toText()));
        auto requestFrom = [&](const QString &jid) {
            for (const SubscriptionRequest &r : m_bob.contacts.requests()) {
                if (r.jid == jid)
                    return r;
            }
            return SubscriptionRequest{};
        };
        QTRY_COMPARE(requestFrom(me).move, SubscriptionRequest::Move::Confirmed);
        QCOMPARE(requestFrom(me).movedFrom, m_alice.user.jid);
        QVERIFY(m_bob.contacts.entry(me).jid.isEmpty()); // nothing accepted for him

        const Imported claimed = importInto(impostor, m_exportPath, {}, true);
        QVERIFY2(claimed.report.finished, qPrintable(claimed.report.toText()));
        QTRY_COMPARE(requestFrom(impostor.user.jid).move, SubscriptionRequest::Move::NotConfirmed);

        // One click: Bob accepts; the new address pre-approved him, so both ways.
        QCOMPARE(result(m_bob.account.contactActions()->accept(me, true)), QString());
        QTRY_COMPARE(m_bob.contacts.entry(me).subscription, RosterEntry::Subscription::Both);
        QTRY_COMPARE(alice5.contacts.entry(m_bob.user.jid).subscription, RosterEntry::Subscription::Both);
    }

    // Another server that takes smaller files than the export holds: the
    // preview says so, the picture is skipped with the reason and stays a
    // link to the old server, and everything else moves.
    void fileOverTheNewServersLimitStaysALink()
    {
        LocalProsody::Options options;
        options.uploadLimit = 100; // bytes: the picture has 161
        Test::ProsodyServer small(options);
        HEARTH_START_SERVER(small);
        Test::TestSession alice6;
        QVERIFY(alice6.login(small, small.createUser(u"alice"_s)));
        const Imported imported = importInto(alice6, m_exportPath);
        // This other server has no such community to follow: that step
        // fails, said per item, and the rest goes on.
        QVERIFY2(imported.report.finished && imported.report.failedCount() == 1, qPrintable(imported.report.toText()));
        QCOMPARE(imported.report.dataset(u"follows"_s)->failed, 1);
        QVERIFY(imported.report.dataset(u"follows"_s)->items.constFirst().key.contains(m_bouldersNode));
        const auto media = std::find_if(imported.preview.cbegin(), imported.preview.cend(), [](const auto &l) { return l.kind == u"media"_s; });
        QVERIFY(media != imported.preview.cend());
        QCOMPARE(media->verdict, ImportPreflight::Line::Verdict::Partly);
        const auto *skipped = imported.report.dataset(u"media"_s);
        QCOMPARE(skipped->skipped, 1);
        QVERIFY2(skipped->items.constFirst().reason.contains(u"100 bytes"_s), qPrintable(skipped->items.constFirst().reason));
        QCOMPARE(imported.report.dataset(u"posts"_s)->moved, 2);
        for (const PepItem &post : itemsOf(alice6, alice6.user.jid, kBlog)) {
            if (post.id() == m_sunsetId)
                QCOMPARE(linkHref(parsed(post.payloadXml()), u"enclosure"_s), m_pictureUrl);
        }
    }

    // A server keeping fewer items in a node than the blog has (Prosody's
    // pep_max_items): the preflight reads the limit and says so; the newest
    // posts move, the oldest stays in the export with its thread, each said
    // in the report, and the server keeps what was published.
    void blogLongerThanTheServersLimitMovesItsNewestPosts()
    {
        LocalProsody::Options options;
        options.maxItems = 1;
        Test::ProsodyServer small(options);
        HEARTH_START_SERVER(small);
        Test::TestSession alice7;
        QVERIFY(alice7.login(small, small.createUser(u"alice"_s)));
        const Imported imported = importInto(alice7, m_exportPath);
        QVERIFY2(imported.prepared, qPrintable(imported.error));
        const auto posts = std::find_if(imported.preview.cbegin(), imported.preview.cend(), [](const auto &l) { return l.kind == u"posts"_s; });
        QVERIFY(posts != imported.preview.cend());
        QCOMPARE(posts->verdict, ImportPreflight::Line::Verdict::Partly);
        QVERIFY2(posts->text.startsWith(u"1 of 2 posts"_s) && posts->text.contains(u"at most 1 item"_s), qPrintable(posts->text));
        // Only the first post had comments: none are announced to move.
        QVERIFY(std::none_of(imported.preview.cbegin(), imported.preview.cend(),
                             [](const auto &l) { return l.kind == u"comments"_s && l.verdict != ImportPreflight::Line::Verdict::Stays; }));

        QVERIFY2(imported.report.finished, qPrintable(imported.report.toText()));
        const auto *moved = imported.report.dataset(u"posts"_s);
        QCOMPARE(moved->moved, 1);
        QCOMPARE(moved->skipped, 1);
        QCOMPARE(moved->items.constFirst().key, u"posts:"_s + m_sunsetId);
        QVERIFY2(moved->items.constFirst().reason.contains(u"at most 1 item"_s), qPrintable(moved->items.constFirst().reason));
        const auto *thread = imported.report.dataset(u"comments"_s);
        QCOMPARE(thread->moved, 0);
        QCOMPARE(thread->failed, 0);
        QCOMPARE(thread->skipped, 1);
        QStringList ids;
        for (const PepItem &item : itemsOf(alice7, alice7.user.jid, kBlog))
            ids << item.id();
        QCOMPARE(ids, QStringList{m_secondId});
    }

    // --dry-run on the command line, then the import itself, as JSON.
    void commandLineDryRunThenImport()
    {
        const Test::TestUser user = m_server->createUserOn(kOtherHost, u"alice"_s);
        QTemporaryDir profile;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_CLI_PASSWORD"_s, user.password);
        env.remove(u"DISPLAY"_s);
        const QStringList account{u"--profile"_s, profile.path(), u"--account"_s, user.jid, u"--password-env"_s, u"HEARTH_CLI_PASSWORD"_s,
                                  u"--host"_s, m_server->host(), u"--port"_s, QString::number(m_server->port())};
        const QString binary = QStringLiteral(HEARTH_BINARY);
        QCOMPARE(Test::runHearth(binary, QStringList{u"import"_s} + account, env).code, 2); // no file
        QCOMPARE(Test::runHearth(binary, QStringList{u"sync"_s, u"--dry-run"_s} + account, env).code, 2);
        QCOMPARE(Test::runHearth(binary, QStringList{u"move"_s} + account, env).code, 2); // no --to
        QCOMPARE(Test::runHearth(binary, QStringList{u"sync"_s, u"--announce-move"_s} + account, env).code, 2);

        const auto dry = Test::runHearth(binary, QStringList{u"import"_s, m_exportPath, u"--dry-run"_s, u"--json"_s} + account, env);
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        const QJsonObject preview = QJsonDocument::fromJson(dry.out.toUtf8()).object();
        QCOMPARE(preview.value(u"from"_s).toString(), m_alice.user.jid);
        QVERIFY(preview.value(u"dry_run"_s).toBool());
        QVERIFY(preview.value(u"preview"_s).toArray().size() >= 8);
        // Nothing written: no blog, no contact, no journal.
        Test::TestSession look;
        QVERIFY(look.login(*m_server, user));
        QVERIFY(itemsOf(look, user.jid, kBlog).isEmpty());
        QVERIFY(look.contacts.entries().isEmpty());
        look.account.disconnectFromServer();

        const auto run = Test::runHearth(binary, QStringList{u"import"_s, m_exportPath, u"--json"_s} + account, env);
        QVERIFY2(run.code == 0, qPrintable(run.err + run.out));
        const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QVERIFY(report.value(u"finished"_s).toBool());
        QStringList moved;
        for (const auto &value : report.value(u"datasets"_s).toArray()) {
            const QJsonObject d = value.toObject();
            QCOMPARE(d.value(u"failed"_s).toInt(), 0);
            if (d.value(u"moved"_s).toInt() > 0)
                moved << d.value(u"kind"_s).toString();
        }
        QCOMPARE(moved, (QStringList{u"media"_s, u"profile"_s, u"posts"_s, u"nodes"_s, u"comments"_s, u"bookmarks"_s, u"blocklist"_s,
                                     u"follows"_s, u"contacts"_s, u"history"_s}));
        QVERIFY2(run.err.contains(u"import: "_s), qPrintable(run.err));
        QVERIFY(!report.value(u"uri_map"_s).toObject().value(m_pictureUrl).toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
