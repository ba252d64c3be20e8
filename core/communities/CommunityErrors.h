#pragma once

#include <QString>

struct QXmppError;

namespace Hearth::CommunityErrors {

// What a pubsub service's refusal means for the user, in their words:
// forbidden, not-authorized (members only, approval pending), item-not-found
// (no such community), conflict (the name is taken) and the like; otherwise
// the server's own text.
[[nodiscard]] QString explain(const QXmppError &error);
[[nodiscard]] QString offline();

} // namespace Hearth::CommunityErrors
