// The scriptable commands against a real Prosody: `hearth post` publishes,
// another user's `hearth sync` brings it into their cache (following the
// author's blog by default, as a first login does), `hearth comment` and
// `hearth like` answer it, and `hearth feed --json` shows all of it.
#include "communities/CommunityService.h"
#include "db/Database.h"
#include "feed/FeedSync.h"
#include "support/HearthCli.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
using Run = Test::CliRun;

Run hearth(const QStringList &arguments, const QString &password)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HEARTH_CLI_PASSWORD"_s, password);
    env.remove(u"DISPLAY"_s); // no window: it must not need a display
    return Test::runHearth(QStringLiteral(HEARTH_BINARY), arguments, env);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // hearth check: the thorough look at a cache, on request; a damaged
    // one is named (refused at open already, by its quick check).
    void checkSaysWhetherTheCacheIsSound()
    {
        QTemporaryDir profile;
        const QString path = profile.filePath(u"hearth.sqlite"_s);
        {
            Database db;
            QVERIFY(Test::waitFor(db.open(path)));
            auto filled = db.execute(u"CREATE TABLE filler AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                     "WHERE i < 5000) SELECT i, printf('%0200d', i) AS text FROM n"_s, {});
            QVERIFY(Test::waitFor(filled) && filled.result().ok());
        }
        auto env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        const Run sound = Test::runHearth(QStringLiteral(HEARTH_BINARY), {u"check"_s, u"--profile"_s, profile.path()}, env);
        QVERIFY2(sound.code == 0 && sound.out.contains(u"sound"_s), qPrintable(sound.out + sound.err));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek((file.size() / 2) / 4096 * 4096));
        file.write(QByteArray(4096, '\x5a'));
        file.close();
        const Run damaged = Test::runHearth(QStringLiteral(HEARTH_BINARY), {u"check"_s, u"--profile"_s, profile.path()}, env);
        QCOMPARE(damaged.code, 1);
        QVERIFY2(damaged.err.contains(path) && damaged.err.contains(u"damaged"_s), qPrintable(damaged.err));
    }

    void optionsAreCheckedBeforeAnythingElse()
    {
        // No display, no platform: --help, --version and mistakes need
        // neither (the GUI application was created first and aborted).
        auto bare = [](const QStringList &arguments) {
            auto env = QProcessEnvironment::systemEnvironment();
            env.remove(u"DISPLAY"_s);
            env.remove(u"WAYLAND_DISPLAY"_s);
            env.remove(u"QT_QPA_PLATFORM"_s);
            env.insert(u"HEARTH_CLI_PASSWORD"_s, u"unused"_s);
            return Test::runHearth(QStringLiteral(HEARTH_BINARY), arguments, env, {}, 30000);
        };
        const Run help = bare({u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(u"Usage: hearth"_s), qPrintable(help.out));
        const Run version = bare({u"--version"_s});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.contains(QStringLiteral(HEARTH_VERSION)));
        // The first line for scripts, then the libraries it runs on.
        QCOMPARE(version.out.section(u'\n', 0, 0), u"hearth "_s + QStringLiteral(HEARTH_VERSION));
        QVERIFY2(version.out.contains(u"\nQXmpp 1."_s) && version.out.contains(u"\nQt 6."_s), qPrintable(version.out));
        QCOMPARE(bare({u"no-such-command"_s}).code, 2);
        QCOMPARE(bare({u"--port"_s, u"70000"_s}).code, 2);

        // The subcommands, with nothing listening on the port: each
        // mistake is named and exits 2 before any connection is tried.
        QTemporaryDir profile;
        const QStringList account{u"--profile"_s, profile.path(), u"--jid"_s, u"nobody@localhost"_s, u"--password-env"_s,
                                  u"HEARTH_CLI_PASSWORD"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, u"1"_s};
        for (const auto &[arguments, option] : {std::pair{QStringList{u"feed"_s, u"--limit"_s, u"-5"_s}, u"--limit"_s},
                                                std::pair{QStringList{u"feed"_s, u"--limit"_s, u"abc"_s}, u"--limit"_s},
                                                std::pair{QStringList{u"like"_s, u"not-a-uri"_s}, u"not a post URI"_s},
                                                std::pair{QStringList{u"comment"_s, u"xmpp:a@b"_s, u"hi"_s}, u"not a post URI"_s},
                                                std::pair{QStringList{u"search"_s}, u"search takes 1 argument"_s},
                                                std::pair{QStringList{u"search"_s, u"x"_s, u"--kind"_s, u"pictures"_s}, u"--kind"_s},
                                                std::pair{QStringList{u"search"_s, u"x"_s, u"--since"_s, u"yesterday"_s}, u"--since"_s},
                                                std::pair{QStringList{u"feed"_s, u"--kind"_s, u"posts"_s}, u"--kind is for search"_s}}) {
            const Run run = bare(arguments + account);
            QCOMPARE(run.code, 2);
            QVERIFY2(run.err.contains(option), qPrintable(run.err));
        }
        const Run port = bare(QStringList{u"sync"_s, u"--profile"_s, profile.path(), u"--jid"_s, u"nobody@localhost"_s,
                                          u"--password-env"_s, u"HEARTH_CLI_PASSWORD"_s, u"--port"_s, u"70000"_s});
        QCOMPARE(port.code, 2);
        QVERIFY2(port.err.contains(u"--port"_s), qPrintable(port.err));
    }

    void postSyncCommentLikeFeed()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        const auto aliceUser = server.createUser(u"alice"_s);
        const auto bobUser = server.createUser(u"bob"_s);
        QVERIFY(alice.login(server, aliceUser));
        QVERIFY(bob.login(server, bobUser));
        QVERIFY(Test::befriend(alice, bob));
        alice.account.disconnectFromServer();
        bob.account.disconnectFromServer();

        QTemporaryDir aliceProfile, bobProfile, body;
        auto account = [&](const QTemporaryDir &profile, const Test::TestUser &user) {
            return QStringList{u"--profile"_s, profile.path(), u"--jid"_s, user.jid, u"--password-env"_s, u"HEARTH_CLI_PASSWORD"_s,
                               u"--host"_s, server.host(), u"--port"_s, QString::number(server.port())};
        };
        QFile bodyFile(body.filePath(u"body.md"_s));
        QVERIFY(bodyFile.open(QIODevice::WriteOnly));
        bodyFile.write("Written by a **script**. #cli");
        bodyFile.close();

        const QString picture = body.filePath(u"dot.png"_s);
        QImage dot(8, 8, QImage::Format_RGB32);
        dot.fill(Qt::red);
        QVERIFY(dot.save(picture));

        // A post needs a title; --image a file that exists.
        QCOMPARE(hearth(QStringList{u"post"_s} + account(aliceProfile, aliceUser), aliceUser.password).code, 2);
        QCOMPARE(hearth(QStringList{u"post"_s, u"--title"_s, u"T"_s, u"--image"_s, body.filePath(u"none.png"_s)}
                            + account(aliceProfile, aliceUser),
                        aliceUser.password)
                     .code,
                 2);
        const Run posted = hearth(QStringList{u"post"_s, u"--title"_s, u"From the command line"_s, u"--body-file"_s,
                                              bodyFile.fileName(), u"--image"_s, picture} + account(aliceProfile, aliceUser),
                                  aliceUser.password);
        QVERIFY2(posted.code == 0, qPrintable(posted.err));
        const QString uri = posted.out.trimmed();
        QVERIFY2(uri.startsWith(u"xmpp:"_s + aliceUser.jid + u"?;node=urn:xmpp:microblog:0;item="_s), qPrintable(uri));

        // Bob's first sync follows his contacts and fetches Alice's post.
        const Run synced = hearth(QStringList{u"sync"_s} + account(bobProfile, bobUser), bobUser.password);
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        QVERIFY2(synced.out.contains(u"synced:"_s), qPrintable(synced.out));
        QVERIFY2(hearth(QStringList{u"comment"_s, uri, u"Scripted hello"_s} + account(bobProfile, bobUser), bobUser.password).code == 0,
                 "comment failed");
        QVERIFY2(hearth(QStringList{u"like"_s, uri} + account(bobProfile, bobUser), bobUser.password).code == 0, "like failed");
        QCOMPARE(hearth(QStringList{u"like"_s, u"not-a-uri"_s} + account(bobProfile, bobUser), bobUser.password).code, 2);

        // Alice syncs and sees both in her cached feed, as JSON.
        const Run aliceSync = hearth(QStringList{u"sync"_s} + account(aliceProfile, aliceUser), aliceUser.password);
        QVERIFY2(aliceSync.code == 0, qPrintable(aliceSync.err));
        const Run feed = hearth(QStringList{u"feed"_s, u"--json"_s} + account(aliceProfile, aliceUser), aliceUser.password);
        QVERIFY2(feed.code == 0, qPrintable(feed.err));
        const QJsonArray posts = QJsonDocument::fromJson(feed.out.toUtf8()).array();
        QCOMPARE(posts.size(), 1);
        const QJsonObject post = posts.first().toObject();
        QCOMPARE(post.value(u"uri"_s).toString(), uri);
        QCOMPARE(post.value(u"title"_s).toString(), u"From the command line"_s);
        QVERIFY(post.value(u"html"_s).toString().contains(u"<strong>script</strong>"_s));
        QCOMPARE(post.value(u"tags"_s).toArray().first().toString(), u"cli"_s);
        // The picture went through http_file_share and is an enclosure.
        QJsonArray links;
        for (const auto &link : post.value(u"links"_s).toArray())
            if (link.toObject().value(u"rel"_s).toString() == u"enclosure"_s)
                links << link;
        QCOMPARE(links.size(), 1);
        QCOMPARE(links.first().toObject().value(u"type"_s).toString(), u"image/png"_s);
        QCOMPARE(links.first().toObject().value(u"title"_s).toString(), u"dot.png"_s);
        QVERIFY(links.first().toObject().value(u"href"_s).toString().startsWith(
            u"http://127.0.0.1:%1/file_share/"_s.arg(server.httpPort())));
        QCOMPARE(post.value(u"comments"_s).toArray().size(), 1);
        QCOMPARE(post.value(u"comments"_s).toArray().first().toObject().value(u"title"_s).toString(), u"Scripted hello"_s);
        QCOMPARE(post.value(u"likes"_s).toArray(), QJsonArray{bobUser.jid});

        // hearth search: the cache, offline. Bob's comment opens Alice's post.
        const Run found = hearth(QStringList{u"search"_s, u"scripted SCRIPT"_s, u"--json"_s} + account(aliceProfile, aliceUser),
                                 aliceUser.password);
        QVERIFY2(found.code == 0, qPrintable(found.err));
        QMap<QString, QJsonObject> byKind;
        for (const auto &hit : QJsonDocument::fromJson(found.out.toUtf8()).array())
            byKind.insert(hit.toObject().value(u"kind"_s).toString(), hit.toObject());
        QCOMPARE(byKind.keys(), (QStringList{u"comments"_s}));
        QCOMPARE(byKind.value(u"comments"_s).value(u"target"_s).toString(), uri);
        QCOMPARE(byKind.value(u"comments"_s).value(u"person"_s).toString(), bobUser.jid);
        QCOMPARE(byKind.value(u"comments"_s).value(u"snippet"_s).toString(), u"Scripted hello"_s);
        const Run line = hearth(QStringList{u"search"_s, u"scri"_s, u"--kind"_s, u"posts"_s} + account(aliceProfile, aliceUser),
                                aliceUser.password);
        QVERIFY2(line.code == 0, qPrintable(line.err));
        QCOMPARE(line.out.count(u'\n'), 1);
        QVERIFY2(line.out.startsWith(u"posts\t"_s) && line.out.contains(u"Written by a **[script]**"_s) && line.out.contains(uri),
                 qPrintable(line.out));
        // Before the post was written: nothing.
        const Run before = hearth(QStringList{u"search"_s, u"script"_s, u"--until"_s, u"2000-01-01"_s} + account(aliceProfile, aliceUser),
                                  aliceUser.password);
        QCOMPARE(before.code, 0);
        QVERIFY2(before.out.isEmpty(), qPrintable(before.out));
    }
    // hearth communities / follow / unfollow / feed --node, and post --to
    // into a community, against Prosody's pubsub component.
    void communitiesFollowFeedUnfollow()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession owner;
        QVERIFY(owner.login(server, server.createUser(u"owner"_s)));
        const QString pubsub = u"pubsub."_s + server.domain();
        CommunitySettings settings;
        settings.title = u"Board games"_s;
        settings.description = u"Dice & cards"_s;
        const auto games = Test::result(owner.communities.create(pubsub, settings));
        QVERIFY2(games.error.isEmpty(), qPrintable(games.error));
        settings.title = u"Sketches"_s;
        settings.type = Community::Type::Gallery;
        const auto sketches = Test::result(owner.communities.create(pubsub, settings));
        QVERIFY2(sketches.error.isEmpty(), qPrintable(sketches.error));
        QImage dot(8, 8, QImage::Format_RGB32);
        dot.fill(Qt::blue);
        QByteArray png;
        {
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            dot.save(&buffer, "PNG");
        }
        QCOMPARE(Test::result(owner.communities.setAvatar(pubsub, games.node, png, 8, 8)), QString());

        const auto user = server.createUser(u"reader"_s);
        QTemporaryDir profile;
        const QStringList account{u"--profile"_s, profile.path(), u"--jid"_s, user.jid, u"--password-env"_s, u"HEARTH_CLI_PASSWORD"_s,
                                  u"--host"_s, server.host(), u"--port"_s, QString::number(server.port())};
        const QString uri = u"xmpp:%1?;node=%2"_s.arg(pubsub, games.node);

        // Every community of the server, with its meta-data.
        Run listed = hearth(QStringList{u"communities"_s, u"--json"_s} + account, user.password);
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        QJsonArray nodes = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(nodes.size(), 2);
        QJsonObject first;
        for (const auto &n : std::as_const(nodes)) {
            if (n.toObject().value(u"node"_s).toString() == games.node)
                first = n.toObject();
        }
        QCOMPARE(first.value(u"uri"_s).toString(), uri);
        QCOMPARE(first.value(u"service"_s).toString(), pubsub);
        QCOMPARE(first.value(u"title"_s).toString(), u"Board games"_s);
        QCOMPARE(first.value(u"description"_s).toString(), u"Dice & cards"_s);
        QCOMPARE(first.value(u"type"_s).toString(), u"feed"_s);
        QVERIFY(first.value(u"subscribers"_s).isNull()); // Prosody does not say
        QCOMPARE(first.value(u"followed"_s).toBool(), false);
        QVERIFY(first.value(u"avatar"_s).isObject());
        const QString sha1 = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha1).toHex());
        QCOMPARE(first.value(u"avatar"_s).toObject().value(u"id"_s).toString(), sha1);
        // One service named: the same.
        listed = hearth(QStringList{u"communities"_s, pubsub, u"--json"_s} + account, user.password);
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 2);
        for (const auto &n : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            if (n.toObject().value(u"node"_s).toString() == sketches.node)
                QCOMPARE(n.toObject().value(u"type"_s).toString(), u"gallery"_s);
        }

        // Follow (publicly), post into it with post --to, read it back.
        const Run followed = hearth(QStringList{u"follow"_s, uri, u"--public"_s} + account, user.password);
        QVERIFY2(followed.code == 0, qPrintable(followed.err));
        const Run posted = hearth(QStringList{u"post"_s, u"--title"_s, u"Scripted"_s, u"--to"_s, pubsub, u"--node"_s, games.node} + account,
                                  user.password);
        // Publishers only: a reader may not post, and is told.
        QVERIFY(posted.code != 0);
        QVERIFY(!posted.err.isEmpty());
        Post post;
        post.title = u"Tonight: chess"_s;
        post.service = pubsub;
        post.node = games.node;
        QVERIFY(Test::result(owner.feed.publish(post)).error.isEmpty());
        const Run synced = hearth(QStringList{u"sync"_s} + account, user.password);
        QVERIFY2(synced.code == 0, qPrintable(synced.err));
        const Run feed = hearth(QStringList{u"feed"_s, u"--node"_s, uri, u"--json"_s} + account, user.password);
        QVERIFY2(feed.code == 0, qPrintable(feed.err));
        const QJsonArray posts = QJsonDocument::fromJson(feed.out.toUtf8()).array();
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().toObject().value(u"title"_s).toString(), u"Tonight: chess"_s);
        listed = hearth(QStringList{u"communities"_s, pubsub, u"--json"_s} + account, user.password);
        bool seenFollowed = false;
        for (const auto &n : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            seenFollowed |= n.toObject().value(u"node"_s).toString() == games.node && n.toObject().value(u"followed"_s).toBool();
        QVERIFY(seenFollowed);

        // Bad input: a post URI is not a community; a missing node is said.
        QCOMPARE(hearth(QStringList{u"follow"_s, uri + u";item=x"_s} + account, user.password).code, 2);
        const Run missing = hearth(QStringList{u"follow"_s, u"xmpp:%1?;node=nothing-here"_s.arg(pubsub)} + account, user.password);
        QCOMPARE(missing.code, 1);
        QVERIFY2(missing.err.contains(u"not followed"_s), qPrintable(missing.err));

        const Run unfollowed = hearth(QStringList{u"unfollow"_s, uri} + account, user.password);
        QVERIFY2(unfollowed.code == 0, qPrintable(unfollowed.err));
        listed = hearth(QStringList{u"communities"_s, pubsub, u"--json"_s} + account, user.password);
        for (const auto &n : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            QVERIFY(!n.toObject().value(u"followed"_s).toBool());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
