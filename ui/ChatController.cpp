#include "ChatController.h"

#include "ChatListModel.h"
#include "Links.h"
#include "MessageListModel.h"
#include "Logging.h"
#include "Account.h"
#include "chat/ChatService.h"
#include "upload/EncryptedFile.h"
#include "upload/FileUpload.h"
#include "upload/UploadService.h"

#include <QDesktopServices>

using namespace Hearth;

ChatController::ChatController(ChatService *service, QObject *parent)
    : QObject(parent), m_service(service), m_chats(new ChatListModel(this)), m_messages(new MessageListModel(this))
{
    m_chats->setService(service);
    m_messages->setService(service);
    connect(service, &ChatService::errorOccurred, this, &ChatController::failed);
    connect(m_chats, &ChatListModel::loadFailed, this, &ChatController::failed);
    connect(m_messages, &MessageListModel::loadFailed, this, &ChatController::failed);
    // Reading the open chat as messages come in.
    connect(m_messages, &MessageListModel::incomingArrived, this, &ChatController::markLatestDisplayed);
    connect(service, &ChatService::composingChanged, this, [this](const QString &jid, bool composing) {
        if (jid == currentChat() && composing != m_peerComposing) {
            m_peerComposing = composing;
            Q_EMIT peerComposingChanged();
        }
    });
    // A message from them ends their typing.
    connect(m_messages, &MessageListModel::incomingArrived, this, [this] {
        if (m_peerComposing) {
            m_peerComposing = false;
            Q_EMIT peerComposingChanged();
        }
    });
    // A room's name comes with the list.
    // A room's name comes from the chats list: each load may bring it (a
    // chat opened before the list was read shows it then).
    connect(m_chats, &ChatListModel::countChanged, this, &ChatController::peopleChanged);
    m_paused.setSingleShot(true);
    m_paused.setInterval(5000);
    connect(&m_paused, &QTimer::timeout, this, [this] {
        if (m_composing && !currentChat().isEmpty())
            m_service->setComposing(currentChat(), false);
        m_composing = false;
    });
}

void ChatController::sendFiles(const QList<QUrl> &files)
{
    const QString chat = currentChat();
    if (chat.isEmpty())
        return;
    for (const QUrl &file : files) {
        // In an encrypted conversation the file is encrypted too (XEP-0454).
        FileUpload *upload = m_service->account()->uploads()->upload(file.isLocalFile() ? file.toLocalFile() : file.toString(), this,
                                                                     m_service->encrypts(chat));
        m_uploads << upload;
        connect(upload, &FileUpload::progressChanged, this, &ChatController::uploadsChanged);
        auto done = [this, upload, chat] {
            m_uploads.removeAll(upload);
            if (upload->state() == FileUpload::State::Done)
                (void)m_service->sendFile(chat, upload->url(), upload->mimeType());
            else if (upload->state() == FileUpload::State::Failed)
                Q_EMIT failed(tr("%1 was not sent: %2").arg(upload->fileName(), upload->error()));
            upload->deleteLater();
            Q_EMIT uploadsChanged();
        };
        if (upload->isFinished())
            done();
        else
            connect(upload, &FileUpload::finished, this, done);
    }
    Q_EMIT uploadsChanged();
}

void ChatController::openAttachment(const QString &url)
{
    if (!Hearth::EncryptedFile::isLink(url)) {
        Links::open(url);
        return;
    }
    // Decrypted once, then opened from this machine.
    const QString decrypted = m_messages->decryptedFile(url);
    if (!decrypted.isEmpty()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(decrypted));
        return;
    }
    m_service->account()->uploads()->fetchEncrypted(url, m_filesDirectory).then(this, [this, url](Hearth::UploadService::Fetched fetched) {
        if (!fetched.error.isEmpty()) {
            Q_EMIT failed(fetched.error);
            return;
        }
        m_messages->setDecryptedFile(url, fetched.path);
        // A picture now shows in its message; another file opens.
        if (!m_messages->showsInline(url))
            QDesktopServices::openUrl(QUrl::fromLocalFile(fetched.path));
    });
}

void ChatController::sharePost(const QString &jid, const QString &postUri, const QString &title)
{
    startChat(jid);
    (void)m_service->sharePost(currentChat(), postUri, title);
}

QString ChatController::uploadStatus() const
{
    QStringList parts;
    for (const auto &upload : m_uploads)
        if (upload)
            parts << tr("Sending %1 (%2 %)").arg(upload->fileName()).arg(qRound(upload->progress() * 100));
    return parts.join(QStringLiteral(" · "));
}

void ChatController::typing()
{
    if (currentChat().isEmpty())
        return;
    if (!m_composing)
        m_service->setComposing(currentChat(), true);
    m_composing = true;
    m_paused.start();
}

void ChatController::setAuthors(const PostPresenter::Authors &authors)
{
    m_authors = authors;
    m_chats->setAuthors(authors);
    m_messages->setAuthors(authors);
}

void ChatController::accountOpened()
{
    m_chats->reload();
    if (!currentChat().isEmpty())
        openChat(currentChat(), m_draft); // opened (--chat) before the account was known
}

void ChatController::refreshPeople()
{
    m_chats->peopleChanged();
    Q_EMIT peopleChanged();
}

QString ChatController::currentChat() const
{
    return m_messages->chatJid();
}

