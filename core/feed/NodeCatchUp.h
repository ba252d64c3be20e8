#pragma once

#include "FeedService.h"
#include "NodeSyncStore.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>

namespace Hearth {

class PostStore;

// Brings one node (a blog, a community, a comments node) into the cache so
// that nothing is lost, whatever fails on the way:
//
// * It lists the node's item ids (disco#items, XEP-0060 §5.5). Cached items
//   the server no longer lists were deleted while the user was away.
// * Servers keep a node's items in publishing order, and an edit moves an
//   item to the newest end. So everything new or edited since the last
//   catch-up is newer than the newest item that catch-up stored (the mark);
//   the mark is fetched along and its digest proves nothing older changed.
// * Items come with max_items (Prosody 0.12 has no RSM on pubsub) or an RSM
//   page, in one request, and are stored oldest first, with the mark moved
//   after each part: a catch-up killed half way resumes from there, and a
//   failed request fails the catch-up (never "caught up" with a gap).
// * A first read takes the whole node when it is small, else the newest
//   depthItems and on while they are less than depthDays old.
// * Where the server will not list ids (Prosody: the PEP of a non-contact),
//   windows of growing size are read until they reach the mark; deletions
//   are seen where a window holds the whole node.
class NodeCatchUp : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Update, // new, edited and deleted items (the first time: to the depth)
        Full,   // every item the server holds
        Older,  // the next olderStep items past what the cache holds
    };
    struct Options
    {
        Mode mode = Mode::Update;
        int depthItems = 100;     // a first read takes at least this many…
        int depthDays = 30;       // …and on while they are this recent
        int readWholeBelow = 500; // a node this small is read whole at once
        int maxFirstRead = 1000;  // how far a first read goes at most
        int olderStep = 30;       // items per scroll-back
        int chunk = 200;          // items stored per transaction
        int windowStart = 20;     // the first window without an id list
        int silenceSeconds = 120; // no answer for this long: the catch-up fails
    };
    struct Result
    {
        int added = 0;   // items new to the cache
        int changed = 0; // items stored again (edits, the mark)
        int removed = 0; // deleted on the server
        int fetched = 0; // items received
        int requests = 0;
        qint64 workMs = 0;     // Hearth's own time: parsing replies and storing (not waiting)
        bool complete = false; // the cache holds the whole node
        QString error;         // empty on success
    };
    // Stores a part and moves the marks in the same writer job; resolves
    // to how many of the items were new.
    using Store = std::function<QFuture<int>(const QList<Post> &posts, const QList<SyncMark> &marks)>;
    using Remove = std::function<QFuture<bool>(const QStringList &itemIds)>;

    NodeCatchUp(FeedService *service, PostStore *posts, NodeSyncStore *sync, qint64 accountId, QString node, QString jid,
                Options options, Store store, Remove remove, QObject *parent = nullptr);

    // Runs once; the object deletes itself when done.
    QFuture<Result> start();

    [[nodiscard]] static Options defaults();

private:
    void onIds(const FeedService::ItemIds &ids);
    void planFromIds();
    // Takes items the server no longer holds out of the cache, then goes on.
    void removeGone(const QStringList &gone, std::function<void()> then);
    void fetchPrefix(int count);
    void fetchByIds(QStringList ids);
    void fetchOlder();
    void onPrefix(int count, const FeedService::Page &page);
    // Counts a reply; false (and the catch-up failed) when it is an error.
    bool received(const FeedService::Page &page);
    // advance: move the marks with each part (the parts reach back to the
    // boundary, so that everything older is known to be whole).
    void storeChunks(QList<Post> posts, bool advance, std::function<void()> then);
    void windowStep(int window);
    void finish(bool complete, bool depthDone);
    void fail(const QString &error);
    [[nodiscard]] int deepestCached() const;
    [[nodiscard]] bool withinDays(const QList<Post> &posts) const;
    [[nodiscard]] QList<SyncMark> marksOf(const QList<Post> &newestFirst) const;
    // Something answered: the silence watchdog starts over.
    void alive() { m_watchdog.start(); }

    FeedService *m_service;
    PostStore *m_posts;
    NodeSyncStore *m_sync;
    qint64 m_accountId;
    QString m_jid; // the pubsub service
    QString m_node;
    Options m_options;
    Store m_store;
    Remove m_remove;
    std::shared_ptr<QPromise<Result>> m_promise;
    QTimer m_watchdog; // a request the server never answers must not hang a sync
    bool m_done = false;
    Result m_result;
    NodeSyncState m_state;
    QSet<QString> m_cached;
    QStringList m_ids; // newest first, when the server lists them
    QHash<QString, int> m_position;
    int m_markTried = 0;   // marks tried as the boundary, newest first
    int m_depth = 0;       // how many of the newest the first read wants
    bool m_firstRead = false;
};

} // namespace Hearth
