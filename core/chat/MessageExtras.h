#pragma once

#include "ChatMessage.h"

#include <QList>
#include <QSqlDatabase>

namespace Hearth::MessageExtras {

// What is read beside a message's row, on the writer thread: the reactions
// that name any of its ids (XEP-0444; stored by target id, so reactions that
// came before the message apply once it is here) and, for a reply
// (XEP-0461), the replied-to message's sender and text when it is cached.
bool attach(QSqlDatabase &db, qint64 accountId, QList<ChatMessage> &messages, QString *error);

// Whether any reaction is stored for the chat (ingest skips the lookups
// otherwise).
bool chatHasReactions(QSqlDatabase &db, qint64 accountId, const QString &chatJid, bool *has, QString *error);

// Replaces the sender's reactions to reaction.reactsTo with its set (an
// empty set removes them), unless a newer set is stored.
bool saveReaction(QSqlDatabase &db, qint64 accountId, const ChatMessage &reaction, QString *error);

// The cached message an id names (message id, origin-id or archive id),
// 0 when none.
qint64 findByAnyId(QSqlDatabase &db, qint64 accountId, const QString &chatJid, const QString &id, QString *error);

} // namespace Hearth::MessageExtras
