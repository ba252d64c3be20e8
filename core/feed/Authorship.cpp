#include "Authorship.h"

#include "Post.h"

namespace Hearth::Authorship {

namespace {
QString bare(const QString &jid)
{
    return jid.section(u'/', 0, 0).trimmed().toLower();
}

// A personal blog: the microblog node of a user's own PEP service.
bool isPersonalBlog(const Post &post)
{
    return post.node == QLatin1String("urn:xmpp:microblog:0") && post.service.contains(u'@');
}
} // namespace

void credit(Post &post, const QString &publisher)
{
    QString by = bare(publisher);
    if (by.isEmpty() && isPersonalBlog(post))
        by = bare(post.service);
    post.publisher = by;
    const QString claimed = bare(post.claimedAuthor);
    if (by.isEmpty()) {
        post.authorJid = claimed;
        post.verified = false;
        return;
    }
    post.authorJid = by;
    post.verified = claimed.isEmpty() || claimed == by;
}

bool claimsSomeoneElse(const Post &post)
{
    return !post.verified && !post.claimedAuthor.isEmpty() && bare(post.claimedAuthor) != post.authorJid;
}

} // namespace Hearth::Authorship
