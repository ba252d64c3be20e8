#include "FreedesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNotify, "hearth.ui.notify")

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
const QString kDefaultAction = QStringLiteral("default");
const QString kReplyAction = QStringLiteral("inline-reply");
} // namespace

FreedesktopNotifier::FreedesktopNotifier(QObject *parent)
    : NotificationSink(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcNotify) << "no session bus: notifications are shown in the window";
        m_server = Server::Absent;
        return;
    }
    bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this, SLOT(onActionInvoked(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationReplied"), this, SLOT(onReplied(uint, QString)));
    bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this, SLOT(onClosed(uint, uint)));
    askServer();
}

void FreedesktopNotifier::askServer()
{
    // Asked without waiting: the window never waits on the bus.
    QDBusMessage ask = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetServerInformation"));
    auto *info = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(ask, 5000), this);
    connect(info, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusMessage reply = w->reply();
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
            m_serverName = reply.arguments().constFirst().toString();
    });
    ask = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("GetCapabilities"));
    auto *caps = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(ask, 5000), this);
    connect(caps, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QStringList> reply = *w;
        if (reply.isError()) {
            qCInfo(lcNotify).noquote() << "no notification service (" << reply.error().name() << "): notifications are shown in the window";
            setServer(Server::Absent);
            return;
        }
        m_capabilities = reply.value();
        qCInfo(lcNotify).noquote() << "notifications through" << m_serverName << m_capabilities.join(u' ');
        setServer(Server::Available);
    });
}

void FreedesktopNotifier::setServer(Server server)
{
    m_server = server;
    for (const DesktopNotification &n : std::exchange(m_waiting, {}))
        show(n);
    Q_EMIT availabilityKnown();
}

bool FreedesktopNotifier::isAvailable() const
{
    return m_server == Server::Available;
}

QString FreedesktopNotifier::description() const
{
    switch (m_server) {
    case Server::Available:
        return tr("The desktop's notifications (%1)").arg(m_serverName.isEmpty() ? tr("unnamed service") : m_serverName);
    case Server::Absent:
        return tr("In the window: this desktop has no notification service");
    case Server::Unknown:
        break;
    }
    return tr("Asking the desktop…");
}

void FreedesktopNotifier::show(const DesktopNotification &n)
{
    switch (m_server) {
    case Server::Unknown:
        m_waiting.append(n);
        return;
    case Server::Absent:
        Q_EMIT notShown(n);
        return;
    case Server::Available:
        send(n);
        return;
    }
}

void FreedesktopNotifier::send(const DesktopNotification &n)
{
    if (m_inFlight.contains(n.key)) {
        m_next.insert(n.key, n);
        m_withdrawn.remove(n.key);
        return;
    }
    m_inFlight.insert(n.key);
    const bool markup = m_capabilities.contains(QStringLiteral("body-markup"));
    QStringList actions{kDefaultAction, tr("Open")};
    QVariantMap hints{{QStringLiteral("desktop-entry"), QStringLiteral("im.hearth.Hearth")},
                      {QStringLiteral("category"), n.category}};
    if (n.canReply && m_capabilities.contains(kReplyAction)) {
        actions << kReplyAction << tr("Reply");
        hints.insert(QStringLiteral("x-kde-reply-placeholder-text"), tr("Write a reply…"));
    }
    if (!n.iconPath.isEmpty())
        hints.insert(QStringLiteral("image-path"), n.iconPath);
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    call << QStringLiteral("Hearth") << m_ids.value(n.key) << QStringLiteral("im.hearth.Hearth") << n.title
         << (markup ? n.body.toHtmlEscaped() : n.body) << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, n](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        m_inFlight.remove(n.key);
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError()) {
            qCWarning(lcNotify).noquote() << "a notification was refused:" << reply.error().message();
            Q_EMIT notShown(n);
        } else if (m_withdrawn.remove(n.key)) {
            close(reply.value());
        } else {
            m_ids.insert(n.key, reply.value());
        }
        if (m_next.contains(n.key))
            send(m_next.take(n.key));
    });
}

void FreedesktopNotifier::close(uint id)
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("CloseNotification"));
    call << id;
    QDBusConnection::sessionBus().asyncCall(call);
}

void FreedesktopNotifier::withdraw(const QString &key)
{
    m_next.remove(key);
    if (m_inFlight.contains(key))
        m_withdrawn.insert(key); // closed once its id is known
    const uint id = m_ids.take(key);
    if (id == 0 || m_server != Server::Available)
        return;
    close(id);
}

void FreedesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const QString key = m_ids.key(id);
    if (key.isEmpty() || (action != kDefaultAction))
        return;
    Q_EMIT activated(key);
}

void FreedesktopNotifier::onReplied(uint id, const QString &text)
{
    const QString key = m_ids.key(id);
    if (!key.isEmpty() && !text.trimmed().isEmpty())
        Q_EMIT replied(key, text);
}

void FreedesktopNotifier::onClosed(uint id, uint)
{
    const QString key = m_ids.key(id);
    if (!key.isEmpty())
        m_ids.remove(key);
}
