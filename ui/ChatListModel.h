#pragma once

#include "PostPresenter.h"
#include "chat/ChatMessage.h"

#include "KeyedListModel.h"

#include <QQmlEngine>
#include <QTimer>

namespace Hearth {
class ChatService;
}

// The chats list: every conversation, the most recently active first, with
// its newest message, unread count and draft. Read from the cache (one
// query: people have hundreds of chats, not millions) and read again,
// coalesced, when messages arrive or states change; the new list is applied
// in place (rows moved, inserted, changed), so the view keeps its position.
class ChatListModel : public KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ChatController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int unreadTotal READ unreadTotal NOTIFY countChanged)

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        NameRole,
        AvatarRole,
        LastBodyRole,
        LastTimeRole,
        LastOutgoingRole,
        UnreadRole,
        MutedRole,
        DraftRole,
        IsRoomRole,
        LastSenderRole, // in a room, who wrote the last message
        AttentionRole,  // the unread count calls for attention (else it shows quietly)
    };
    Q_ENUM(Role)

    explicit ChatListModel(QObject *parent = nullptr);

    void setService(Hearth::ChatService *service);
    void setAuthors(PostPresenter::Authors authors) { m_authors = std::move(authors); }
    // Reads the list again (soon, once for a burst of changes).
    void reload();
    // Contacts' names or pictures changed: the rows show them again (no
    // read of the cache).
    void peopleChanged();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int unreadTotal() const;
    // The stored name of a chat in the list (a room's), empty when none.
    [[nodiscard]] QString storedName(const QString &jid) const;
    // How many unread messages call for attention, by the chat's level.
    [[nodiscard]] static int attention(const Hearth::ChatSummary &c);
    [[nodiscard]] QString nameOf(const QString &jid) const { return m_authors.nameOf(jid); }
    [[nodiscard]] QString avatarOf(const QString &jid) const { return m_authors.avatarOf(jid); }
    // The chat as the list last read it (an empty jid when it is not there yet).
    [[nodiscard]] Hearth::ChatSummary summaryOf(const QString &jid) const;

Q_SIGNALS:
    void countChanged();
    void loadFailed(const QString &message);

private:
    void load();

    Hearth::ChatService *m_service = nullptr;
    PostPresenter::Authors m_authors;
    QList<Hearth::ChatSummary> m_chats;
    QTimer m_reload;
    int m_generation = 0;
};
