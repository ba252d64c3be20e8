#include "MessageListModel.h"

#include "MessageStyling.h"
#include "WebUrls.h"
#include "chat/ChatService.h"
#include "chat/Mentions.h"
#include "upload/EncryptedFile.h"

#include <QMimeDatabase>


using namespace Hearth;

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void MessageListModel::setService(ChatService *service)
{
    m_service = service;
    connect(service, &ChatService::messagesAdded, this, &MessageListModel::onAdded);
    connect(service, &ChatService::stateChanged, this, &MessageListModel::onStateChanged);
    connect(service, &ChatService::messagesChanged, this, &MessageListModel::onChanged);
}

void MessageListModel::onChanged(const QList<ChatMessage> &messages)
{
    for (const ChatMessage &changed : messages) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).rowId == changed.rowId) {
                m_rows[i] = changed;
                Q_EMIT dataChanged(index(i), index(i),
                                   {BodyRole, PlainBodyRole, EditedRole, RetractedRole, TruncatedRole, AttachmentRole, ImageRole, FileNameRole,
                                    ReactionsRole, ReplySenderRole, ReplyTextRole});
            }
        }
    }
}

std::optional<ChatMessage> MessageListModel::message(const QString &messageId) const
{
    for (const ChatMessage &m : m_rows)
        if (m.messageId == messageId)
            return m;
    return std::nullopt;
}

bool MessageListModel::isPictureName(const QString &fileName)
{
    // By its extension only: nothing is read to decide.
    static const QMimeDatabase mimes;
    return mimes.mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name().startsWith(QLatin1String("image/"));
}

bool MessageListModel::isPicture(const Hearth::ChatMessage &m)
{
    // Its type when the sender gave one (Hearth does; the link's name is
    // random), else the link's name (Conversations keeps the extension).
    return m.attachmentType.startsWith(QLatin1String("image/")) || isPictureName(QUrl(m.attachmentUrl).fileName());
}

bool MessageListModel::showsInline(const QString &link) const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [&](const Hearth::ChatMessage &m) { return m.attachmentUrl == link && isPicture(m); });
}

void MessageListModel::setDecryptedFile(const QString &link, const QString &path)
{
    m_decryptedFiles.insert(link, path);
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).attachmentUrl == link)
            Q_EMIT dataChanged(index(row), index(row), {ImageRole, EncryptedPictureRole});
}

void MessageListModel::setChat(const QString &jid)
{
    ++m_generation;
    beginResetModel();
    m_chat = jid;
    m_reveal = 0;
    m_rows.clear();
    m_cursor = {};
    m_cacheAtEnd = m_serverAtEnd = jid.isEmpty();
    // Loading already: views (and QAbstractItemModelTester) call fetchMore()
    // from their modelReset handlers, which must not start a second page.
    m_loading = !jid.isEmpty();
    endResetModel();
    Q_EMIT chatChanged();
    Q_EMIT countChanged();
    Q_EMIT loadingChanged();
    if (!jid.isEmpty())
        loadPage();
}

void MessageListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

bool MessageListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_service && !m_chat.isEmpty() && !m_loading && !(m_cacheAtEnd && m_serverAtEnd);
}

void MessageListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_cacheAtEnd) {
        loadPage();
        return;
    }
    // Past the cache: the archive, before the oldest archive id known.
    QString before;
    for (auto it = m_rows.crbegin(); it != m_rows.crend() && before.isEmpty(); ++it)
        before = it->stanzaId;
    setLoading(true);
    m_service->fetchOlder(m_chat, before).then(this, [this, generation = m_generation](int added) {
        if (generation != m_generation)
            return;
        if (added > 0) {
            m_cacheAtEnd = false;
            loadPage();
            return;
        }
        m_serverAtEnd = added == 0; // -1: offline, ask again on the next scroll
        setLoading(false);
    });
}

