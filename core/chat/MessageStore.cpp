#include "MessageStore.h"

#include "../db/Database.h"
#include "../db/RowBatcher.h"
#include "../db/Sql.h"
#include "../Logging.h"
#include "Mentions.h"
#include "MessageExtras.h"

#include <QHash>
#include <QSqlQuery>
#include <limits>

namespace Hearth {

namespace {
const QString kColumns = QStringLiteral(
    "m.id, m.chat_jid, m.sender, m.outgoing, m.stamp, m.message_id, m.origin_id, m.stanza_id, m.body, m.truncated,"
    " m.state, m.encryption, m.edited, m.retracted, m.reply_to, m.attachment_url, m.attachment_type, m.reply_quote, m.imported,"
    " m.undecryptable");
constexpr int kColumnCount = 20;

ChatMessage readMessage(const QSqlQuery &q, int at = 0)
{
    ChatMessage m;
    m.rowId = q.value(at + 0).toLongLong();
    m.chatJid = q.value(at + 1).toString();
    m.sender = q.value(at + 2).toString();
    m.outgoing = q.value(at + 3).toBool();
    m.stamp = QDateTime::fromMSecsSinceEpoch(q.value(at + 4).toLongLong(), Qt::UTC);
    m.messageId = q.value(at + 5).toString();
    m.originId = q.value(at + 6).toString();
    m.stanzaId = q.value(at + 7).toString();
    m.body = q.value(at + 8).toString();
    m.truncated = q.value(at + 9).toBool();
    m.state = ChatMessage::State(q.value(at + 10).toInt());
    m.encryption = ChatMessage::Encryption(q.value(at + 11).toInt());
    m.edited = q.value(at + 12).toBool();
    m.retracted = q.value(at + 13).toBool();
    m.replyTo = q.value(at + 14).toString();
    m.attachmentUrl = q.value(at + 15).toString();
    m.attachmentType = q.value(at + 16).toString();
    m.replyQuote = q.value(at + 17).toString();
    m.imported = q.value(at + 18).toBool();
    m.undecryptable = ChatMessage::Undecryptable(q.value(at + 19).toInt());
    return m;
}

// The row an arriving copy duplicates, or 0: the archive's id first, then
// the sender's origin-id, then (own messages) the message id.
qint64 existingCopy(QSqlQuery &byStanza, QSqlQuery &byOrigin, QSqlQuery &byId, qint64 accountId, const ChatMessage &m,
                    QString *error, bool *failed)
{
    auto first = [&](QSqlQuery &q, const QVariantList &values) -> qint64 {
        if (!Sql::run(q, values, error)) {
            *failed = true;
            return 0;
        }
        const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        return id;
    };
    if (!m.stanzaId.isEmpty())
        if (const qint64 id = first(byStanza, {accountId, m.chatJid, m.stanzaId}))
            return id;
    if (!m.originId.isEmpty())
        if (const qint64 id = first(byOrigin, {accountId, m.chatJid, m.originId, m.outgoing, m.sender}))
            return id;
    if (m.outgoing && !m.messageId.isEmpty())
        return first(byId, {accountId, m.chatJid, m.messageId});
    return 0;
}
} // namespace

MessageStore::MessageStore(Database *db)
    : m_db(db)
{
}

QFuture<DbResult<QList<ChatMessage>>> MessageStore::ingest(qint64 accountId, const QList<ChatMessage> &messages) const
{
    return m_db->run([accountId, messages](QSqlDatabase &db) {
        DbResult<QList<ChatMessage>> result;
        QList<ChatMessage> added;
        const bool ok = Sql::transaction(db, &result.error, [&] {
            QSqlQuery byStanza(db), byOrigin(db), byId(db), fill(db), insert(db), chat(db), roomNick(db);
            if (!Sql::prepare(byStanza, QStringLiteral("SELECT id FROM message WHERE account_id = ? AND chat_jid = ? AND stanza_id = ? AND stanza_id <> ''"),
                              &result.error)
                || !Sql::prepare(byOrigin, QStringLiteral("SELECT id FROM message WHERE account_id = ? AND chat_jid = ? AND origin_id = ? AND origin_id <> ''"
                                                          " AND outgoing = ? AND sender = ?"),
                                 &result.error)
                || !Sql::prepare(byId, QStringLiteral("SELECT id FROM message WHERE account_id = ? AND chat_jid = ? AND message_id = ? AND message_id <> ''"
                                                      " AND outgoing = 1"),
                                 &result.error)
                || !Sql::prepare(fill, QStringLiteral("UPDATE message SET stanza_id = ?, state = MAX(state, ?) WHERE id = ? AND stanza_id = ''"),
                                 &result.error)
                || !Sql::prepare(insert, QStringLiteral("INSERT INTO message (account_id, chat_jid, sender, outgoing, stamp, message_id,"
                                                        " origin_id, stanza_id, body, truncated, state, encryption, edited, retracted,"
                                                        " reply_to, attachment_url, attachment_type, reply_quote, imported, undecryptable)"
                                                        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"),
                                 &result.error)
                || !Sql::prepare(chat, QStringLiteral("INSERT INTO chat (account_id, jid, last_activity, unread, mentions) VALUES (?, ?, ?, ?, ?)"
                                                      " ON CONFLICT(account_id, jid) DO UPDATE SET"
                                                      " last_activity = MAX(last_activity, excluded.last_activity),"
                                                      " unread = unread + excluded.unread, mentions = mentions + excluded.mentions"),
                                 &result.error)
                || !Sql::prepare(roomNick, QStringLiteral("SELECT nick FROM chat WHERE account_id = ? AND jid = ? AND kind = 1"), &result.error))
                return false;
            // The search index in multi-row statements, the chats once per batch.
            RowBatcher fts(db, QStringLiteral("INSERT INTO message_fts (rowid, body) VALUES"), 2);
            struct Activity
            {
                qint64 last = 0;
                int unread = 0;
                int mentions = 0;   // room messages naming the user
                QString nick;       // the user's nickname there (rooms only)
            };
            QHash<QString, Activity> activity;
            for (const ChatMessage &m : messages) {
                bool failed = false;
                if (const qint64 copy = existingCopy(byStanza, byOrigin, byId, accountId, m, &result.error, &failed)) {
                    // The archive's copy of a message seen live: keep its id.
                    if (!m.stanzaId.isEmpty()
                        && !Sql::run(fill, {m.stanzaId, int(m.outgoing ? ChatMessage::State::Sent : ChatMessage::State::Received), copy},
                                     &result.error))
                        return false;
                    continue;
                }
                if (failed)
                    return false;
                const qint64 stamp = m.stamp.toMSecsSinceEpoch();
                if (!Sql::run(insert, {accountId, m.chatJid, m.sender, m.outgoing, stamp, m.messageId, m.originId, m.stanzaId, m.body,
                                       m.truncated, int(m.state), int(m.encryption), m.edited, m.retracted, m.replyTo, m.attachmentUrl,
                                       m.attachmentType, m.replyQuote, m.imported, int(m.undecryptable)},
                              &result.error)
                    || !insert.next())
                    return false;
                ChatMessage stored = m;
                stored.rowId = insert.value(0).toLongLong();
                insert.finish();
                if (!fts.add({stored.rowId, m.body}, &result.error))
                    return false;
                auto found = activity.find(m.chatJid);
                if (found == activity.end()) {
                    Activity fresh;
                    if (!Sql::run(roomNick, {accountId, m.chatJid}, &result.error))
                        return false;
                    if (roomNick.next())
                        fresh.nick = roomNick.value(0).toString();
                    roomNick.finish();
                    found = activity.insert(m.chatJid, fresh);
                }
                Activity &a = *found;
                a.last = std::max(a.last, stamp);
                // History brought by an import was read on the old account.
                a.unread += (m.outgoing || m.imported) ? 0 : 1;
                if (!m.outgoing && !m.imported && !a.nick.isEmpty() && Mentions::mentions(m.body, a.nick))
                    ++a.mentions;
                added << stored;
            }
            if (!fts.flush(&result.error))
                return false;
            // Replies and messages with reactions waiting for them show
            // those at once (skipped for plain history: no lookups).
            QList<ChatMessage> decorated;
            QList<int> at;
            QHash<QString, bool> withReactions;
            for (int i = 0; i < added.size(); ++i) {
                const QString &chatJid = added.at(i).chatJid;
                auto known = withReactions.find(chatJid);
                if (known == withReactions.end()) {
                    bool has = false;
                    if (!MessageExtras::chatHasReactions(db, accountId, chatJid, &has, &result.error))
                        return false;
                    known = withReactions.insert(chatJid, has);
                }
                if (*known || !added.at(i).replyTo.isEmpty()) {
                    decorated << added.at(i);
                    at << i;
                }
            }
            if (!MessageExtras::attach(db, accountId, decorated, &result.error))
                return false;
            for (int i = 0; i < at.size(); ++i)
                added[at.at(i)] = decorated.at(i);
            for (auto it = activity.cbegin(); it != activity.cend(); ++it) {
                if (!Sql::run(chat, {accountId, it.key(), it->last, it->unread, it->mentions}, &result.error))
                    return false;
            }
            return true;
        });
        if (ok)
            result.value = added;
        return result;
    });
}

QFuture<DbResult<MessageStore::Amended>> MessageStore::amend(qint64 accountId, const QList<ChatMessage> &amendments) const
{
    return m_db->run([accountId, amendments](QSqlDatabase &db) {
        DbResult<Amended> result;
        Amended amended;
        const bool ok = Sql::transaction(db, &result.error, [&] {
            QSqlQuery find(db), anyone(db), correct(db), retract(db), ftsDelete(db), ftsInsert(db), read(db);
            // The sender must match: nobody corrects or retracts someone else's message.
            if (!Sql::prepare(find, QStringLiteral("SELECT id FROM message WHERE account_id = ? AND chat_jid = ? AND sender = ?"
                                                   " AND outgoing = ? AND ((origin_id = ? AND origin_id <> '') OR (message_id = ? AND message_id <> '')"
                                                   " OR (stanza_id = ? AND stanza_id <> ''))"
                                                   " ORDER BY id DESC LIMIT 1"),
                              &result.error)
                || !Sql::prepare(anyone, QStringLiteral("SELECT 1 FROM message WHERE account_id = ? AND chat_jid = ?"
                                                         " AND ((origin_id = ? AND origin_id <> '') OR (message_id = ? AND message_id <> '')"
                                                         " OR (stanza_id = ? AND stanza_id <> '')) LIMIT 1"),
                                 &result.error)
                || !Sql::prepare(correct, QStringLiteral("UPDATE message SET body = ?, truncated = ?, edited = 1 WHERE id = ? AND retracted = 0"),
                                 &result.error)
                || !Sql::prepare(retract, QStringLiteral("UPDATE message SET body = '', retracted = 1, attachment_url = '' WHERE id = ?"),
                                 &result.error)
                || !Sql::prepare(ftsDelete, QStringLiteral("DELETE FROM message_fts WHERE rowid = ?"), &result.error)
                || !Sql::prepare(ftsInsert, QStringLiteral("INSERT INTO message_fts (rowid, body) VALUES (?, ?)"), &result.error)
                || !Sql::prepare(read, QStringLiteral("SELECT %1 FROM message m WHERE m.id = ?").arg(kColumns), &result.error))
                return false;
            for (const ChatMessage &a : amendments) {
                if (a.isReaction()) {
                    // Anyone in the chat may react; kept even when the message is not here yet.
                    if (!MessageExtras::saveReaction(db, accountId, a, &result.error))
                        return false;
                    const qint64 target = MessageExtras::findByAnyId(db, accountId, a.chatJid, a.reactsTo, &result.error);
                    if (!result.error.isEmpty())
                        return false;
                    if (target != 0) {
                        if (!Sql::run(read, {target}, &result.error) || !read.next())
                            return false;
                        amended.changed << readMessage(read);
                        read.finish();
                    }
                    continue;
                }
                const QString target = a.retracts.isEmpty() ? a.replaces : a.retracts;
                // (A room's retraction names the room's stanza-id.)
                if (!Sql::run(find, {accountId, a.chatJid, a.sender, a.outgoing, target, target, target}, &result.error))
                    return false;
                const qint64 id = find.next() ? find.value(0).toLongLong() : 0;
                find.finish();
                if (id == 0) {
                    // Someone else's message: ignored. Unknown: a correction is kept as a message.
                    if (!Sql::run(anyone, {accountId, a.chatJid, target, target, target}, &result.error))
                        return false;
                    const bool exists = anyone.next();
                    anyone.finish();
                    if (exists)
                        qCWarning(lcChat).noquote() << "ignored a correction or retraction by" << a.sender << "of a message not theirs";
                    else if (a.retracts.isEmpty())
                        amended.orphans << a;
                    continue;
                }
                const bool done = a.retracts.isEmpty()
                    ? Sql::run(correct, {a.body, a.truncated, id}, &result.error)
                        && Sql::run(ftsDelete, {id}, &result.error) && Sql::run(ftsInsert, {id, a.body}, &result.error)
                    : Sql::run(retract, {id}, &result.error) && Sql::run(ftsDelete, {id}, &result.error);
                if (!done || !Sql::run(read, {id}, &result.error) || !read.next())
                    return false;
                amended.changed << readMessage(read);
                read.finish();
            }
            return MessageExtras::attach(db, accountId, amended.changed, &result.error);
        });
        if (ok)
            result.value = amended;
        return result;
    });
}

QFuture<DbResult<MessagePage>> MessageStore::page(qint64 accountId, const QString &chatJid, const MessageCursor &before, int limit) const
{
    return m_db->run([accountId, chatJid, before, limit](QSqlDatabase &db) {
        DbResult<MessagePage> result;
        const qint64 stamp = before.isStart() ? std::numeric_limits<qint64>::max() : before.stamp;
        const qint64 id = before.isStart() ? std::numeric_limits<qint64>::max() : before.id;
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM message m WHERE m.account_id = ? AND m.chat_jid = ?"
                                         " AND (m.stamp < ? OR (m.stamp = ? AND m.id < ?)) ORDER BY m.stamp DESC, m.id DESC LIMIT ?")
                              .arg(kColumns),
                       {accountId, chatJid, stamp, stamp, id, limit + 1}, &result.error))
            return result;
        while (q.next()) {
            if (result.value.messages.size() == limit)
                break; // the extra row only tells that there is more
            result.value.messages << readMessage(q);
        }
        result.value.atEnd = !q.isValid();
        q.finish();
        if (!MessageExtras::attach(db, accountId, result.value.messages, &result.error))
            return result;
        if (!result.value.messages.isEmpty()) {
            const ChatMessage &oldest = result.value.messages.constLast();
            result.value.next = {oldest.stamp.toMSecsSinceEpoch(), oldest.rowId};
        }
        return result;
    });
}

