#include "FeedSync.h"

#include "../Account.h"
#include "../Logging.h"
#include "../Promises.h"
#include "../roster/ContactList.h"

#include <QXmppClient.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPubSubManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
const QString kContactsFollowedKey = QStringLiteral("feed.contacts-followed");

// Counts what a fan-out of node polls added, and reports once all are in.
struct FanIn
{
    int pending = 0;
    int added = 0;
    std::function<void(int)> done;
    void finishOne(int n)
    {
        added += n;
        if (--pending == 0)
            done(added);
    }
};
} // namespace

FeedSync::FeedSync(Database *db, Account *account, ContactList *contacts, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_contacts(contacts)
    , m_posts(db)
    , m_followStore(db)
    , m_state(db)
    , m_followService(new FollowService(account->client(), this))
{
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(30); // a burst of events becomes one transaction
    connect(&m_liveTimer, &QTimer::timeout, this, &FeedSync::flushLive);
    connect(service(), &FeedService::postReceived, this, &FeedSync::queueLive);
    connect(service(), &FeedService::postRetracted, this, &FeedSync::onRetracted);
    connect(account, &Account::sessionStarted, this, &FeedSync::onSessionStarted);
    connect(account, &Account::rosterReceived, this, [this] {
        m_rosterReady = true;
        followContactsOnce();
    });
}

FeedService *FeedSync::service() const
{
    return m_account->feed();
}

QString FeedSync::ownJid() const
{
    return m_ownJid;
}

void FeedSync::loadFollows()
{
    m_followStore.list(m_accountId).then(this, [this](DbResult<QList<FollowedNode>> result) {
        if (result.ok()) {
            m_follows = result.value;
            Q_EMIT followsChanged();
        }
    });
}

void FeedSync::setAccountId(qint64 id, const QString &ownJid)
{
    m_accountId = id;
    m_ownJid = ownJid.toLower();
    if (id > 0)
        loadFollows();
}

bool FeedSync::isFollowing(const QString &service, const QString &node) const
{
    return std::any_of(m_follows.cbegin(), m_follows.cend(),
                       [&](const FollowedNode &f) { return f.service == service && f.node == node; });
}

void FeedSync::onSessionStarted(bool resumed)
{
    if (resumed)
        return; // XEP-0198 replayed what was missed
    m_listsRead = false;
    m_rosterReady = false;
    m_subscribedThreads.clear();
    discoverCommentsService();
    readFollowLists();
}

void FeedSync::discoverCommentsService()
{
    // Movim puts comment nodes on comments.<domain> when the server has it.
    const QString domain = m_account->client()->configuration().domain();
    m_account->client()->findExtension<QXmppDiscoveryManager>()->requestDiscoItems(domain).then(
        this, [this, domain](QXmppDiscoveryManager::ItemsResult result) {
            QString found;
            if (auto *items = std::get_if<QList<QXmppDiscoveryIq::Item>>(&result)) {
                for (const auto &item : std::as_const(*items)) {
                    if (item.jid() == QStringLiteral("comments.") + domain)
                        found = item.jid();
                }
            }
            service()->setCommentsService(found);
            qCDebug(lcFeed) << "comments service:" << (found.isEmpty() ? QStringLiteral("own PEP") : found);
        });
}

void FeedSync::readFollowLists()
{
    beginSync();
    m_followService->readLists().then(this, [this](FollowService::ListResult lists) {
        auto carryOn = [this] {
            m_listsRead = true;
            followContactsOnce();
            syncAll();
            endSync();
        };
        if (!lists.error.isEmpty()) {
            // Keep the cached follows; poll them anyway.
            qCWarning(lcFeed).noquote() << "follow lists not read:" << lists.error;
            carryOn();
            return;
        }
        m_follows = lists.nodes;
        Q_EMIT followsChanged();
        m_followStore.replace(m_accountId, lists.nodes).then(this, [carryOn](DbStatus) { carryOn(); });
    });
}

void FeedSync::followContactsOnce()
{
    if (!m_listsRead || !m_rosterReady || !m_followContacts || m_accountId <= 0)
        return;
    m_followContacts = false; // once per run; the stored flag covers restarts
    m_state.value(m_accountId, kContactsFollowedKey).then(this, [this](DbResult<QVariant> done) {
        if (!done.ok() || done.value.toBool())
            return;
        (void)m_state.setValue(m_accountId, kContactsFollowedKey, true);
        for (const RosterEntry &entry : m_contacts->entries()) {
            const bool subscribed = entry.subscription == RosterEntry::Subscription::To
                || entry.subscription == RosterEntry::Subscription::Both;
            if (subscribed && !isFollowing(entry.jid, QString::fromLatin1(FeedService::kMicroblogNode)))
                (void)follow({entry.jid, QString::fromLatin1(FeedService::kMicroblogNode), entry.name, false});
        }
    });
}

void FeedSync::beginSync()
{
    if (m_syncing++ == 0)
        Q_EMIT syncingChanged(true);
}

void FeedSync::endSync()
{
    if (--m_syncing == 0)
        Q_EMIT syncingChanged(false);
}

void FeedSync::syncAll()
{
    if (m_account->state() != Connection::State::Online)
        return;
    QList<FollowedNode> nodes = m_follows;
    const QString microblog = QString::fromLatin1(FeedService::kMicroblogNode);
    if (!isFollowing(ownJid(), microblog))
        nodes.prepend({ownJid(), microblog, {}, false});
    beginSync();
    auto fan = std::make_shared<FanIn>();
    fan->pending = int(nodes.size());
    fan->done = [this](int added) {
        // Comments made while away on the newest posts.
        m_posts.page(m_accountId, {}, kThreadsPolled, FeedQuery{FeedQuery::Scope::Feed, ownJid()})
            .then(this, [this, added](DbResult<FeedPage> page) {
                auto threads = std::make_shared<FanIn>();
                threads->done = [this, added](int comments) {
                    qCInfo(lcFeed) << "feed synced:" << added << "new items," << comments << "new comments and likes";
                    Q_EMIT syncFinished(added);
                    endSync();
                };
                threads->pending = 1; // released below, so an empty page finishes too
                for (const Post &post : std::as_const(page.value.posts)) {
                    if (!post.comments.isValid())
                        continue;
                    ++threads->pending;
                    catchUp(post.comments.service, post.comments.node, 100, true).then(this, [threads](int n) { threads->finishOne(n); });
                }
                threads->finishOne(0);
            });
    };
    for (const FollowedNode &node : std::as_const(nodes)) {
        m_posts.count(m_accountId, node.service, node.node).then(this, [this, node, fan](DbResult<int> cached) {
            catchUp(node.service, node.node, kFirstPage, cached.value == 0).then(this, [fan](int added) { fan->finishOne(added); });
        });
    }
}

QFuture<int> FeedSync::catchUp(const QString &service, const QString &node, int maxItems, bool firstVisit)
{
    auto promise = startedPromise<int>();
    beginSync();
    this->service()->fetchRecent(service, node, maxItems).then(this, [=, this](FeedService::Page page) {
        if (!page.error.isEmpty()) {
            if (page.missing)
                qCDebug(lcFeed).noquote() << "nothing published yet on" << service << node;
            else
                qCInfo(lcFeed).noquote() << "cannot read" << service << node << ":" << page.error;
            fulfil(promise, 0);
            endSync();
            return;
        }
        QStringList ids;
        const Post *oldest = nullptr;
        for (const Post &post : std::as_const(page.posts)) {
            ids << post.itemId;
            if (!oldest || post.published < oldest->published)
                oldest = &post;
        }
        const QString oldestId = oldest ? oldest->itemId : QString();
        m_posts.known(m_accountId, service, node, ids).then(this, [=, this](DbResult<QSet<QString>> known) {
            const int added = int(ids.size() - known.value.size());
            const bool serverHasMore = page.received >= maxItems;
            // Caught up when the page reaches back into the cache: its
            // oldest item is known. (The newest may be known already from
            // a push on login, with a gap behind it.)
            const bool reachesCache = known.value.contains(oldestId);
            qCDebug(lcFeed).noquote() << "catch-up" << service << node << "asked" << maxItems << "got" << page.received << "known" << known.value.size() << "reaches cache" << reachesCache;
            (void)store(page.posts);
            if (firstVisit || reachesCache || !serverHasMore || maxItems >= kMaxCatchUp) {
                if (firstVisit)
                    (void)m_followStore.setComplete(m_accountId, service, node, !serverHasMore);
                fulfil(promise, added);
                endSync();
                return;
            }
            // Nothing known among the newest: further back (max_items
            // returns the newest N, so a larger N reaches older items).
            catchUp(service, node, std::min(maxItems * 4, int(kMaxCatchUp)), false).then(this, [=, this](int more) {
                fulfil(promise, added + more);
                endSync();
            });
        });
    });
    return promise->future();
}

void FeedSync::fetchOlder()
{
    if (m_account->state() != Connection::State::Online) {
        Q_EMIT olderFetched(0);
        return;
    }
    m_followStore.incomplete(m_accountId).then(this, [this](DbResult<QList<FollowedNode>> nodes) {
        if (nodes.value.isEmpty()) {
            Q_EMIT olderFetched(0);
            return;
        }
        auto fan = std::make_shared<FanIn>();
        fan->pending = int(nodes.value.size());
        fan->done = [this](int added) { Q_EMIT olderFetched(added); };
        for (const FollowedNode &node : std::as_const(nodes.value))
            fetchNode(node.service, node.node, kOlderStep).then(this, [fan](int added) { fan->finishOne(added); });
    });
}

QFuture<int> FeedSync::fetchNode(const QString &service, const QString &node, int atLeast)
{
    auto promise = startedPromise<int>();
    m_posts.count(m_accountId, service, node).then(this, [=, this](DbResult<int> cached) {
        const int want = cached.value + atLeast;
        this->service()->fetchRecent(service, node, want).then(this, [=, this](FeedService::Page page) {
            if (!page.error.isEmpty()) {
                fulfil(promise, 0);
                return;
            }
            if (page.received < want)
                (void)m_followStore.setComplete(m_accountId, service, node, true);
            store(page.posts).then(this, [=](int) { fulfil(promise, std::max(0, page.received - cached.value)); });
        });
    });
    return promise->future();
}

void FeedSync::followThread(const Post &post)
{
    const QString key = post.comments.service + u'/' + post.comments.node;
    if (!post.comments.isValid() || m_subscribedThreads.contains(key) || m_account->state() != Connection::State::Online)
        return;
    // Follow the thread live (XEP-0277: comment nodes need an explicit
    // subscription; a failure only means no live updates).
    m_subscribedThreads.insert(key);
    auto *pubsub = m_account->client()->findExtension<QXmppPubSubManager>();
    pubsub->subscribeToNode(post.comments.service, post.comments.node, ownJid());
}

QFuture<int> FeedSync::fetchThread(const Post &post)
{
    if (!post.comments.isValid())
        return QtFuture::makeReadyFuture(0);
    followThread(post);
    auto promise = startedPromise<int>();
    service()->fetchRecent(post.comments.service, post.comments.node, kMaxCatchUp).then(this, [=, this](FeedService::Page page) {
        if (!page.error.isEmpty()) {
            fulfil(promise, 0);
            return;
        }
        // Comments deleted while away leave the cache too.
        m_posts.thread(m_accountId, post.comments).then(this, [=, this](DbResult<QList<Post>> cached) {
            QSet<QString> onServer;
            for (const Post &c : page.posts)
                onServer.insert(c.itemId);
            QSet<QString> known;
            for (const Post &c : std::as_const(cached.value)) {
                known.insert(c.itemId);
                if (!onServer.contains(c.itemId))
                    onRetracted(c.uri());
            }
            const int added = int((onServer - known).size());
            store(page.posts).then(this, [=](int) { fulfil(promise, added); });
        });
    });
    return promise->future();
}

QFuture<int> FeedSync::store(const QList<Post> &posts)
{
    if (posts.isEmpty())
        return QtFuture::makeReadyFuture(0);
    return m_posts.ingest(m_accountId, posts).then(this, [this, posts](DbResult<int> stored) {
        if (!stored.ok()) {
            Q_EMIT errorOccurred(stored.error);
            return 0;
        }
        Q_EMIT postsChanged(posts);
        return stored.value;
    });
}

void FeedSync::queueLive(const Post &post)
{
    m_liveQueue << post;
    if (!m_liveTimer.isActive())
        m_liveTimer.start();
}

void FeedSync::flushLive()
{
    (void)store(std::exchange(m_liveQueue, {}));
}

void FeedSync::onRetracted(const XmppUri &item)
{
    m_posts.remove(m_accountId, item).then(this, [this, item](DbStatus removed) {
        if (removed.ok())
            Q_EMIT postRemoved(item);
    });
}

QFuture<FeedService::Published> FeedSync::publish(const Post &post, bool withComments)
{
    return service()->publish(post, withComments).then(this, [this](FeedService::Published published) {
        if (published.error.isEmpty())
            (void)store({published.post});
        return published;
    });
}

QFuture<FeedService::Published> FeedSync::comment(const Post &parent, const QString &text)
{
    followThread(parent); // engaging with a post follows its comments
    return service()->comment(parent, text).then(this, [this](FeedService::Published published) {
        if (published.error.isEmpty())
            (void)store({published.post});
        return published;
    });
}

QFuture<FeedService::Published> FeedSync::like(const Post &parent)
{
    return comment(parent, QStringLiteral("\u2665"));
}

QFuture<QString> FeedSync::unlike(const Post &parent)
{
    auto promise = startedPromise<QString>();
    m_posts.thread(m_accountId, parent.comments).then(this, [=, this](DbResult<QList<Post>> thread) {
        QList<Post> mine;
        for (const Post &c : std::as_const(thread.value)) {
            if (c.isLike() && c.authorJid == ownJid())
                mine << c;
        }
        if (mine.isEmpty()) {
            fulfil(promise, QString());
            return;
        }
        auto fan = std::make_shared<FanIn>();
        auto errors = std::make_shared<QStringList>();
        fan->pending = int(mine.size());
        fan->done = [promise, errors](int) { fulfil(promise, errors->value(0)); };
        for (const Post &like : std::as_const(mine)) {
            service()->retract(like.uri()).then(this, [=, this](QString error) {
                if (error.isEmpty())
                    onRetracted(like.uri());
                else
                    errors->append(error);
                fan->finishOne(0);
            });
        }
    });
    return promise->future();
}

QFuture<QString> FeedSync::remove(const Post &post)
{
    auto task = post.isComment() ? service()->retract(post.uri()) : service()->remove(post);
    return task.then(this, [this, post](QString error) {
        if (error.isEmpty())
            onRetracted(post.uri());
        return error;
    });
}

QFuture<QString> FeedSync::follow(const FollowedNode &node)
{
    return m_followService->follow(node).then(this, [this, node](QString error) {
        if (!error.isEmpty())
            return error;
        if (!isFollowing(node.service, node.node))
            m_follows << node;
        Q_EMIT followsChanged();
        m_followStore.add(m_accountId, node).then(this, [this, node](DbStatus) {
            m_posts.count(m_accountId, node.service, node.node).then(this, [this, node](DbResult<int> cached) {
                catchUp(node.service, node.node, kFirstPage, cached.value == 0).then(this, [this](int added) {
                    Q_EMIT syncFinished(added);
                });
            });
        });
        return QString();
    });
}

QFuture<QString> FeedSync::unfollow(const FollowedNode &node)
{
    return m_followService->unfollow(node).then(this, [this, node](QString error) {
        m_follows.removeIf([&](const FollowedNode &f) { return f.service == node.service && f.node == node.node; });
        Q_EMIT followsChanged();
        m_followStore.remove(m_accountId, node.service, node.node).then(this, [this](DbStatus) { Q_EMIT syncFinished(0); });
        return error;
    });
}

} // namespace Hearth
