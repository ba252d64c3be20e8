#pragma once

#include "PostPresenter.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>
#include <QTimer>

class ChatListModel;
class MessageListModel;

namespace Hearth {
class ChatService;
class FileUpload;
}

// Chat for QML (AppController.chats): the chats list, the open chat's
// messages, sending, read markers and drafts.
class ChatController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("ChatListModel.h")
    Q_MOC_INCLUDE("MessageListModel.h")
    QML_ELEMENT
    QML_UNCREATABLE("Use AppController.chats")

    Q_PROPERTY(ChatListModel *chats READ chats CONSTANT)
    Q_PROPERTY(MessageListModel *messages READ messages CONSTANT)
    Q_PROPERTY(QString currentChat READ currentChat NOTIFY currentChatChanged)
    Q_PROPERTY(QString currentName READ currentName NOTIFY peopleChanged)
    Q_PROPERTY(QString currentAvatar READ currentAvatar NOTIFY peopleChanged)
    Q_PROPERTY(QString draft READ draft NOTIFY currentChatChanged)
    Q_PROPERTY(bool peerComposing READ peerComposing NOTIFY peerComposingChanged)
    Q_PROPERTY(QString uploadStatus READ uploadStatus NOTIFY uploadsChanged)

public:
    explicit ChatController(Hearth::ChatService *service, QObject *parent = nullptr);

    void setAuthors(const PostPresenter::Authors &authors);
    // The session has bound ChatService to an account: show its chats.
    void accountOpened();
    // Names or pictures of contacts changed: the list and header show them again.
    void refreshPeople();

    [[nodiscard]] ChatListModel *chats() const { return m_chats; }
    [[nodiscard]] MessageListModel *messages() const { return m_messages; }
    [[nodiscard]] QString currentChat() const;
    [[nodiscard]] QString currentName() const;
    [[nodiscard]] QString currentAvatar() const;
    [[nodiscard]] QString draft() const { return m_draft; }
    [[nodiscard]] bool peerComposing() const { return m_peerComposing; }
    // "Sending photo.jpg (40 %)" while files upload, else empty.
    [[nodiscard]] QString uploadStatus() const;
    // A chat with a room (group chat) rather than a person.
    [[nodiscard]] bool isRoom(const QString &jid) const;
    [[nodiscard]] QString nameOf(const QString &jid) const { return m_authors.nameOf(jid); }
    void reloadList();

    // Opens a conversation (a contact's bare JID); the newest message the
    // other side sent is marked displayed.
    Q_INVOKABLE void openChat(const QString &jid, const QString &draft = {});
    // From elsewhere (a contact's page): opens it and asks for the chats view.
    Q_INVOKABLE void startChat(const QString &jid);
    // Opens the conversation scrolled to one of its messages (a search hit).
    Q_INVOKABLE void startChatAt(const QString &jid, qint64 messageRow);
    Q_INVOKABLE void closeChat();
    // The conversation step rows after (or, negative, before) the open one
    // in the chats list, wrapping around; with unreadOnly the next with
    // unread messages. Empty when there is none (keyboard: Alt+Up/Down).
    Q_INVOKABLE QString neighbourChat(int step, bool unreadOnly) const;
    // Mutes or unmutes a chat (a room: its notification level, "never").
    Q_INVOKABLE void setMuted(const QString &jid, bool muted);
    Q_INVOKABLE void send(const QString &text);
    Q_INVOKABLE void saveDraft(const QString &text);
    // The user typed in the message field: "composing" now, "paused" after
    // a few quiet seconds (XEP-0085).
    Q_INVOKABLE void typing();
    // Shares local files in the open chat: each uploads (XEP-0363), then
    // goes as a message with its link.
    Q_INVOKABLE void sendFiles(const QList<QUrl> &files);
    // Opens a message's file: a web link in the browser; an encrypted one
    // (aesgcm://) downloaded, decrypted into the files directory and opened
    // with the desktop's application for it; an encrypted picture is shown
    // in its message instead (then opened like the others when tapped).
    Q_INVOKABLE void openAttachment(const QString &url);
    // Where decrypted files are kept (the profile's cache).
    void setFilesDirectory(const QString &directory) { m_filesDirectory = directory; }
    // Shares a post with a contact and opens that conversation.
    Q_INVOKABLE void sharePost(const QString &jid, const QString &postUri, const QString &title);
    // A shared post's card was clicked: the feed shows it.
    Q_INVOKABLE void openPost(const QString &postUri) { Q_EMIT postRequested(postUri); }
    // The user's own message, by its id: corrected (XEP-0308) or retracted
    // for everyone (XEP-0424).
    Q_INVOKABLE void correct(const QString &messageId, const QString &text);
    Q_INVOKABLE void retract(const QString &messageId);
    // Adds or takes back the user's reaction with this emoji (XEP-0444).
    Q_INVOKABLE void toggleReaction(const QString &messageId, const QString &emoji);
    // Sends a message that could not be sent again.
    Q_INVOKABLE void retry(const QString &messageId);
    // Sends text as a reply to the message (XEP-0461, quoted for others).
    Q_INVOKABLE void reply(const QString &messageId, const QString &text);
    // The emoji offered for a quick reaction.
    Q_INVOKABLE QStringList quickReactions() const;

Q_SIGNALS:
    void currentChatChanged();
    // The open chat's name or picture may have changed (contacts, a room's name).
    void peopleChanged();
    void showRequested();
    void peerComposingChanged();
    void uploadsChanged();
    void postRequested(const QString &postUri);
    // A room's mute is its XEP-0492 level: RoomController sets it.
    void roomMuteRequested(const QString &roomJid, bool muted);
    void failed(const QString &message);

private:
    void markLatestDisplayed();

    Hearth::ChatService *m_service;
    ChatListModel *m_chats;
    MessageListModel *m_messages;
    PostPresenter::Authors m_authors;
    QString m_draft;
    bool m_peerComposing = false;
    bool m_composing = false;
    QTimer m_paused;
    QList<QPointer<Hearth::FileUpload>> m_uploads;
    QString m_filesDirectory;
};
