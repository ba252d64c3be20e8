// Issue 15: the offline browser. A cache is filled (a post with a comment
// and a like, contacts, profiles, a conversation), written to an export
// (ExportWriter, offline), and opened the way `hearth --open` does (a fresh
// cache, AppController in read-only mode): the usual models show it, pass
// QAbstractItemModelTester, and full-text search finds the post.
#include "AccountStore.h"
#include "AppController.h"
#include "ChatController.h"
#include "ChatListModel.h"
#include "ContactsController.h"
#include "ContactsModel.h"
#include "ExportMediaProvider.h"
#include "ExportViewer.h"
#include "FeedController.h"
#include "MessageListModel.h"
#include "PostListModel.h"
#include "SecretStore.h"
#include "chat/MessageStore.h"
#include "Account.h"
#include "db/Database.h"
#include "feed/FeedSync.h"
#include "export/ExportWriter.h"
#include "export/ZipWriter.h"
#include "feed/PostStore.h"
#include "profile/ProfileStore.h"
#include "roster/RosterStore.h"
#include "support/TestUtils.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::result;

namespace {
const QString kAlice = u"alice@example.org"_s;
const QString kBob = u"bob@example.org"_s;
const QString kBlog = u"urn:xmpp:microblog:0"_s;

QVariant roleValue(QAbstractItemModel *model, int row, const QByteArray &role)
{
    return model->data(model->index(row, 0), model->roleNames().key(role));
}
} // namespace

