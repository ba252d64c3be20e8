// The QML views load without a single QML warning: the login page, the main
// window with every view, the light/dark and language switches, and a login
// typed into the page against a real Prosody.
#include "Account.h"
#include "AppController.h"
#include "LinkController.h"
#include "ChatController.h"
#include "ChatListModel.h"
#include "SearchModel.h"
#include "AvatarImageProvider.h"
#include "AccountStore.h"
#include "SecretStore.h"
#include "ProfileController.h"
#include "SettingsController.h"
#include "profile/ProfileService.h"
#include "db/Database.h"
#include "support/ProsodyServer.h"
#include "support/TestUtils.h"
#include "SeededCache.h"
#include "ShellFixture.h"

#include <QCameraDevice>
#include <QMediaDevices>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QDir>
#include <QFont>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQmlProperty>
#include <QTest>
#include <cmath>

Q_IMPORT_QML_PLUGIN(HearthPlugin)

using namespace Qt::StringLiterals;
using namespace Hearth;
using Hearth::Test::Fixture;


class TestQmlShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Material"_s);
        Test::collectQmlWarnings();
    }

    void init() { Test::qmlWarnings().clear(); }

    void cleanup()
    {
        if (!Test::qmlWarnings().isEmpty())
            QFAIL(qPrintable(u"QML warnings:\n"_s + Test::qmlWarnings().join(u'\n')));
    }

    void loginPageLoadsWithoutAccount()
    {
        Fixture app;
        app.controller->start();
        QTRY_COMPARE(app.controller->phase(), AppController::Phase::LoginRequired);
        QQuickWindow *window = app.load();
        QVERIFY(window);
        QTRY_VERIFY(app.find(u"loginPage"_s));
        QVERIFY(!app.find(u"mainShell"_s));
        QVERIFY(QTest::qWaitForWindowExposed(window));
    }

    void shellLoadsEveryViewFromTheCache()
    {
        Fixture app;
        AccountStore store(&app.database);
        AccountRecord record;
        record.settings.jid = u"reader@example.org"_s;
        QVERIFY(Test::waitFor(store.save(record)));
        app.controller->start();
        // No password in this profile: the main window still opens, offline.
        QTRY_COMPARE(app.controller->phase(), AppController::Phase::Ready);
        QQuickWindow *window = app.load();
        QVERIFY(window);
        QTRY_VERIFY(app.find(u"mainShell"_s));
        QTRY_VERIFY(app.controller->needsPassword());
        // Only the view shown is made; the others are made when first shown.
        const QStringList views{u"feedView"_s, u"communitiesView"_s, u"chatsView"_s, u"contactsView"_s, u"profileView"_s, u"settingsView"_s};
        QVERIFY(app.find(views.constFirst()));
        for (const QString &view : views.mid(1))
            QVERIFY2(!app.find(view), qPrintable(view));
        QObject *banner = app.find(u"connectionBanner"_s);
        QVERIFY(banner);
        QVERIFY(banner->property("visible").toBool());
        QObject *bannerText = app.find(u"connectionText"_s);
        QVERIFY(bannerText->property("text").toString().contains(u"password"_s));
        QObject *rail = app.find(u"navigationRail"_s);
        for (int i = 5; i >= 0; --i) {
            rail->setProperty("currentIndex", i); // the stack follows in the same turn
            QCOMPARE(app.find(u"viewStack"_s)->property("currentIndex").toInt(), i);
            QVERIFY2(app.find(views.at(i)), qPrintable(views.at(i)));
        }
        // Each stays once made (its state is kept).
        for (const QString &view : views)
            QVERIFY2(app.find(view), qPrintable(view));
        QCOMPARE(app.find(u"viewStack"_s)->property("currentIndex").toInt(), 0);
    }

    // A community's owner opens its settings, then the new-community
    // dialog: both load without a warning, and are kept as pictures.
    void communitySettingsAndCreation()
    {
        Fixture app;
        QString error;
        QVERIFY2(Test::Seeded::seed(app.database, &error) > 0, qPrintable(error));
        app.controller->setStartView(u"communities"_s);
        app.controller->setStartCommunity(Test::Seeded::kCommunity);
        app.controller->start();
        QTRY_COMPARE(app.controller->phase(), AppController::Phase::Ready);
        QQuickWindow *window = app.load();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(app.showsText(u"Crag report from the gorge"_s));
        QTRY_VERIFY(app.shows(u"communitySettingsButton"_s));
        QVERIFY(QMetaObject::invokeMethod(app.find(u"communitySettingsButton"_s), "clicked"));
        QTRY_VERIFY(app.shows(u"communitySettingsPage"_s));
        QTRY_VERIFY(app.shows(u"deleteCommunityButton"_s));
        // Filled from the cache while offline.
        QTRY_COMPARE(app.find(u"settingsTitleField"_s)->property("text").toString(), u"Bouldering <b>Lyon</b>"_s);
        QObject *stack = app.find(u"communitiesStack"_s);
        QTRY_VERIFY(!stack->property("busy").toBool()); // the page is in place, not sliding in
        QDir().mkpath(QStringLiteral(HEARTH_SCREENSHOT_DIR));
        QVERIFY(window->grabWindow().save(QStringLiteral(HEARTH_SCREENSHOT_DIR "/qml-community-settings.png")));
        QVERIFY(QMetaObject::invokeMethod(app.find(u"communitySettingsPage"_s), "back"));
        QTRY_VERIFY(app.shows(u"communityPage"_s));
        QVERIFY(QMetaObject::invokeMethod(app.find(u"communityPage"_s), "back"));
        QTRY_VERIFY(app.shows(u"newCommunityButton"_s));
        QTRY_VERIFY(!stack->property("busy").toBool());
        QVERIFY(QMetaObject::invokeMethod(app.find(u"newCommunityButton"_s), "clicked"));
        QTRY_VERIFY(app.shows(u"communityNameField"_s));
        QTRY_VERIFY(app.find(u"communityCreateDialog"_s)->property("opened").toBool());
        // Offline: the dialog says it cannot ask the service, and Create stays off.
        QTRY_VERIFY(app.showsText(u"You cannot create a community now: you are offline."_s));
        QVERIFY(!app.find(u"createCommunityButton"_s)->property("enabled").toBool());
        QVERIFY(window->grabWindow().save(QStringLiteral(HEARTH_SCREENSHOT_DIR "/qml-community-create.png")));
    }

    // Verifying a contact by holding their QR code up to the camera: the
    // dialog opens from their page without a QML warning and says what it
    // can do: without a camera (as on the test machines) it says so and
    // names the other ways, and shows no preview.
    void theCameraScanSaysWhatItCanDo()
    {
        Fixture app;
        QString error;
        QQuickWindow *window = app.loadSeeded(&error);
        QVERIFY2(window, qPrintable(error));
        QTRY_VERIFY(app.find(u"mainShell"_s));
        app.controller->links()->open(u"xmpp:"_s + Test::Seeded::kAlice + u"?vcard"_s);
        QTRY_VERIFY(app.shows(u"contactProfilePage"_s));
        QObject *loader = app.find(u"qrCameraLoader"_s);
        QVERIFY(loader);
        QVERIFY(!loader->property("item").value<QObject *>()); // nothing made until asked
        loader->setProperty("active", true);
        auto *dialog = loader->property("item").value<QObject *>();
        QVERIFY(dialog);
        QVERIFY(QMetaObject::invokeMethod(dialog, "open"));
        QTRY_VERIFY(dialog->property("opened").toBool());
        const bool hasCamera = !QMediaDevices::videoInputs().isEmpty();
        QCOMPARE(dialog->property("hasCamera").toBool(), hasCamera);
        QTRY_VERIFY(app.shows(u"qrCameraStatus"_s));
        const QString status = app.textOf(u"qrCameraStatus"_s);
        if (hasCamera) {
            QVERIFY(app.shows(u"qrCameraPreview"_s));
        } else {
            QCOMPARE(status, u"No camera was found. Verify from a picture of their QR code, or paste the link it holds."_s);
            QVERIFY(!app.shows(u"qrCameraPreview"_s));
            // No capture session at all: Qt 6.4's GStreamer backend would
            // build a test-pattern pipeline whose teardown could hang.
            QObject *session = dialog->findChild<QObject *>(u"qrCameraSession"_s);
            QVERIFY(session);
            QVERIFY(!session->property("active").toBool());
        }
        QVERIFY2(app.unnamedControls().isEmpty(), qPrintable(app.unnamedControls().join(u'\n')));
        QDir().mkpath(QStringLiteral(HEARTH_SCREENSHOT_DIR));
        QVERIFY(window->grabWindow().save(QStringLiteral(HEARTH_SCREENSHOT_DIR "/qml-camera-scan.png")));
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
        // A code read that is not a key link (a web address on a poster):
        // the page says so where the user looks, nothing is verified.
        QVERIFY(QMetaObject::invokeMethod(dialog, "scanned", Q_ARG(QString, u"https://example.org/menu"_s)));
        QTRY_COMPARE(app.textOf(u"encryptionOutcome"_s), u"This is not the link of someone's keys: it names no OMEMO key."_s);
    }

    // Every view and delegate on a cache holding one of everything they
    // draw (tests/qml/SeededCache): a warning in any of them fails.
    void everyViewWithData_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        using namespace Test::Seeded;
        QTest::newRow("feed") << u"view"_s << u"feed"_s << u"First trip to the Alps"_s;
        QTest::newRow("post") << u"post"_s << kPost << u"What a view! 0"_s;
        QTest::newRow("chats") << u"view"_s << u"chats"_s << u"Room line 2"_s;
        QTest::newRow("chat") << u"chat"_s << kAlice << u"This one could not be sent"_s;
        QTest::newRow("room") << u"chat"_s << kRoom << u"reader: bring the rope?"_s;
        QTest::newRow("contacts") << u"view"_s << u"contacts"_s << u"Alice Martin"_s;
        QTest::newRow("contact") << u"contact"_s << kAlice << u"Baker & climber"_s;
        QTest::newRow("profile") << u"view"_s << u"profile"_s << Test::Seeded::kMe;
        // Titles from the network as plain text: the tags show, literally.
        QTest::newRow("communities") << u"view"_s << u"communities"_s << u"Bouldering <b>Lyon</b>"_s;
        QTest::newRow("community") << u"community"_s << kCommunity << u"Crag report from the gorge"_s;
        QTest::newRow("settings") << u"view"_s << u"settings"_s << Test::Seeded::kMe;
    }

    void everyViewWithData()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        Fixture app;
        QString error;
        QVERIFY2(Test::Seeded::seed(app.database, &error) > 0, qPrintable(error));
        if (option == u"view")
            app.controller->setStartView(value);
        // As the command line sets them (--post, --chat, --contact).
        else if (option == u"post")
            app.controller->setStartView(u"feed"_s), app.controller->setStartPost(value);
        else if (option == u"chat")
            app.controller->setStartView(u"chats"_s), app.controller->setStartChat(value);
        else if (option == u"contact")
            app.controller->setStartView(u"contacts"_s), app.controller->setStartContact(value);
        else if (option == u"community")
            app.controller->setStartView(u"communities"_s), app.controller->setStartCommunity(value);
        app.controller->start();
        QTRY_COMPARE(app.controller->phase(), AppController::Phase::Ready);
        QQuickWindow *window = app.load();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(app.find(u"mainShell"_s));
        if (!expected.isEmpty())
            QTRY_VERIFY2(app.showsText(expected), qPrintable(expected + u" not in: "_s + app.texts().join(u" | "_s)));
        if (option == u"chat" && value == Test::Seeded::kAlice) {
            // Every kind of message has its delegate.
            QTRY_COMPARE(app.find(u"messageList"_s)->property("count").toInt(), Test::Seeded::kAliceMessages);
            for (const auto &part : {u"replyQuote"_s, u"reactionRow"_s, u"sharedPostCard"_s, u"retrySend"_s})
                QTRY_VERIFY2(app.shows(part), qPrintable(part));
        } else if (option == u"chat") {
            // Offline: the room's history from the cache, and its banner.
            QTRY_VERIFY2(app.showsText(u"You are not in this room."_s), qPrintable(app.texts().join(u" | "_s)));
            // Its name from the cache, even though it was opened before the
            // chats list was read.
            QTRY_COMPARE(app.textOf(u"chatTitle"_s), u"Climbing"_s);
            QTRY_COMPARE(app.find(u"messageList"_s)->property("count").toInt(), 3);
        } else if (value == u"feed") {
            QTRY_VERIFY(app.find(u"feedList"_s)->property("count").toInt() >= 3);
            QTRY_VERIFY(app.shows(u"postCard"_s));
        } else if (value == u"chats") {
            QTRY_COMPARE(app.find(u"chatList"_s)->property("count").toInt(), 2);
        } else if (value == u"contacts") {
            QTRY_VERIFY(app.find(u"contactList"_s)->property("count").toInt() >= 2);
        }
    }

    void themeAndLanguageSwitch()
    {
        Fixture app;
        app.controller->start();
        QTRY_COMPARE(app.controller->phase(), AppController::Phase::LoginRequired);
        QVERIFY(app.load());
        QTRY_VERIFY(app.find(u"submitButton"_s));
        app.settings->setTheme(SettingsController::Theme::Dark);
        app.settings->setLanguage(u"fr"_s);
        QTRY_COMPARE(app.find(u"submitButton"_s)->property("text").toString(), u"Se connecter"_s);
        app.settings->setLanguage(u"de"_s);
        QTRY_COMPARE(app.find(u"submitButton"_s)->property("text").toString(), u"Anmelden"_s);
        app.settings->setLanguage(u"en"_s);
        QTRY_COMPARE(app.find(u"submitButton"_s)->property("text").toString(), u"Log in"_s);
        // Stored in the profile's settings file for the next start.
        SettingsController reread(app.dir.filePath(u"settings.ini"_s));
        QCOMPARE(reread.theme(), SettingsController::Theme::Dark);
        QCOMPARE(reread.language(), u"en"_s);
    }

    void loginTypedIntoThePage()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const auto user = server.createUser(u"typed"_s);
        Fixture app;
        app.controller->start();
        QTRY_COMPARE(app.controller->phase(), AppController::Phase::LoginRequired);
        QVERIFY(app.load());
        QTRY_VERIFY(app.find(u"loginPage"_s));
        QObject *page = app.find(u"loginPage"_s);

        // A wrong password first: the page says so and stays.
        app.find(u"jidField"_s)->setProperty("text", user.jid);
        app.find(u"passwordField"_s)->setProperty("text", u"not-the-password"_s);
        app.find(u"hostField"_s)->setProperty("text", server.host());
        app.find(u"portField"_s)->setProperty("text", QString::number(server.port()));
        QMetaObject::invokeMethod(page, "submit");
        QTRY_VERIFY_WITH_TIMEOUT(!app.controller->busy(), 15000);
        QVERIFY(!app.controller->loginError().isEmpty());
        QCOMPARE(app.controller->phase(), AppController::Phase::LoginRequired);
        QTRY_VERIFY(app.find(u"loginError"_s)->property("visible").toBool());

        app.find(u"passwordField"_s)->setProperty("text", user.password);
        QMetaObject::invokeMethod(page, "submit");
        QTRY_COMPARE_WITH_TIMEOUT(app.controller->phase(), AppController::Phase::Ready, 15000);
        QCOMPARE(app.controller->connectionState(), Connection::State::Online);
        QTRY_VERIFY(app.find(u"mainShell"_s));
        QTRY_VERIFY(!app.find(u"connectionBanner"_s)->property("visible").toBool());

        // Editing the own profile on the profile page publishes it.
        QObject *rail = app.find(u"navigationRail"_s);
        rail->setProperty("currentIndex", 4);
        QTRY_VERIFY(app.find(u"saveProfileButton"_s));
        app.find(u"fullNameField"_s)->setProperty("text", u"Typed Person"_s);
        app.find(u"nicknameField"_s)->setProperty("text", u"Typo"_s);
        QSignalSpy saved(app.controller->profiles(), &ProfileController::saved);
        QMetaObject::invokeMethod(app.find(u"saveProfileButton"_s), "clicked");
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
        QTRY_COMPARE(app.find(u"saveStatus"_s)->property("text").toString(), u"Saved."_s);
        auto fetched = app.controller->account()->profiles()->fetch(user.jid);
        QVERIFY(Test::waitFor(fetched));
        QCOMPARE(fetched.result().fullName, u"Typed Person"_s);
        QCOMPARE(fetched.result().pepNickname, u"Typo"_s);

        // The account was saved for the next start (the password was not).
        AccountStore store(&app.database);
        auto accounts = store.accounts();
        QVERIFY(Test::waitFor(accounts));
        QCOMPARE(accounts.result().value.size(), 1);
        QCOMPARE(accounts.result().value.constFirst().settings.jid, user.jid);
    }
};

QTEST_MAIN(TestQmlShell)
#include "tst_qml_shell.moc"
