#include "ChatService.h"

#include "../Account.h"
#include "../Logging.h"
#include "../Promises.h"
#include "ChatStanzas.h"
#include "MessageArchive.h"
#include "../e2ee/E2eeService.h"
#include "../upload/EncryptedFile.h"

#include <QUrl>
#include <QXmppClient.h>
#include <QXmppE2eeExtension.h>
#include <QXmppError.h>
#include <QXmppE2eeMetadata.h>
#include <QXmppMessage.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
const QString kArchiveLastKey = QStringLiteral("chat.archive-last");
// The mark of a catch-up that found the archive empty: the next one reads
// it from its start (everything in it came after).
const QString kArchiveStart = QStringLiteral("#start");
const QString kRoomArchiveKey = QStringLiteral("room.archive-last:%1");
constexpr int kFirstRoomHistory = 50;
}

ChatService::ChatService(Database *db, Account *account, QObject *parent)
    : QObject(parent), m_account(account), m_store(db), m_state(db)
{
    QXmppClient *client = account->client();
    connect(client, &QXmppClient::messageReceived, this, &ChatService::onMessage);
    connect(account, &Account::sessionStarted, this, &ChatService::onSessionStarted);
    if (auto *receipts = client->findExtension<QXmppMessageReceiptManager>()) {
        connect(receipts, &QXmppMessageReceiptManager::messageDelivered, this, [this](const QString &jid, const QString &id) {
            advance(QXmppUtils::jidToBareJid(jid), id, ChatMessage::State::Delivered);
        });
    }
}

void ChatService::setAccountId(qint64 id, const QString &ownJid)
{
    m_accountId = id;
    m_ownJid = QXmppUtils::jidToBareJid(ownJid);
}

void ChatService::onMessage(const QXmppMessage &stanza)
{
    if (m_accountId <= 0)
        return;
    // Chat states of the other side (not of the user's other clients).
    const QString from = QXmppUtils::jidToBareJid(stanza.from());
    if (stanza.type() == QXmppMessage::Chat && stanza.state() != QXmppMessage::None && from != m_ownJid)
        Q_EMIT composingChanged(from, stanza.state() == QXmppMessage::Composing && stanza.body().isEmpty());
    // A read marker for one of the user's messages.
    if (stanza.marker() == QXmppMessage::Displayed && !stanza.markedId().isEmpty())
        advance(QXmppUtils::jidToBareJid(stanza.from()), stanza.markedId(), ChatMessage::State::Displayed);
    else if (stanza.marker() == QXmppMessage::Received && !stanza.markedId().isEmpty())
        advance(QXmppUtils::jidToBareJid(stanza.from()), stanza.markedId(), ChatMessage::State::Delivered);
    if (stanza.type() == QXmppMessage::GroupChat) {
        // Only from rooms the user is in; the room's stanza-id is the archive id.
        if (isRoom(from))
            if (auto message = ChatStanzas::fromGroupStanza(stanza, roomNick(from))) {
                markUndecrypted(*message, stanza);
                store({*message});
            }
        return;
    }
    // A live message QXmpp could not decrypt (even an empty key exchange):
    // the session with that sender is rebuilt, or it stays broken.
    if (auto *e2ee = m_account->client()->encryptionExtension(); m_e2ee && e2ee && !stanza.e2eeMetadata() && e2ee->isEncrypted(stanza))
        m_e2ee->repairSessionsWith(from);
    if (auto message = ChatStanzas::fromStanza(stanza, m_ownJid)) {
        markUndecrypted(*message, stanza);
        store({privately(*message, stanza)});
    }
}