class TestExportViewer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exportOpensReadOnlyInTheUsualModels()
    {
        QTemporaryDir dir;
        QString exportPath;
        QByteArray pictureBytes;
        {
            Database db;
            QVERIFY(Test::waitFor(db.open(dir.filePath(u"source.sqlite"_s))));
            AccountRecord record;
            record.settings.jid = kAlice;
            const qint64 id = result(AccountStore(&db).save(record)).value;
            QVERIFY(id > 0);
            RosterSnapshot roster;
            roster.entries << RosterEntry{kBob, u"Bob"_s, RosterEntry::Subscription::Both, false, {u"Friends"_s}}
                           << RosterEntry{u"carol@example.org"_s, {}, RosterEntry::Subscription::To, false, {}};
            QVERIFY(result(RosterStore(&db).replace(id, roster)).ok());
            ProfileCard card;
            card.fullName = u"Bob Builder"_s;
            QVERIFY(result(ProfileStore(&db).save(id, kBob, card)).ok());

            Post post;
            post.service = post.authorJid = post.publisher = kAlice;
            post.node = kBlog;
            post.itemId = u"first"_s;
            post.title = u"Marmalade season"_s;
            post.text = u"Seville oranges are in"_s;
            post.published = post.updated = QDateTime(QDate(2026, 1, 20), QTime(9, 0), Qt::UTC);
            post.comments = {u"comments.example.org"_s, u"urn:xmpp:microblog:0:comments/first"_s, {}};
            post.links << PostLink::enclosure(u"https://upload.example.org/oranges.png"_s, u"image/png"_s, u"oranges.png"_s);
            Post comment, like;
            for (Post *c : {&comment, &like}) {
                c->service = post.comments.service;
                c->node = post.comments.node;
                c->authorJid = c->publisher = kBob;
                c->published = c->updated = post.published.addSecs(600);
            }
            comment.itemId = u"c1"_s;
            comment.title = u"Save me a jar"_s;
            like.itemId = u"c2"_s;
            like.title = u"\u2665"_s;
            QCOMPARE(result(PostStore(&db).ingest(id, {post, comment, like})).value, 3);

            ChatMessage in, out;
            in.chatJid = out.chatJid = kBob;
            in.sender = kBob;
            out.sender = kAlice;
            out.outgoing = true;
            in.stamp = QDateTime(QDate(2026, 1, 21), QTime(10, 0), Qt::UTC);
            out.stamp = in.stamp.addSecs(60);
            in.messageId = in.stanzaId = u"m1"_s;
            out.messageId = out.stanzaId = u"m2"_s;
            in.body = u"Any marmalade left?"_s;
            out.body = u"One jar, yours."_s;
            out.state = ChatMessage::State::Sent;
            QCOMPARE(result(MessageStore(&db).ingest(id, {in, out})).value.size(), 2);

            // The post's picture, as the fetcher leaves it in the spool.
            QImage picture(40, 30, QImage::Format_RGB32);
            picture.fill(QColor(u"#f28c28"_s));
            QBuffer png(&pictureBytes);
            png.open(QIODevice::WriteOnly);
            QVERIFY(picture.save(&png, "PNG"));
            QFile spooled(dir.filePath(u"spooled.png"_s));
            QVERIFY(spooled.open(QIODevice::WriteOnly));
            spooled.write(pictureBytes);
            spooled.close();

            ExportRequest request;
            request.media << SpooledMedia{u"https://upload.example.org/oranges.png"_s, spooled.fileName(),
                                          QString::fromLatin1(QCryptographicHash::hash(pictureBytes, QCryptographicHash::Sha256).toHex()),
                                          u"image/png"_s, pictureBytes.size(), {}};
            request.databasePath = db.path();
            request.accountId = id;
            request.jid = kAlice;
            request.outputPath = exportPath = dir.filePath(u"alice.xmpp-export.zip"_s);
            request.exportedAt = QDateTime(QDate(2026, 1, 22), QTime(12, 0), Qt::UTC);
            request.generatorVersion = u"test"_s;
            std::atomic_bool cancel{false};
            ExportWriter writer(request, {}, &cancel);
            const auto written = writer.run();
            QVERIFY2(written.ok, qPrintable(written.error));
        }

        // The viewer: a cache of its own, nothing online.
        QTemporaryDir viewer;
        Database db;
        (void)db.open(viewer.filePath(u"hearth.sqlite"_s));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        AppController controller({&db, &secrets, viewer.filePath(u"settings.ini"_s), viewer.filePath(u"cache"_s)});
        controller.openExport(exportPath);
        QTRY_VERIFY_WITH_TIMEOUT(controller.phase() == AppController::Phase::Ready || !controller.exportViewer()->error().isEmpty(), 20000);
        QVERIFY2(controller.exportViewer()->error().isEmpty(), qPrintable(controller.exportViewer()->error()));
        QVERIFY(controller.readOnly());
        QCOMPARE(controller.jid(), kAlice);
        QVERIFY(controller.connectionStateText().contains(kAlice));
        QVERIFY(controller.connectionStateText().contains(u"read-only"_s));

        PostListModel *feed = controller.feed()->feed();
        QAbstractItemModelTester feedTester(feed, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(feed->rowCount(), 1, 10000);
        QCOMPARE(roleValue(feed, 0, "title").toString(), u"Marmalade season"_s);
        QTRY_COMPARE(roleValue(feed, 0, "commentCount").toInt(), 1);
        // Its picture is shown from the export file itself, checked by its hash.
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(pictureBytes, QCryptographicHash::Sha256).toHex());
        const QVariantList pictures = roleValue(feed, 0, "pictures").toList();
        QCOMPARE(pictures.size(), 1);
        QCOMPARE(pictures.constFirst().toMap().value(u"url"_s).toString(), u"image://exportmedia/%1.png"_s.arg(sha));
        ExportMediaProvider provider(controller.exportViewer()->mediaSource());
        QSize shownSize;
        const QImage shown = provider.requestImage(sha + u".png"_s, &shownSize, {});
        QCOMPARE(shown.size(), QSize(40, 30));
        QCOMPARE(shown.pixelColor(5, 5), QColor(u"#f28c28"_s));
        QString why;
        QVERIFY(ExportMediaProvider::read(controller.exportViewer()->mediaSource()->zipPath, QString(64, u'0') + u".png"_s, {}, &why).isNull());
        QVERIFY2(why.contains(u"not in the export"_s), qPrintable(why));
        QVERIFY(ExportMediaProvider::read(controller.exportViewer()->mediaSource()->zipPath, u"../../etc/passwd"_s, {}, &why).isNull());

        ContactsModel *contacts = controller.contacts()->model();
        QAbstractItemModelTester contactsTester(contacts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(contacts->rowCount(), 2);

        ChatListModel *chats = controller.chats()->chats();
        QAbstractItemModelTester chatsTester(chats, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(chats->rowCount(), 1);
        QCOMPARE(roleValue(chats, 0, "jid").toString(), kBob);
        controller.chats()->openChat(kBob);
        MessageListModel *messages = controller.chats()->messages();
        QAbstractItemModelTester messagesTester(messages, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(messages->rowCount(), 2);

        // Full-text search over the export's posts.
        const auto found = result(PostStore(&db).search(controller.feedSync()->accountId(), u"seville"_s, 10));
        QVERIFY(found.ok());
        QCOMPARE(found.value.size(), 1);
        QCOMPARE(found.value.constFirst().itemId, u"first"_s);
        // Nothing went online.
        QCOMPARE(controller.account()->state(), Connection::State::Offline);
    }

    // The offline browser remembers the profile whose window opened it; its
    // "Import into my account" opens a window of that profile with the file.
    void importGoesToTheProfileThatOpenedTheBrowser()
    {
        QTemporaryDir home;
        const QString file = home.filePath(u"alice.xmpp-export.zip"_s);
        QCOMPARE(ExportViewer::openArguments(file, home.path()),
                 (QStringList{u"--open"_s, file, u"--home-profile"_s, home.path()}));
        QCOMPARE(ExportViewer::openArguments(file, {}), (QStringList{u"--open"_s, file}));
        QCOMPARE(ExportViewer::importArguments(file, home.path()), (QStringList{u"--import"_s, file, u"--profile"_s, home.path()}));
        QCOMPARE(ExportViewer::importArguments(file, {}), (QStringList{u"--import"_s, file}));
        // Nothing open: nothing to import, no window started.
        Database db;
        (void)db.open(home.filePath(u"hearth.sqlite"_s));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        AppController controller({&db, &secrets, home.filePath(u"settings.ini"_s), home.filePath(u"cache"_s)});
        controller.exportViewer()->setProfileDirectory(home.path());
        QVERIFY(!controller.exportViewer()->importIntoAccount());
        QVERIFY(!controller.exportViewer()->openInNewWindow(QUrl::fromLocalFile(file)));
    }

    void brokenExportSaysWhy()
    {
        QTemporaryDir viewer;
        QFile junk(viewer.filePath(u"junk.xmpp-export.zip"_s));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("PK\x03\x04 not really a zip");
        junk.close();
        Database db;
        (void)db.open(viewer.filePath(u"hearth.sqlite"_s));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        AppController controller({&db, &secrets, viewer.filePath(u"settings.ini"_s), viewer.filePath(u"cache"_s)});
        controller.openExport(junk.fileName());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.exportViewer()->error().isEmpty(), 10000);
        QVERIFY2(controller.exportViewer()->error().contains(u"junk.xmpp-export.zip"_s), qPrintable(controller.exportViewer()->error()));
        QCOMPARE(controller.phase(), AppController::Phase::Starting);
    }

    // Malformed XML in a part (with a matching hash: written so, not
    // damaged on the way): the error names the part, nothing opens.
    void malformedPartIsNamed()
    {
        QTemporaryDir viewer;
        const QByteArray account = "<server-data xmlns='urn:xmpp:pie:0'><host jid='example.org'><user name='alice'><query xmlns='jabber:iq:roster'><item jid='bob@example.org'";
        ExportManifest manifest;
        manifest.account = kAlice;
        manifest.exportedAt = QDateTime(QDate(2026, 1, 22), QTime(12, 0), Qt::UTC);
        manifest.files << ExportManifest::File{u"account.xml"_s, u"application/xml"_s,
                                               QString::fromLatin1(QCryptographicHash::hash(account, QCryptographicHash::Sha256).toHex()),
                                               account.size()};
        const QString path = viewer.filePath(u"broken.xmpp-export.zip"_s);
        ZipWriter zip;
        QVERIFY(zip.open(path));
        QVERIFY(zip.addEntry(u"account.xml"_s, account));
        QVERIFY(zip.addEntry(u"manifest.json"_s, manifest.toJson()));
        QVERIFY(zip.commit());
        Database db;
        (void)db.open(viewer.filePath(u"hearth.sqlite"_s));
        SecretStore secrets(SecretStore::Backend::MemoryOnly);
        AppController controller({&db, &secrets, viewer.filePath(u"settings.ini"_s), viewer.filePath(u"cache"_s)});
        controller.openExport(path);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.exportViewer()->error().isEmpty(), 10000);
        const QString error = controller.exportViewer()->error();
        QVERIFY2(error.contains(u"account.xml"_s) && error.contains(u"well-formed"_s), qPrintable(error));
        QCOMPARE(controller.phase(), AppController::Phase::Starting);
    }
};

QTEST_MAIN(TestExportViewer)
#include "tst_exportviewer.moc"