QString ChatController::currentName() const
{
    const QString jid = currentChat();
    if (jid.isEmpty())
        return {};
    // Someone written to privately in a room.
    if (jid.contains(u'/'))
        return tr("%1 (in %2)").arg(jid.section(u'/', 1), jid.section(u'@', 0, 0));
    // A room by its name (from the chats list), else its address's local part.
    if (isRoom(jid)) {
        const QString name = m_chats->storedName(jid);
        return name.isEmpty() ? jid.section(u'@', 0, 0) : name;
    }
    return m_authors.nameOf(jid);
}

bool ChatController::isRoom(const QString &jid) const
{
    return m_service->isRoom(jid);
}

void ChatController::setMuted(const QString &jid, bool muted)
{
    if (isRoom(jid)) {
        Q_EMIT roomMuteRequested(jid, muted);
        return;
    }
    m_service->messages().setMuted(m_service->accountId(), jid, muted).then(this, [this](DbStatus) { m_chats->reload(); });
}

void ChatController::reloadList()
{
    m_chats->reload();
}

QString ChatController::currentAvatar() const
{
    return currentChat().isEmpty() ? QString() : m_authors.avatarOf(currentChat());
}

void ChatController::openChat(const QString &jid, const QString &draft)
{
    m_draft = draft;
    m_composing = false;
    m_paused.stop();
    if (m_peerComposing) {
        m_peerComposing = false;
        Q_EMIT peerComposingChanged();
    }
    // Bare JIDs are case-insensitive; a room occupant's nickname is not.
    m_messages->setChat(m_service->conversationOf(jid.trimmed()));
    Q_EMIT currentChatChanged();
    Q_EMIT peopleChanged();
    // Once the first page is in.
    auto once = std::make_shared<QMetaObject::Connection>();
    *once = connect(m_messages, &MessageListModel::loadingChanged, this, [this, once] {
        if (m_messages->loading())
            return;
        disconnect(*once);
        if (m_service->accountId() > 0)
            qCInfo(lcChat).noquote() << "showing chat" << currentChat() << "with" << m_messages->rowCount() << "messages";
        markLatestDisplayed();
    });
}

void ChatController::startChat(const QString &jid)
{
    QString draft;
    openChat(jid, draft);
    Q_EMIT showRequested();
}

void ChatController::startChatAt(const QString &jid, qint64 messageRow)
{
    startChat(jid);
    if (messageRow > 0)
        m_messages->reveal(messageRow);
}

QString ChatController::neighbourChat(int step, bool unreadOnly) const
{
    const int rows = m_chats->rowCount();
    if (rows == 0 || step == 0)
        return {};
    int current = -1;
    for (int row = 0; row < rows; ++row) {
        if (m_chats->data(m_chats->index(row), ChatListModel::JidRole).toString().compare(currentChat(), Qt::CaseInsensitive) == 0) {
            current = row;
            break;
        }
    }
    const int direction = step > 0 ? 1 : -1;
    int row = current < 0 ? (direction > 0 ? -1 : rows) : current;
    for (int tried = 0; tried < rows; ++tried) {
        row = ((row + direction) % rows + rows) % rows;
        if (row == current)
            break;
        if (!unreadOnly || m_chats->data(m_chats->index(row), ChatListModel::UnreadRole).toInt() > 0)
            return m_chats->data(m_chats->index(row), ChatListModel::JidRole).toString();
    }
    return {};
}

void ChatController::closeChat()
{
    m_messages->setChat({});
    Q_EMIT currentChatChanged();
    Q_EMIT peopleChanged();
}

void ChatController::send(const QString &text)
{
    const QString body = text.trimmed();
    if (body.isEmpty() || currentChat().isEmpty())
        return;
    m_composing = false; // the message carries "active"
    m_paused.stop();
    (void)m_service->send(currentChat(), body);
    saveDraft({});
}

void ChatController::correct(const QString &messageId, const QString &text)
{
    if (const auto original = m_messages->message(messageId))
        m_service->correct(*original, text);
}

void ChatController::retract(const QString &messageId)
{
    if (const auto original = m_messages->message(messageId))
        m_service->retract(*original);
}

void ChatController::retry(const QString &messageId)
{
    if (const auto target = m_messages->message(messageId))
        m_service->resend(*target);
}

void ChatController::toggleReaction(const QString &messageId, const QString &emoji)
{
    if (const auto target = m_messages->message(messageId))
        m_service->toggleReaction(*target, emoji);
}

void ChatController::reply(const QString &messageId, const QString &text)
{
    const QString body = text.trimmed();
    const auto target = m_messages->message(messageId);
    if (body.isEmpty() || !target)
        return;
    m_composing = false;
    m_paused.stop();
    (void)m_service->reply(*target, body);
    saveDraft({});
}

QStringList ChatController::quickReactions() const
{
    // The set Conversations and Dino offer first.
    return {QStringLiteral("\U0001F44D"), QStringLiteral("\u2764\uFE0F"), QStringLiteral("\U0001F602"), QStringLiteral("\U0001F62E"),
            QStringLiteral("\U0001F622"), QStringLiteral("\U0001F389")};
}

void ChatController::saveDraft(const QString &text)
{
    if (currentChat().isEmpty() || text == m_draft)
        return;
    m_draft = text;
    m_service->messages().setDraft(m_service->accountId(), currentChat(), text).then(this, [this](DbStatus) { m_chats->reload(); });
}

void ChatController::markLatestDisplayed()
{
    if (const auto latest = m_messages->newestIncoming()) {
        m_service->markDisplayed(*latest);
        m_chats->reload();
    }
}
