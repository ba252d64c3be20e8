#include "ChatService.h"

#include "../Account.h"
#include "../Logging.h"
#include "../Promises.h"
#include "MessageArchive.h"

#include <QMimeDatabase>
#include <QUrl>
#include <QXmppClient.h>
#include <QXmppElement.h>
#include <QXmppMessage.h>
#include <QXmppMessageReaction.h>
#include <QXmppMessageReceiptManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
const QString kArchiveLastKey = QStringLiteral("chat.archive-last");
const QString kRetractNs = QStringLiteral("urn:xmpp:message-retract:1");
const QString kReferenceNs = QStringLiteral("urn:xmpp:reference:0");
const QString kReplyNs = QStringLiteral("urn:xmpp:reply:0");
constexpr int kMaxQuote = 300;

// A reply's quote without its "> " marks.
QString unquoted(const QString &fallback)
{
    QStringList lines;
    for (QString line : fallback.split(u'\n')) {
        if (line.startsWith(u'>'))
            line = line.mid(line.startsWith(QLatin1String("> ")) ? 2 : 1);
        lines << line;
    }
    return lines.join(u'\n').trimmed();
}

// A reply's body without its fallback quote, and the quote. The ranges
// count code points (XEP-0426), as Movim writes them; QXmpp 1.10's own
// helper counts UTF-16 units and would cut an emoji in half.
std::pair<QString, QString> splitReplyFallback(const QXmppMessage &stanza)
{
    const QList<uint> body = stanza.body().toUcs4();
    QList<bool> quote(body.size(), false);
    bool any = false;
    for (const QXmppFallback &fallback : stanza.fallbackMarkers()) {
        if (fallback.forNamespace() != kReplyNs)
            continue;
        for (const auto &ref : fallback.references()) {
            if (ref.element != QXmppFallback::Body)
                continue;
            const qsizetype start = ref.range ? qsizetype(ref.range->start) : 0;
            const qsizetype end = ref.range ? std::min(qsizetype(ref.range->end), body.size()) : body.size();
            for (qsizetype i = start; i < end; ++i) {
                quote[i] = true;
                any = true;
            }
        }
    }
    if (!any)
        return {stanza.body(), QString()};
    QList<uint> text, quoted;
    for (qsizetype i = 0; i < body.size(); ++i)
        (quote.at(i) ? quoted : text) << body.at(i);
    return {QString::fromUcs4(reinterpret_cast<const char32_t *>(text.constData()), text.size()),
            QString::fromUcs4(reinterpret_cast<const char32_t *>(quoted.constData()), quoted.size())};
}

// The quote Hearth puts before a reply's text, as Movim does: "> " lines.
QString quoted(const QString &text)
{
    QString cut = text.trimmed();
    if (cut.size() > kMaxQuote)
        cut = cut.left(kMaxQuote) + QStringLiteral("…");
    QStringList lines;
    for (const QString &line : cut.split(u'\n'))
        lines << QStringLiteral("> ") + line;
    return lines.join(u'\n') + u'\n';
}

// An extension element <tag xmlns='ns' attributes…/>.
QXmppElement element(const QString &tag, const QString &ns, const QList<std::pair<QString, QString>> &attributes = {})
{
    QXmppElement e;
    e.setTagName(tag);
    e.setAttribute(QStringLiteral("xmlns"), ns);
    for (const auto &[name, value] : attributes)
        e.setAttribute(name, value);
    return e;
}

// A post's xmpp: URI (service?;node=…;item=…), as Movim references them.
bool isPostUri(const QString &uri)
{
    return uri.startsWith(QLatin1String("xmpp:")) && uri.contains(QLatin1String(";node=")) && uri.contains(QLatin1String(";item="));
}

// The id other clients use to point at a message (MOVIM-WIRE §2.8).
QString referenceId(const ChatMessage &m)
{
    return m.originId.isEmpty() ? m.messageId : m.originId;
}
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