void ChatService::markUndecrypted(ChatMessage &m, const QXmppMessage &stanza) const
{
    // Still encrypted after QXmpp tried (a session it could not build, a
    // message not encrypted for this device): say so, never the fallback.
    if (m.encryption != ChatMessage::Encryption::None || stanza.e2eeMetadata())
        return;
    auto *e2ee = m_account->client()->encryptionExtension();
    if (!e2ee || !e2ee->isEncrypted(stanza))
        return;
    m.encryption = ChatMessage::Encryption::Omemo2;
    m.undecryptable = ChatMessage::Undecryptable::NotForThisDevice;
    m.body.clear();
    m.replaces.clear();
    m.reactsTo.clear();
    m.retracts.clear();
    m.edited = false;
    m.attachmentUrl.clear();
    m.attachmentType.clear();
}

bool ChatService::encrypts(const QString &chatJid) const
{
    // A room's messages are encrypted when it is a private group (E2eeService
    // knows which are); sending encrypted to another room fails visibly.
    return m_e2ee && m_e2ee->encrypts(chatJid);
}

ChatMessage::Encryption ChatService::encryptionFor(const QString &chatJid) const
{
    return m_e2ee && m_e2ee->usesLegacy(chatJid) ? ChatMessage::Encryption::Omemo : ChatMessage::Encryption::Omemo2;
}

QXmppTask<QXmpp::SendResult> ChatService::dispatch(QXmppMessage &&stanza, bool encrypted)
{
    if (encrypted && m_e2ee)
        return m_e2ee->sendEncrypted(std::move(stanza));
    if (encrypted)
        return m_account->client()->sendSensitive(std::move(stanza));
    return m_account->client()->send(std::move(stanza));
}

void ChatService::sendAmendment(QXmppMessage &&stanza, bool encrypted)
{
    // Applied here already; one that could not go out (offline, or not
    // encryptable) is said, never sent in the clear instead.
    dispatch(std::move(stanza), encrypted).then(this, [this](QXmpp::SendResult result) {
        if (const auto *error = std::get_if<QXmppError>(&result)) {
            qCWarning(lcChat) << "correction, reaction or retraction not sent:" << error->description;
            Q_EMIT errorOccurred(tr("A correction, reaction or deletion could not be sent: %1").arg(error->description));
        }
    });
}

QString ChatService::conversationOf(const QString &jid) const
{
    // Someone in a room, written to directly: a conversation of its own,
    // kept by their occupant JID (room@service/nick).
    const QString bare = QXmppUtils::jidToBareJid(jid).toLower();
    const QString nick = QXmppUtils::jidToResource(jid);
    return isRoom(bare) && !nick.isEmpty() ? bare + u'/' + nick : bare;
}

ChatMessage ChatService::privately(ChatMessage m, const QXmppMessage &stanza) const
{
    // A known room, or the muc#user mark private messages carry (XEP-0045
    // §7.5; a new cache catches up before it knows the user's rooms).
    if (!isRoom(m.chatJid) && !ChatStanzas::isPrivateRoomMessage(stanza))
        return m;
    const QString other = m.outgoing ? stanza.to() : stanza.from();
    const QString nick = QXmppUtils::jidToResource(other);
    if (nick.isEmpty())
        return m; // the room itself (its service messages)
    m.chatJid = m.chatJid + u'/' + nick;
    m.sender = m.outgoing ? m_ownJid : nick;
    return m;
}

void ChatService::setRoomNick(const QString &room, const QString &nick)
{
    m_roomNicks.insert(room, nick);
}

ChatStanzas::Kind ChatService::kindOf(const QString &chatJid) const
{
    return isRoom(chatJid) ? ChatStanzas::Kind::Group : ChatStanzas::Kind::Direct;
}

QString ChatService::ownSenderIn(const QString &chatJid) const
{
    return isRoom(chatJid) ? roomNick(chatJid) : m_ownJid;
}

QString ChatService::targetIdOf(const ChatMessage &m) const
{
    // The room's id once the room has echoed the message; before, the sender's.
    const QString id = ChatStanzas::referenceId(m, kindOf(m.chatJid));
    return id.isEmpty() ? ChatStanzas::correctionId(m) : id;
}

