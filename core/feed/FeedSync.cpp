#include "FeedSync.h"

#include "../Account.h"
#include "../Logging.h"
#include "../Promises.h"
#include "../db/Database.h"
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
    , m_db(db)
    , m_account(account)
    , m_contacts(contacts)
    , m_posts(db)
    , m_followStore(db)
    , m_syncStore(db)
    , m_outbox(db)
    , m_state(db)
    , m_followService(new FollowService(account->client(), this))
{
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(30); // a burst of events becomes one transaction
    connect(&m_liveTimer, &QTimer::timeout, this, &FeedSync::flushLive);
    connect(service(), &FeedService::postReceived, this, &FeedSync::queueLive);
    connect(service(), &FeedService::postRetracted, this, &FeedSync::onRetracted);
    connect(m_followService, &FollowService::subscriptionState, this,
            [this](const QString &service, const QString &node, const QString &state) {
                setPending(service, node, state == QLatin1String("pending"));
                Q_EMIT subscriptionState(service, node, state);
            });
    connect(account, &Account::sessionStarted, this, &FeedSync::onSessionStarted);
    connect(account, &Account::rosterReceived, this, [this] {
        m_rosterReady = true;
        startRunWhenReady();
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
    flushOutbox(); // what was made offline, or failed, in order
    if (resumed)
        return; // XEP-0198 replayed what was missed
    m_listsRead = false;
    m_rosterReady = false;
    m_subscribedThreads.clear();
    m_threadsRead.clear();
    if (!m_runPending) {
        m_runPending = true;
        beginSync(); // ended by the run, once every node is caught up
    }
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
    m_followService->readLists().then(this, [this](FollowService::ListResult lists) {
        auto carryOn = [this] {
            m_listsRead = true;
            startRunWhenReady();
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

void FeedSync::startRunWhenReady()
{
    // The first login follows the contacts' blogs, which needs the roster;
    // the sync then covers them too (one run, one end).
    if (!m_runPending || !m_listsRead || (m_followContacts && !m_rosterReady))
        return;
    m_runPending = false;
    followContactsOnce().then(this, [this] {
        syncAll();
        endSync();
    });
}

QFuture<void> FeedSync::followContactsOnce()
{
    if (!m_followContacts || m_accountId <= 0)
        return QtFuture::makeReadyFuture();
    auto promise = startedPromise<void>();
    m_state.value(m_accountId, kContactsFollowedKey).then(this, [this, promise](DbResult<QVariant> done) {
        if (!done.ok() || done.value.toBool()) {
            promise->finish();
            return;
        }
        m_followContacts = false; // once per run; the stored flag covers restarts
        QList<FollowedNode> blogs;
        for (const RosterEntry &entry : m_contacts->entries()) {
            const bool subscribed = entry.subscription == RosterEntry::Subscription::To
                || entry.subscription == RosterEntry::Subscription::Both;
            if (subscribed && !isFollowing(entry.jid, QString::fromLatin1(FeedService::kMicroblogNode)))
                blogs << FollowedNode{entry.jid, QString::fromLatin1(FeedService::kMicroblogNode), entry.name, false};
        }
        auto fan = std::make_shared<FanIn>();
        fan->pending = int(blogs.size()) + 1;
        fan->done = [this, promise](int failed) {
            // Done once every contact's blog is followed: a follow cut
            // short (offline, quitting) is tried again next session.
            if (failed == 0)
                (void)m_state.setValue(m_accountId, kContactsFollowedKey, true);
            else
                m_followContacts = true;
            Q_EMIT followsChanged();
            promise->finish();
        };
        for (const FollowedNode &node : std::as_const(blogs)) {
            m_followService->follow(node).then(this, [this, node, fan](QString error) {
                if (error.isEmpty() && !isFollowing(node.service, node.node)) {
                    m_follows << node;
                    (void)m_followStore.add(m_accountId, node);
                } else if (!error.isEmpty()) {
                    qCInfo(lcFeed).noquote() << "could not follow" << node.service << ":" << error;
                }
                fan->finishOne(error.isEmpty() ? 0 : 1);
            });
        }
        fan->finishOne(0);
    });
    return promise->future();
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

void FeedSync::runAll(QList<std::function<QFuture<NodeCatchUp::Result>()>> jobs,
                      std::function<void(int added, QStringList errors)> done)
{
    struct Run
    {
        QList<std::function<QFuture<NodeCatchUp::Result>()>> queue;
        int running = 0;
        int added = 0;
        QStringList errors;
        std::function<void(int, QStringList)> done;
        std::function<void()> next;
    };
    auto run = std::make_shared<Run>();
    run->queue = std::move(jobs);
    run->done = std::move(done);
    std::weak_ptr<Run> weak = run;
    run->next = [this, weak] {
        auto run = weak.lock();
        if (!run)
            return;
        while (run->running < kParallel && !run->queue.isEmpty()) {
            ++run->running;
            run->queue.takeFirst()().then(this, [run](NodeCatchUp::Result result) {
                --run->running;
                run->added += result.added;
                if (!result.error.isEmpty())
                    run->errors << result.error;
                if (run->queue.isEmpty() && run->running == 0) {
                    auto done = std::move(run->done);
                    run->next = nullptr; // breaks the cycle
                    done(run->added, run->errors);
                    return;
                }
                run->next();
            });
        }
    };
    if (run->queue.isEmpty()) {
        run->done(0, {});
        return;
    }
    run->next();
}

void FeedSync::syncAll()
{
    if (m_account->state() != Connection::State::Online) {
        m_syncErrors = {tr("You are offline.")};
        Q_EMIT syncFinished(0);
        return;
    }
    QList<QPair<QString, QString>> nodes;
    const QString microblog = QString::fromLatin1(FeedService::kMicroblogNode);
    nodes << qMakePair(ownJid(), microblog);
    for (const FollowedNode &node : std::as_const(m_follows)) {
        // A request its owner has not approved yet has nothing to read.
        if (m_pending.contains(node.service + u'\n' + node.node))
            continue;
        if (!nodes.contains(qMakePair(node.service, node.node)))
            nodes << qMakePair(node.service, node.node);
    }
    beginSync();
    QList<std::function<QFuture<NodeCatchUp::Result>()>> jobs;
    const auto mode = m_full ? NodeCatchUp::Mode::Full : NodeCatchUp::Mode::Update;
    for (const auto &[service, node] : std::as_const(nodes))
        jobs << [this, service, node, mode] { return catchUp(service, node, mode); };
    runAll(jobs, [this](int added, QStringList errors) {
        m_syncErrors = errors;
        syncThreads(added);
    });
}

void FeedSync::syncThreads(int added)
{
    // Comments and likes made while away on the newest posts.
    m_posts.page(m_accountId, {}, kThreadsPolled, FeedQuery{FeedQuery::Scope::Feed, ownJid()})
        .then(this, [this, added](DbResult<FeedPage> page) {
            QList<std::function<QFuture<NodeCatchUp::Result>()>> jobs;
            for (const Post &post : std::as_const(page.value.posts)) {
                if (!post.comments.isValid() || post.pending)
                    continue;
                jobs << [this, post] {
                    followThread(post);
                    m_threadsRead.insert(post.comments.service + u'\n' + post.comments.node);
                    return catchUp(post.comments.service, post.comments.node, NodeCatchUp::Mode::Full);
                };
            }
            runAll(jobs, [this, added](int comments, QStringList errors) {
                m_syncErrors += errors;
                qCInfo(lcFeed) << "feed synced:" << added << "new items," << comments << "new comments and likes"
                               << (m_syncErrors.isEmpty() ? QString() : QStringLiteral("; %1 failed").arg(m_syncErrors.size()));
                Q_EMIT syncFinished(added);
                endSync();
            });
        });
}

QFuture<NodeCatchUp::Result> FeedSync::catchUp(const QString &service, const QString &node, NodeCatchUp::Mode mode)
{
    // One catch-up per node at a time: a second asks after the first.
    const QString key = service + u'\n' + node;
    if (auto it = m_running.constFind(key); it != m_running.constEnd()) {
        auto promise = startedPromise<NodeCatchUp::Result>();
        (*it)->append([this, promise, service, node, mode] {
            catchUp(service, node, mode).then(this, [promise](NodeCatchUp::Result result) { fulfil(promise, result); });
        });
        return promise->future();
    }
    if (m_account->state() != Connection::State::Online) {
        NodeCatchUp::Result offline;
        offline.error = tr("You are offline.");
        return QtFuture::makeReadyFuture(offline);
    }
    NodeCatchUp::Options options = m_options;
    options.mode = mode;
    const qint64 account = m_accountId;
    auto storeParts = [this, account, service, node](const QList<Post> &posts, const QList<SyncMark> &marks) {
        return m_db->run([account, service, node, posts, marks](QSqlDatabase &db) {
                       int added = 0;
                       DbResult<int> stored = PostStore::ingestNow(db, account, posts, &added);
                       if (stored.ok())
                           (void)NodeSyncStore::advanceNow(db, account, service, node, marks, &stored.error);
                       stored.value = added;
                       return stored;
                   })
            .then(this, [this, posts](DbResult<int> stored) {
                if (!stored.ok()) {
                    Q_EMIT errorOccurred(stored.error);
                    return -1;
                }
                qCDebug(lcFeed).noquote() << "stored a part of" << posts.size() << "items," << stored.value << "new";
                Q_EMIT postsChanged(posts);
                return stored.value;
            });
    };
    auto removeItems = [this, account, service, node](const QStringList &ids) {
        if (ids.isEmpty())
            return QtFuture::makeReadyFuture(true);
        return m_posts.removeAll(account, service, node, ids).then(this, [this, service, node, ids](DbStatus removed) {
            if (!removed.ok()) {
                Q_EMIT errorOccurred(removed.error);
                return false;
            }
            for (const QString &id : ids)
                Q_EMIT postRemoved({service, node, id});
            return true;
        });
    };
    beginSync();
    auto *job = new NodeCatchUp(this->service(), &m_posts, &m_syncStore, account, node, service, options, storeParts, removeItems, this);
    m_running.insert(key, std::make_shared<QList<std::function<void()>>>());
    return job->start().then(this, [this, key, service, node](NodeCatchUp::Result result) {
        const auto waiting = m_running.take(key);
        endSync();
        // Views re-read what depends on it (a thread's counts become known).
        if (result.error.isEmpty())
            Q_EMIT nodeCaughtUp(service, node, result.added);
        for (const auto &start : std::as_const(*waiting))
            start(); // the first queued runs now, the others queue behind it
        return result;
    });
}

void FeedSync::fetchOlder()
{
    if (m_account->state() != Connection::State::Online) {
        Q_EMIT olderFetched(0);
        return;
    }
    m_syncStore.incomplete(m_accountId, ownJid()).then(this, [this](DbResult<QList<QPair<QString, QString>>> nodes) {
        QList<std::function<QFuture<NodeCatchUp::Result>()>> jobs;
        for (const auto &[service, node] : std::as_const(nodes.value))
            jobs << [this, service, node] { return catchUp(service, node, NodeCatchUp::Mode::Older); };
        runAll(jobs, [this](int added, QStringList errors) {
            if (!errors.isEmpty())
                Q_EMIT errorOccurred(errors.constFirst());
            Q_EMIT olderFetched(added);
        });
    });
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
    if (!post.comments.isValid() || post.pending)
        return QtFuture::makeReadyFuture(0);
    followThread(post);
    m_threadsRead.insert(post.comments.service + u'\n' + post.comments.node);
    return catchUp(post.comments.service, post.comments.node, NodeCatchUp::Mode::Full)
        .then(this, [](NodeCatchUp::Result result) { return result.added; });
}

QFuture<QString> FeedSync::fetchPost(const XmppUri &uri)
{
    if (!isOnline() || !uri.isValid() || uri.item.isEmpty())
        return QtFuture::makeReadyFuture(isOnline() ? tr("Not a post's address.") : tr("You are offline."));
    auto promise = startedPromise<QString>();
    service()->fetchById(uri.service, uri.node, {uri.item}).then(this, [this, promise](FeedService::Page page) {
        if (!page.error.isEmpty() || page.posts.isEmpty()) {
            fulfil(promise, page.error.isEmpty() ? tr("The server does not have this post.") : page.error);
            return;
        }
        store(page.posts).then(this, [promise](int) { fulfil(promise, QString()); });
    });
    return promise->future();
}

void FeedSync::refreshThreads(const QList<Post> &posts)
{
    if (m_account->state() != Connection::State::Online)
        return;
    for (const Post &post : posts) {
        const QString key = post.comments.service + u'\n' + post.comments.node;
        if (post.comments.isValid() && !post.pending && !m_threadsRead.contains(key))
            (void)fetchThread(post);
    }
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
    // A late event (or its item fetched after the node was deleted).
    if (m_gone.contains(post.service + u'\n' + post.node))
        return;
    m_liveQueue << post;
    if (!m_liveTimer.isActive())
        m_liveTimer.start();
}

void FeedSync::setPending(const QString &service, const QString &node, bool pending)
{
    if (pending)
        m_pending.insert(service + u'\n' + node);
    else
        m_pending.remove(service + u'\n' + node);
}

void FeedSync::forgetNode(const QString &service, const QString &node)
{
    m_gone.insert(service + u'\n' + node);
    m_liveQueue.removeIf([&](const Post &p) { return p.service == service && p.node == node; });
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

bool FeedSync::isOnline() const
{
    return m_account->state() == Connection::State::Online;
}

QFuture<FeedService::Published> FeedSync::queue(const Post &post, bool withComments, FeedService::Published outcome)
{
    outcome.queued = true;
    return m_outbox.enqueue(m_accountId, post, withComments, outcome.error).then(this, [this, post, outcome](DbStatus stored) {
        if (!stored.ok()) {
            Q_EMIT errorOccurred(stored.error);
            FeedService::Published lost = outcome;
            lost.queued = false;
            lost.error = stored.error;
            return lost;
        }
        Post pending = post;
        pending.pending = true;
        pending.pendingError = outcome.error;
        Q_EMIT postsChanged({pending});
        Q_EMIT outboxChanged();
        return outcome;
    });
}

QFuture<FeedService::Published> FeedSync::publish(const Post &post, bool withComments, Queue queueing)
{
    if (post.title.trimmed().isEmpty())
        return QtFuture::makeReadyFuture(FeedService::Published{post, tr("A post needs a title.")});
    // What the target node asks of a post (a gallery: a picture).
    if (m_publishCheck) {
        if (const QString problem = m_publishCheck(post); !problem.isEmpty())
            return QtFuture::makeReadyFuture(FeedService::Published{post, problem});
    }
    const bool isNew = post.itemId.isEmpty();
    const Post prepared = service()->prepare(post, withComments);
    if (!isOnline()) {
        if (queueing == Queue::Never)
            return QtFuture::makeReadyFuture(FeedService::Published{prepared, tr("You are offline.")});
        return queue(prepared, withComments, {prepared, {}});
    }
    return service()->publish(prepared, withComments).then(this, [this, prepared, withComments, queueing, isNew](FeedService::Published published) {
        if (!published.error.isEmpty()) {
            if (queueing == Queue::Never)
                return QtFuture::makeReadyFuture(published);
            return queue(prepared, withComments, published);
        }
        if (isNew && published.post.comments.isValid())
            (void)m_syncStore.finish(m_accountId, published.post.comments.service, published.post.comments.node,
                                     NodeSyncState{{}, true, true, false, {}}); // a new thread: known to be empty
        (void)store({published.post});
        return QtFuture::makeReadyFuture(published);
    }).unwrap();
}

QFuture<FeedService::Published> FeedSync::comment(const Post &parent, const QString &text, Queue queueing)
{
    const Post comment = service()->prepareComment(parent, text);
    if (const QString problem = FeedService::commentProblem(parent, comment); !problem.isEmpty())
        return QtFuture::makeReadyFuture(FeedService::Published{comment, problem});
    if (!isOnline()) {
        if (queueing == Queue::Never)
            return QtFuture::makeReadyFuture(FeedService::Published{comment, tr("You are offline.")});
        return queue(comment, false, {comment, {}});
    }
    followThread(parent); // engaging with a post follows its comments
    return service()->publishComment(comment).then(this, [this, comment, queueing](FeedService::Published published) {
        if (!published.error.isEmpty()) {
            if (queueing == Queue::Never)
                return QtFuture::makeReadyFuture(published);
            return queue(comment, false, published);
        }
        (void)store({published.post});
        return QtFuture::makeReadyFuture(published);
    }).unwrap();
}

void FeedSync::flushOutbox()
{
    if (m_flushing || !isOnline() || m_accountId <= 0)
        return;
    m_flushing = true;
    m_outbox.list(m_accountId).then(this, [this](DbResult<QList<OutboxEntry>> entries) {
        if (!entries.ok())
            Q_EMIT errorOccurred(entries.error);
        if (!entries.value.isEmpty())
            qCInfo(lcFeed) << "publishing" << entries.value.size() << "items from the outbox";
        flushNext(entries.value);
    });
}

void FeedSync::flushNext(QList<OutboxEntry> rest)
{
    // In the order made: a post before the comments and likes on it.
    if (rest.isEmpty() || !isOnline()) {
        m_flushing = false;
        Q_EMIT outboxChanged();
        return;
    }
    const OutboxEntry entry = rest.takeFirst();
    m_posts.item(m_accountId, entry.item, ownJid()).then(this, [this, entry, rest](DbResult<std::optional<Post>> found) {
        if (!found.value) {
            // Its post was cancelled or deleted meanwhile: nothing to send.
            m_outbox.cancel(m_accountId, entry.item).then(this, [this, rest](DbStatus) { flushNext(rest); });
            return;
        }
        Post post = *found.value;
        post.pending = false;
        post.pendingError.clear();
        auto sent = post.isComment() ? service()->publishComment(post) : service()->publish(post, entry.withComments);
        sent.then(this, [this, entry, rest, post](FeedService::Published published) {
            if (!published.error.isEmpty()) {
                qCInfo(lcFeed).noquote() << "outbox: still not published" << entry.item.toString() << ":" << published.error;
                m_outbox.setError(m_accountId, entry.item, published.error).then(this, [this, rest, post, published](DbStatus) {
                    Post pending = post;
                    pending.pending = true;
                    pending.pendingError = published.error;
                    Q_EMIT postsChanged({pending});
                    flushNext(rest);
                });
                return;
            }
            m_outbox.published(m_accountId, published.post).then(this, [this, rest, published](DbStatus done) {
                if (!done.ok())
                    Q_EMIT errorOccurred(done.error);
                (void)store({published.post});
                flushNext(rest);
            });
        });
    });
}

QFuture<QString> FeedSync::cancelPending(const XmppUri &item)
{
    return m_outbox.cancel(m_accountId, item).then(this, [this, item](DbStatus cancelled) {
        if (!cancelled.ok())
            return cancelled.error;
        Q_EMIT postRemoved(item);
        Q_EMIT outboxChanged();
        // A cancelled edit: the server's copy comes back.
        if (isOnline() && !item.node.startsWith(QLatin1String("urn:xmpp:microblog:0:comments")))
            (void)catchUp(item.service, item.node);
        return QString();
    });
}

QFuture<DbResult<QList<OutboxEntry>>> FeedSync::outbox() const
{
    return m_outbox.list(m_accountId);
}

QFuture<FeedService::Published> FeedSync::like(const Post &parent, Queue queueing)
{
    // One like per user, as Movim counts them: the thread is read first
    // (another client may have liked it), and a second like is a no-op.
    auto promise = startedPromise<FeedService::Published>();
    auto likeUnlessLiked = [this, parent, promise, queueing](int) {
        m_posts.thread(m_accountId, parent.comments).then(this, [this, parent, promise, queueing](DbResult<QList<Post>> thread) {
            for (const Post &c : std::as_const(thread.value)) {
                if (c.isLike() && c.authorJid == ownJid()) {
                    qCInfo(lcFeed).noquote() << "already liked" << parent.uri().toString();
                    fulfil(promise, FeedService::Published{c, {}});
                    return;
                }
            }
            comment(parent, QStringLiteral("\u2665"), queueing).then(this, [promise](FeedService::Published liked) { fulfil(promise, liked); });
        });
    };
    if (parent.comments.isValid() && m_account->state() == Connection::State::Online)
        fetchThread(parent).then(this, likeUnlessLiked);
    else
        likeUnlessLiked(0);
    return promise->future();
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
        // A request the owner has yet to approve: nothing to read yet.
        if (m_pending.contains(node.service + u'\n' + node.node)) {
            (void)m_followStore.add(m_accountId, node);
            return QString();
        }
        m_followStore.add(m_accountId, node).then(this, [this, node](DbStatus) {
            catchUp(node.service, node.node).then(this, [this](NodeCatchUp::Result result) {
                if (!result.error.isEmpty())
                    Q_EMIT errorOccurred(result.error);
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
        (void)m_followStore.remove(m_accountId, node.service, node.node);
        return error;
    });
}

} // namespace Hearth
