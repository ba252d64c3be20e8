// AppController's notifications: which sink this platform has, and the
// events and lookups the center is given.
#include "AppController.h"

#include "ChatController.h"
#include "ChatListModel.h"
#include "FeedController.h"
#include "LinkController.h"
#include "NotificationCenter.h"
#include "chat/ChatService.h"
#include "muc/RoomService.h"
#include "roster/ContactList.h"

#include <QFileInfo>

#if defined(HEARTH_HAVE_DBUS)
#include "FreedesktopNotifier.h"
#include "LauncherCount.h"
#endif

using namespace Hearth;

#if defined(HEARTH_HAVE_DBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace {
void askForTrayHost(NotificationCenter *center)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return;
    // Asked without waiting (the window never waits on the bus).
    auto *watcher = new QDBusPendingCallWatcher(bus.interface()->asyncCall(QStringLiteral("NameHasOwner"), QStringLiteral("org.kde.StatusNotifierWatcher")), center);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, center, [center](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<bool> reply = *w;
        center->setTrayAvailable(!reply.isError() && reply.value());
    });
}
} // namespace
#endif

void AppController::setUpNotifications(const QString &settingsPath, const QString &avatarDirectory)
{
    NotificationSink *sink = nullptr;
#if defined(HEARTH_HAVE_DBUS)
    // Linux and the BSDs: the freedesktop service; elsewhere the window
    // shows them (see the README for Windows and macOS).
    if (!settingsPath.isEmpty()) {
        sink = new FreedesktopNotifier(this);
        // The unread count on the taskbar entry, as the chats list counts it.
        auto *launcher = new LauncherCount(this);
        ChatListModel *list = m_chatController->chats();
        connect(list, &ChatListModel::countChanged, launcher, [launcher, list] { launcher->setCount(list->unreadTotal()); });
    }
#endif
    m_notifications = new NotificationCenter(settingsPath, sink, this);
#if defined(HEARTH_HAVE_DBUS)
    // Qt draws tray icons on Linux as StatusNotifierItems: only where a host watches for them.
    if (!settingsPath.isEmpty())
        askForTrayHost(m_notifications);
#elif defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    m_notifications->setTrayAvailable(true);
#endif
    ChatListModel *chats = m_chatController->chats();
    m_notifications->setLookups({
        [chats](const QString &jid) { return chats->summaryOf(jid); },
        [this](const QString &jid) { return m_chatService->isRoom(jid); },
        [chats](const QString &jid) { return chats->nameOf(jid); },
        [chats, avatarDirectory](const QString &jid) {
            const QString source = chats->avatarOf(jid);
            const QString prefix = QStringLiteral("image://avatar/");
            if (!source.startsWith(prefix))
                return QString();
            const QString path = avatarDirectory + u'/' + source.mid(prefix.size());
            return QFileInfo::exists(path) ? path : QString();
        },
    });
    connect(m_chatService, &ChatService::messagesAdded, m_notifications, &NotificationCenter::onMessages);
    connect(m_roomService, &RoomService::invited, m_notifications,
            [this](const QString &room, const QString &inviter, const QString &reason, const QString &) {
                m_notifications->onInvitation(room, inviter, reason);
            });
    connect(m_contactList, &ContactList::requestsChanged, m_notifications, [this] {
        QStringList jids;
        for (const SubscriptionRequest &request : m_contactList->requests())
            jids << request.jid;
        m_notifications->onRequests(jids);
    });
    connect(m_feedController, &FeedController::reactionsChanged, m_notifications,
            [this] { m_notifications->onReactions(m_feedController->reactions()); });
    connect(m_notifications, &NotificationCenter::openRequested, this, [this](const QString &key) {
        m_links->raise();
        const QString kind = key.section(u':', 0, 0);
        const QString target = key.section(u':', 1);
        if (kind == QLatin1String("chat") || kind == QLatin1String("room"))
            m_links->openConversation(target);
        else if (kind == QLatin1String("invite"))
            m_links->showView(QStringLiteral("chats"));
        else if (kind == QLatin1String("request"))
            m_links->showView(QStringLiteral("contacts"));
        else if (kind == QLatin1String("post"))
            m_links->open(target);
    });
    connect(m_notifications, &NotificationCenter::replyRequested, this, [this](const QString &jid, const QString &text) {
        (void)m_chatService->send(jid, text);
    });
}
