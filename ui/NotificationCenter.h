#pragma once

#include "NotificationSink.h"
#include "chat/ChatMessage.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QVariantList>
#include <functional>

// Which events become notifications, and what they say: new one-to-one
// messages, mentions in rooms (by each room's level, XEP-0492, and mutes),
// invitations, contact requests, comments and likes on the user's posts.
// One per conversation (or post), replaced as more arrives; none for the
// conversation in front; nothing while Do not disturb is on; no message
// text when previews are off. They go to the desktop (a NotificationSink),
// or into the window where the desktop has no service.
class NotificationCenter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppController.notifications")
    Q_PROPERTY(bool doNotDisturb READ doNotDisturb WRITE setDoNotDisturb NOTIFY settingsChanged)
    Q_PROPERTY(bool messages READ messages WRITE setMessages NOTIFY settingsChanged)
    Q_PROPERTY(bool mentions READ mentions WRITE setMentions NOTIFY settingsChanged)
    Q_PROPERTY(bool invitations READ invitations WRITE setInvitations NOTIFY settingsChanged)
    Q_PROPERTY(bool requests READ requests WRITE setRequests NOTIFY settingsChanged)
    Q_PROPERTY(bool reactions READ reactions WRITE setReactions NOTIFY settingsChanged)
    Q_PROPERTY(bool previews READ previews WRITE setPreviews NOTIFY settingsChanged)
    // The conversation the user is looking at (the window active, the chats
    // view shown), set by the window; empty when none.
    Q_PROPERTY(QString conversationInFront READ conversationInFront WRITE setConversationInFront NOTIFY conversationInFrontChanged)
    // Where notifications go, for Settings.
    Q_PROPERTY(QString destination READ destination NOTIFY destinationChanged)
    // Shown in the window (no desktop service): {key, title, body}, newest first.
    Q_PROPERTY(QVariantList windowNotices READ windowNotices NOTIFY windowNoticesChanged)
    // Whether the desktop shows tray icons (a StatusNotifierItem host on
    // Linux; always on Windows and macOS): the tray icon is made only then.
    Q_PROPERTY(bool trayAvailable READ trayAvailable NOTIFY trayAvailableChanged)

public:
    // What the center asks about the account's chats and people.
    struct Lookups
    {
        std::function<Hearth::ChatSummary(const QString &jid)> chat; // muted, level, nick, name; empty jid when unknown
        std::function<bool(const QString &jid)> isRoom;
        std::function<QString(const QString &jid)> nameOf;
        std::function<QString(const QString &jid)> avatarPath;
    };

    NotificationCenter(QString settingsPath, NotificationSink *sink, QObject *parent = nullptr);

    void setLookups(Lookups lookups) { m_lookups = std::move(lookups); }

    // The events. Messages as ChatService::messagesAdded gives them.
    void onMessages(const QList<Hearth::ChatMessage> &messages);
    void onInvitation(const QString &roomJid, const QString &inviter, const QString &reason);
    void onRequests(const QStringList &jids);
    // FeedController's reactions list (maps with authorJid, authorName,
    // isLike, text, published, postTitle, postUri); the first list read is
    // what was already there.
    void onReactions(const QVariantList &reactions);

    [[nodiscard]] bool doNotDisturb() const { return m_doNotDisturb; }
    [[nodiscard]] bool messages() const { return m_messages; }
    [[nodiscard]] bool mentions() const { return m_mentions; }
    [[nodiscard]] bool invitations() const { return m_invitations; }
    [[nodiscard]] bool requests() const { return m_requests; }
    [[nodiscard]] bool reactions() const { return m_reactions; }
    [[nodiscard]] bool previews() const { return m_previews; }
    void setDoNotDisturb(bool on);
    void setMessages(bool on);
    void setMentions(bool on);
    void setInvitations(bool on);
    void setRequests(bool on);
    void setReactions(bool on);
    void setPreviews(bool on);
    [[nodiscard]] QString conversationInFront() const { return m_inFront; }
    void setConversationInFront(const QString &jid);
    [[nodiscard]] QString destination() const { return m_sink ? m_sink->description() : tr("In the window"); }
    [[nodiscard]] QVariantList windowNotices() const { return m_windowNotices; }
    [[nodiscard]] bool trayAvailable() const { return m_trayAvailable; }
    void setTrayAvailable(bool available)
    {
        if (m_trayAvailable != available) {
            m_trayAvailable = available;
            Q_EMIT trayAvailableChanged();
        }
    }

    // A notice in the window was clicked, or dismissed.
    Q_INVOKABLE void activate(const QString &key);
    Q_INVOKABLE void dismiss(const QString &key);

    // The longest text a notification shows of one message.
    static constexpr int kMaxTextLength = 200;

Q_SIGNALS:
    void settingsChanged();
    void conversationInFrontChanged();
    void destinationChanged();
    void windowNoticesChanged();
    void trayAvailableChanged();
    // Open what the notification was about (key as in DesktopNotification).
    void openRequested(const QString &key);
    // The user replied from a notification: send text to the chat.
    void replyRequested(const QString &chatJid, const QString &text);
    // Something was notified in the window (to flash the taskbar entry).
    void attentionWanted();

private:
    void notify(DesktopNotification notification, const QString &line);
    void withdraw(const QString &key);
    void save(const char *key, bool value);
    void showInWindow(const DesktopNotification &notification);
    [[nodiscard]] QString shortened(const QString &text) const;

    QString m_settingsPath;
    NotificationSink *m_sink;
    Lookups m_lookups;
    bool m_doNotDisturb = false;
    bool m_messages = true;
    bool m_mentions = true;
    bool m_invitations = true;
    bool m_requests = true;
    bool m_reactions = true;
    bool m_previews = true;
    QString m_inFront;
    QHash<QString, QStringList> m_lines; // per key: the newest lines shown
    QSet<QString> m_requestsSeen;
    QDateTime m_reactionsMark;
    bool m_reactionsRead = false;
    QVariantList m_windowNotices;
    bool m_trayAvailable = false;
};