QFuture<bool> ChatService::store(const QList<ChatMessage> &messages)
{
    // True once every message is in the cache: the archive position may
    // only move past what was stored.
    QList<ChatMessage> plain, amendments;
    for (const ChatMessage &m : messages)
        (m.isAmendment() ? amendments : plain) << m;
    auto ingest = [this](const QList<ChatMessage> &list) -> QFuture<bool> {
        if (list.isEmpty())
            return QtFuture::makeReadyFuture(true);
        return m_store.ingest(m_accountId, list).then(this, [this](DbResult<QList<ChatMessage>> stored) {
            if (!stored.ok()) {
                Q_EMIT errorOccurred(stored.error);
                return false;
            }
            if (!stored.value.isEmpty())
                Q_EMIT messagesAdded(stored.value);
            return true;
        });
    };
    auto promise = startedPromise<bool>();
    ingest(plain).then(this, [this, promise, ingest, amendments](bool plainStored) {
        if (amendments.isEmpty()) {
            fulfil(promise, plainStored);
            return;
        }
        // After the messages they may refer to (the writer keeps the order).
        m_store.amend(m_accountId, amendments).then(this, [this, promise, ingest, plainStored](DbResult<MessageStore::Amended> amended) {
            if (!amended.ok()) {
                Q_EMIT errorOccurred(amended.error);
                fulfil(promise, false);
                return;
            }
            if (!amended.value.changed.isEmpty())
                Q_EMIT messagesChanged(amended.value.changed);
            // A correction of a message Hearth never saw: kept as a message, marked edited.
            QList<ChatMessage> orphans = amended.value.orphans;
            for (ChatMessage &m : orphans)
                m.replaces.clear();
            ingest(orphans).then(this, [promise, plainStored](bool orphansStored) { fulfil(promise, plainStored && orphansStored); });
        });
    });
    return promise->future();
}

void ChatService::correct(const ChatMessage &original, const QString &body)
{
    if (!original.outgoing || original.retracted || body.trimmed().isEmpty())
        return;
    ChatMessage correction = original;
    correction.rowId = 0;
    correction.messageId = correction.originId = QXmppUtils::generateStanzaUuid();
    correction.replaces = ChatStanzas::correctionId(original);
    correction.setBody(body.trimmed());
    correction.encryption = original.encryption == ChatMessage::Encryption::None && !encrypts(original.chatJid)
        ? ChatMessage::Encryption::None : encryptionFor(original.chatJid);
    store({correction});
    sendAmendment(ChatStanzas::correctionStanza(correction, kindOf(original.chatJid)), correction.encryption != ChatMessage::Encryption::None);
}

void ChatService::retract(const ChatMessage &original)
{
    if (!original.outgoing || original.retracted)
        return;
    ChatMessage retraction = original;
    retraction.rowId = 0;
    retraction.retracts = targetIdOf(original);
    store({retraction});
    sendAmendment(ChatStanzas::retractionStanza(original.chatJid, retraction.retracts, tr("This message was retracted."), kindOf(original.chatJid)),
                  original.encryption != ChatMessage::Encryption::None || encrypts(original.chatJid));
}

void ChatService::react(const ChatMessage &target, const QStringList &emojis)
{
    const QString id = targetIdOf(target);
    if (id.isEmpty() || target.retracted)
        return;
    ChatMessage reaction;
    reaction.chatJid = target.chatJid;
    reaction.sender = ownSenderIn(target.chatJid);
    reaction.outgoing = true;
    reaction.stamp = QDateTime::currentDateTimeUtc();
    reaction.reactsTo = id;
    reaction.reactionSet = emojis;
    store({reaction});
    sendAmendment(ChatStanzas::reactionStanza(target.chatJid, id, emojis, kindOf(target.chatJid)),
                  target.encryption != ChatMessage::Encryption::None || encrypts(target.chatJid));
}

