#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Hearth {

// One emoji on a message (XEP-0444) and who reacted with it.
struct MessageReaction
{
    QString emoji;
    QStringList senders; // bare JIDs (one-to-one) or nicknames (room)
    bool operator==(const MessageReaction &) const = default;
};

// One chat message as Hearth stores and shows it, one-to-one or in a room.
// Ids as XEP-0359 and MOVIM-WIRE §2.8 describe them: messageId is the
// stanza's @id (equal to originId when Hearth or Movim sent it), stanzaId
// the archive's id (the own server's for one-to-one, the room's in MUC).
struct ChatMessage
{
    // Failed: could not be sent (offline, the stream lost); shown with
    // Retry and sent again at the next session. Below Pending, so sending
    // it again moves it forward like any other state.
    enum class State { Failed = -1, Received = 0, Pending, Sent, Delivered, Displayed };
    // End-to-end encryption the message came or went with: OMEMO 0.3
    // (eu.siacs.conversations.axolotl) or OMEMO 2 (urn:xmpp:omemo:2).
    enum class Encryption { None = 0, Omemo = 1, Omemo2 = 2 };
    // Why an encrypted message could not be read (its body is then empty
    // and the conversation says why): not encrypted for this device or no
    // session with the sender's; an OMEMO version this device does not
    // read; damaged, forged or from a broken session; from a device whose
    // identity key changed.
    enum class Undecryptable { No = 0, NotForThisDevice = 1, OtherVersion = 2, Broken = 3, Untrusted = 4 };
    // attachmentType of a post shared into the chat (MOVIM-WIRE §2.7): the
    // attachment URL is then the post's xmpp: URI.
    static constexpr auto kSharedPostType = "application/vnd.hearth.shared-post";
    // Longer bodies are cut there and marked truncated.
    static constexpr qsizetype kMaxBody = 100 * 1024;

    qint64 rowId = 0;    // the cache's id
    QString chatJid;     // bare JID of the contact or the room
    QString sender;      // bare JID (one-to-one) or nickname (room)
    bool outgoing = false;
    QDateTime stamp;     // the server's time when known (delay, archive)
    QString messageId;
    QString originId;
    QString stanzaId;
    QString body;
    bool truncated = false;
    State state = State::Received;
    Encryption encryption = Encryption::None;
    Undecryptable undecryptable = Undecryptable::No;
    bool edited = false;
    bool retracted = false;
    bool imported = false;  // brought from an export into this account (issue 16)
    QString replyTo;        // the id a reply refers to (XEP-0461)
    QString replyQuote;     // the quote the reply carried (its fallback), shown when the original is unknown
    // Read from the cache with the message, never stored in its row: the
    // replied-to message's sender and text once it is known, and reactions.
    QString replySender;
    QString replyBody;
    QList<MessageReaction> reactions;
    QString attachmentUrl;  // an out-of-band file (XEP-0066)
    QString attachmentType;
    // On the wire only, never stored: this stanza corrects (XEP-0308) or
    // retracts (XEP-0424) the sender's message with that id.
    QString replaces;
    QString retracts;
    // On the wire only: the sender's full set of reactions (XEP-0444) to
    // the message with that id (an empty set takes them back).
    QString reactsTo;
    QStringList reactionSet;
    // On the wire only: whom a reply answers (XEP-0461 'to').
    QString replyToJid;

    [[nodiscard]] bool isSharedPost() const { return attachmentType == QLatin1String(kSharedPostType); }
    // Applied to another message rather than stored as one.
    [[nodiscard]] bool isAmendment() const { return !replaces.isEmpty() || !retracts.isEmpty() || !reactsTo.isEmpty(); }
    [[nodiscard]] bool isReaction() const { return !reactsTo.isEmpty(); }

    // Cuts an oversized body, marking it.
    void setBody(const QString &text)
    {
        truncated = text.size() > kMaxBody;
        body = truncated ? text.left(kMaxBody) : text;
    }
};

// Where a chat's history is read: the oldest message shown so far; the next
// page is strictly older on (stamp, id).
struct MessageCursor
{
    qint64 stamp = 0; // ms since epoch; 0 = from the newest
    qint64 id = 0;
    [[nodiscard]] bool isStart() const { return stamp == 0 && id == 0; }
};

// One row of the chats list.
struct ChatSummary
{
    enum class Kind { OneToOne = 0, Group = 1 };
    QString jid;
    Kind kind = Kind::OneToOne;
    QString name;
    QDateTime lastActivity;
    int unread = 0;
    bool muted = false;
    int notify = 0;      // a room's level (Bookmark::Notify: 0 default, 1 always, 2 on mention, 3 never)
    int mentions = 0;    // unread room messages that name the user
    QString nick;        // the user's nickname in a room
    QString subject;     // a room's subject
    QString draft;
    ChatMessage last; // the newest message (empty body when none)
};

} // namespace Hearth

Q_DECLARE_METATYPE(Hearth::ChatMessage)
