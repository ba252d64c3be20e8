// The window as a desktop app: xmpp: links opened where they belong, the
// keyboard, accessible names on every control, WCAG AA contrast in both
// themes, and text that follows the system's font size.
#include "AppController.h"
#include "ChatController.h"
#include "ChatListModel.h"
#include "LinkController.h"
#include "SearchModel.h"
#include "SettingsController.h"
#include "SeededCache.h"
#include "ShellFixture.h"

#include <QFont>
#include <QQmlExpression>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTest>
#include <cmath>

Q_IMPORT_QML_PLUGIN(HearthPlugin)

using namespace Qt::StringLiterals;
using namespace Hearth;
using Hearth::Test::Fixture;

class TestQmlDesktop : public QObject
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
        QQuickWindow *window = app.loadSeeded(&error);
        QVERIFY2(window, qPrintable(error));
        QTRY_VERIFY(app.find(u"mainShell"_s));
        QObject *rail = app.find(u"navigationRail"_s);
        QStringList unnamed;
        auto check = [&](const QString &where) {
            for (const QString &control : app.unnamedControls())
                unnamed << where + u": "_s + control;
        };
        // Each view, once it shows its data: its list filled from the cache, or the view made.
        const QList<std::pair<QString, QString>> views{{u"feed"_s, u"feedList"_s},       {u"communities"_s, u"communitiesView"_s},
                                                       {u"chats"_s, u"chatList"_s},      {u"contacts"_s, u"contactList"_s},
                                                       {u"profile"_s, u"profileView"_s}, {u"settings"_s, u"settingsView"_s}};
        for (int i = 0; i < views.size(); ++i) {
            rail->setProperty("currentIndex", i);
            const QString &ready = views.at(i).second;
            QTRY_VERIFY2(app.find(ready), qPrintable(ready));
            if (ready.endsWith(u"List"_s))
                QTRY_VERIFY2(app.find(ready)->property("count").toInt() >= 2, qPrintable(ready));
            check(views.at(i).first);
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
        QCOMPARE(SettingsController::fontScaleFor(9, u"xcb"_s), 1.0); // Qt's bare fallback: not smaller
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
};

QTEST_MAIN(TestQmlDesktop)
#include "tst_qml_desktop.moc"
