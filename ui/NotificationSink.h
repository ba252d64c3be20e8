#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

// One desktop notification as Hearth means it: one per conversation (or
// post), replaced as more arrives. Text is plain; a sink that speaks markup
// escapes it.
struct DesktopNotification
{
    QString key;      // "chat:JID", "room:JID", "invite:JID", "request:JID", "post:URI"
    QString title;    // who (and where)
    QString body;     // what, shortened; empty when previews are off
    QString iconPath; // the sender's cached picture, when there is one
    QString category; // freedesktop's: im.received, presence.online, …
    bool canReply = false;
};

// Where notifications go: the desktop's notification service, or the
// window itself where there is none.
class NotificationSink : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Whether notifications reach the desktop (false until it has answered).
    [[nodiscard]] virtual bool isAvailable() const = 0;
    // What this sink is, for Settings ("the desktop's notifications (KDE)").
    [[nodiscard]] virtual QString description() const = 0;
    virtual void show(const DesktopNotification &notification) = 0;
    virtual void withdraw(const QString &key) = 0;

Q_SIGNALS:
    // The user clicked it (or its Open action).
    void activated(const QString &key);
    // The user answered from it (an inline reply).
    void replied(const QString &key, const QString &text);
    // It could not be shown here (no service, refused): the window shows it.
    void notShown(const DesktopNotification &notification);
};
