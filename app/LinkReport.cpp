#include "LinkReport.h"

#include "AppController.h"
#include "ChatController.h"
#include "FeedController.h"
#include "LinkController.h"
#include "MessageListModel.h"

#include <QDateTime>
#include <QQuickItem>
#include <QQuickWindow>
#include <cstdio>
#include <memory>

namespace {
void print(const QString &line)
{
    std::printf("%s %lld\n", qPrintable(line), static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
    std::fflush(stdout);
}

// A StackView pushing or popping (its "busy") anywhere in the window.
bool anyPageMoving(QQuickItem *item)
{
    if (item->isVisible() && item->inherits("QQuickStackView") && item->property("busy").toBool())
        return true;
    const auto children = item->childItems();
    return std::any_of(children.cbegin(), children.cend(), anyPageMoving);
}

bool inPlace(AppController *controller, QQuickWindow *window, const QString &what)
{
    if (anyPageMoving(window->contentItem()))
        return false;
    const QString kind = what.section(u' ', 0, 0);
    const QString target = what.section(u' ', 1);
    if (kind == QLatin1String("chat"))
        return controller->chats()->currentChat().compare(target, Qt::CaseInsensitive) == 0
            && !controller->chats()->messages()->loading();
    if (kind == QLatin1String("post"))
        return controller->feed()->post().value(QStringLiteral("uri")).toString() == target;
    return true;
}
} // namespace

void reportShownLinks(AppController *controller, QQuickWindow *window)
{
    LinkController *links = controller->links();
    QObject::connect(links, &LinkController::viewsReadyChanged, links, [links] {
        if (links->viewsReady())
            print(QStringLiteral("views-ready"));
    });
    if (links->viewsReady()) // the main window came up while the engine loaded
        print(QStringLiteral("views-ready"));
    QObject::connect(links, &LinkController::opened, window, [controller, window](const QString &what) {
        // Checked after each frame on the GUI thread; printed when the frame
        // after the one that drew it all is swapped (the content was ready
        // when that frame was made).
        auto connection = std::make_shared<QMetaObject::Connection>();
        auto ready = std::make_shared<bool>(false);
        *connection = QObject::connect(window, &QQuickWindow::frameSwapped, window, [=] {
            if (*ready) {
                QObject::disconnect(*connection);
                print(QStringLiteral("link-shown ") + what);
                return;
            }
            *ready = inPlace(controller, window, what);
            window->update();
        }, Qt::QueuedConnection);
        window->update();
    });
}
