#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QUrl>
#include <functional>

// Where xmpp: links and the arguments of a later start go: the main window
// listens (MainShell) and opens the chat, dialog, post or view. Nothing is
// sent from here: a link only fills in what the user then confirms.
// Until the main window is up (starting, logging in) requests wait.
class LinkController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppController.links")
    // Set by the main window while it can show what links ask for.
    Q_PROPERTY(bool viewsReady READ viewsReady WRITE setViewsReady NOTIFY viewsReadyChanged)

public:
    using QObject::QObject;

    [[nodiscard]] bool viewsReady() const { return m_viewsReady; }
    void setViewsReady(bool ready);

    // An xmpp: link (a post's, a message's, the command line's): false,
    // with failed() emitted, when it is not one Hearth can open.
    Q_INVOKABLE bool open(const QString &uri);
    // What another start on this profile asked for (app's hand-over).
    void showView(const QString &view);
    // A conversation (one-to-one or a room the user is in), from a notification.
    void openConversation(const QString &jid);
    void search(const QString &text);
    void chooseImport(const QUrl &file);
    void raise() { Q_EMIT raiseRequested(); }

    // What was opened last, as "KIND TARGET" (benchmarks and tests).
    [[nodiscard]] QString lastOpened() const { return m_lastOpened; }

Q_SIGNALS:
    void viewsReadyChanged();
    void chatRequested(const QString &jid, const QString &body);
    void joinRequested(const QString &jid, const QString &password);
    void addContactRequested(const QString &jid, const QString &name, const QString &group);
    void profileRequested(const QString &jid);
    void postRequested(const QString &uri);
    void communityRequested(const QString &uri);
    void viewRequested(const QString &view);
    void searchRequested(const QString &text);
    void importRequested(const QUrl &file);
    // The window should come to the front (another start on this profile).
    void raiseRequested();
    // A link Hearth cannot open, and why (translated).
    void failed(const QString &message);
    // A request reached the views (after viewsReady).
    void opened(const QString &what);

private:
    void deliver(const QString &what, std::function<void()> request);

    bool m_viewsReady = false;
    QList<std::pair<QString, std::function<void()>>> m_waiting;
    QString m_lastOpened;
};