std::optional<ChatMessage> ChatService::fromStanza(const QXmppMessage &stanza, const QString &ownJid, const QString &archiveId,
                                                   const QDateTime &archived)
{
    if (stanza.type() == QXmppMessage::GroupChat || stanza.type() == QXmppMessage::Error || stanza.type() == QXmppMessage::Headline)
        return std::nullopt;
    QString retracts, sharedPost;
    for (const QXmppElement &extension : stanza.extensions()) {
        const QString ns = extension.attribute(QStringLiteral("xmlns"));
        if (extension.tagName() == QLatin1String("retract") && ns == kRetractNs)
            retracts = extension.attribute(QStringLiteral("id"));
        else if (extension.tagName() == QLatin1String("reference") && ns == kReferenceNs
                 && isPostUri(extension.attribute(QStringLiteral("uri"))))
            sharedPost = extension.attribute(QStringLiteral("uri"));
    }
    const auto reaction = stanza.reaction();
    if (stanza.body().isEmpty() && stanza.outOfBandUrl().isEmpty() && retracts.isEmpty() && !reaction)
        return std::nullopt; // receipts, markers, chat states
    const QString own = QXmppUtils::jidToBareJid(ownJid);
    const QString from = QXmppUtils::jidToBareJid(stanza.from());
    ChatMessage m;
    // From the own account (another client, as a carbon or in the archive): sent by the user.
    m.outgoing = from.isEmpty() || from == own;
    m.chatJid = m.outgoing ? QXmppUtils::jidToBareJid(stanza.to()) : from;
    if (m.chatJid.isEmpty() || m.chatJid == own)
        return std::nullopt;
    m.sender = m.outgoing ? own : from;
    m.messageId = stanza.id();
    m.originId = stanza.originId();
    m.stanzaId = archiveId;
    if (m.stanzaId.isEmpty()) {
        // Only the own server's archive id counts; anyone can add a stanza-id.
        for (const auto &id : stanza.stanzaIds())
            if (id.by == own)
                m.stanzaId = id.id;
    }
    m.stamp = archived.isValid() ? archived : stanza.stamp().isValid() ? stanza.stamp() : QDateTime::currentDateTimeUtc();
    m.stamp = m.stamp.toUTC();
    m.state = m.outgoing ? ChatMessage::State::Sent : ChatMessage::State::Received;
    m.replaces = stanza.replaceId();
    m.retracts = retracts;
    m.edited = !m.replaces.isEmpty();
    if (reaction && !reaction->messageId().isEmpty()) {
        m.reactsTo = reaction->messageId();
        m.reactionSet = QStringList(reaction->emojis().cbegin(), reaction->emojis().cend());
    }
    if (const auto reply = stanza.reply(); reply && !reply->id.isEmpty()) {
        // The text without the quote the reply carries for older clients (XEP-0428).
        m.replyTo = reply->id;
        const auto [text, quote] = splitReplyFallback(stanza);
        m.replyQuote = unquoted(quote).left(kMaxQuote);
        m.setBody(text);
    } else {
        m.setBody(stanza.body());
    }
    m.attachmentUrl = stanza.outOfBandUrl();
    if (sharedPost.isEmpty() && isPostUri(m.attachmentUrl))
        sharedPost = m.attachmentUrl;
    if (!sharedPost.isEmpty()) {
        m.attachmentUrl = sharedPost;
        m.attachmentType = QString::fromLatin1(ChatMessage::kSharedPostType);
    } else if (m.attachmentUrl.startsWith(QLatin1String("https:")) || m.attachmentUrl.startsWith(QLatin1String("http:"))) {
        m.attachmentType = QMimeDatabase().mimeTypeForFile(QUrl(m.attachmentUrl).fileName(), QMimeDatabase::MatchExtension).name();
    } else {
        m.attachmentUrl.clear(); // nothing Hearth would open
    }
    return m;
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
    if (auto message = fromStanza(stanza, m_ownJid))
        store({*message});
}

