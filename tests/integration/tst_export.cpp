// Issue 15: an account exported to an .xmpp-export.zip against a real
// Prosody, every dataset checked item by item against what was put on the
// server; the file is the same for the same data, a passphrase seals it,
// and Prosody's own prosody-migrator imports its account.xml into a fresh
// server where the account finds its roster, vCard, posts (with their
// access model) and archive again.
#include "communities/CommunityService.h"
#include "export/AccountExporter.h"
#include "export/ExportArchive.h"
#include "feed/FeedSync.h"
#include "feed/MicroblogCodec.h"
#include "muc/RoomService.h"
#include "profile/ProfileService.h"
#include "roster/ContactActions.h"
#include "support/HearthCli.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"
#include "upload/FileUpload.h"
#include "upload/UploadService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDomDocument>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::result;

namespace {
const QString kBlog = u"urn:xmpp:microblog:0"_s;

struct Exported
{
    bool ok = false;
    QString pathOrError;
    ExportManifest manifest;
};

Exported exportOf(Test::TestSession &s, const QString &output, const QString &passphrase = {})
{
    AccountExporter exporter(&s.session);
    QSignalSpy finished(&exporter, &AccountExporter::finished);
    QSignalSpy progress(&exporter, &AccountExporter::progressChanged);
    AccountExporter::Options options;
    options.output = output;
    options.passphrase = passphrase;
    options.generatorVersion = u"test"_s;
    exporter.start(options);
    if (!finished.wait(120000))
        return {false, u"the export did not finish"_s, {}};
    if (progress.isEmpty())
        return {false, u"no progress was reported"_s, {}};
    const auto args = finished.constFirst();
    return {args.at(0).toBool(), args.at(1).toString(), args.at(2).value<ExportManifest>()};
}

// Every part of an export, checked against the manifest's hashes.
QMap<QString, QByteArray> partsOf(const QString &path, const QString &passphrase = {}, QString *error = nullptr)
{
    QTemporaryDir work;
    ExportArchive archive;
    QMap<QString, QByteArray> parts;
    if (!archive.open(path, passphrase, work.path())) {
        if (error)
            *error = archive.error();
        return {};
    }
    const bool ok = archive.forEachPart([&parts](const QString &name, ZipReader &zip) { return zip.readAll(&parts[name], 64 << 20); });
    if (!ok) {
        if (error)
            *error = archive.error();
        return {};
    }
    QByteArray manifest;
    ZipReader zip;
    zip.open(archive.zipPath(), {});
    ZipReader::Entry entry;
    while (zip.next(&entry)) {
        if (entry.name == u"manifest.json"_s)
            zip.readAll(&parts[u"manifest.json"_s], 64 << 20);
    }
    return parts;
}

QDomElement child(const QDomElement &parent, const QString &name, const QString &ns)
{
    for (QDomElement e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.localName() == name && e.namespaceURI() == ns)
            return e;
    }
    return {};
}

QList<QDomElement> elements(const QDomElement &parent, const QString &name)
{
    QList<QDomElement> out;
    for (QDomElement e = parent.firstChildElement(name); !e.isNull(); e = e.nextSiblingElement(name))
        out << e;
    return out;
}

QStringList entryTitles(const QByteArray &atom)
{
    QDomDocument doc;
    doc.setContent(atom, true);
    QStringList titles;
    for (const QDomElement &entry : elements(doc.documentElement(), u"entry"_s))
        titles << entry.firstChildElement(u"title"_s).text();
    return titles;
}

const ExportManifest::Dataset *dataset(const ExportManifest &m, const QString &kind, const QString &node = {})
{
    for (const auto &d : m.datasets) {
        if (d.kind == kind && (node.isEmpty() || d.node == node || d.with == node))
            return &d;
    }
    return nullptr;
}

