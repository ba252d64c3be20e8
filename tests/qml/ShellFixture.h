#pragma once

// The QML tests' app: one instance wired as main() wires it, on a temporary
// profile, with helpers to find what the window shows; and a message
// handler that collects QML warnings (each test fails on one).
#include "Account.h"
#include "AppController.h"
#include "AvatarImageProvider.h"
#include "QrImageProvider.h"
#include "SecretStore.h"
#include "SeededCache.h"
#include "SettingsController.h"
#include "db/Database.h"

#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlProperty>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStringList>
#include <QTest>
#include <QTemporaryDir>
#include <memory>

namespace Hearth::Test {

using namespace Qt::StringLiterals;

// Installs the collector (once per test program) and returns what it caught.
void collectQmlWarnings();
QStringList &qmlWarnings();

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
        // The own key's QR code, once OMEMO is set up (a test that logs in).
        engine->addImageProvider(u"qr"_s, new QrImageProvider);
        engine->load(QUrl(u"qrc:/qt/qml/Hearth/Main.qml"_s));
        if (engine->rootObjects().isEmpty())
            return nullptr;
        return qobject_cast<QQuickWindow *>(engine->rootObjects().constFirst());
    }

    // The seeded cache, the app started on it and its window up: what most
    // view tests begin with. Null (and `error` said) when a step failed.
    QQuickWindow *loadSeeded(QString *error)
    {
        if (Seeded::seed(database, error) <= 0)
            return nullptr;
        controller->start();
        if (!QTest::qWaitFor([&] { return controller->phase() == AppController::Phase::Ready; }, 5000)) {
            *error = u"the app did not become ready"_s;
            return nullptr;
        }
        QQuickWindow *window = load();
        if (!window || !QTest::qWaitForWindowExposed(window)) {
            *error = u"the window did not load or show"_s;
            return nullptr;
        }
        return window;
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

} // namespace Hearth::Test
