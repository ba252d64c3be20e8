#pragma once

#include <QString>
#include <optional>

namespace Hearth {

// A node the user follows: a blog (someone's urn:xmpp:microblog:0) or a
// community. shared: also listed publicly (XEP-0330 public list).
struct FollowedNode
{
    QString service;
    QString node;
    QString title;
    bool shared = false;

    friend bool operator==(const FollowedNode &, const FollowedNode &) = default;
};

// The XEP-0330 list item for a followed node (PROTOCOL-NOTES §2.2):
// <subscription xmlns='urn:xmpp:pubsub:subscription:0' server node><title/>.
namespace SubscriptionItem {
inline constexpr auto kNamespace = "urn:xmpp:pubsub:subscription:0";

// The item id: SHA-1 of server '<' node '<' account JID, hex.
[[nodiscard]] QString id(const QString &service, const QString &node, const QString &accountJid);
[[nodiscard]] QString write(const FollowedNode &node);
// The node an item names; nothing when it is not a subscription item or
// names no server and node.
[[nodiscard]] std::optional<FollowedNode> parse(const QString &xml);
} // namespace SubscriptionItem

} // namespace Hearth