Post titled(const QString &title, const QString &service = {}, const QString &node = {})
{
    Post post;
    post.title = title;
    post.text = u"Text of "_s + title;
    post.service = service;
    post.node = node;
    return post;
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportHoldsEveryDataset()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob, carol;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(carol.login(server, server.createUser(u"carol"_s)));
        const QString pubsub = u"pubsub."_s + server.domain();

        // Contacts: Bob in a group, Carol's request left unanswered, one blocked.
        QCOMPARE(result(alice.account.contactActions()->update(bob.user.jid, u"Bob B."_s, {u"Climbers"_s})), QString());
        QCOMPARE(result(carol.account.contactActions()->add(alice.user.jid, {}, {}, u"Hello?"_s)), QString());
        QTRY_VERIFY(std::any_of(alice.contacts.requests().cbegin(), alice.contacts.requests().cend(),
                                [&](const SubscriptionRequest &r) { return r.jid == carol.user.jid; }));
        QCOMPARE(result(alice.account.contactActions()->block(u"spammer@example.net"_s)), QString());

        // Profile.
        ProfileCard card;
        card.fullName = u"Alice Liddell"_s;
        card.note = u"Down the rabbit hole"_s;
        QCOMPARE(result(alice.account.profiles()->publishOwn(card)), QString());

        // Posts: one with a picture, commented and liked by Bob; a second later.
        QTemporaryDir files;
        const QString picturePath = files.filePath(u"sunset.png"_s);
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(u"#e07a2f"_s));
        QVERIFY(image.save(picturePath));
        QFile pictureFile(picturePath);
        QVERIFY(pictureFile.open(QIODevice::ReadOnly));
        const QByteArray pictureBytes = pictureFile.readAll();
        FileUpload *upload = alice.account.uploads()->upload(picturePath, this);
        QTRY_VERIFY_WITH_TIMEOUT(upload->isFinished(), 10000);
        QVERIFY2(upload->state() == FileUpload::State::Done, qPrintable(upload->error()));
        Post sunset = titled(u"Sunset"_s);
        sunset.links << PostLink::enclosure(upload->url().toString(), upload->mimeType(), upload->fileName());
        const auto first = result(alice.feed.publish(sunset));
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        // A later <published> second: the clock past the first post's.
        QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > first.post.published.toSecsSinceEpoch());
        const auto second = result(alice.feed.publish(titled(u"Second thoughts"_s)));
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QVERIFY(result(bob.feed.comment(first.post, u"Lovely colours!"_s)).error.isEmpty());
        QVERIFY(result(bob.feed.like(first.post)).error.isEmpty());

        // A community Alice owns and one of Bob's she follows.
        CommunitySettings mine;
        mine.title = u"Alice's garden"_s;
        const auto garden = result(alice.communities.create(pubsub, mine));
        QVERIFY2(garden.error.isEmpty(), qPrintable(garden.error));
        QVERIFY(result(alice.feed.publish(titled(u"Roses"_s, pubsub, garden.node))).error.isEmpty());
        CommunitySettings his;
        his.title = u"Bob's boulders"_s;
        his.posters = CommunitySettings::Posters::Anyone;
        const auto boulders = result(bob.communities.create(pubsub, his));
        QVERIFY2(boulders.error.isEmpty(), qPrintable(boulders.error));
        QVERIFY(result(bob.feed.publish(titled(u"Granite"_s, pubsub, boulders.node))).error.isEmpty());
        QCOMPARE(result(alice.communities.follow(pubsub, boulders.node, false)), QString());

        // Chats: one to one both ways, and a room.
        QVERIFY(result(alice.chat.send(bob.user.jid, u"Hello Bob"_s)).state != ChatMessage::State::Failed);
        QVERIFY(result(bob.chat.send(alice.user.jid, u"Hi Alice"_s)).state != ChatMessage::State::Failed);
        QTRY_COMPARE(Test::bodies(Test::history(alice, bob.user.jid)), (QStringList{u"Hello Bob"_s, u"Hi Alice"_s}));
        const QString room = u"readers@muc.%1"_s.arg(server.domain());
        QCOMPARE(result(alice.rooms.create(room, u"Readers"_s, RoomSettings::Kind::Group), 20000), QString());
        QVERIFY(result(alice.chat.send(room, u"Welcome, readers"_s)).state != ChatMessage::State::Failed);
        const QString secondRoom = u"writers@muc.%1"_s.arg(server.domain());
        QCOMPARE(result(alice.rooms.create(secondRoom, u"Writers"_s, RoomSettings::Kind::Group), 20000), QString());
        QTRY_VERIFY(Test::bodies(Test::history(alice, room)).contains(u"Welcome, readers"_s));

        // Export into a folder: the standard name, and nothing else left there.
        QTemporaryDir out;
        const Exported exported = exportOf(alice, out.path());
        QVERIFY2(exported.ok, qPrintable(exported.pathOrError));
        QVERIFY2(QFileInfo(exported.pathOrError).fileName().startsWith(alice.user.jid + u'_'), qPrintable(exported.pathOrError));
        QVERIFY(exported.pathOrError.endsWith(u".xmpp-export.zip"_s));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QFileInfo(exported.pathOrError).fileName()});
        QString error;
        const auto parts = partsOf(exported.pathOrError, {}, &error);
        QVERIFY2(!parts.isEmpty(), qPrintable(error));

        ExportManifest manifest;
        QVERIFY2(ExportManifest::fromJson(parts.value(u"manifest.json"_s), &manifest, &error), qPrintable(error));
        QCOMPARE(manifest.account, alice.user.jid);
        QVERIFY(manifest.notExported.contains(u"credentials"_s));

        // account.xml: XEP-0227 with one user.
        QDomDocument account;
        QVERIFY(account.setContent(parts.value(u"account.xml"_s), true));
        const QDomElement root = account.documentElement();
        QCOMPARE(root.localName(), u"server-data"_s);
        QCOMPARE(root.namespaceURI(), u"urn:xmpp:pie:0"_s);
        const QDomElement host = root.firstChildElement(u"host"_s);
        QCOMPARE(host.attribute(u"jid"_s), server.domain());
        const QDomElement user = host.firstChildElement(u"user"_s);
        QCOMPARE(user.attribute(u"name"_s), alice.user.user);
        QVERIFY(!user.hasAttribute(u"password"_s));
        QVERIFY(child(user, u"scram-credentials"_s, u"urn:xmpp:pie:0#scram"_s).isNull());

        const QDomElement roster = child(user, u"query"_s, u"jabber:iq:roster"_s);
        const auto items = elements(roster, u"item"_s);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst().attribute(u"jid"_s), bob.user.jid);
        QCOMPARE(items.constFirst().attribute(u"name"_s), u"Bob B."_s);
        QCOMPARE(items.constFirst().attribute(u"subscription"_s), u"both"_s);
        QCOMPARE(items.constFirst().firstChildElement(u"group"_s).text(), u"Climbers"_s);
        const auto requests = elements(user, u"presence"_s);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.constFirst().attribute(u"from"_s), carol.user.jid);
        QCOMPARE(requests.constFirst().attribute(u"type"_s), u"subscribe"_s);

        const QDomElement vcard = child(user, u"vCard"_s, u"vcard-temp"_s);
        QCOMPARE(vcard.firstChildElement(u"FN"_s).text(), u"Alice Liddell"_s);
        QCOMPARE(vcard.firstChildElement(u"DESC"_s).text(), u"Down the rabbit hole"_s);

        // Every PEP node with its configuration; the blog's items oldest first.
        const QDomElement owner = child(user, u"pubsub"_s, u"http://jabber.org/protocol/pubsub#owner"_s);
        const QDomElement pubsubItems = child(user, u"pubsub"_s, u"http://jabber.org/protocol/pubsub"_s);
        QStringList configured, withItems;
        for (const QDomElement &c : elements(owner, u"configure"_s)) {
            configured << c.attribute(u"node"_s);
            QVERIFY2(!c.firstChildElement(u"x"_s).isNull(), qPrintable(c.attribute(u"node"_s)));
        }
        QDomElement blog;
        for (const QDomElement &i : elements(pubsubItems, u"items"_s)) {
            withItems << i.attribute(u"node"_s);
            if (i.attribute(u"node"_s) == kBlog)
                blog = i;
        }
        QCOMPARE(configured, withItems); // a <configure> for every node (PROTOCOL-NOTES §3.4 L4)
        for (const QString &node : {kBlog, u"urn:xmpp:vcard4"_s, u"urn:xmpp:bookmarks:1"_s, u"urn:xmpp:pubsub:movim-public-subscription"_s})
            QVERIFY2(configured.contains(node), qPrintable(node + u" not in "_s + configured.join(u' ')));
        QStringList blogIds;
        for (const QDomElement &item : elements(blog, u"item"_s))
            blogIds << item.attribute(u"id"_s);
        QCOMPARE(blogIds, (QStringList{first.post.itemId, second.post.itemId}));
        const QDomElement firstEntry = blog.firstChildElement(u"item"_s).firstChildElement(u"entry"_s);
        QCOMPARE(firstEntry.firstChildElement(u"title"_s).text(), u"Sunset"_s);
        const auto *blogSet = dataset(manifest, u"pep-node"_s, kBlog);
        QVERIFY(blogSet);
        QCOMPARE(blogSet->items, 2);
        QVERIFY(blogSet->complete);
        QCOMPARE(blogSet->view, u"feeds/microblog.atom"_s);

        // Any other node's items oldest first too: the bookmarks as the rooms were made.
        QStringList bookmarked;
        for (const QDomElement &i : elements(pubsubItems, u"items"_s)) {
            if (i.attribute(u"node"_s) == u"urn:xmpp:bookmarks:1"_s)
                for (const QDomElement &item : elements(i, u"item"_s))
                    bookmarked << item.attribute(u"id"_s);
        }
        QCOMPARE(bookmarked, (QStringList{room, secondRoom}));

        const QDomElement blocklist = child(user, u"blocklist"_s, u"urn:xmpp:blocking"_s);
        QCOMPARE(blocklist.firstChildElement(u"item"_s).attribute(u"jid"_s), u"spammer@example.net"_s);

        // The 1:1 archive, oldest first, not the room's.
        const QDomElement archive = child(user, u"archive"_s, u"urn:xmpp:pie:0#mam"_s);
        QStringList archived;
        for (const QDomElement &r : elements(archive, u"result"_s)) {
            const QDomElement message = r.firstChildElement(u"forwarded"_s).firstChildElement(u"message"_s);
            archived << message.firstChildElement(u"body"_s).text();
            QVERIFY(!r.firstChildElement(u"forwarded"_s).firstChildElement(u"delay"_s).attribute(u"stamp"_s).isEmpty());
            QVERIFY(!r.attribute(u"id"_s).isEmpty());
        }
        QCOMPARE(archived, (QStringList{u"Hello Bob"_s, u"Hi Alice"_s}));
        const auto *mam = dataset(manifest, u"mam"_s);
        QVERIFY(mam);
        QCOMPARE(mam->items, 2);
        QVERIFY(mam->complete);

        // Atom views: the blog, the thread with Bob's comment and like.
        QCOMPARE(entryTitles(parts.value(u"feeds/microblog.atom"_s)), (QStringList{u"Sunset"_s, u"Second thoughts"_s}));
        QVERIFY(parts.value(u"feeds/microblog.atom"_s).contains("urn:x-hearth:export:0"));
        const QString thread = u"feeds/comments/%1.atom"_s.arg(ExportWriter::pathSegment(first.post.itemId));
        QVERIFY2(parts.contains(thread), qPrintable(parts.keys().join(u' ')));
        const QStringList comments = entryTitles(parts.value(thread));
        QCOMPARE(comments.size(), 2);
        QVERIFY(comments.contains(u"Lovely colours!"_s));
        QVERIFY(comments.contains(u"♥"_s));
        QVERIFY(parts.value(thread).contains(("publisher=\"" + bob.user.jid + u'"').toUtf8()));

        // Communities: the owned one and the followed one, with their posts.
        const QString owned = u"feeds/owned/%1/%2.atom"_s.arg(pubsub, ExportWriter::pathSegment(garden.node));
        const QString followed = u"feeds/followed/%1/%2.atom"_s.arg(pubsub, ExportWriter::pathSegment(boulders.node));
        QVERIFY2(parts.contains(owned) && parts.contains(followed), qPrintable(parts.keys().join(u' ')));
        QCOMPARE(entryTitles(parts.value(owned)), QStringList{u"Roses"_s});
        QCOMPARE(entryTitles(parts.value(followed)), QStringList{u"Granite"_s});
        QCOMPARE(dataset(manifest, u"owned"_s)->config.value(u"pubsub#title"_s).toString(), u"Alice's garden"_s);

        // The room's archive.
        const QString roomPart = u"archives/muc/%1.xml"_s.arg(room);
        QVERIFY2(parts.value(roomPart).contains("Welcome, readers"), qPrintable(parts.keys().join(u' ')));
        QCOMPARE(dataset(manifest, u"muc-archive"_s, room)->items, 1);

        // The picture, by content, mapped from its URL.
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(pictureBytes, QCryptographicHash::Sha256).toHex());
        const auto media = std::find_if(manifest.media.cbegin(), manifest.media.cend(),
                                        [&](const ExportManifest::Media &m) { return m.url == upload->url().toString(); });
        QVERIFY2(media != manifest.media.cend(), qPrintable(manifest.warnings.join(u'\n')));
        QCOMPARE(media->sha256, sha);
        QCOMPARE(media->file, u"media/%1.png"_s.arg(sha));
        QCOMPARE(parts.value(media->file), pictureBytes);
        QVERIFY(media->referencedBy.constFirst().contains(first.post.itemId));
        QVERIFY(parts.contains(u"client/settings.json"_s));
        QVERIFY(parts.contains(u"profiles/contacts.xml"_s));
    }

    // PROTOCOL-NOTES §3.2–3.4: account.xml goes through Prosody's own
    // prosody-migrator (the way docs/export-format.md tells admins) into a
    // fresh server, where the account finds its data again.
    void prosodyMigratorImportsAccountXml()
    {
        const QString migrator = QStandardPaths::findExecutable(u"prosody-migrator"_s);
        const QString lua = QStandardPaths::findExecutable(u"lua5.4"_s);
        QVERIFY2(!migrator.isEmpty() && !lua.isEmpty(), "prosody-migrator and lua5.4 come with Debian's prosody package");
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QCOMPARE(result(alice.account.contactActions()->update(bob.user.jid, u"Bob B."_s, {u"Climbers"_s})), QString());
        ProfileCard card;
        card.fullName = u"Alice Liddell"_s;
        QCOMPARE(result(alice.account.profiles()->publishOwn(card)), QString());
        const auto first = result(alice.feed.publish(titled(u"Only for friends"_s)));
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > first.post.published.toSecsSinceEpoch());
        const auto second = result(alice.feed.publish(titled(u"Still only for friends"_s)));
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        // A contacts-only blog: its configuration travels with it.
        CommunitySettings contactsOnly;
        contactsOnly.title = u"Alice's blog"_s;
        contactsOnly.readers = CommunitySettings::Readers::Contacts;
        QCOMPARE(result(alice.communities.configure(alice.user.jid, kBlog, contactsOnly)), QString());
        QVERIFY(result(alice.chat.send(bob.user.jid, u"Hello Bob"_s)).state != ChatMessage::State::Failed);
        QVERIFY(result(bob.chat.send(alice.user.jid, u"Hi Alice"_s)).state != ChatMessage::State::Failed);
        QTRY_COMPARE(Test::bodies(Test::history(alice, bob.user.jid)).size(), 2);

        QTemporaryDir out;
        const Exported exported = exportOf(alice, out.filePath(u"alice.xmpp-export.zip"_s));
        QVERIFY2(exported.ok, qPrintable(exported.pathOrError));
        QCOMPARE(exported.pathOrError, out.filePath(u"alice.xmpp-export.zip"_s));
        const auto parts = partsOf(exported.pathOrError);
        QVERIFY(parts.contains(u"account.xml"_s));

        // The admin's steps: the file named user@host.xml where the
        // migrator looks (its data path: L1), a config naming the stores,
        // --keep-going (L2), then the account registered (L7).
        Test::ProsodyServer fresh;
        QTemporaryDir staging;
        QFile xml(staging.filePath(alice.user.jid + u".xml"_s));
        QVERIFY(xml.open(QIODevice::WriteOnly));
        xml.write(parts.value(u"account.xml"_s));
        xml.close();
        QFile script(migrator);
        QVERIFY(script.open(QIODevice::ReadOnly));
        QByteArray code = script.readAll();
        const qsizetype at = code.indexOf("CFG_DATADIR='");
        QVERIFY(at >= 0);
        code.replace(at, code.indexOf('\n', at) - at, "CFG_DATADIR='" + staging.path().toUtf8() + "';");
        QFile copy(staging.filePath(u"migrator.lua"_s));
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(code);
        copy.close();
        const QString data = fresh.server().directory() + u"/data"_s;
        QVERIFY(QDir().mkpath(data));
        QFile config(staging.filePath(u"migrator.cfg.lua"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QStringLiteral("local stores = { \"roster\", \"vcard\", \"private\", \"pep-pubsub\", \"archive-archive\" }\n"
                                    "input { type = \"xep0227\"; path = \"%1\"; hosts = { [\"%3\"] = stores } }\n"
                                    "output { type = \"internal\"; path = \"%2\"; hosts = { [\"%3\"] = stores } }\n")
                         .arg(staging.path(), data, server.domain())
                         .toUtf8());
        config.close();
#ifdef Q_OS_UNIX
        // The migrator runs as the prosody user when started as root (L8):
        // as an admin would, give it the files and the data folder.
        if (::getuid() == 0) {
            const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                | QFile::ReadOther | QFile::ExeOther;
            for (const QString &dir : {staging.path(), fresh.server().directory(), data})
                QVERIFY(QFile::setPermissions(dir, open));
            QCOMPARE(QProcess::execute(u"chown"_s, {u"-R"_s, u"prosody:prosody"_s, data, staging.path()}), 0);
        }
#endif
        QProcess run;
        run.setProcessChannelMode(QProcess::MergedChannels);
        run.start(lua, {copy.fileName(), u"--config"_s, config.fileName(), u"--keep-going"_s, u"input"_s, u"output"_s});
        QVERIFY(run.waitForFinished(60000));
        const QString log = QString::fromUtf8(run.readAll());
        QVERIFY2(run.exitCode() == 0, qPrintable(log));
        HEARTH_START_SERVER(fresh);
        QVERIFY(fresh.server().createAccount(alice.user.user, alice.user.password));

        // Alice on the new server: contacts, profile, posts, archive.
        Test::TestSession moved, stranger;
        QVERIFY(moved.login(fresh, alice.user));
        QTRY_COMPARE(moved.contacts.entry(bob.user.jid).subscription, RosterEntry::Subscription::Both);
        QCOMPARE(moved.contacts.entry(bob.user.jid).name, u"Bob B."_s);
        QCOMPARE(moved.contacts.entry(bob.user.jid).groups, QStringList{u"Climbers"_s});
        QCOMPARE(result(moved.account.profiles()->fetch(alice.user.jid)).fullName, u"Alice Liddell"_s);
        const auto caughtUp = result(moved.feed.catchUp(alice.user.jid, kBlog, NodeCatchUp::Mode::Full), 20000);
        QVERIFY2(caughtUp.error.isEmpty(), qPrintable(caughtUp.error));
        const auto posts = result(moved.feed.posts().page(moved.feed.accountId(), {}, 10, FeedQuery::blog(alice.user.jid))).value.posts;
        QStringList titles;
        for (const Post &p : posts)
            titles << p.title + u'=' + p.itemId;
        QCOMPARE(titles, (QStringList{u"Still only for friends="_s + second.post.itemId, u"Only for friends="_s + first.post.itemId}));
        QTRY_COMPARE(Test::bodies(Test::history(moved, bob.user.jid)), (QStringList{u"Hello Bob"_s, u"Hi Alice"_s}));
        // The access model came along: a stranger may not read the blog.
        QVERIFY(stranger.login(fresh, fresh.createUser(u"stranger"_s)));
        const auto refused = result(stranger.feed.catchUp(alice.user.jid, kBlog, NodeCatchUp::Mode::Full), 20000);
        QVERIFY2(!refused.error.isEmpty(), "a stranger read the contacts-only blog");
        QCOMPARE(refused.fetched, 0);
    }

    // The same data gives the same parts; a passphrase seals the whole
    // export behind a small clear stub; a cancelled export leaves nothing.
    void repeatedExportIsTheSameAndAPassphraseSealsIt()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(result(alice.feed.publish(titled(u"Repeatable"_s))).error.isEmpty());
        QVERIFY(result(alice.chat.send(bob.user.jid, u"Same twice"_s)).state != ChatMessage::State::Failed);

        QTemporaryDir one, two, sealedDir;
        const Exported a = exportOf(alice, one.path());
        QVERIFY2(a.ok, qPrintable(a.pathOrError));
        // Another file name: the clock past the first export's second.
        const QDateTime firstTime = a.manifest.exportedAt;
        QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > firstTime.toSecsSinceEpoch());
        const Exported b = exportOf(alice, two.path());
        QVERIFY2(b.ok, qPrintable(b.pathOrError));
        auto withoutTime = [](QMap<QString, QByteArray> parts) {
            QJsonObject manifest = QJsonDocument::fromJson(parts.take(u"manifest.json"_s)).object();
            manifest.remove(u"exported_at"_s);
            parts.insert(u"manifest.json"_s, QJsonDocument(manifest).toJson());
            return parts;
        };
        const auto first = withoutTime(partsOf(a.pathOrError));
        QVERIFY(first.size() > 5);
        const auto again = withoutTime(partsOf(b.pathOrError));
        QCOMPARE(again.keys(), first.keys());
        for (const QString &name : first.keys())
            QVERIFY2(again.value(name) == first.value(name), qPrintable(name + u":\n"_s + QString::fromUtf8(first.value(name)) + u"\n---\n"_s + QString::fromUtf8(again.value(name))));

        const Exported sealed = exportOf(alice, sealedDir.path(), u"correct horse battery"_s);
        QVERIFY2(sealed.ok, qPrintable(sealed.pathOrError));
        // What anyone sees: what it is and how to open it, nothing else.
        ZipReader zip;
        QVERIFY(zip.open(sealed.pathOrError, {}));
        QStringList names;
        ZipReader::Entry entry;
        QByteArray stub;
        while (zip.next(&entry)) {
            names << entry.name;
            if (entry.name == u"manifest.json"_s)
                QVERIFY(zip.readAll(&stub, 1 << 20));
        }
        QCOMPARE(names, (QStringList{u"manifest.json"_s, u"README.txt"_s, u"export.zip.sealed"_s}));
        const QJsonObject clear = QJsonDocument::fromJson(stub).object();
        QCOMPARE(clear.value(u"encrypted"_s).toObject().value(u"cipher"_s).toObject().value(u"kdf"_s).toString(), u"argon2id13"_s);
        QVERIFY(!stub.contains("Same twice") && !clear.contains(u"datasets"_s));
        bool isSealed = false;
        QString error;
        QVERIFY(ExportArchive::isSealed(sealed.pathOrError, &isSealed, &error));
        QVERIFY(isSealed);
        QVERIFY(partsOf(sealed.pathOrError, u"wrong horse"_s, &error).isEmpty());
        QVERIFY2(error.contains(u"wrong passphrase"_s), qPrintable(error));
        QVERIFY(partsOf(sealed.pathOrError, {}, &error).isEmpty());
        QVERIFY2(error.contains(u"passphrase"_s), qPrintable(error));
        error.clear();
        const auto opened = partsOf(sealed.pathOrError, u"correct horse battery"_s, &error);
        QVERIFY2(!opened.isEmpty(), qPrintable(error));
        QCOMPARE(withoutTime(opened), first);

        // Cancelled: no file, no spool left behind.
        QTemporaryDir cancelledDir;
        AccountExporter exporter(&alice.session);
        QSignalSpy finished(&exporter, &AccountExporter::finished);
        AccountExporter::Options options;
        options.output = cancelledDir.path();
        exporter.start(options);
        exporter.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        QVERIFY(finished.constFirst().at(1).toString().contains(u"cancelled"_s));
        QTRY_COMPARE(QDir(cancelledDir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }

    // hearth export: the same from the command line, online and offline,
    // with progress on stderr and the file's path on stdout.
    void commandLineExports()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const Test::TestUser user = server.createUser(u"alice"_s);
        QTemporaryDir profile, out;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_CLI_PASSWORD"_s, user.password);
        env.insert(u"HEARTH_EXPORT_PASSPHRASE"_s, u"open sesame"_s);
        env.remove(u"DISPLAY"_s);
        const QStringList account{u"--profile"_s, profile.path(), u"--jid"_s, user.jid, u"--password-env"_s, u"HEARTH_CLI_PASSWORD"_s,
                                  u"--host"_s, server.host(), u"--port"_s, QString::number(server.port())};
        const QString binary = QStringLiteral(HEARTH_BINARY);
        QCOMPARE(Test::runHearth(binary, QStringList{u"post"_s, u"--title"_s, u"Scripted"_s} + account, env).code, 0);

        const auto missing = Test::runHearth(binary, QStringList{u"export"_s} + account, env);
        QCOMPARE(missing.code, 2);
        QVERIFY2(missing.err.contains(u"--output"_s), qPrintable(missing.err));
        QCOMPARE(Test::runHearth(binary, QStringList{u"sync"_s, u"--output"_s, out.path()} + account, env).code, 2);

        const auto online = Test::runHearth(binary, QStringList{u"export"_s, u"--output"_s, out.path()} + account, env);
        QVERIFY2(online.code == 0, qPrintable(online.err));
        const QString path = online.out.trimmed();
        QVERIFY2(QFileInfo(path).isFile() && QFileInfo(path).absolutePath() == QFileInfo(out.path()).absoluteFilePath(), qPrintable(path));
        QVERIFY2(online.err.contains(u"export: "_s) && online.err.contains(u"%"_s), qPrintable(online.err));
        QVERIFY(entryTitles(partsOf(path).value(u"feeds/microblog.atom"_s)).contains(u"Scripted"_s));

        const QString file = out.filePath(u"offline.zip"_s);
        const auto offline = Test::runHearth(binary, QStringList{u"export"_s, u"--offline"_s, u"--passphrase-env"_s,
                                                                 u"HEARTH_EXPORT_PASSPHRASE"_s, u"--output"_s, file} + account, env);
        QVERIFY2(offline.code == 0, qPrintable(offline.err));
        QCOMPARE(offline.out.trimmed(), file);
        QString error;
        const auto parts = partsOf(file, u"open sesame"_s, &error);
        QVERIFY2(!parts.isEmpty(), qPrintable(error));
        QVERIFY(entryTitles(parts.value(u"feeds/microblog.atom"_s)).contains(u"Scripted"_s));
        ExportManifest manifest;
        QVERIFY(ExportManifest::fromJson(parts.value(u"manifest.json"_s), &manifest, &error));
        QVERIFY2(manifest.warnings.join(u'\n').contains(u"offline"_s), qPrintable(manifest.warnings.join(u'\n')));
    }

    // A server that drops the connection mid-export: no file, and the
    // reason said.
    void lostConnectionLeavesNoFile()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        QVERIFY(result(alice.feed.publish(titled(u"Before the crash"_s))).error.isEmpty());
        QTemporaryDir out;
        AccountExporter exporter(&alice.session);
        QSignalSpy finished(&exporter, &AccountExporter::finished);
        AccountExporter::Options options;
        options.output = out.path();
        exporter.start(options);
        server.kill();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.constFirst().at(0).toBool(), false);
        const QString error = finished.constFirst().at(1).toString();
        QVERIFY2(error.contains(u"connection"_s), qPrintable(error));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