QFuture<DbResult<QList<ChatSummary>>> MessageStore::chats(qint64 accountId) const
{
    return m_db->run([accountId](QSqlDatabase &db) {
        DbResult<QList<ChatSummary>> result;
        QSqlQuery q(db);
        // The newest message of each chat through its (account, chat, stamp, id) index.
        if (!Sql::exec(q, QStringLiteral("SELECT c.jid, c.kind, c.name, c.last_activity, c.unread, c.muted, c.draft, c.notify, c.nick, c.subject, c.mentions, %1"
                                         " FROM chat c LEFT JOIN message m ON m.id = (SELECT id FROM message"
                                         " WHERE account_id = c.account_id AND chat_jid = c.jid ORDER BY stamp DESC, id DESC LIMIT 1)"
                                         " WHERE c.account_id = ? ORDER BY c.last_activity DESC, m.id DESC")
                              .arg(kColumns),
                       {accountId}, &result.error))
            return result;
        while (q.next()) {
            ChatSummary c;
            c.jid = q.value(0).toString();
            c.kind = ChatSummary::Kind(q.value(1).toInt());
            c.name = q.value(2).toString();
            c.lastActivity = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
            c.unread = q.value(4).toInt();
            c.muted = q.value(5).toBool();
            c.draft = q.value(6).toString();
            c.notify = q.value(7).toInt();
            c.nick = q.value(8).toString();
            c.subject = q.value(9).toString();
            c.mentions = q.value(10).toInt();
            if (!q.value(11).isNull())
                c.last = readMessage(q, 11);
            result.value << c;
        }
        static_assert(kColumnCount == 20); // the last message's columns end the row
        return result;
    });
}