void ChatService::toggleReaction(const ChatMessage &target, const QString &emoji)
{
    QStringList mine;
    const QString own = ownSenderIn(target.chatJid);
    for (const MessageReaction &r : target.reactions)
        if (r.senders.contains(own))
            mine << r.emoji;
    if (mine.contains(emoji))
        mine.removeAll(emoji);
    else
        mine << emoji;
    react(target, mine);
}

QFuture<ChatMessage> ChatService::reply(const ChatMessage &target, const QString &body)
{
    ChatMessage local;
    local.chatJid = target.chatJid;
    local.setBody(body);
    local.replyTo = targetIdOf(target);
    // Whom it answers: the occupant's room JID in a room (XEP-0461).
    local.replyToJid = isRoom(target.chatJid) ? target.chatJid + u'/' + target.sender : target.sender;
    local.replyQuote = target.body.left(ChatStanzas::kMaxQuote);
    return sendMessage(local);
}

void ChatService::advance(const QString &chatJid, const QString &messageId, ChatMessage::State state)
{
    m_store.advanceState(m_accountId, chatJid, messageId, state).then(this, [=, this](DbResult<bool> moved) {
        if (moved.value)
            Q_EMIT stateChanged(chatJid, messageId, state);
    });
}

QFuture<ChatMessage> ChatService::send(const QString &chatJid, const QString &body)
{
    ChatMessage local;
    local.chatJid = conversationOf(chatJid);
    local.setBody(body);
    return sendMessage(local);
}

QFuture<ChatMessage> ChatService::sendFile(const QString &chatJid, const QUrl &url, const QString &mimeType)
{
    ChatMessage local;
    local.chatJid = conversationOf(chatJid);
    local.setBody(url.toString());
    local.attachmentUrl = url.toString();
    local.attachmentType = mimeType;
    if (EncryptedFile::isLink(local.attachmentUrl) && m_e2ee && (!isRoom(local.chatJid) || m_e2ee->isPrivateGroup(local.chatJid)))
        m_e2ee->setMode(local.chatJid, E2eeService::Mode::On);
    return sendMessage(local);
}

QFuture<ChatMessage> ChatService::sharePost(const QString &chatJid, const QString &postUri, const QString &title)
{
    ChatMessage local;
    local.chatJid = conversationOf(chatJid);
    local.setBody(title.isEmpty() ? tr("Shared a post") : tr("Shared a post: %1").arg(title));
    local.attachmentUrl = postUri;
    local.attachmentType = QString::fromLatin1(ChatMessage::kSharedPostType);
    return sendMessage(local);
}

QList<ChatMessage> ChatService::messagesOf(const MessageArchive::Page &page, const QString &archive) const
{
    QList<ChatMessage> messages;
    for (const auto &archived : page.messages)
        if (auto m = isRoom(archive) ? ChatStanzas::fromGroupStanza(archived.message, roomNick(archive), archived.archiveId, archived.stamp)
                                          : ChatStanzas::fromStanza(archived.message, m_ownJid, archived.archiveId, archived.stamp)) {
            markUndecrypted(*m, archived.message);
            messages << (isRoom(archive) ? *m : privately(*m, archived.message));
        }
    return messages;
}

QFuture<ChatMessage> ChatService::sendMessage(ChatMessage local)
{
    local.sender = ownSenderIn(local.chatJid);
    local.outgoing = true;
    local.state = ChatMessage::State::Pending;
    local.stamp = QDateTime::currentDateTimeUtc();
    // Movim's ids: @id and origin-id the same UUID (MOVIM-WIRE §2.8).
    local.messageId = local.originId = QXmppUtils::generateStanzaUuid();
    if (encrypts(local.chatJid)) {
        local.encryption = encryptionFor(local.chatJid);
        // Once a conversation has gone encrypted it stays so, even if the
        // contact's device list is missing for a while (as Conversations).
        if (m_e2ee->mode(local.chatJid) == E2eeService::Mode::Automatic)
            m_e2ee->setMode(local.chatJid, E2eeService::Mode::On);
    }

    auto promise = startedPromise<ChatMessage>();
    m_store.ingest(m_accountId, {local}).then(this, [this, promise, local](DbResult<QList<ChatMessage>> stored) {
        if (!stored.ok() || stored.value.isEmpty()) {
            Q_EMIT errorOccurred(stored.error);
            fulfil(promise, local);
            return;
        }
        const ChatMessage saved = stored.value.constFirst();
        Q_EMIT messagesAdded(stored.value);
        transmit(saved);
        fulfil(promise, saved);
    });
    return promise->future();
}

