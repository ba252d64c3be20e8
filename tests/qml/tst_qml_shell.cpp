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

namespace {
QStringList s_warnings;
QtMessageHandler s_previous = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    // QML and JavaScript warnings, and anything Qt Quick complains about,
    // except a picture's host being unreachable: the seeded pictures point
    // at a closed loopback port, and a failed download is drawn as such.
    // Nor the engine's note that the test destroyed it while list delegates
    // were still being created asynchronously (the test's teardown, not a
    // fault of a view).
    static const QRegularExpression unreachable(
        u"QQuickImage: (Connection refused|Host .* not found)|items in the process of being created at engine destruction"_s);
    if (type >= QtWarningMsg && !category.startsWith(u"hearth."_s) && !unreachable.match(message).hasMatch())
        s_warnings << category + u": "_s + message;
    if (s_previous)
        s_previous(type, context, message);
}

// One app instance as main() wires it, on a temporary profile.
struct Fixture
{
    QTemporaryDir dir;
    Database database;
    SecretStore secrets{SecretStore::Backend::MemoryOnly};
    std::unique_ptr<SettingsController> settings;
    std::unique_ptr<AppController> controller;
    std::unique_ptr<QQmlApplicationEngine> engine;

    Fixture()
    {
        (void)database.open(dir.filePath(u"hearth.sqlite"_s));
        settings = std::make_unique<SettingsController>(dir.filePath(u"settings.ini"_s));
        SettingsController::setInstance(settings.get());
        controller = std::make_unique<AppController>(
            AppController::Services{&database, &secrets, dir.filePath(u"settings.ini"_s), dir.filePath(u"cache"_s)});
        AppController::setInstance(controller.get());
    }

    ~Fixture()
    {
        engine.reset();
        controller->account()->disconnectFromServer();
    }

    QQuickWindow *load()
    {
        engine = std::make_unique<QQmlApplicationEngine>();
        settings->setEngine(engine.get());
        engine->addImportPath(u"qrc:/qt/qml"_s);
        engine->addImageProvider(u"avatar"_s, new AvatarImageProvider(dir.filePath(u"cache/avatars"_s)));
        engine->load(QUrl(u"qrc:/qt/qml/Hearth/Main.qml"_s));
        if (engine->rootObjects().isEmpty())
            return nullptr;
        return qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    }

    QObject *find(const QString &name) const
    {
        return engine->rootObjects().constFirst()->findChild<QObject *>(name);
    }

    // Every visible item the window draws, delegates included (a view's
    // delegates are items of its content, not QObject children).
    QList<QQuickItem *> visibleItems() const
    {
        QList<QQuickItem *> out;
        auto *window = qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
        QList<QQuickItem *> stack{window->contentItem()};
        while (!stack.isEmpty()) {
            QQuickItem *item = stack.takeLast();
            if (!item->isVisible())
                continue;
            out << item;
            stack += item->childItems();
        }
        return out;
    }

    // A visible text item showing this (Text, Label, TextEdit…).
    bool showsText(const QString &text) const
    {
        const auto items = visibleItems();
        return std::any_of(items.cbegin(), items.cend(), [&](const QQuickItem *item) {
            return item->property("text").toString().contains(text);
        });
    }

    QStringList texts() const
    {
        QStringList out;
        for (const QQuickItem *item : visibleItems()) {
            const QString text = item->property("text").toString();
            if (!text.isEmpty())
                out << text.left(80);
        }
        return out;
    }

    // The text of the visible item with this objectName (empty if none).
    QString textOf(const QString &name) const
    {
        for (const QQuickItem *item : visibleItems())
            if (item->objectName() == name)
                return item->property("text").toString();
        return {};
    }

