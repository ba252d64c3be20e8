#include "Post.h"

namespace Hearth {

QList<PostLink> Post::pictures() const
{
    QList<PostLink> pictures;
    for (const auto &link : links) {
        if (link.rel == QLatin1String("enclosure") && link.type.startsWith(QLatin1String("image/")))
            pictures << link;
    }
    return pictures;
}

} // namespace Hearth