void ChatService::transmit(const ChatMessage &saved, std::function<void(bool)> done)
{
    // Kept in the cache first; a message the stream could not take is
    // Failed (shown with Retry) and sent again at the next session.
    QXmppMessage stanza = ChatStanzas::stanzaFor(saved, kindOf(saved.chatJid));
    // An encrypted message that cannot be encrypted (no device, no trusted
    // key, the manager not ready) fails here: it is never sent in the clear.
    dispatch(std::move(stanza), saved.encryption != ChatMessage::Encryption::None).then(this, [this, saved, done](QXmpp::SendResult result) {
        const bool sent = !std::holds_alternative<QXmppError>(result);
        if (sent) {
            advance(saved.chatJid, saved.messageId, ChatMessage::State::Sent);
        } else {
            qCWarning(lcChat) << "message to" << saved.chatJid << "not sent:" << std::get<QXmppError>(result).description;
            m_store.markFailed(m_accountId, saved.chatJid, saved.messageId).then(this, [this, saved](DbResult<bool> failed) {
                if (failed.value)
                    Q_EMIT stateChanged(saved.chatJid, saved.messageId, ChatMessage::State::Failed);
            });
        }
        if (done)
            done(sent);
    });
}

void ChatService::resend(const ChatMessage &message, std::function<void(bool)> done)
{
    if (!message.outgoing || message.state != ChatMessage::State::Failed) {
        if (done)
            done(false);
        return;
    }
    m_store.advanceState(m_accountId, message.chatJid, message.messageId, ChatMessage::State::Pending)
        .then(this, [this, message, done](DbResult<bool> moved) {
            if (!moved.value) {
                if (done)
                    done(false);
                return;
            }
            Q_EMIT stateChanged(message.chatJid, message.messageId, ChatMessage::State::Pending);
            transmit(message, done);
        });
}

void ChatService::resendUnsent()
{
    // What was written while offline or lost with the last stream, in the
    // order it was written. Rooms need their join first: Retry there.
    m_store.unsent(m_accountId).then(this, [this](DbResult<QList<ChatMessage>> unsent) {
        QList<ChatMessage> queue;
        for (const ChatMessage &m : std::as_const(unsent.value)) {
            if (!isRoom(m.chatJid))
                queue << m;
        }
        if (queue.isEmpty())
            return;
        qCInfo(lcChat) << "sending" << queue.size() << "messages written before this session";
        resendNext(std::make_shared<QList<ChatMessage>>(queue));
    });
}

void ChatService::resendNext(const std::shared_ptr<QList<ChatMessage>> &queue)
{
    // One after the other: the order they were written in.
    if (queue->isEmpty() || !Account::hasSession(m_account->client()))
        return;
    const ChatMessage m = queue->takeFirst();
    const auto next = [this, queue](bool) { resendNext(queue); };
    if (m.state == ChatMessage::State::Failed)
        resend(m, next);
    else
        transmit(m, next);
}

void ChatService::setComposing(const QString &chatJid, bool composing)
{
    if (!Account::hasSession(m_account->client()) || isRoom(chatJid))
        return;
    QXmppMessage state(QString(), chatJid);
    state.setType(QXmppMessage::Chat);
    state.setState(composing ? QXmppMessage::Composing : QXmppMessage::Paused);
    m_account->client()->send(std::move(state));
}