    // What a screen reader says for an item, as Qt Quick names it when
    // accessibility is on: Accessible.name when set, else a button's or a
    // row's text, a combo box's shown value; a field needs Accessible.name.
    // (Read here without an assistive technology: the offscreen platform
    // has no accessibility bridge that would turn Qt's own naming on.)
    static QString accessibleName(QQuickItem *item)
    {
        QString name;
        if (QQmlContext *context = qmlContext(item)) {
            const QQmlProperty attached(item, u"Accessible.name"_s, context);
            if (attached.isValid())
                name = attached.read().toString();
        }
        if (name.trimmed().isEmpty() && item->inherits("QQuickAbstractButton"))
            name = item->property("text").toString();
        if (name.trimmed().isEmpty() && item->inherits("QQuickComboBox"))
            name = item->property("displayText").toString();
        return name.trimmed();
    }

    // Interactive items a screen reader could not name: buttons, list
    // rows, switches, fields, combo boxes without an accessible name (as
    // QAccessible reports it), with where they are.
    QStringList unnamedControls() const
    {
        QStringList out;
        for (QQuickItem *item : visibleItems()) {
            const bool editable = (item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit"))
                && !item->property("readOnly").toBool();
            const bool interactive = item->inherits("QQuickAbstractButton") || item->inherits("QQuickComboBox")
                || item->inherits("QQuickSlider") || item->inherits("QQuickSpinBox") || editable;
            if (!interactive || !item->isEnabled() || item->opacity() == 0)
                continue;
            // A field inside a control (a combo box's editor) is named by the control.
            if (editable && item->parentItem() && item->parentItem()->inherits("QQuickComboBox"))
                continue;
            if (!accessibleName(item).isEmpty())
                continue;
            QStringList path;
            for (QQuickItem *p = item; p && path.size() < 6; p = p->parentItem()) {
                if (!p->objectName().isEmpty())
                    path << p->objectName();
            }
            out << QString::fromLatin1(item->metaObject()->className()) + u" in "_s + path.join(u" < "_s)
                    + u" (text: "_s + item->property("text").toString().left(30) + u")"_s;
        }
        out.removeDuplicates();
        return out;
    }

    // A visible item with this objectName, in a delegate or not.
    bool shows(const QString &name) const
    {
        const auto items = visibleItems();
        return std::any_of(items.cbegin(), items.cend(), [&](const QQuickItem *item) { return item->objectName() == name; });
    }
};
} // namespace

