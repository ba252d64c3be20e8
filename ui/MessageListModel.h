#pragma once

#include "PostPresenter.h"
#include "chat/ChatMessage.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Hearth {
class ChatService;
}

// One chat's messages, newest first (row 0 at the bottom of a BottomToTop
// list): keyset pages from the cache as the user scrolls up, then older
// pages from the server's archive; live messages join at the bottom and
// delivery states change in place. One fetch at a time.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ChatController")
    Q_PROPERTY(QString chatJid READ chatJid NOTIFY chatChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)

public:
    static constexpr int kPageSize = 50;
    enum Role {
        IdRole = Qt::UserRole + 1,
        BodyRole,      // rich text: escaped, links made clickable
        PlainBodyRole,
        OutgoingRole,
        TimeRole,
        StateRole,     // ChatMessage::State as int
        SenderNameRole,
        EditedRole,
        TruncatedRole,
        AttachmentRole,
        RetractedRole,
        ImageRole,     // a shared picture that may be shown inline (https, or this machine)
        FileNameRole,  // a shared file's name
        SharedPostRole, // the xmpp: URI of a post shared into the chat
        ReactionsRole,  // [{emoji, count, mine, who}] (XEP-0444)
        ReplyToRole,    // the id of the message this one answers (XEP-0461)
        ReplySenderRole, // its sender's name when it is known
        ReplyTextRole,  // its text, else the quote the reply carried
        InRoomRole,     // a room's message: the sender's nickname shows above it
        MentionRole,    // someone else's room message that names the user
        RichRole,       // the body needs rich text (links, styling); else plainBody shows it, faster
        ImportedRole,   // brought from an export into this account (issue 16)
        EncryptedRole,  // came or went end-to-end encrypted (OMEMO)
        UndecryptableRole, // why an encrypted message could not be read ('' when it could)
        EncryptedPictureRole, // an encrypted picture (aesgcm://) not decrypted yet: shown on request
    };
    Q_ENUM(Role)

    explicit MessageListModel(QObject *parent = nullptr);

    void setService(Hearth::ChatService *service);
    void setAuthors(PostPresenter::Authors authors) { m_authors = std::move(authors); }
    // Shows this chat (empty: none) from its newest page.
    void setChat(const QString &jid);
    [[nodiscard]] QString chatJid() const { return m_chat; }
    [[nodiscard]] bool loading() const { return m_loading; }
    // A shown message by its id (message id).
    [[nodiscard]] std::optional<Hearth::ChatMessage> message(const QString &messageId) const;
    // The newest message the other side sent (for read markers).
    [[nodiscard]] std::optional<Hearth::ChatMessage> newestIncoming() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    // An encrypted file the user opened, decrypted to path on this
    // machine: a picture is shown inline from there from now on (nothing
    // is fetched before the user asks).
    void setDecryptedFile(const QString &link, const QString &path);
    [[nodiscard]] QString decryptedFile(const QString &link) const { return m_decryptedFiles.value(link); }
    // Whether a shared file's name says it is a picture.
    [[nodiscard]] static bool isPictureName(const QString &fileName);
    // Whether a message's file is a picture (its type, else its name).
    [[nodiscard]] static bool isPicture(const Hearth::ChatMessage &m);
    // Whether a shown message's file with this link is a picture, shown inline once decrypted.
    [[nodiscard]] bool showsInline(const QString &link) const;
    // The chat turned out to be a room (or the user's nickname there
    // changed): the rows' room roles are read again.
    void refreshRoomRoles();
    // Loads cached pages back until the message with that cache row id is
    // in, then says at which row (a search hit opening its conversation).
    // Gives up past kRevealLimit messages or at the cache's start.
    void reveal(qint64 rowId);
    static constexpr int kRevealLimit = 20000;


Q_SIGNALS:
    void chatChanged();
    void countChanged();
    void loadingChanged();
    void loadFailed(const QString &message);
    // Messages from the other side arrived in the open chat.
    void incomingArrived();
    // reveal(): the message is at row (found: true), or is not in the cache.
    void revealed(int row, bool found);

private:
    void loadPage();
    void onAdded(const QList<Hearth::ChatMessage> &messages);
    void onChanged(const QList<Hearth::ChatMessage> &messages);
    void onStateChanged(const QString &chatJid, const QString &messageId, Hearth::ChatMessage::State state);
    void setLoading(bool loading);
    void continueReveal();

    Hearth::ChatService *m_service = nullptr;
    PostPresenter::Authors m_authors;
    QHash<QString, QString> m_decryptedFiles; // aesgcm:// link -> decrypted file
    QString m_chat;
    QList<Hearth::ChatMessage> m_rows; // newest first
    Hearth::MessageCursor m_cursor;
    bool m_cacheAtEnd = false;
    bool m_serverAtEnd = false;
    bool m_loading = false;
    int m_generation = 0;
    qint64 m_reveal = 0; // the message reveal() is loading pages for
};
