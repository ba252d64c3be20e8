#include "LauncherCount.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QVariantMap>

LauncherCount::LauncherCount(QObject *parent)
    : QObject(parent)
{
}

void LauncherCount::setCount(int count)
{
    if (count == m_count)
        return;
    m_count = count;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage update = QDBusMessage::createSignal(QStringLiteral("/im/hearth/Hearth/UnityLauncher"),
                                                     QStringLiteral("com.canonical.Unity.LauncherEntry"), QStringLiteral("Update"));
    update << QStringLiteral("application://im.hearth.Hearth.desktop")
           << QVariantMap{{QStringLiteral("count"), qint64(count)}, {QStringLiteral("count-visible"), count > 0}};
    bus.send(update);
}