void ChatService::store(const QList<ChatMessage> &messages)
{
    QList<ChatMessage> plain, amendments;
    for (const ChatMessage &m : messages)
        (m.isAmendment() ? amendments : plain) << m;
    auto ingest = [this](const QList<ChatMessage> &list) {
        if (list.isEmpty())
            return;
        m_store.ingest(m_accountId, list).then(this, [this](DbResult<QList<ChatMessage>> stored) {
            if (!stored.ok()) {
                Q_EMIT errorOccurred(stored.error);
                return;
            }
            if (!stored.value.isEmpty())
                Q_EMIT messagesAdded(stored.value);
        });
    };
    ingest(plain);
    if (amendments.isEmpty())
        return;
    // After the messages they may refer to (the writer keeps the order).
    m_store.amend(m_accountId, amendments).then(this, [this, ingest](DbResult<MessageStore::Amended> amended) {
        if (!amended.ok()) {
            Q_EMIT errorOccurred(amended.error);
            return;
        }
        if (!amended.value.changed.isEmpty())
            Q_EMIT messagesChanged(amended.value.changed);
        // A correction of a message Hearth never saw: kept as a message, marked edited.
        QList<ChatMessage> orphans = amended.value.orphans;
        for (ChatMessage &m : orphans)
            m.replaces.clear();
        ingest(orphans);
    });
}

void ChatService::correct(const ChatMessage &original, const QString &body)
{
    if (!original.outgoing || original.retracted || body.trimmed().isEmpty())
        return;
    ChatMessage correction = original;
    correction.rowId = 0;
    correction.messageId = correction.originId = QXmppUtils::generateStanzaUuid();
    correction.replaces = referenceId(original);
    correction.setBody(body.trimmed());
    store({correction});
    QXmppMessage stanza(QString(), original.chatJid, correction.body);
    stanza.setType(QXmppMessage::Chat);
    stanza.setId(correction.messageId);
    stanza.setOriginId(correction.originId);
    stanza.setReplaceId(correction.replaces);
    stanza.setMarkable(true);
    m_account->client()->send(std::move(stanza));
}

void ChatService::retract(const ChatMessage &original)
{
    if (!original.outgoing || original.retracted)
        return;
    ChatMessage retraction = original;
    retraction.rowId = 0;
    retraction.retracts = referenceId(original);
    store({retraction});
    // XEP-0424 with a fallback body for clients without it, kept in archives.
    QXmppMessage stanza(QString(), original.chatJid, tr("This message was retracted."));
    stanza.setType(QXmppMessage::Chat);
    stanza.setId(QXmppUtils::generateStanzaUuid());
    stanza.setOriginId(stanza.id());
    stanza.setExtensions({element(QStringLiteral("retract"), kRetractNs, {{QStringLiteral("id"), retraction.retracts}}),
                          element(QStringLiteral("fallback"), QStringLiteral("urn:xmpp:fallback:0"), {{QStringLiteral("for"), kRetractNs}}),
                          element(QStringLiteral("store"), QStringLiteral("urn:xmpp:hints"))});
    m_account->client()->send(std::move(stanza));
}

void ChatService::react(const ChatMessage &target, const QStringList &emojis)
{
    const QString id = referenceId(target);
    if (id.isEmpty() || target.retracted)
        return;
    ChatMessage reaction;
    reaction.chatJid = target.chatJid;
    reaction.sender = m_ownJid;
    reaction.outgoing = true;
    reaction.stamp = QDateTime::currentDateTimeUtc();
    reaction.reactsTo = id;
    reaction.reactionSet = emojis;
    store({reaction});
    m_account->client()->send(reactionStanza(target.chatJid, id, emojis));
}

QXmppMessage ChatService::reactionStanza(const QString &chatJid, const QString &targetId, const QStringList &emojis)
{
    // XEP-0444: the full set each time; an empty one takes them back. The
    // hint keeps it in archives (it has no body).
    QXmppMessage stanza(QString(), chatJid);
    stanza.setType(QXmppMessage::Chat);
    stanza.setId(QXmppUtils::generateStanzaUuid());
    stanza.setOriginId(stanza.id());
    QXmppMessageReaction wire;
    wire.setMessageId(targetId);
    wire.setEmojis(QVector<QString>(emojis.cbegin(), emojis.cend()));
    stanza.setReaction(wire);
    stanza.setExtensions({element(QStringLiteral("store"), QStringLiteral("urn:xmpp:hints"))});
    return stanza;
}

