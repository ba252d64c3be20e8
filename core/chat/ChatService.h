#pragma once

#include "../AccountStateStore.h"
#include "ChatMessage.h"
#include "ChatStanzas.h"
#include "MessageArchive.h"
#include "MessageStore.h"

#include <QFuture>
#include <QXmppSendResult.h>
#include <QXmppTask.h>
#include <functional>
#include <memory>
#include <QHash>
#include <QSet>
#include <QObject>

class QXmppMessage;

namespace Hearth {

class Account;
class Database;
class E2eeService;

// One-to-one chat on the cache: live messages both ways, copies from the
// user's other clients (carbons, XEP-0280), delivery receipts (XEP-0184)
// and read markers (XEP-0333) sent and shown, and the history from the
// server's archive (XEP-0313): caught up from the last known archive id at
// each new session, older pages on demand. Everything goes through the
// MessageStore, which merges the copies; messagesAdded() tells models.
class ChatService : public QObject
{
    Q_OBJECT
public:
    static constexpr int kArchivePage = 100;
    static constexpr int kFirstCatchUp = 200;    // a new cache takes this much history
    // A catch-up reads on until the archive says it is complete; this only
    // stops a server that never does (100,000 messages at 100 a page).
    static constexpr int kMaxCatchUpPages = 1000;
    static constexpr int kStoreBatch = 1000;     // catch-up messages stored per transaction

    ChatService(Database *db, Account *account, QObject *parent = nullptr);

    void setAccountId(qint64 id, const QString &ownJid);
    // End-to-end encryption: what goes to a chat that encrypts is sent
    // through it (never in the clear when that fails), and messages that
    // arrive still encrypted are stored with why they could not be read.
    void setEncryption(E2eeService *e2ee) { m_e2ee = e2ee; }
    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    [[nodiscard]] Account *account() const { return m_account; }
    [[nodiscard]] QString ownJid() const { return m_ownJid; }
    [[nodiscard]] const MessageStore &messages() const { return m_store; }
    [[nodiscard]] bool isCatchingUp() const { return m_catchingUp; }
    // The archive catch-up of this session has finished (with or without error).
    [[nodiscard]] bool hasCaughtUp() const { return m_caughtUp; }

    // Sends a text message (stored at once as pending; Sent once the server
    // has it, Delivered and Displayed as the other side says).
    QFuture<ChatMessage> send(const QString &chatJid, const QString &body);
    // Sends a Failed message again (Retry).
    void resend(const ChatMessage &message, std::function<void(bool sent)> done = {});
    // Whether what is sent to chatJid now goes end-to-end encrypted.
    [[nodiscard]] bool encrypts(const QString &chatJid) const;
    // Shares an uploaded file (XEP-0363): its URL as the body and as an
    // out-of-band link (XEP-0066), as Conversations, Dino and Gajim send them.
    // An encrypted file's aesgcm:// link (it carries the key) only ever goes
    // encrypted: the conversation is switched to encrypted for it, and the
    // message fails rather than going in the clear.
    QFuture<ChatMessage> sendFile(const QString &chatJid, const QUrl &url, const QString &mimeType);
    // Shares a post the way Movim does (MOVIM-WIRE §2.7): a "shared a post"
    // body, a urn:xmpp:reference:0 data reference and an out-of-band link,
    // both the post's xmpp: URI.
    QFuture<ChatMessage> sharePost(const QString &chatJid, const QString &postUri, const QString &title);
    // Last-message correction (XEP-0308) and retraction (XEP-0424) of the
    // user's own message, applied here at once and sent.
    void correct(const ChatMessage &original, const QString &body);
    void retract(const ChatMessage &original);
    // Reactions (XEP-0444): sends the user's full set for the message
    // (empty: none); toggleReaction adds or removes one emoji from it.
    void react(const ChatMessage &target, const QStringList &emojis);
    void toggleReaction(const ChatMessage &target, const QString &emoji);
    // A reply (XEP-0461) quoting the message it answers, the quote marked
    // as a fallback (XEP-0428) so that clients without replies show it.
    QFuture<ChatMessage> reply(const ChatMessage &target, const QString &body);
    // XEP-0085: tells the other side the user is typing (or stopped).
    void setComposing(const QString &chatJid, bool composing);
    // The user has seen the chat up to this message: the unread count
    // clears and, when the sender asked for it, a displayed marker goes out.
    void markDisplayed(const ChatMessage &message);
    // Older history of one chat from the archive, before its oldest known
    // archive id; resolves to how many messages were new, -1 when the
    // archive could not be asked (offline).
    QFuture<int> fetchOlder(const QString &chatJid, const QString &beforeArchiveId);
    // One page of the server's archive before an archive id (empty: the
    // newest), stored in the cache: chatJid empty pages the whole own
    // archive, a room's JID that room's. The export pages back with it until
    // the archive's start.
    struct ArchivePage
    {
        int stored = 0;
        QString first;         // the page's oldest archive id
        bool complete = false; // nothing older on the server
        QString error;
    };
    QFuture<ArchivePage> fetchArchivePage(const QString &chatJid, const QString &beforeArchiveId);
    // Catches up from the archive now (done at each new session).
    void catchUp();

