#include "ChatStanzas.h"

#include "../upload/EncryptedFile.h"

#include <QMimeDatabase>
#include <QUrl>
#include <QXmppE2eeMetadata.h>
#include <QXmppElement.h>
#include <QXmppMessage.h>
#include <QXmppMessageReaction.h>
#include <QXmppUtils.h>

namespace Hearth::ChatStanzas {

namespace {
const QString kRetractNs = QStringLiteral("urn:xmpp:message-retract:1");
const QString kReferenceNs = QStringLiteral("urn:xmpp:reference:0");
const QString kReplyNs = QStringLiteral("urn:xmpp:reply:0");
const QString kMucUserNs = QStringLiteral("http://jabber.org/protocol/muc#user");
constexpr auto kLegacyOmemoNs = "eu.siacs.conversations.axolotl";
constexpr auto kLocalMarkerNs = "urn:hearth:local";

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

QXmppMessage::Type typeOf(Kind kind)
{
    return kind == Kind::Group ? QXmppMessage::GroupChat : QXmppMessage::Chat;
}

// A stanza that is not a message of its own (a reaction, a retraction):
// fresh ids, as Movim forms them.
QXmppMessage freshStanza(const QString &chatJid, const QString &body, Kind kind)
{
    QXmppMessage stanza(QString(), chatJid, body);
    stanza.setType(typeOf(kind));
    stanza.setId(QXmppUtils::generateStanzaUuid());
    stanza.setOriginId(stanza.id());
    return stanza;
}

// Whether a stanza arrived end-to-end encrypted and stayed so.
ChatMessage::Undecryptable undecryptable(const QXmppMessage &stanza)
{
    // Hearth's OMEMO 0.3 reader says why it could not read a message in a
    // local marker (LegacyOmemoManager, never from the network: it replaced
    // the <encrypted> element the marker stands for).
    for (const QXmppElement &extension : stanza.extensions())
        if (extension.tagName() == QLatin1String("undecryptable")
            && extension.attribute(QStringLiteral("xmlns")) == QLatin1String(kLocalMarkerNs)) {
            const QString reason = extension.attribute(QStringLiteral("reason"));
            if (reason == QLatin1String("not-for-this-device"))
                return ChatMessage::Undecryptable::NotForThisDevice;
            if (reason == QLatin1String("untrusted"))
                return ChatMessage::Undecryptable::Untrusted;
            return ChatMessage::Undecryptable::Broken;
        }
    // What the sender declared (XEP-0380); QXmpp's own OMEMO element is
    // checked by ChatService, which has the manager that parsed it.
    if (stanza.encryptionMethod() == QXmpp::Omemo2)
        return ChatMessage::Undecryptable::NotForThisDevice;
    if (stanza.encryptionMethod() == QXmpp::Omemo0 || stanza.encryptionMethod() == QXmpp::Omemo1)
        return ChatMessage::Undecryptable::OtherVersion;
    for (const QXmppElement &extension : stanza.extensions())
        if (extension.tagName() == QLatin1String("encrypted")
            && extension.attribute(QStringLiteral("xmlns")) == QLatin1String(kLegacyOmemoNs))
            return ChatMessage::Undecryptable::OtherVersion;
    return ChatMessage::Undecryptable::No;
}

// What both kinds carry: ids, text (a reply's without its quote),
// corrections, retractions, reactions, files and shared posts. False when
// the stanza holds none of it (receipts, markers, chat states).
bool readContent(const QXmppMessage &stanza, ChatMessage &m)
{
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
    // End-to-end encrypted: decrypted by QXmpp (OMEMO 2) before it comes
    // here, or still encrypted because it could not be: then its fallback
    // body is dropped and the conversation says why instead.
    if (const auto e2ee = stanza.e2eeMetadata()) {
        if (e2ee->encryption() == QXmpp::Omemo2)
            m.encryption = ChatMessage::Encryption::Omemo2;
        else if (e2ee->encryption() == QXmpp::Omemo0)
            m.encryption = ChatMessage::Encryption::Omemo;
    } else if (const auto why = undecryptable(stanza); why != ChatMessage::Undecryptable::No) {
        m.messageId = stanza.id();
        m.originId = stanza.originId();
        m.undecryptable = why;
        m.encryption = stanza.encryptionMethod() == QXmpp::Omemo2 ? ChatMessage::Encryption::Omemo2 : ChatMessage::Encryption::Omemo;
        return true;
    }
    if (stanza.body().isEmpty() && stanza.outOfBandUrl().isEmpty() && retracts.isEmpty() && !reaction)
        return false;
    m.messageId = stanza.id();
    m.originId = stanza.originId();
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
    // An encrypted message carries a file's link as its whole body (OMEMO
    // clients leave out-of-band data out: it would travel in the clear).
    if (m.attachmentUrl.isEmpty() && m.encryption != ChatMessage::Encryption::None) {
        const QString body = stanza.body().trimmed();
        if ((body.startsWith(QLatin1String("https://")) || EncryptedFile::isLink(body)) && !body.contains(u' ') && !body.contains(u'\n'))
            m.attachmentUrl = body;
    }
    if (sharedPost.isEmpty() && isPostUri(m.attachmentUrl))
        sharedPost = m.attachmentUrl;
    if (!sharedPost.isEmpty()) {
        m.attachmentUrl = sharedPost;
        m.attachmentType = QString::fromLatin1(ChatMessage::kSharedPostType);
    } else if (m.attachmentUrl.startsWith(QLatin1String("https:")) || m.attachmentUrl.startsWith(QLatin1String("http:"))
               || (EncryptedFile::isLink(m.attachmentUrl) && m.encryption != ChatMessage::Encryption::None)) {
        m.attachmentType = QMimeDatabase().mimeTypeForFile(QUrl(m.attachmentUrl).fileName(), QMimeDatabase::MatchExtension).name();
    } else {
        m.attachmentUrl.clear(); // nothing Hearth would open
    }
    return true;
}

// The archive's id when given, else the stanza-id the trusted party added
// (anyone can add one: only the own server's, or the room's, counts).
QString archiveIdOf(const QXmppMessage &stanza, const QString &archiveId, const QString &trustedBy)
{
    if (!archiveId.isEmpty())
        return archiveId;
    for (const auto &id : stanza.stanzaIds())
        if (id.by == trustedBy)
            return id.id;
    return {};
}

QDateTime stampOf(const QXmppMessage &stanza, const QDateTime &archived)
{
    const QDateTime stamp = archived.isValid() ? archived : stanza.stamp().isValid() ? stanza.stamp() : QDateTime::currentDateTimeUtc();
    return stamp.toUTC();
}
} // namespace

std::optional<ChatMessage> fromStanza(const QXmppMessage &stanza, const QString &ownJid, const QString &archiveId, const QDateTime &archived)
{
    if (stanza.type() == QXmppMessage::GroupChat || stanza.type() == QXmppMessage::Error || stanza.type() == QXmppMessage::Headline)
        return std::nullopt;
    const QString own = QXmppUtils::jidToBareJid(ownJid);
    const QString from = QXmppUtils::jidToBareJid(stanza.from());
    ChatMessage m;
    // From the own account (another client, as a carbon or in the archive): sent by the user.
    m.outgoing = from.isEmpty() || from == own;
    m.chatJid = m.outgoing ? QXmppUtils::jidToBareJid(stanza.to()) : from;
    if (m.chatJid.isEmpty() || m.chatJid == own || !readContent(stanza, m))
        return std::nullopt;
    m.sender = m.outgoing ? own : from;
    m.stanzaId = archiveIdOf(stanza, archiveId, own);
    m.stamp = stampOf(stanza, archived);
    m.state = m.outgoing ? ChatMessage::State::Sent : ChatMessage::State::Received;
    return m;
}

std::optional<ChatMessage> fromGroupStanza(const QXmppMessage &stanza, const QString &ownNick, const QString &archiveId,
                                           const QDateTime &archived)
{
    if (stanza.type() != QXmppMessage::GroupChat)
        return std::nullopt;
    ChatMessage m;
    m.chatJid = QXmppUtils::jidToBareJid(stanza.from());
    if (m.chatJid.isEmpty() || !readContent(stanza, m))
        return std::nullopt; // subject changes come without a body
    m.sender = QXmppUtils::jidToResource(stanza.from()); // empty: the room itself speaks
    m.outgoing = !m.sender.isEmpty() && m.sender == ownNick;
    m.stanzaId = archiveIdOf(stanza, archiveId, m.chatJid);
    m.stamp = stampOf(stanza, archived);
    m.state = m.outgoing ? ChatMessage::State::Sent : ChatMessage::State::Received;
    return m;
}

bool isPrivateRoomMessage(const QXmppMessage &stanza)
{
    if (stanza.type() == QXmppMessage::GroupChat)
        return false;
    for (const QXmppElement &extension : stanza.extensions())
        if (extension.tagName() == QLatin1String("x") && extension.attribute(QStringLiteral("xmlns")) == kMucUserNs
            && extension.firstChildElement().isNull())
            return true;
    return false;
}

QXmppMessage stanzaFor(const ChatMessage &m, Kind kind)
{
    QXmppMessage stanza(QString(), m.chatJid, m.body);
    stanza.setType(typeOf(kind));
    stanza.setId(m.messageId);
    stanza.setOriginId(m.originId);
    // Receipts are for one-to-one chats only (XEP-0184 §5.3).
    stanza.setReceiptRequested(kind == Kind::Direct);
    stanza.setMarkable(true);
    if (kind == Kind::Direct)
        stanza.setState(QXmppMessage::Active);
    if (!m.attachmentUrl.isEmpty())
        stanza.setOutOfBandUrl(m.attachmentUrl);
    QXmppElementList extensions;
    if (m.isSharedPost())
        extensions << element(QStringLiteral("reference"), kReferenceNs,
                              {{QStringLiteral("type"), QStringLiteral("data")}, {QStringLiteral("uri"), m.attachmentUrl}});
    // To someone in a room (room@service/nick): marked as such (XEP-0045 §7.5).
    if (kind == Kind::Direct && !QXmppUtils::jidToResource(m.chatJid).isEmpty())
        extensions << element(QStringLiteral("x"), kMucUserNs);
    stanza.setExtensions(extensions);
    if (!m.replyTo.isEmpty()) {
        // XEP-0461 with the quote as a fallback for clients without it
        // (MOVIM-WIRE §2.8); ranges count code points (XEP-0426).
        const QString quote = m.replyQuote.isEmpty() ? QString() : quoted(m.replyQuote);
        stanza.setBody(quote + m.body);
        stanza.setReply(QXmpp::Reply{m.replyToJid, m.replyTo});
        if (!quote.isEmpty())
            stanza.setFallbackMarkers({QXmppFallback(kReplyNs, {{QXmppFallback::Body, QXmppFallback::Range{0, uint32_t(quote.toUcs4().size())}}})});
    }
    return stanza;
}

QXmppMessage reactionStanza(const QString &chatJid, const QString &targetId, const QStringList &emojis, Kind kind)
{
    // XEP-0444: the full set each time; an empty one takes them back. The
    // hint keeps it in archives (it has no body).
    QXmppMessage stanza = freshStanza(chatJid, {}, kind);
    QXmppMessageReaction wire;
    wire.setMessageId(targetId);
    wire.setEmojis(QVector<QString>(emojis.cbegin(), emojis.cend()));
    stanza.setReaction(wire);
    stanza.setExtensions({element(QStringLiteral("store"), QStringLiteral("urn:xmpp:hints"))});
    return stanza;
}

QXmppMessage correctionStanza(const ChatMessage &correction, Kind kind)
{
    QXmppMessage stanza(QString(), correction.chatJid, correction.body);
    stanza.setType(typeOf(kind));
    stanza.setId(correction.messageId);
    stanza.setOriginId(correction.originId);
    stanza.setReplaceId(correction.replaces);
    stanza.setMarkable(true);
    return stanza;
}

QXmppMessage retractionStanza(const QString &chatJid, const QString &targetId, const QString &fallback, Kind kind)
{
    // XEP-0424 with a fallback body for clients without it, kept in archives.
    QXmppMessage stanza = freshStanza(chatJid, fallback, kind);
    stanza.setExtensions({element(QStringLiteral("retract"), kRetractNs, {{QStringLiteral("id"), targetId}}),
                          element(QStringLiteral("fallback"), QStringLiteral("urn:xmpp:fallback:0"), {{QStringLiteral("for"), kRetractNs}}),
                          element(QStringLiteral("store"), QStringLiteral("urn:xmpp:hints"))});
    return stanza;
}

QString referenceId(const ChatMessage &m, Kind kind)
{
    if (kind == Kind::Group)
        return m.stanzaId;
    return correctionId(m);
}

QString correctionId(const ChatMessage &m)
{
    return m.originId.isEmpty() ? m.messageId : m.originId;
}

} // namespace Hearth::ChatStanzas
