#pragma once

#include "../db/DbResult.h"
#include "ChatMessage.h"

#include <QFuture>
#include <QList>

namespace Hearth {

class Database;

struct MessagePage
{
    QList<ChatMessage> messages; // newest first
    MessageCursor next;          // pass back for the older page
    bool atEnd = false;
};

// Chats and their messages in the cache. Ingest deduplicates what arrives
// twice (live, as a carbon and again from the archive): by the archive's
// stanza-id, else the sender's origin-id, else, for the user's own
// messages, the message id; a second copy only fills in what the first
// lacked (the stanza-id). Pages are keyset on (stamp, id).
class MessageStore
{
public:
    explicit MessageStore(Database *db);

    // Stores messages in one transaction; the result holds those that were
    // new (with their row ids). Chats are created and their last activity
    // and unread counts follow.
    [[nodiscard]] QFuture<DbResult<QList<ChatMessage>>> ingest(qint64 accountId, const QList<ChatMessage> &messages) const;
    // Corrections and retractions, applied to the message they name, and
    // only when it is the same sender's, and reactions (anyone's, kept by
    // target id even before the message is cached): the changed rows, and
    // corrections of messages not in the cache (orphans, to be stored as
    // messages).
    struct Amended
    {
        QList<ChatMessage> changed;
        QList<ChatMessage> orphans;
    };
    [[nodiscard]] QFuture<DbResult<Amended>> amend(qint64 accountId, const QList<ChatMessage> &amendments) const;
    [[nodiscard]] QFuture<DbResult<MessagePage>> page(qint64 accountId, const QString &chatJid, const MessageCursor &before,
                                                       int limit) const;
    // Every chat, the most recently active first, with its newest message.
    [[nodiscard]] QFuture<DbResult<QList<ChatSummary>>> chats(qint64 accountId) const;
    // An outgoing message's delivery state moves forward only (a receipt
    // after a read marker does not take it back). Returns whether it moved.
    [[nodiscard]] QFuture<DbResult<bool>> advanceState(qint64 accountId, const QString &chatJid, const QString &messageId,
                                                       ChatMessage::State state) const;
    // An outgoing message still pending could not be sent: Failed.
    [[nodiscard]] QFuture<DbResult<bool>> markFailed(qint64 accountId, const QString &chatJid, const QString &messageId) const;
    // The user's messages not sent yet (pending or failed), oldest first.
    [[nodiscard]] QFuture<DbResult<QList<ChatMessage>>> unsent(qint64 accountId) const;

private:
    [[nodiscard]] QFuture<DbResult<bool>> setState(qint64 accountId, const QString &chatJid, const QString &messageId,
                                                   ChatMessage::State state, const QString &when) const;

public:
    // The user has read the chat up to messageId: no unread messages left.
    [[nodiscard]] QFuture<DbStatus> markRead(qint64 accountId, const QString &chatJid, const QString &messageId) const;
    // A muted chat keeps counting unread messages but does not call for attention.
    [[nodiscard]] QFuture<DbStatus> setMuted(qint64 accountId, const QString &chatJid, bool muted) const;
    [[nodiscard]] QFuture<DbStatus> setDraft(qint64 accountId, const QString &chatJid, const QString &draft) const;
    // Full-text search over bodies, newest first.
    [[nodiscard]] QFuture<DbResult<QList<ChatMessage>>> search(qint64 accountId, const QString &text, int limit) const;

private:
    Database *m_db;
};

} // namespace Hearth