void ChatService::markDisplayed(const ChatMessage &message)
{
    (void)m_store.markRead(m_accountId, message.chatJid, message.messageId);
    // Rooms: read locally only (no marker to every occupant).
    if (message.outgoing || message.messageId.isEmpty() || isRoom(message.chatJid) || !Account::hasSession(m_account->client()))
        return;
    QXmppMessage marker(QString(), message.chatJid);
    marker.setType(QXmppMessage::Chat);
    marker.setMarker(QXmppMessage::Displayed);
    marker.setMarkerId(message.messageId);
    m_account->client()->send(std::move(marker));
}

QFuture<int> ChatService::fetchOlder(const QString &chatJid, const QString &beforeArchiveId)
{
    return fetchArchivePage(chatJid, beforeArchiveId).then(this, [](const ArchivePage &page) {
        return page.error.isEmpty() ? page.stored : -1; // -1: ask again later
    });
}

QFuture<ChatService::ArchivePage> ChatService::fetchArchivePage(const QString &chatJid, const QString &beforeArchiveId)
{
    auto promise = startedPromise<ArchivePage>();
    MessageArchive::Range range;
    range.max = kArchivePage;
    range.before = beforeArchiveId; // empty: the newest page of this chat
    // A room's history is the room's own archive; a contact's, the user's filtered by them.
    const bool room = !chatJid.isEmpty() && isRoom(chatJid);
    const QString archive = room ? chatJid : QString();
    m_account->client()->findExtension<MessageArchive>()->query(archive, room ? QString() : chatJid, range).then(this, [=, this](MessageArchive::Page page) {
        if (!page.error.isEmpty()) {
            qCInfo(lcChat).noquote() << "older messages with" << (chatJid.isEmpty() ? QStringLiteral("anyone") : chatJid) << "not fetched:" << page.error;
            fulfil(promise, ArchivePage{0, {}, false, page.error});
            return;
        }
        QList<ChatMessage> messages, amendments;
        for (const ChatMessage &m : messagesOf(page, archive))
            (m.isAmendment() ? amendments : messages) << m;
        const ArchivePage outcome{0, page.first, page.complete || page.messages.isEmpty(), {}};
        m_store.ingest(m_accountId, messages).then(this, [this, promise, amendments, found = outcome](DbResult<QList<ChatMessage>> stored) {
            ArchivePage outcome = found;
            if (!stored.value.isEmpty())
                Q_EMIT messagesAdded(stored.value);
            store(amendments); // once the messages they refer to are in
            if (!stored.ok())
                outcome.error = stored.error;
            outcome.stored = int(stored.value.size());
            fulfil(promise, outcome);
        });
    });
    return promise->future();
}

void ChatService::onSessionStarted(bool resumed)
{
    if (resumed)
        return; // XEP-0198 replayed what a resumed session missed
    m_caughtUp = false;
    m_roomsCaughtUp.clear();
    resendUnsent();
    catchUp();
}

void ChatService::catchUp()
{
    if (m_catchingUp || m_accountId <= 0)
        return;
    m_catchingUp = true;
    m_catchUpStoreFailed = false;
    Q_EMIT catchingUpChanged();
    m_state.value(m_accountId, kArchiveLastKey).then(this, [this](DbResult<QVariant> last) {
        catchUpFrom(last.value.toString());
    });
}

