#include "NodeCatchUp.h"

#include "../Logging.h"
#include "../Promises.h"
#include "PostStore.h"

#include <QElapsedTimer>
#include <algorithm>

namespace Hearth {

namespace {
constexpr int kMarks = 3;
constexpr int kMaxWindow = 5000;     // a window that still finds no mark stops here
constexpr int kWholeWindow = 100000; // "everything" (--full without an id list)
constexpr int kSmallCache = 200;     // read whole without an id list, to see deletions
} // namespace

NodeCatchUp::Options NodeCatchUp::defaults()
{
    Options options;
    // Tests make parts small to stop a catch-up between them.
    if (const int chunk = qEnvironmentVariableIntValue("HEARTH_SYNC_CHUNK"); chunk > 0)
        options.chunk = chunk;
    return options;
}

NodeCatchUp::NodeCatchUp(FeedService *service, PostStore *posts, NodeSyncStore *sync, qint64 accountId, QString node, QString jid,
                         Options options, Store store, Remove remove, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_posts(posts)
    , m_sync(sync)
    , m_accountId(accountId)
    , m_jid(std::move(jid))
    , m_node(std::move(node))
    , m_options(options)
    , m_store(std::move(store))
    , m_remove(std::move(remove))
{
}

QFuture<NodeCatchUp::Result> NodeCatchUp::start()
{
    m_promise = startedPromise<Result>();
    auto future = m_promise->future();
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(m_options.silenceSeconds * 1000);
    connect(&m_watchdog, &QTimer::timeout, this, [this] { fail(tr("The server did not answer in time.")); });
    m_watchdog.start();
    m_sync->state(m_accountId, m_jid, m_node).then(this, [this](DbResult<NodeSyncState> state) {
        if (!state.ok())
            return fail(state.error);
        m_state = state.value;
        m_firstRead = !m_state.depthDone || m_options.mode == Mode::Full;
        m_posts->itemIds(m_accountId, m_jid, m_node).then(this, [this](DbResult<QSet<QString>> cached) {
            if (!cached.ok())
                return fail(cached.error);
            m_cached = cached.value;
            if (m_state.running)
                qCInfo(lcFeed).noquote() << "resuming the interrupted catch-up of" << m_jid << m_node << "with" << m_cached.size() << "items held";
            m_sync->begin(m_accountId, m_jid, m_node).then(this, [this](DbStatus begun) {
                if (!begun.ok())
                    return fail(begun.error);
                // Everything into an empty cache: nothing can have been
                // deleted or edited, and the one window says the order; an
                // id list would cost the server a second pass over the node.
                if (m_options.mode == Mode::Full && m_cached.isEmpty() && m_state.marks.isEmpty())
                    return windowStep(kWholeWindow);
                m_service->itemIds(m_jid, m_node).then(this, [this](FeedService::ItemIds ids) { onIds(ids); });
            });
        });
    });
    return future;
}

void NodeCatchUp::onIds(const FeedService::ItemIds &ids)
{
    alive();
    ++m_result.requests;
    if (ids.missing) {
        // No such node (a blog with nothing yet, or deleted): nothing held
        // can still be there.
        removeGone(QStringList(m_cached.cbegin(), m_cached.cend()), [this] {
            m_state.marks.clear();
            finish(true, true);
        });
        return;
    }
    if (ids.refused) {
        qCDebug(lcFeed).noquote() << m_jid << m_node << "lists no item ids (" << ids.error << "): reading windows";
        if (m_options.mode == Mode::Older) {
            windowStep(int(m_cached.size()) + m_options.olderStep);
            return;
        }
        int window = m_options.windowStart;
        if (m_options.mode == Mode::Full)
            window = kWholeWindow;
        else if (m_firstRead)
            window = m_options.depthItems;
        else if (m_cached.size() <= kSmallCache)
            window = int(m_cached.size()) + m_options.windowStart; // the whole node, to see deletions
        windowStep(window);
        return;
    }
    if (!ids.error.isEmpty())
        return fail(ids.error);

    m_ids = ids.ids;
    m_position.clear();
    for (int i = 0; i < m_ids.size(); ++i)
        m_position.insert(m_ids.at(i), i);
    QStringList gone;
    for (const QString &id : std::as_const(m_cached)) {
        if (!m_position.contains(id))
            gone << id;
    }
    removeGone(gone, [this] { planFromIds(); });
}

void NodeCatchUp::removeGone(const QStringList &gone, std::function<void()> then)
{
    if (gone.isEmpty())
        return then();
    qCInfo(lcFeed).noquote() << gone.size() << "items of" << m_jid << m_node << "were deleted on the server";
    m_remove(gone).then(this, [this, gone, then](bool ok) {
        if (!ok)
            return fail(tr("The cache could not be updated."));
        m_result.removed += int(gone.size());
        for (const QString &id : gone)
            m_cached.remove(id);
        then();
    });
}

int NodeCatchUp::deepestCached() const
{
    int deepest = -1;
    for (const QString &id : m_cached)
        deepest = std::max(deepest, m_position.value(id, -1));
    return deepest;
}

void NodeCatchUp::planFromIds()
{
    if (m_options.mode == Mode::Older)
        return fetchOlder();
    const int n = int(m_ids.size());
    if (n == 0)
        return finish(true, true);
    int depth = deepestCached() + 1;
    if (m_firstRead) {
        if (m_options.mode == Mode::Full || n <= m_options.readWholeBelow)
            m_depth = n;
        else
            m_depth = std::max(m_depth, std::min(n, m_options.depthItems));
        depth = std::max(depth, m_depth);
    }
    // The boundary: the newest mark still listed (tried newest first; one
    // whose digest changed was edited, and the next is tried).
    int front = 1; // never caught up: the newest becomes the mark
    if (!m_state.marks.isEmpty()) {
        front = -1;
        for (; m_markTried < m_state.marks.size(); ++m_markTried) {
            const int p = m_position.value(m_state.marks.at(m_markTried).id, -1);
            if (p >= 0) {
                front = p + 1;
                break;
            }
        }
        if (front < 0) {
            // Every mark gone or edited: what is held is read again.
            qCInfo(lcFeed).noquote() << "no unchanged mark in" << m_jid << m_node << ": reading the cached range again";
            front = std::max(1, deepestCached() + 1);
        }
    }
    const int limit = std::min(n, std::max(front, depth));
    QStringList wanted;
    int last = -1;
    for (int i = 0; i < limit; ++i) {
        if (i < front || !m_cached.contains(m_ids.at(i))) {
            wanted << m_ids.at(i);
            last = i;
        }
    }
    if (wanted.isEmpty())
        return finish(m_cached.size() >= n, true);
    // One max_items request for a dense prefix (Prosody reads a node's
    // whole store for every request, and once more per item asked by id);
    // ids for a few gaps further back.
    if (wanted.size() * 4 >= last + 1 || last < front + 10)
        fetchPrefix(last + 1);
    else
        fetchByIds(wanted);
}

bool NodeCatchUp::received(const FeedService::Page &page)
{
    alive();
    ++m_result.requests;
    if (!page.error.isEmpty()) {
        fail(page.error);
        return false;
    }
    m_result.fetched += page.received;
    m_result.workMs += page.parseMs;
    return true;
}

void NodeCatchUp::fetchPrefix(int count)
{
    m_service->fetchRecent(m_jid, m_node, count).then(this, [this, count](FeedService::Page page) { onPrefix(count, page); });
}

void NodeCatchUp::onPrefix(int count, const FeedService::Page &page)
{
    if (!received(page))
        return;
    // The boundary mark must be unchanged, else something older may have
    // been edited too: store what came, and try the next mark.
    if (m_markTried < m_state.marks.size()) {
        const SyncMark &mark = m_state.marks.at(m_markTried);
        const auto found = std::find_if(page.posts.cbegin(), page.posts.cend(), [&](const Post &p) { return p.itemId == mark.id; });
        if (found == page.posts.cend() || found->contentHash() != mark.hash) {
            qCInfo(lcFeed).noquote() << "the mark" << mark.id << "of" << m_jid << m_node << "changed: looking further back";
            ++m_markTried;
            storeChunks(page.posts, false, [this] { planFromIds(); });
            return;
        }
    }
    const bool extend = m_firstRead && m_options.mode != Mode::Full && count >= m_depth && count < m_ids.size()
        && count < m_options.maxFirstRead && withinDays(page.posts);
    storeChunks(page.posts, true, [this, extend, count] {
        if (extend) {
            // Every item of the first read is recent: read on.
            m_depth = std::min({int(m_ids.size()), m_options.maxFirstRead, count * 4});
            return planFromIds();
        }
        finish(m_cached.size() >= m_ids.size(), true);
    });
}

void NodeCatchUp::fetchByIds(QStringList ids)
{
    if (ids.isEmpty())
        return finish(m_cached.size() >= m_ids.size(), true);
    const QStringList batch = ids.mid(0, m_options.olderStep);
    ids = ids.mid(batch.size());
    m_service->fetchById(m_jid, m_node, batch).then(this, [this, ids](FeedService::Page page) {
        if (received(page))
            storeChunks(page.posts, false, [this, ids] { fetchByIds(ids); });
    });
}

void NodeCatchUp::fetchOlder()
{
    const int from = deepestCached() + 1;
    QStringList next;
    for (int i = std::max(0, from); i < m_ids.size() && next.size() < m_options.olderStep; ++i) {
        if (!m_cached.contains(m_ids.at(i)))
            next << m_ids.at(i);
    }
    if (next.isEmpty())
        return finish(true, m_state.depthDone);
    auto stored = [this](FeedService::Page page) {
        if (received(page))
            storeChunks(page.posts, false, [this] { finish(m_cached.size() >= m_ids.size(), m_state.depthDone); });
    };
    m_service->supportsRsm(m_jid).then(this, [this, next, from, stored](bool rsm) {
        // RSM pages back from the oldest item held (XEP-0059 §2.5).
        if (rsm && from > 0)
            m_service->fetchBefore(m_jid, m_node, m_ids.at(from - 1), m_options.olderStep).then(this, stored);
        else
            m_service->fetchById(m_jid, m_node, next).then(this, stored);
    });
}

void NodeCatchUp::windowStep(int window)
{
    m_service->fetchRecent(m_jid, m_node, window).then(this, [this, window](FeedService::Page page) {
        if (page.missing)
            return onIds(FeedService::ItemIds{{}, false, true, {}});
        if (!received(page))
            return;
        const bool exhausted = page.received < window;
        if (m_options.mode == Mode::Older) {
            storeChunks(page.posts, false, [this, exhausted] { finish(exhausted, m_state.depthDone); });
            return;
        }
        // Replies list the newest window oldest first.
        QList<Post> newestFirst(page.posts.crbegin(), page.posts.crend());
        int boundary = -1;
        for (const SyncMark &mark : std::as_const(m_state.marks)) {
            for (int i = 0; i < newestFirst.size() && boundary < 0; ++i) {
                if (newestFirst.at(i).itemId == mark.id && newestFirst.at(i).contentHash() == mark.hash)
                    boundary = i;
            }
            if (boundary >= 0)
                break;
        }
        if (exhausted) {
            // The whole node: what it lacks was deleted.
            const QSet<QString> listed(page.order.cbegin(), page.order.cend());
            QStringList gone;
            for (const QString &id : std::as_const(m_cached)) {
                if (!listed.contains(id))
                    gone << id;
            }
            removeGone(gone, [this, page] { storeChunks(page.posts, true, [this] { finish(true, true); }); });
            return;
        }
        if (boundary >= 0) {
            QList<Post> newer = newestFirst.mid(0, boundary + 1);
            std::reverse(newer.begin(), newer.end());
            storeChunks(newer, true, [this] { finish(m_state.complete, true); });
            return;
        }
        const bool firstDone = m_state.marks.isEmpty() && m_firstRead && window >= m_options.depthItems
            && (!withinDays(page.posts) || window >= m_options.maxFirstRead);
        if (firstDone || window >= kMaxWindow) {
            storeChunks(page.posts, true, [this] { finish(false, true); });
            return;
        }
        windowStep(std::min(window * 4, m_state.marks.isEmpty() ? m_options.maxFirstRead : kMaxWindow));
    });
}

void NodeCatchUp::storeChunks(QList<Post> posts, bool advance, std::function<void()> then)
{
    // Oldest first, so that an interruption leaves the newest missing and
    // the marks (the newest stored) say how far the cache is whole.
    if (!m_position.isEmpty()) {
        std::stable_sort(posts.begin(), posts.end(), [this](const Post &a, const Post &b) {
            return m_position.value(a.itemId, -1) > m_position.value(b.itemId, -1);
        });
    }
    if (posts.isEmpty())
        return then();
    const QList<Post> chunk = posts.mid(0, m_options.chunk);
    posts = posts.mid(chunk.size());
    QList<Post> newestFirst(chunk.crbegin(), chunk.crend());
    const QList<SyncMark> marks = advance ? marksOf(newestFirst) : m_state.marks;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_store(chunk, marks).then(this, [this, chunk, posts, advance, marks, then, timer](int added) {
        m_result.workMs += timer->elapsed();
        alive();
        if (added < 0)
            return fail(tr("The cache could not store the posts."));
        m_result.added += added;
        m_result.changed += int(chunk.size()) - added;
        for (const Post &post : chunk)
            m_cached.insert(post.itemId);
        if (advance) {
            m_state.marks = marks;
            m_markTried = 0;
        }
        storeChunks(posts, advance, then);
    });
}

QList<SyncMark> NodeCatchUp::marksOf(const QList<Post> &newestFirst) const
{
    QList<SyncMark> marks;
    for (const Post &post : newestFirst) {
        if (marks.size() == kMarks)
            break;
        marks << SyncMark{post.itemId, post.contentHash()};
    }
    return marks;
}

bool NodeCatchUp::withinDays(const QList<Post> &posts) const
{
    const QDateTime since = QDateTime::currentDateTimeUtc().addDays(-m_options.depthDays);
    return !posts.isEmpty() && std::all_of(posts.cbegin(), posts.cend(), [&](const Post &p) { return p.published >= since; });
}

void NodeCatchUp::finish(bool complete, bool depthDone)
{
    if (m_done)
        return;
    m_done = true;
    m_watchdog.stop();
    NodeSyncState state = m_state;
    state.complete = complete;
    state.depthDone = depthDone || m_state.depthDone;
    m_result.complete = complete;
    m_sync->finish(m_accountId, m_jid, m_node, state).then(this, [this](DbStatus done) {
        if (!done.ok())
            m_result.error = done.error;
        qCDebug(lcFeed).noquote() << "caught up" << m_jid << m_node << ":" << m_result.added << "new," << m_result.changed << "again,"
                                  << m_result.removed << "deleted," << m_result.fetched << "fetched in" << m_result.requests << "requests";
        fulfil(m_promise, m_result);
        deleteLater();
    });
}

void NodeCatchUp::fail(const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_watchdog.stop();
    // running stays set: the next catch-up resumes from the marks stored.
    m_result.error = error.isEmpty() ? tr("The server did not answer.") : error;
    qCInfo(lcFeed).noquote() << "catch-up of" << m_jid << m_node << "failed:" << m_result.error;
    fulfil(m_promise, m_result);
    deleteLater();
}

} // namespace Hearth
