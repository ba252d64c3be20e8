#pragma once

#include <QString>

namespace Hearth {

struct Post;

// Who wrote an item, decided the way Movim decides it (MOVIM-WIRE §2.2): an
// entry's author/uri is believed only when it is the item's publisher as the
// server stamps it. Without a publisher (Prosody hides it unless
// expose_publisher is set), a personal blog's items are its owner's (only
// the owner publishes there); anything else keeps its claimed author,
// unverified. Likes count once per credited author, so a forged author
// cannot add likes.
namespace Authorship {

// Sets post.publisher, post.authorJid and post.verified from publisher (a
// JID, possibly full; empty when the server did not say) and the author the
// entry claimed (post.claimedAuthor). Idempotent.
void credit(Post &post, const QString &publisher);

// Whether the user interface should say the entry claims someone else.
[[nodiscard]] bool claimsSomeoneElse(const Post &post);

} // namespace Authorship
} // namespace Hearth