QFuture<DbResult<bool>> MessageStore::advanceState(qint64 accountId, const QString &chatJid, const QString &messageId,
                                                   ChatMessage::State state) const
{
    return setState(accountId, chatJid, messageId, state, QStringLiteral("state < %1").arg(int(state)));
}

QFuture<DbResult<bool>> MessageStore::setState(qint64 accountId, const QString &chatJid, const QString &messageId,
                                               ChatMessage::State state, const QString &when) const
{
    // when: a condition on the current state, built from ints only.
    return m_db->run([accountId, chatJid, messageId, state, when](QSqlDatabase &db) {
        DbResult<bool> result;
        QSqlQuery q(db);
        if (Sql::exec(q, QStringLiteral("UPDATE message SET state = ? WHERE account_id = ? AND chat_jid = ? AND outgoing = 1"
                                        " AND ((message_id = ? AND message_id <> '') OR (origin_id = ? AND origin_id <> '')) AND %1")
                             .arg(when),
                      {int(state), accountId, chatJid, messageId, messageId}, &result.error))
            result.value = q.numRowsAffected() > 0;
        return result;
    });
}

QFuture<DbResult<bool>> MessageStore::markFailed(qint64 accountId, const QString &chatJid, const QString &messageId) const
{
    return setState(accountId, chatJid, messageId, ChatMessage::State::Failed, QStringLiteral("state = %1").arg(int(ChatMessage::State::Pending)));
}