void ChatService::catchUpFrom(const QString &after)
{
    MessageArchive::Range range;
    range.max = after.isEmpty() ? kFirstCatchUp : kArchivePage;
    if (after.isEmpty())
        range.before = QString(); // a new cache: the newest page first, and no more
    else if (after != kArchiveStart)
        range.after = after;      // (else from the archive's first page)
    auto position = std::make_shared<QString>(after); // the newest id read so far
    auto pages = std::make_shared<int>(0);
    const int maxPages = after.isEmpty() ? 1 : kMaxCatchUpPages;
    // Pages are stored kStoreBatch messages at a time (one transaction
    // each: far cheaper than one per page), then where the next catch-up
    // starts: the writer keeps that order, so the mark never passes
    // messages not stored. A part that could not be stored keeps the
    // position where it was for the rest of this catch-up: the next one
    // fetches it again.
    auto flush = [this](const QString &newest) {
        return store(std::exchange(m_catchUpBuffer, {})).then(this, [this, newest](bool stored) {
            if (!stored && !m_catchUpStoreFailed)
                qCWarning(lcChat) << "archive position kept: messages could not be stored";
            m_catchUpStoreFailed = m_catchUpStoreFailed || !stored;
            if (!m_catchUpStoreFailed && !newest.isEmpty())
                (void)m_state.setValue(m_accountId, kArchiveLastKey, newest);
        });
    };
    auto *archive = m_account->client()->findExtension<MessageArchive>();
    archive->readOn({}, range, maxPages, [=, this](const MessageArchive::Page &page, bool last) {
        auto finish = [this] {
            m_catchingUp = false;
            m_caughtUp = true;
            Q_EMIT catchingUpChanged();
        };
        if (!page.error.isEmpty()) {
            qCWarning(lcChat).noquote() << "archive catch-up stopped:" << page.error;
            flush(*position).then(this, finish);
            return;
        }
        ++*pages;
        m_catchUpBuffer += messagesOf(page, {});
        // The newest id seen is where the next catch-up starts; an archive
        // found empty is read from its start next time (not as a new
        // cache's, which would take its newest page only).
        if (!page.last.isEmpty())
            *position = page.last;
        else if (position->isEmpty())
            *position = kArchiveStart;
        if (!last) {
            if (m_catchUpBuffer.size() >= kStoreBatch)
                flush(*position);
            return;
        }
        // Caught up once the last part is in the cache.
        flush(*position).then(this, [finish, pages] {
            qCInfo(lcChat) << "archive caught up:" << *pages << "pages";
            finish();
        });
    });
}

void ChatService::catchUpRoom(const QString &room)
{
    // From the last archive id seen in the room; a room new to the cache
    // brings its newest messages, already read.
    const QString key = kRoomArchiveKey.arg(room);
    m_state.value(m_accountId, key).then(this, [=, this](DbResult<QVariant> last) {
        const QString after = last.value.toString();
        MessageArchive::Range range;
        range.max = after.isEmpty() ? kFirstRoomHistory : kArchivePage;
        if (after.isEmpty())
            range.before = QString();
        else
            range.after = after;
        auto position = std::make_shared<QString>(after);
        auto lost = std::make_shared<bool>(false);
        auto *archive = m_account->client()->findExtension<MessageArchive>();
        archive->readOn(room, range, after.isEmpty() ? 1 : kMaxCatchUpPages, [=, this](const MessageArchive::Page &page, bool last) {
            if (!page.error.isEmpty()) {
                qCInfo(lcChat).noquote() << "room history of" << room << "not fetched:" << page.error;
            } else {
                const QList<ChatMessage> messages = messagesOf(page, room);
                if (!page.last.isEmpty())
                    *position = page.last;
                // A page that could not be stored keeps the position before
                // it (the writer stores in order): the next catch-up reads it again.
                store(messages).then(this, [this, key, lost, newest = *position](bool stored) {
                    *lost = *lost || !stored;
                    if (!*lost && !newest.isEmpty())
                        (void)m_state.setValue(m_accountId, key, newest);
                });
                if (after.isEmpty() && !messages.isEmpty())
                    (void)m_store.markRead(m_accountId, room, messages.constLast().messageId);
            }
            if (!last)
                return;
            m_roomsCaughtUp.insert(room);
            Q_EMIT roomCaughtUp(room);
        });
    });
}

} // namespace Hearth
