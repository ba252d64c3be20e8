#pragma once

#include "ChatMessage.h"

#include <QDateTime>
#include <optional>

class QXmppMessage;

namespace Hearth::ChatStanzas {

// Quotes are cut there (a reply quotes the start of what it answers).
inline constexpr int kMaxQuote = 300;

// Where a message goes: a contact (type chat) or a room (groupchat).
enum class Kind { Direct, Group };

// An arriving one-to-one stanza as a message of the chat with the other
// side; nullopt for what is not a chat message (receipts, markers, chat
// states, group chat). archiveId/archived when it came from the archive.
[[nodiscard]] std::optional<ChatMessage> fromStanza(const QXmppMessage &stanza, const QString &ownJid, const QString &archiveId = {},
                                                    const QDateTime &archived = {});
// An arriving room message (XEP-0045): the chat is the room, the sender
// the nickname, outgoing when it is the user's nickname there; the room's
// own stanza-id is the archive id (MOVIM-WIRE §2.8). nullopt for subject
// changes and messages without content.
[[nodiscard]] std::optional<ChatMessage> fromGroupStanza(const QXmppMessage &stanza, const QString &ownNick,
                                                         const QString &archiveId = {}, const QDateTime &archived = {});

// Whether a one-to-one message went through a room to or from one of its
// occupants (it carries an empty muc#user element, XEP-0045 §7.5).
[[nodiscard]] bool isPrivateRoomMessage(const QXmppMessage &stanza);

// The wire form of a message Hearth sends: Movim's ids, receipt (one-to-
// one only) and marker requests, the out-of-band link, a shared post's
// reference, a reply with its quote.
[[nodiscard]] QXmppMessage stanzaFor(const ChatMessage &message, Kind kind = Kind::Direct);
// The user's full set of reactions to a message (XEP-0444).
[[nodiscard]] QXmppMessage reactionStanza(const QString &chatJid, const QString &targetId, const QStringList &emojis,
                                          Kind kind = Kind::Direct);
// A correction (XEP-0308) of the message with id replaces.
[[nodiscard]] QXmppMessage correctionStanza(const ChatMessage &correction, Kind kind = Kind::Direct);
// A retraction (XEP-0424) with a fallback body and a store hint.
[[nodiscard]] QXmppMessage retractionStanza(const QString &chatJid, const QString &targetId, const QString &fallback,
                                            Kind kind = Kind::Direct);

// The id others use to point at a message in reactions, replies and
// retractions: the room's stanza-id in a room, the sender's origin-id (or
// message id) between two people (MOVIM-WIRE §2.8).
[[nodiscard]] QString referenceId(const ChatMessage &message, Kind kind);
// The id a correction names: always the origin-id (or message id).
[[nodiscard]] QString correctionId(const ChatMessage &message);

} // namespace Hearth::ChatStanzas