void ChatService::toggleReaction(const ChatMessage &target, const QString &emoji)
{
    QStringList mine;
    for (const MessageReaction &r : target.reactions)
        if (r.senders.contains(m_ownJid))
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
    local.replyTo = referenceId(target);
    local.replyToJid = target.sender;
    local.replyQuote = target.body.left(kMaxQuote);
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
    local.chatJid = QXmppUtils::jidToBareJid(chatJid);
    local.setBody(body);
    return sendMessage(local);
}

QFuture<ChatMessage> ChatService::sendFile(const QString &chatJid, const QUrl &url, const QString &mimeType)
{
    ChatMessage local;
    local.chatJid = QXmppUtils::jidToBareJid(chatJid);
    local.setBody(url.toString());
    local.attachmentUrl = url.toString();
    local.attachmentType = mimeType;
    return sendMessage(local);
}

QFuture<ChatMessage> ChatService::sharePost(const QString &chatJid, const QString &postUri, const QString &title)
{
    ChatMessage local;
    local.chatJid = QXmppUtils::jidToBareJid(chatJid);
    local.setBody(title.isEmpty() ? tr("Shared a post") : tr("Shared a post: %1").arg(title));
    local.attachmentUrl = postUri;
    local.attachmentType = QString::fromLatin1(ChatMessage::kSharedPostType);
    return sendMessage(local);
}

QList<ChatMessage> ChatService::messagesOf(const MessageArchive::Page &page) const
{
    QList<ChatMessage> messages;
    for (const auto &archived : page.messages)
        if (auto m = fromStanza(archived.message, m_ownJid, archived.archiveId, archived.stamp))
            messages << *m;
    return messages;
}

QXmppMessage ChatService::stanzaFor(const ChatMessage &m)
{
    QXmppMessage stanza(QString(), m.chatJid, m.body);
    stanza.setType(QXmppMessage::Chat);
    stanza.setId(m.messageId);
    stanza.setOriginId(m.originId);
    stanza.setReceiptRequested(true);
    stanza.setMarkable(true);
    stanza.setState(QXmppMessage::Active);
    if (!m.attachmentUrl.isEmpty())
        stanza.setOutOfBandUrl(m.attachmentUrl);
    if (!m.replyTo.isEmpty()) {
        // XEP-0461 with the quote as a fallback for clients without it
        // (MOVIM-WIRE §2.8); ranges count code points (XEP-0426).
        const QString quote = m.replyQuote.isEmpty() ? QString() : quoted(m.replyQuote);
        stanza.setBody(quote + m.body);
        stanza.setReply(QXmpp::Reply{m.replyToJid, m.replyTo});
        if (!quote.isEmpty())
            stanza.setFallbackMarkers({QXmppFallback(kReplyNs, {{QXmppFallback::Body, QXmppFallback::Range{0, uint32_t(quote.toUcs4().size())}}})});
    }
    if (m.isSharedPost())
        stanza.setExtensions({element(QStringLiteral("reference"), kReferenceNs,
                                      {{QStringLiteral("type"), QStringLiteral("data")}, {QStringLiteral("uri"), m.attachmentUrl}})});
    return stanza;
}

QFuture<ChatMessage> ChatService::sendMessage(ChatMessage local)
{
    local.sender = m_ownJid;
    local.outgoing = true;
    local.state = ChatMessage::State::Pending;
    local.stamp = QDateTime::currentDateTimeUtc();
    // Movim's ids: @id and origin-id the same UUID (MOVIM-WIRE §2.8).
    local.messageId = local.originId = QXmppUtils::generateStanzaUuid();

    auto promise = startedPromise<ChatMessage>();
    m_store.ingest(m_accountId, {local}).then(this, [this, promise, local](DbResult<QList<ChatMessage>> stored) {
        if (!stored.ok() || stored.value.isEmpty()) {
            Q_EMIT errorOccurred(stored.error);
            fulfil(promise, local);
            return;
        }
        const ChatMessage saved = stored.value.constFirst();
        Q_EMIT messagesAdded(stored.value);
        QXmppMessage stanza = stanzaFor(saved);
        m_account->client()->send(std::move(stanza)).then(this, [this, saved](QXmpp::SendResult result) {
            if (std::holds_alternative<QXmppError>(result))
                qCWarning(lcChat) << "message to" << saved.chatJid << "not sent:" << std::get<QXmppError>(result).description;
            else
                advance(saved.chatJid, saved.messageId, ChatMessage::State::Sent);
        });
        fulfil(promise, saved);
    });
    return promise->future();
}

