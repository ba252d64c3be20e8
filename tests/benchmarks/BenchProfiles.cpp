#include "BenchProfiles.h"

#include "AccountStore.h"
#include "BenchUtils.h"
#include "db/Database.h"
#include "feed/FollowStore.h"
#include "feed/MicroblogCodec.h"
#include "feed/PostStore.h"

namespace Hearth::Bench {

bool fillFeed(const QString &dir, int posts, const QString &pictureBase)
{
    Database db;
    auto opened = db.open(dir + QStringLiteral("/hearth.sqlite"));
    waitFor(opened);
    if (!opened.result().ok())
        return false;
    AccountStore accounts(&db);
    auto known = accounts.accounts();
    waitFor(known);
    qint64 account = known.result().value.isEmpty() ? 0 : known.result().value.constFirst().id;
    if (account == 0) {
        AccountRecord record;
        record.settings.jid = QStringLiteral("reader@example.org");
        auto saved = accounts.save(record);
        waitFor(saved);
        account = saved.result().value;
    }
    QList<FollowedNode> follows;
    for (int i = 0; i < kAuthors; ++i)
        follows << FollowedNode{QStringLiteral("user%1@example.org").arg(i), QStringLiteral("urn:xmpp:microblog:0"), {}, false};
    auto followed = FollowStore(&db).replace(account, follows);
    waitFor(followed);
    PostStore store(&db);
    QFuture<DbResult<int>> last;
    for (int start = 0; start < posts; start += 1000) {
        QList<Post> batch;
        for (int n = start; n < std::min(posts, start + 1000); ++n) {
            auto parsed = MicroblogCodec::parseXml(atomEntry(n, pictureBase), QStringLiteral("user%1@example.org").arg(n % kAuthors),
                                                   QStringLiteral("urn:xmpp:microblog:0"), QStringLiteral("post-%1").arg(n));
            if (parsed.post)
                batch << *parsed.post;
        }
        last = store.ingest(account, batch);
    }
    waitFor(last);
    return account > 0 && followed.result().ok() && last.result().ok();
}

} // namespace Hearth::Bench