void MessageListModel::loadPage()
{
    setLoading(true);
    m_service->messages().page(m_service->accountId(), m_chat, m_cursor, kPageSize).then(
        this, [this, generation = m_generation](DbResult<MessagePage> page) {
            if (generation != m_generation)
                return;
            if (!page.ok())
                Q_EMIT loadFailed(tr("The messages could not be read from the cache: %1").arg(page.error));
            // State before signals: views call fetchMore() from rowsInserted.
            m_cacheAtEnd = !page.ok() || page.value.atEnd;
            if (page.ok() && !page.value.messages.isEmpty())
                m_cursor = page.value.next;
            QList<ChatMessage> fresh;
            for (const ChatMessage &m : std::as_const(page.value.messages))
                if (std::none_of(m_rows.cbegin(), m_rows.cend(), [&](const ChatMessage &r) { return r.rowId == m.rowId; }))
                    fresh << m;
            // Still "loading" while the rows go in: a fetchMore() from a
            // rowsInserted handler must not start a page inside this one.
            if (!fresh.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + fresh.size() - 1));
                m_rows += fresh;
                endInsertRows();
                Q_EMIT countChanged();
            }
            setLoading(false);
            continueReveal();
        });
}

void MessageListModel::reveal(qint64 rowId)
{
    m_reveal = rowId;
    if (!m_loading)
        continueReveal();
}

void MessageListModel::continueReveal()
{
    if (m_reveal == 0)
        return;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).rowId == m_reveal) {
            m_reveal = 0;
            Q_EMIT revealed(row, true);
            return;
        }
    }
    // Keyset pages of the cache, one after the other, without the network.
    if (!m_cacheAtEnd && m_rows.size() < kRevealLimit) {
        loadPage();
        return;
    }
    m_reveal = 0;
    Q_EMIT revealed(-1, false);
}

void MessageListModel::onAdded(const QList<ChatMessage> &messages)
{
    QList<ChatMessage> mine;
    for (const ChatMessage &m : messages)
        if (m.chatJid == m_chat)
            mine << m;
    if (mine.isEmpty())
        return;
    std::sort(mine.begin(), mine.end(), [](const ChatMessage &a, const ChatMessage &b) { return a.stamp < b.stamp; });
    const QDateTime newest = m_rows.isEmpty() ? QDateTime() : m_rows.constFirst().stamp;
    if (newest.isValid() && mine.constFirst().stamp < newest) {
        setChat(m_chat); // older history arrived in between: read the newest page again
        return;
    }
    bool incoming = false;
    for (const ChatMessage &m : std::as_const(mine)) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(m);
        endInsertRows();
        incoming = incoming || !m.outgoing;
    }
    Q_EMIT countChanged();
    if (incoming)
        Q_EMIT incomingArrived();
}

void MessageListModel::onStateChanged(const QString &chatJid, const QString &messageId, ChatMessage::State state)
{
    if (chatJid != m_chat)
        return;
    for (int i = 0; i < m_rows.size(); ++i) {
        ChatMessage &m = m_rows[i];
        // Forward only, except a pending message that could not be sent.
        const bool failed = state == ChatMessage::State::Failed && m.state == ChatMessage::State::Pending;
        if (m.outgoing && (m.messageId == messageId || m.originId == messageId) && (int(m.state) < int(state) || failed)) {
            m.state = state;
            Q_EMIT dataChanged(index(i), index(i), {StateRole});
        }
    }
}

std::optional<ChatMessage> MessageListModel::newestIncoming() const
{
    for (const ChatMessage &m : m_rows)
        if (!m.outgoing)
            return m;
    return std::nullopt;
}