class TestQmlShell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Material"_s);
        s_previous = qInstallMessageHandler(collectWarnings);
    }

    void init() { s_warnings.clear(); }

    void cleanup()
    {
        if (!s_warnings.isEmpty())
            QFAIL(qPrintable(u"QML warnings:\n"_s + s_warnings.join(u'\n')));
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

    // xmpp: links open where they belong, filled in and waiting for the
    // user; one given before the main window is up waits for it.
    void linksOpenWhereTheyBelong()
    {
        Fixture app;
        QString error;
        QVERIFY2(Test::Seeded::seed(app.database, &error) > 0, qPrintable(error));
        LinkController *links = app.controller->links();
        QVERIFY(links->open(u"xmpp:"_s + Test::Seeded::kAlice + u"?message;body=See%20you%20at%208"_s));
        app.controller->start();
        QTRY_COMPARE(app.controller->phase(), AppController::Phase::Ready);
        QQuickWindow *window = app.load();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(links->viewsReady());
        QTRY_VERIFY(app.shows(u"chatPage"_s));
        QTRY_COMPARE(app.textOf(u"chatTitle"_s), u"Alice Martin"_s);
        QTRY_COMPARE(app.textOf(u"messageField"_s), u"See you at 8"_s);
        QVERIFY(!app.find(u"roomDialog"_s) || !app.find(u"roomDialog"_s)->property("visible").toBool());

        QVERIFY(links->open(u"xmpp:climbing@muc.example.org?join;password=s%3Bcret"_s));
        QTRY_VERIFY(app.find(u"roomDialog"_s) && app.find(u"roomDialog"_s)->property("opened").toBool());
        QTRY_COMPARE(app.textOf(u"roomAddress"_s), u"climbing@muc.example.org"_s);
        QMetaObject::invokeMethod(app.find(u"roomDialog"_s), "close");
        QTRY_VERIFY(!app.find(u"roomDialog"_s)->property("visible").toBool());

        QVERIFY(links->open(u"xmpp:zoe@example.org?roster;name=Zo%C3%A9;group=Climbing"_s));
        QTRY_VERIFY(app.find(u"addContactDialog"_s) && app.find(u"addContactDialog"_s)->property("opened").toBool());
        QTRY_COMPARE(app.textOf(u"newContactJid"_s), u"zoe@example.org"_s);
        QCOMPARE(app.textOf(u"newContactName"_s), u"Zoé"_s);
        QCOMPARE(app.textOf(u"newContactGroups"_s), u"Climbing"_s);
        QMetaObject::invokeMethod(app.find(u"addContactDialog"_s), "close");
        QTRY_VERIFY(!app.find(u"addContactDialog"_s)->property("visible").toBool());

        // A blog link shows the person's page; a bad link says why.
        QVERIFY(links->open(u"xmpp:"_s + Test::Seeded::kAlice + u"?;node=urn:xmpp:microblog:0"_s));
        QTRY_VERIFY(app.shows(u"contactProfilePage"_s));
        QVERIFY(!links->open(u"xmpp:example.org?join"_s));
        QTRY_VERIFY2(app.textOf(u"linkToast"_s).contains(u"server's address"_s), qPrintable(app.texts().join(u" | "_s)));
    }

    // The keyboard: a new post, conversations with unread messages in turn,
    // Escape to go back, F1 for the list.
    void keyboardShortcuts()
    {
        Fixture app;
        QString error;
        QVERIFY2(Test::Seeded::seed(app.database, &error) > 0, qPrintable(error));
        app.controller->start();
        QTRY_COMPARE(app.controller->phase(), AppController::Phase::Ready);
        QQuickWindow *window = app.load();
        QVERIFY(window);
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTRY_VERIFY(app.find(u"mainShell"_s));
        ChatController *chats = app.controller->chats();
        QTRY_VERIFY(chats->chats()->rowCount() >= 2);

        // Alt+Down: the first conversation with unread messages, on the chats view.
        QString unread;
        for (int row = 0; row < chats->chats()->rowCount() && unread.isEmpty(); ++row) {
            const QModelIndex index = chats->chats()->index(row);
            if (index.data(ChatListModel::UnreadRole).toInt() > 0)
                unread = index.data(ChatListModel::JidRole).toString();
        }
        QVERIFY2(!unread.isEmpty(), "the seeded cache has a chat with unread messages");
        QTest::keyClick(window, Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(chats->currentChat(), unread);
        QTRY_VERIFY(app.shows(u"chatPage"_s));
        // Ctrl+Tab: the next one, whichever it is; Escape closes it.
        QTest::keyClick(window, Qt::Key_Tab, Qt::ControlModifier);
        QTRY_VERIFY(!chats->currentChat().isEmpty() && chats->currentChat() != unread);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(chats->currentChat().isEmpty());

        // Ctrl+N: the composer on the feed; Escape goes back to the feed.
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(app.shows(u"composerPage"_s));
        QTRY_VERIFY(!app.find(u"feedStack"_s)->property("busy").toBool());
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!app.shows(u"composerPage"_s));

        // F1: the shortcuts, every row named for a screen reader.
        QTest::keyClick(window, Qt::Key_F1);
        QTRY_VERIFY(app.find(u"shortcutsDialog"_s) && app.find(u"shortcutsDialog"_s)->property("opened").toBool());
        QTRY_VERIFY(app.showsText(u"Next or previous conversation with unread messages"_s));
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!app.find(u"shortcutsDialog"_s)->property("visible").toBool());
    }

    // Accessibility: in every view, with its pages and popups open, each
    // control and list row has a name a screen reader can say.
    void everyControlIsNamed()
    {
        Fixture app;
        QString error;
        QVERIFY2(Test::Seeded::seed(app.database, &error) > 0, qPrintable(error));
        app.controller->start();
        QTRY_COMPARE(app.controller->phase(), AppController::Phase::Ready);
        QQuickWindow *window = app.load();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY(app.find(u"mainShell"_s));
        QObject *rail = app.find(u"navigationRail"_s);
        QStringList unnamed;
        auto check = [&](const QString &where) {
            for (const QString &control : app.unnamedControls())
                unnamed << where + u": "_s + control;
        };
        const QStringList views{u"feed"_s, u"communities"_s, u"chats"_s, u"contacts"_s, u"profile"_s, u"settings"_s};
        for (int i = 0; i < views.size(); ++i) {
            rail->setProperty("currentIndex", i);
            QTest::qWait(0);
            QTRY_VERIFY(!app.texts().isEmpty());
            QTest::qWait(200); // lists fill from the cache
            check(views.at(i));
        }
        // Pages and popups opened through links, as a user would open them.
        LinkController *links = app.controller->links();
        links->open(Test::Seeded::kPost);
        QTRY_VERIFY(app.shows(u"postPage"_s));
        QTRY_VERIFY(!app.find(u"feedStack"_s)->property("busy").toBool());
        check(u"post"_s);
        links->open(u"xmpp:"_s + Test::Seeded::kAlice);
        QTRY_VERIFY(app.shows(u"chatPage"_s));
        QTRY_COMPARE(app.find(u"messageList"_s)->property("count").toInt(), Test::Seeded::kAliceMessages);
        check(u"chat"_s);
        links->open(u"xmpp:"_s + Test::Seeded::kAlice + u"?vcard"_s);
        QTRY_VERIFY(app.shows(u"contactProfilePage"_s));
        check(u"contact's page"_s);
        links->open(Test::Seeded::kCommunity);
        QTRY_VERIFY(app.shows(u"communityPage"_s));
        check(u"community"_s);
        links->open(u"xmpp:zoe@example.org?roster"_s);
        QTRY_VERIFY(app.find(u"addContactDialog"_s)->property("opened").toBool());
        check(u"add contact"_s);
        QMetaObject::invokeMethod(app.find(u"addContactDialog"_s), "close");
        links->open(u"xmpp:room@muc.example.org?join"_s);
        QTRY_VERIFY(app.find(u"roomDialog"_s)->property("opened").toBool());
        check(u"join"_s);
        QMetaObject::invokeMethod(app.find(u"roomDialog"_s), "close");
        links->search(u"climbing"_s);
        QTRY_VERIFY(app.find(u"searchPopup"_s)->property("opened").toBool());
        QTRY_VERIFY(app.shows(u"searchHit"_s));
        check(u"search"_s);
        // Narrowed to one person, from the field as typed.
        QObject *personField = app.find(u"searchPerson"_s);
        QVERIFY(personField);
        personField->setProperty("text", Test::Seeded::kAlice);
        QMetaObject::invokeMethod(personField, "editingFinished");
        SearchModel *search = app.controller->search();
        QCOMPARE(search->person(), Test::Seeded::kAlice);
        QTRY_VERIFY(search->searched() && !search->busy());
        QTRY_VERIFY(search->rowCount() > 0);
        for (int row = 0; row < search->rowCount(); ++row) {
            const QVariantMap hit = search->hit(row);
            QVERIFY2(hit.value(u"more"_s).toBool() || hit.value(u"person"_s).toString() == Test::Seeded::kAlice,
                     qPrintable(hit.value(u"person"_s).toString()));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u"\n"_s)));
    }

    // WCAG 2.1 AA (4.5:1 for text) in both themes: text, the accent, danger
    // and warning colours as text on the window, and an accent button's
    // label on its fill, as the window draws them.
    void contrastMeetsWcagAA_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(SettingsController::Theme::Light);
        QTest::newRow("dark") << int(SettingsController::Theme::Dark);
    }
    void contrastMeetsWcagAA()
    {
        QFETCH(int, theme);
        Fixture app;
        app.settings->setTheme(SettingsController::Theme(theme));
        app.controller->start();
        QTRY_COMPARE(app.controller->phase(), AppController::Phase::LoginRequired);
        QQuickWindow *window = app.load();
        QVERIFY(window);
        QObject *submit = nullptr;
        QTRY_VERIFY((submit = app.find(u"submitButton"_s)));
        QVERIFY(submit->property("highlighted").toBool());
        // Enabled, as once the form is filled in.
        app.find(u"jidField"_s)->setProperty("text", u"sam@example.org"_s);
        app.find(u"passwordField"_s)->setProperty("text", u"a long enough password"_s);
        QTRY_VERIFY(submit->property("enabled").toBool());
        const auto luminance = [](const QColor &c) {
            const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const auto ratio = [&](const QColor &a, const QColor &b) {
            const double la = luminance(a), lb = luminance(b);
            return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
        };
        const QColor page = window->color();
        // Hearth's own colours, as the views read them.
        QObject *root = app.engine->rootObjects().constFirst();
        const auto themeColor = [&](const QString &name) {
            QQmlExpression expression(qmlContext(root), root, u"Theme."_s + name);
            return expression.evaluate().value<QColor>();
        };
        const auto evaluate = [&](QObject *scope, const QString &text) {
            QQmlExpression expression(qmlContext(scope), scope, text);
            return expression.evaluate().value<QColor>();
        };
        const QColor label = evaluate(submit, u"contentItem.color"_s);
        const QColor fill = evaluate(submit, u"background.color"_s);

        QStringList low;
        const auto need = [&](const QString &what, const QColor &fg, const QColor &bg) {
            const double r = ratio(fg, bg);
            if (r < 4.5)
                low << u"%1: %2 on %3 is %4:1"_s.arg(what, fg.name(), bg.name()).arg(r, 0, 'f', 2);
        };
        QObject *heading = app.find(u"loginTitle"_s);
        QVERIFY(heading);
        need(u"text"_s, heading->property("color").value<QColor>(), page);
        need(u"accent as text (links, tabs)"_s, themeColor(u"accent"_s), page);
        need(u"danger as text (errors)"_s, themeColor(u"danger"_s), page);
        need(u"warning as text"_s, themeColor(u"warning"_s), page);
        need(u"an accent button's label"_s, label, fill);
        QVERIFY2(low.isEmpty(), qPrintable(low.join(u"; "_s)));
    }

    // Text follows the system's font size: labels and controls alike.
    void textScalesWithTheSystemFont()
    {
        QCOMPARE(SettingsController::fontScaleFor(10, u"xcb"_s), 1.0);
        QCOMPARE(SettingsController::fontScaleFor(15, u"wayland"_s), 1.5);
        QCOMPARE(SettingsController::fontScaleFor(40, u"xcb"_s), 2.0);
        QCOMPARE(SettingsController::fontScaleFor(15, u"offscreen"_s), 1.0);
        Fixture app;
        app.controller->start();
        QTRY_COMPARE(app.controller->phase(), AppController::Phase::LoginRequired);
        QVERIFY(app.load());
        QObject *title = nullptr, *submit = nullptr;
        QTRY_VERIFY((title = app.find(u"loginTitle"_s)) && (submit = app.find(u"submitButton"_s)));
        const int titleSize = title->property("font").value<QFont>().pixelSize();
        const int buttonSize = submit->property("font").value<QFont>().pixelSize();
        QCOMPARE(titleSize, 30);
        app.settings->setFontScale(1.5);
        QTRY_COMPARE(title->property("font").value<QFont>().pixelSize(), 45);
        QTRY_COMPARE(submit->property("font").value<QFont>().pixelSize(), 21);
        QVERIFY(buttonSize < 21);
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