void ChatService::setComposing(const QString &chatJid, bool composing)
{
    if (!Account::hasSession(m_account->client()))
        return;
    QXmppMessage state(QString(), chatJid);
    state.setType(QXmppMessage::Chat);
    state.setState(composing ? QXmppMessage::Composing : QXmppMessage::Paused);
    m_account->client()->send(std::move(state));
}

void ChatService::markDisplayed(const ChatMessage &message)
{
    (void)m_store.markRead(m_accountId, message.chatJid, message.messageId);
    if (message.outgoing || message.messageId.isEmpty() || !Account::hasSession(m_account->client()))
        return;
    QXmppMessage marker(QString(), message.chatJid);
    marker.setType(QXmppMessage::Chat);
    marker.setMarker(QXmppMessage::Displayed);
    marker.setMarkerId(message.messageId);
    m_account->client()->send(std::move(marker));
}

QFuture<int> ChatService::fetchOlder(const QString &chatJid, const QString &beforeArchiveId)
{
    auto promise = startedPromise<int>();
    MessageArchive::Range range;
    range.max = kArchivePage;
    range.before = beforeArchiveId; // empty: the newest page of this chat
    m_account->client()->findExtension<MessageArchive>()->query({}, chatJid, range).then(this, [=, this](MessageArchive::Page page) {
        if (!page.error.isEmpty()) {
            qCInfo(lcChat).noquote() << "older messages with" << chatJid << "not fetched:" << page.error;
            fulfil(promise, -1); // ask again later
            return;
        }
        QList<ChatMessage> messages, amendments;
        for (const ChatMessage &m : messagesOf(page))
            (m.isAmendment() ? amendments : messages) << m;
        m_store.ingest(m_accountId, messages).then(this, [this, promise, amendments](DbResult<QList<ChatMessage>> stored) {
            if (!stored.value.isEmpty())
                Q_EMIT messagesAdded(stored.value);
            store(amendments); // once the messages they refer to are in
            fulfil(promise, int(stored.value.size()));
        });
    });
    return promise->future();
}

void ChatService::onSessionStarted(bool resumed)
{
    if (resumed)
        return; // XEP-0198 replayed what a resumed session missed
    m_caughtUp = false;
    catchUp();
}

void ChatService::catchUp()
{
    if (m_catchingUp || m_accountId <= 0)
        return;
    m_catchingUp = true;
    Q_EMIT catchingUpChanged();
    m_state.value(m_accountId, kArchiveLastKey).then(this, [this](DbResult<QVariant> last) {
        catchUpFrom(last.value.toString(), 0);
    });
}

void ChatService::catchUpFrom(const QString &after, int pages)
{
    MessageArchive::Range range;
    range.max = after.isEmpty() ? kFirstCatchUp : kArchivePage;
    if (after.isEmpty())
        range.before = QString(); // a new cache: the newest page first
    else
        range.after = after;
    m_account->client()->findExtension<MessageArchive>()->query({}, {}, range).then(this, [=, this](MessageArchive::Page page) {
        auto finish = [this] {
            m_catchingUp = false;
            m_caughtUp = true;
            Q_EMIT catchingUpChanged();
        };
        if (!page.error.isEmpty()) {
            qCWarning(lcChat).noquote() << "archive catch-up stopped:" << page.error;
            finish();
            return;
        }
        store(messagesOf(page));
        // The newest id seen is where the next catch-up starts.
        const QString newest = after.isEmpty() ? page.last : (page.last.isEmpty() ? after : page.last);
        if (!newest.isEmpty())
            (void)m_state.setValue(m_accountId, kArchiveLastKey, newest);
        const bool more = !after.isEmpty() && !page.complete && !page.last.isEmpty();
        if (more && pages + 1 < kMaxCatchUpPages) {
            catchUpFrom(page.last, pages + 1);
            return;
        }
        qCInfo(lcChat) << "archive caught up:" << (pages + 1) << "pages";
        finish();
    });
}

} // namespace Hearth
