#include "BenchProfiles.h"

#include "AccountStore.h"
#include "BenchUtils.h"
#include "chat/MessageStore.h"
#include "db/Database.h"
#include "feed/FollowStore.h"
#include "feed/MicroblogCodec.h"
#include "feed/PostStore.h"
#include "profile/AvatarCache.h"
#include "profile/ProfileStore.h"
#include "roster/RosterStore.h"

#include <QDirIterator>
#include <QFile>

namespace Hearth::Bench {

qint64 openWithAccount(Database &db, const QString &path, const QString &jid)
{
    auto opened = db.open(path);
    waitFor(opened);
    if (!opened.result().ok())
        return 0;
    AccountStore accounts(&db);
    auto known = accounts.accounts();
    waitFor(known);
    if (!known.result().value.isEmpty())
        return known.result().value.constFirst().id;
    AccountRecord record;
    record.settings.jid = jid;
    // A server on this machine, as in the demo: pictures may come over
    // plain HTTP from loopback (bench_scroll's local picture server).
    record.settings.host = QStringLiteral("127.0.0.1");
    auto saved = accounts.save(record);
    waitFor(saved);
    return saved.result().value;
}

bool fillChats(const QString &dir, const QList<int> &sizes)
{
    Database db;
    const QString me = QStringLiteral("reader@example.org");
    const qint64 account = openWithAccount(db, dir + QStringLiteral("/hearth.sqlite"), me);
    if (account == 0)
        return false;
    MessageStore store(&db);
    const QDateTime start(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    QFuture<DbResult<QList<ChatMessage>>> last;
    for (int chat = 0; chat < sizes.size(); ++chat) {
        for (int first = 0; first < sizes.at(chat); first += 1000) {
            QList<ChatMessage> batch;
            for (int n = first; n < std::min(sizes.at(chat), first + 1000); ++n) {
                ChatMessage m;
                m.chatJid = chatJid(chat);
                m.outgoing = n % 3 == 0;
                m.sender = m.outgoing ? me : m.chatJid;
                m.stamp = start.addSecs(n);
                m.messageId = m.originId = QStringLiteral("c%1-%2").arg(chat).arg(n);
                m.stanzaId = QStringLiteral("a%1-%2").arg(chat).arg(n);
                m.state = m.outgoing ? ChatMessage::State::Displayed : ChatMessage::State::Received;
                m.setBody(QStringLiteral("Message %1 about the %2, and a few more words to make it a chat line.")
                              .arg(n)
                              .arg(kWords.at(n % kWords.size())));
                batch << m;
            }
            last = store.ingest(account, batch);
        }
    }
    waitFor(last);
    return last.result().ok();
}

bool addContacts(Database &db, qint64 account, const QString &dir, int contacts, const QString &domain)
{
    RosterSnapshot snapshot;
    snapshot.version = QStringLiteral("1");
    for (int i = 0; i < contacts; ++i) {
        RosterEntry entry;
        entry.jid = QStringLiteral("contact%1@%2").arg(i).arg(domain);
        entry.name = QStringLiteral("Contact Number %1").arg(i);
        entry.subscription = RosterEntry::Subscription::Both;
        entry.groups = {QStringLiteral("Group %1").arg(i % 20)};
        snapshot.entries.append(entry);
    }
    auto written = RosterStore(&db).replace(account, snapshot);
    waitFor(written);
    if (!written.result().ok())
        return false;
    if (contacts == 0)
        return true;
    AvatarCache cache(dir + QStringLiteral("/cache/avatars"));
    QStringList hashes;
    QDirIterator pictures(QStringLiteral(":/hearth/demo-avatars"));
    while (pictures.hasNext()) {
        QFile file(pictures.next());
        if (file.open(QIODevice::ReadOnly))
            hashes << cache.store(file.readAll()).hash;
    }
    if (hashes.isEmpty())
        return false;
    ProfileStore profiles(&db);
    QFuture<DbStatus> last;
    for (int i = 0; i < contacts; ++i)
        last = profiles.saveAvatar(account, snapshot.entries.at(i).jid, hashes.at(i % hashes.size()));
    waitFor(last);
    return last.result().ok();
}

bool fillFeed(const QString &dir, int posts, const QString &pictureBase)
{
    Database db;
    const qint64 account = openWithAccount(db, dir + QStringLiteral("/hearth.sqlite"));
    if (account == 0)
        return false;
    const bool followed = followAuthors(db, account);
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
    return account > 0 && followed && last.result().ok();
}

bool followAuthors(Database &db, qint64 account)
{
    QList<FollowedNode> follows;
    for (int i = 0; i < kAuthors; ++i)
        follows << FollowedNode{QStringLiteral("user%1@example.org").arg(i), QStringLiteral("urn:xmpp:microblog:0"), {}, false};
    auto followed = FollowStore(&db).replace(account, follows);
    waitFor(followed);
    return followed.result().ok();
}

bool addThreads(Database &db, qint64 account, int first, int last)
{
    PostStore store(&db);
    QList<QFuture<DbResult<int>>> pending;
    QList<Post> batch;
    for (int n = first; n < last; ++n) {
        const QString node = QStringLiteral("urn:xmpp:microblog:0:comments/post-%1").arg(n);
        for (int k = 0; k < 3; ++k) {
            auto parsed = MicroblogCodec::parseXml(commentEntry(n, k, k == 2), QStringLiteral("comments.example.org"), node,
                                                   QStringLiteral("c-%1-%2").arg(n).arg(k));
            if (!parsed.post)
                return false;
            batch << *parsed.post;
        }
        if (batch.size() >= 999 || n == last - 1) {
            pending << store.ingest(account, batch);
            batch.clear();
        }
    }
    for (auto &done : pending) {
        waitFor(done);
        if (!done.result().ok())
            return false;
    }
    return true;
}

} // namespace Hearth::Bench
