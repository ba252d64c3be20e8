#include "MessageExtras.h"

#include "../db/Sql.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace Hearth::MessageExtras {

namespace {
// Emoji sets are stored one per line (an emoji never holds a newline).
QStringList emojisOf(const QString &stored)
{
    return stored.split(u'\n', Qt::SkipEmptyParts);
}

void addReaction(QList<MessageReaction> &reactions, const QString &emoji, const QString &sender)
{
    for (MessageReaction &r : reactions) {
        if (r.emoji == emoji) {
            if (!r.senders.contains(sender))
                r.senders << sender;
            return;
        }
    }
    reactions << MessageReaction{emoji, {sender}};
}
} // namespace

bool chatHasReactions(QSqlDatabase &db, qint64 accountId, const QString &chatJid, bool *has, QString *error)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT 1 FROM reaction WHERE account_id = ? AND chat_jid = ? LIMIT 1"), {accountId, chatJid}, error))
        return false;
    *has = q.next();
    return true;
}

qint64 findByAnyId(QSqlDatabase &db, qint64 accountId, const QString &chatJid, const QString &id, QString *error)
{
    if (id.isEmpty())
        return 0;
    QSqlQuery q(db);
    // Each branch on its own partial index.
    if (!Sql::exec(q, QStringLiteral("SELECT id FROM message WHERE account_id = ? AND chat_jid = ? AND stanza_id = ? AND stanza_id <> ''"
                                     " UNION ALL SELECT id FROM message WHERE account_id = ? AND chat_jid = ? AND origin_id = ? AND origin_id <> ''"
                                     " UNION ALL SELECT id FROM message WHERE account_id = ? AND chat_jid = ? AND message_id = ? AND message_id <> ''"
                                     " LIMIT 1"),
                   {accountId, chatJid, id, accountId, chatJid, id, accountId, chatJid, id}, error))
        return 0;
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool attach(QSqlDatabase &db, qint64 accountId, QList<ChatMessage> &messages, QString *error)
{
    QSqlQuery reactions(db), reply(db);
    if (!Sql::prepare(reactions, QStringLiteral("SELECT sender, emojis FROM reaction WHERE account_id = ? AND chat_jid = ?"
                                                 " AND target_id IN (?, ?, ?) ORDER BY stamp, sender"),
                      error)
        || !Sql::prepare(reply, QStringLiteral("SELECT sender, body FROM message WHERE id = ?"), error))
        return false;
    QHash<QString, bool> chatsWithReactions;
    for (ChatMessage &m : messages) {
        auto known = chatsWithReactions.find(m.chatJid);
        if (known == chatsWithReactions.end()) {
            bool has = false;
            if (!chatHasReactions(db, accountId, m.chatJid, &has, error))
                return false;
            known = chatsWithReactions.insert(m.chatJid, has);
        }
        m.reactions.clear();
        if (*known) {
            // An empty id must not match: '\x01' never is one.
            const auto idOr = [](const QString &id) { return id.isEmpty() ? QStringLiteral("\x01") : id; };
            if (!Sql::run(reactions, {accountId, m.chatJid, idOr(m.messageId), idOr(m.originId), idOr(m.stanzaId)}, error))
                return false;
            QSet<QString> seen;
            while (reactions.next()) {
                const QString sender = reactions.value(0).toString();
                if (seen.contains(sender))
                    continue; // the same sender through two of the ids
                seen.insert(sender);
                for (const QString &emoji : emojisOf(reactions.value(1).toString()))
                    addReaction(m.reactions, emoji, sender);
            }
            reactions.finish();
            // The most given first, then by emoji: a sender's set has no order on the wire.
            std::sort(m.reactions.begin(), m.reactions.end(), [](const MessageReaction &a, const MessageReaction &b) {
                return a.senders.size() != b.senders.size() ? a.senders.size() > b.senders.size() : a.emoji < b.emoji;
            });
        }
        if (!m.replyTo.isEmpty()) {
            const qint64 target = findByAnyId(db, accountId, m.chatJid, m.replyTo, error);
            if (!error->isEmpty())
                return false;
            if (target != 0) {
                if (!Sql::run(reply, {target}, error))
                    return false;
                if (reply.next()) {
                    m.replySender = reply.value(0).toString();
                    m.replyBody = reply.value(1).toString();
                }
                reply.finish();
            }
        }
    }
    return true;
}

bool saveReaction(QSqlDatabase &db, qint64 accountId, const ChatMessage &reaction, QString *error)
{
    QSqlQuery q(db);
    // An empty set stays as a row, so that an older set arriving later
    // (from the archive) does not bring the reactions back.
    QStringList unique;
    for (const QString &emoji : reaction.reactionSet) {
        const QString e = emoji.trimmed();
        if (!e.isEmpty() && !e.contains(u'\n') && e.size() <= 32 && !unique.contains(e))
            unique << e;
    }
    return Sql::exec(q, QStringLiteral("INSERT INTO reaction (account_id, chat_jid, target_id, sender, emojis, stamp) VALUES (?, ?, ?, ?, ?, ?)"
                                       " ON CONFLICT(account_id, chat_jid, target_id, sender) DO UPDATE SET"
                                       " emojis = excluded.emojis, stamp = excluded.stamp WHERE excluded.stamp >= reaction.stamp"),
                     {accountId, reaction.chatJid, reaction.reactsTo, reaction.sender, unique.join(u'\n'),
                      reaction.stamp.toMSecsSinceEpoch()},
                     error);
}

} // namespace Hearth::MessageExtras