    // Rooms the user is or was in (RoomService keeps this): their messages are
    // taken, and what the user sends there goes as groupchat under the nick.
    void setRoomNick(const QString &room, const QString &nick);
    [[nodiscard]] bool isRoom(const QString &chatJid) const { return m_roomNicks.contains(chatJid); }
    [[nodiscard]] QString roomNick(const QString &room) const { return m_roomNicks.value(room); }
    // The chat a JID talks in: its bare JID, or the occupant JID of
    // someone written to privately in a room (room@service/nick).
    [[nodiscard]] QString conversationOf(const QString &jid) const;
    // The user's sender name in a chat: the nick in a room, else the JID.
    [[nodiscard]] QString ownSenderIn(const QString &chatJid) const;
    // A room's history from its archive since the last id seen (the newest
    // page, marked read, for a room new to the cache); roomCaughtUp() after.
    void catchUpRoom(const QString &room);
    // The room's history has been caught up in this session.
    [[nodiscard]] bool hasRoomCaughtUp(const QString &room) const { return m_roomsCaughtUp.contains(room); }

Q_SIGNALS:
    void messagesAdded(const QList<Hearth::ChatMessage> &messages);
    // Messages corrected or retracted (same row ids).
    void messagesChanged(const QList<Hearth::ChatMessage> &messages);
    // The other side started or stopped typing (XEP-0085).
    void composingChanged(const QString &chatJid, bool composing);
    void stateChanged(const QString &chatJid, const QString &messageId, Hearth::ChatMessage::State state);
    void catchingUpChanged();
    void roomCaughtUp(const QString &room);
    void errorOccurred(const QString &message);

private:
    void onMessage(const QXmppMessage &stanza);
    void onSessionStarted(bool resumed);
    void advance(const QString &chatJid, const QString &messageId, ChatMessage::State state);
    QFuture<bool> store(const QList<ChatMessage> &messages);
    void catchUpFrom(const QString &after);
    QFuture<ChatMessage> sendMessage(ChatMessage local);
    void transmit(const ChatMessage &saved, std::function<void(bool sent)> done = {});
    // Sends a stanza of the chat: encrypted when the chat is (or the
    // message it amends was), else as it is.
    QXmppTask<QXmpp::SendResult> dispatch(QXmppMessage &&stanza, bool encrypted);
    // A correction, reaction or retraction, already applied here: a failure is reported.
    void sendAmendment(QXmppMessage &&stanza, bool encrypted);
    // The OMEMO version a message to chatJid goes with.
    [[nodiscard]] ChatMessage::Encryption encryptionFor(const QString &chatJid) const;
    // A message that arrived as stanza, marked when it stayed encrypted.
    void markUndecrypted(ChatMessage &m, const QXmppMessage &stanza) const;
    void resendUnsent();
    void resendNext(const std::shared_ptr<QList<ChatMessage>> &queue);
    [[nodiscard]] QList<ChatMessage> messagesOf(const MessageArchive::Page &page, const QString &archive) const;
    [[nodiscard]] ChatStanzas::Kind kindOf(const QString &chatJid) const;
    // A message with an occupant of a room, out of the room: filed under
    // their occupant JID, not in the room's conversation.
    [[nodiscard]] ChatMessage privately(ChatMessage m, const QXmppMessage &stanza) const;
    // The id reactions, replies and retractions name (ChatStanzas::referenceId,
    // the sender's id while a room has not echoed the message yet).
    [[nodiscard]] QString targetIdOf(const ChatMessage &m) const;

    Account *m_account;
    E2eeService *m_e2ee = nullptr;
    MessageStore m_store;
    AccountStateStore m_state;
    qint64 m_accountId = 0;
    QString m_ownJid;
    bool m_catchingUp = false;
    bool m_caughtUp = false;
    bool m_catchUpStoreFailed = false; // this catch-up lost a part: the position stays
    QHash<QString, QString> m_roomNicks;
    QList<ChatMessage> m_catchUpBuffer; // archive pages not stored yet
    QSet<QString> m_roomsCaughtUp;
};

} // namespace Hearth