void MessageListModel::refreshRoomRoles()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {InRoomRole, MentionRole, SenderNameRole});
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatMessage &m = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return m.messageId;
    case BodyRole:
        // A shared file's message is its URL: the card shows it.
        return !m.attachmentUrl.isEmpty() && m.body == m.attachmentUrl ? QString() : MessageStyling::toHtml(m.body);
    case PlainBodyRole:
        return m.body;
    case OutgoingRole:
        return m.outgoing;
    case TimeRole:
        return m.stamp.toLocalTime();
    case StateRole:
        return int(m.state);
    case SenderNameRole:
        return m_authors.nameOf(m.sender);
    case EditedRole:
        return m.edited;
    case ImportedRole:
        return m.imported;
    case EncryptedRole:
        return m.encryption != Hearth::ChatMessage::Encryption::None && m.undecryptable == Hearth::ChatMessage::Undecryptable::No;
    case UndecryptableRole:
        switch (m.undecryptable) {
        case Hearth::ChatMessage::Undecryptable::NotForThisDevice:
            return tr("This encrypted message could not be decrypted on this device: it was not encrypted for it, or the secure "
                      "session with the sender's device is missing.");
        case Hearth::ChatMessage::Undecryptable::OtherVersion:
            return tr("This message is encrypted with an older OMEMO version (0.3) that this device cannot read.");
        case Hearth::ChatMessage::Undecryptable::Broken:
            return tr("This encrypted message could not be decrypted: it is damaged, or the secure session with the "
                      "sender's device broke. Ask the sender to send it again.");
        case Hearth::ChatMessage::Undecryptable::Untrusted:
            return tr("This encrypted message was not decrypted: it came from a device of the sender whose key changed. "
                      "Compare the sender's fingerprints on their profile.");
        case Hearth::ChatMessage::Undecryptable::No:
            break;
        }
        return QString();
    case TruncatedRole:
        return m.truncated;
    case AttachmentRole:
        return m.attachmentUrl;
    case RetractedRole:
        return m.retracted;
    case ImageRole: {
        if (Hearth::EncryptedFile::isLink(m.attachmentUrl)) {
            const QString decrypted = m_decryptedFiles.value(m.attachmentUrl);
            return !decrypted.isEmpty() && isPicture(m) ? QUrl::fromLocalFile(decrypted) : QUrl();
        }
        const QUrl url(m.attachmentUrl);
        return m.attachmentType.startsWith(QLatin1String("image/")) && WebUrls::isShowable(url) ? url : QUrl();
    }
    case EncryptedPictureRole:
        return Hearth::EncryptedFile::isLink(m.attachmentUrl) && !m_decryptedFiles.contains(m.attachmentUrl) && isPicture(m);
    case FileNameRole:
        return m.isSharedPost() ? QString() : QUrl(m.attachmentUrl).fileName();
    case SharedPostRole:
        return m.isSharedPost() ? m.attachmentUrl : QString();
    case ReactionsRole: {
        QVariantList list;
        const QString own = m_service ? m_service->ownJid() : QString();
        for (const MessageReaction &r : m.reactions) {
            QStringList who;
            for (const QString &sender : r.senders)
                who << m_authors.nameOf(sender);
            list << QVariantMap{{QStringLiteral("emoji"), r.emoji},
                                {QStringLiteral("count"), int(r.senders.size())},
                                {QStringLiteral("mine"), r.senders.contains(own)},
                                {QStringLiteral("who"), who.join(QStringLiteral(", "))}};
        }
        return list;
    }
    case ReplyToRole:
        return m.replyTo;
    case ReplySenderRole:
        return m.replySender.isEmpty() ? QString() : m_authors.nameOf(m.replySender);
    case RichRole:
        return MessageStyling::mayStyle(m.body);
    case InRoomRole:
        return m_service && m_service->isRoom(m.chatJid);
    case MentionRole:
        return m_service && !m.outgoing && m_service->isRoom(m.chatJid) && Mentions::mentions(m.body, m_service->roomNick(m.chatJid));
    case ReplyTextRole:
        return (m.replyBody.isEmpty() ? m.replyQuote : m.replyBody).left(160);
    }
    return {};
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    return {{IdRole, "messageId"},      {BodyRole, "body"},   {PlainBodyRole, "plainBody"}, {OutgoingRole, "outgoing"},
            {TimeRole, "time"},         {StateRole, "state"}, {SenderNameRole, "senderName"}, {EditedRole, "edited"},
            {TruncatedRole, "truncated"}, {AttachmentRole, "attachment"},
            {RetractedRole, "retracted"}, {ImageRole, "image"}, {EncryptedPictureRole, "encryptedPicture"}, {FileNameRole, "fileName"},
            {SharedPostRole, "sharedPost"}, {ReactionsRole, "reactions"}, {ReplyToRole, "replyTo"},
            {ReplySenderRole, "replySender"}, {ReplyTextRole, "replyText"}, {InRoomRole, "inRoom"}, {MentionRole, "mention"},
            {RichRole, "rich"},         {ImportedRole, "imported"}, {EncryptedRole, "encrypted"},
            {UndecryptableRole, "undecryptable"}};
}