QFuture<DbResult<QList<ChatMessage>>> MessageStore::unsent(qint64 accountId) const
{
    return m_db->run([accountId](QSqlDatabase &db) {
        DbResult<QList<ChatMessage>> result;
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM message m WHERE m.account_id = ? AND m.outgoing = 1 AND m.state IN (?, ?)"
                                         " ORDER BY m.stamp, m.id")
                              .arg(kColumns),
                       {accountId, int(ChatMessage::State::Pending), int(ChatMessage::State::Failed)}, &result.error))
            return result;
        while (q.next())
            result.value << readMessage(q);
        return result;
    });
}

QFuture<DbStatus> MessageStore::markRead(qint64 accountId, const QString &chatJid, const QString &messageId) const
{
    return m_db->execute(QStringLiteral("UPDATE chat SET unread = 0, mentions = 0, displayed_id = ? WHERE account_id = ? AND jid = ?"),
                         {messageId, accountId, chatJid});
}

QFuture<DbStatus> MessageStore::setMuted(qint64 accountId, const QString &chatJid, bool muted) const
{
    return m_db->execute(QStringLiteral("INSERT INTO chat (account_id, jid, muted) VALUES (?, ?, ?)"
                                        " ON CONFLICT(account_id, jid) DO UPDATE SET muted = excluded.muted"),
                         {accountId, chatJid, muted});
}

QFuture<DbStatus> MessageStore::setDraft(qint64 accountId, const QString &chatJid, const QString &draft) const
{
    return m_db->execute(QStringLiteral("INSERT INTO chat (account_id, jid, draft) VALUES (?, ?, ?)"
                                        " ON CONFLICT(account_id, jid) DO UPDATE SET draft = excluded.draft"),
                         {accountId, chatJid, draft});
}

QFuture<DbResult<QList<ChatMessage>>> MessageStore::search(qint64 accountId, const QString &text, int limit) const
{
    return m_db->run([accountId, text, limit](QSqlDatabase &db) {
        DbResult<QList<ChatMessage>> result;
        const QString match = Sql::ftsPrefixQuery(text);
        if (match.isEmpty())
            return result;
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM message_fts f JOIN message m ON m.id = f.rowid"
                                         " WHERE message_fts MATCH ? AND m.account_id = ? ORDER BY m.stamp DESC LIMIT ?")
                              .arg(kColumns),
                       {match, accountId, limit}, &result.error))
            return result;
        while (q.next())
            result.value << readMessage(q);
        return result;
    });
}

} // namespace Hearth
