// libFuzzer target: any bytes as a XEP-0330 subscription list item (what
// Movim and other clients publish in the user's lists). Never a crash; an
// item Hearth accepts writes back well-formed and reads back the same.
#include "FuzzUtils.h"

#include "feed/FollowedNode.h"

using namespace Hearth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    const auto node = SubscriptionItem::parse(Fuzz::text(data, size));
    if (!node)
        return 0;
    FUZZ_REQUIRE(!node->service.isEmpty() && !node->node.isEmpty());
    const QString written = SubscriptionItem::write(*node);
    Fuzz::requireWellFormed(written);
    const auto again = SubscriptionItem::parse(written);
    FUZZ_REQUIRE(again && again->service == node->service && again->node == node->node && again->title == node->title);
    FUZZ_REQUIRE(SubscriptionItem::id(node->service, node->node, QStringLiteral("sam@example.org")).size() == 40);
    return 0;
}
