#pragma once

#include "NotificationSink.h"

#include <QHash>
#include <QSet>

class QDBusConnection;

// The freedesktop notification service (org.freedesktop.Notifications on
// the session bus, Desktop Notifications Specification 1.2): one
// notification per key, replaced in place (replaces_id) as more arrives,
// with a default action, and KDE's inline reply where the server offers
// it (the "inline-reply" capability). Body text is escaped when the server
// reads markup ("body-markup"): text from the network is never markup.
class FreedesktopNotifier : public NotificationSink
{
    Q_OBJECT
public:
    explicit FreedesktopNotifier(QObject *parent = nullptr);

    [[nodiscard]] bool isAvailable() const override;
    [[nodiscard]] QString description() const override;
    void show(const DesktopNotification &notification) override;
    void withdraw(const QString &key) override;

    // What the server said it can do (GetCapabilities), asked once at start
    // without waiting; until it answers notifications wait for it.
    [[nodiscard]] QStringList capabilities() const { return m_capabilities; }

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onReplied(uint id, const QString &text);
    void onClosed(uint id, uint reason);

Q_SIGNALS:
    void availabilityKnown();

private:
    enum class Server { Unknown, Available, Absent };
    void askServer();
    void setServer(Server server);
    void send(const DesktopNotification &notification);

    void close(uint id);

    QHash<QString, uint> m_ids; // key → the server's id
    // A Notify whose reply (the id) has not come: what follows for that key
    // waits for it, so it replaces the notification instead of adding one.
    QSet<QString> m_inFlight;
    QHash<QString, DesktopNotification> m_next; // the latest waiting, by key
    QSet<QString> m_withdrawn;                  // closed while in flight
    Server m_server = Server::Unknown;
    QStringList m_capabilities;
    QString m_serverName;
    QList<DesktopNotification> m_waiting;
};
