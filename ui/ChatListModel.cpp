#include "ChatListModel.h"

#include "chat/ChatService.h"

using namespace Hearth;

ChatListModel::ChatListModel(QObject *parent)
    : KeyedListModel(parent)
{
    m_reload.setSingleShot(true);
    m_reload.setInterval(100);
    connect(&m_reload, &QTimer::timeout, this, &ChatListModel::load);
}

void ChatListModel::setService(ChatService *service)
{
    m_service = service;
    connect(service, &ChatService::messagesAdded, this, &ChatListModel::reload);
    connect(service, &ChatService::stateChanged, this, &ChatListModel::reload);
    connect(service, &ChatService::messagesChanged, this, &ChatListModel::reload);
}

void ChatListModel::reload()
{
    m_reload.start();
}

void ChatListModel::peopleChanged()
{
    if (!m_chats.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_chats.size()) - 1), {NameRole, AvatarRole});
}

void ChatListModel::load()
{
    if (!m_service || m_service->accountId() <= 0)
        return;
    m_service->messages().chats(m_service->accountId()).then(this, [this, generation = ++m_generation](DbResult<QList<ChatSummary>> chats) {
        if (generation != m_generation)
            return;
        if (!chats.ok()) {
            Q_EMIT loadFailed(tr("The chats could not be read from the cache: %1").arg(chats.error));
            return;
        }
        const auto key = [](const ChatSummary &c) { return c.jid; };
        const auto same = [](const ChatSummary &a, const ChatSummary &b) {
            return a.kind == b.kind && a.name == b.name && a.lastActivity == b.lastActivity && a.unread == b.unread
                && a.muted == b.muted && a.notify == b.notify && a.mentions == b.mentions && a.draft == b.draft
                && a.last.messageId == b.last.messageId && a.last.body == b.last.body && a.last.sender == b.last.sender
                && a.last.outgoing == b.last.outgoing && a.last.retracted == b.last.retracted
                && a.last.undecryptable == b.last.undecryptable;
        };
        replaceRows(m_chats, chats.value, key, same);
        Q_EMIT countChanged(); // also the unread total's signal
    });
}

int ChatListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chats.size());
}

QVariant ChatListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatSummary &c = m_chats.at(index.row());
    switch (role) {
    case JidRole:
        return c.jid;
    case NameRole:
        // Someone written to privately in a room: their nickname and the room.
        if (c.jid.contains(u'/'))
            return tr("%1 (in %2)").arg(c.jid.section(u'/', 1), c.jid.section(u'@', 0, 0));
        return c.name.isEmpty() ? m_authors.nameOf(c.jid) : c.name;
    case AvatarRole:
        return m_authors.avatarOf(c.jid);
    case LastBodyRole:
        if (c.last.undecryptable != Hearth::ChatMessage::Undecryptable::No)
            return tr("Encrypted message (not readable on this device)");
        return c.last.retracted ? QString() : c.last.body.left(200).simplified();
    case LastTimeRole:
        return c.lastActivity;
    case LastOutgoingRole:
        return c.last.outgoing;
    case UnreadRole:
        return c.unread;
    case MutedRole:
        return c.muted || c.notify == 3; // a room set to "never"
    case AttentionRole:
        return attention(c) > 0;
    case IsRoomRole:
        return c.kind == ChatSummary::Kind::Group;
    case LastSenderRole:
        return c.kind == ChatSummary::Kind::Group && !c.last.outgoing ? c.last.sender : QString();
    case DraftRole:
        return c.draft;
    }
    return {};
}

QHash<int, QByteArray> ChatListModel::roleNames() const
{
    return {{JidRole, "jid"},           {NameRole, "name"},         {AvatarRole, "avatar"},
            {LastBodyRole, "lastBody"}, {LastTimeRole, "lastTime"}, {LastOutgoingRole, "lastOutgoing"},
            {UnreadRole, "unread"},     {MutedRole, "muted"},       {DraftRole, "draft"},
            {IsRoomRole, "isRoom"},     {LastSenderRole, "lastSender"}, {AttentionRole, "attention"}};
}

int ChatListModel::unreadTotal() const
{
    int total = 0;
    for (const ChatSummary &c : m_chats)
        total += attention(c);
    return total;
}

QString ChatListModel::storedName(const QString &jid) const
{
    for (const ChatSummary &c : m_chats)
        if (c.jid == jid)
            return c.name;
    return {};
}

Hearth::ChatSummary ChatListModel::summaryOf(const QString &jid) const
{
    for (const Hearth::ChatSummary &c : m_chats) {
        if (c.jid.compare(jid, Qt::CaseInsensitive) == 0)
            return c;
    }
    return {};
}

int ChatListModel::attention(const ChatSummary &c)
{
    // Muted chats and rooms set to "never" ask for none; rooms set to "only
    // when mentioned" for their mentions (XEP-0492 levels).
    if (c.muted || c.notify == 3)
        return 0;
    return c.notify == 2 ? c.mentions : c.unread;
}
