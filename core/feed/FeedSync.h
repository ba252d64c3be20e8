#pragma once

#include "../AccountStateStore.h"
#include "FeedService.h"
#include "FollowService.h"
#include "FollowStore.h"
#include "NodeCatchUp.h"
#include "NodeSyncStore.h"
#include "OutboxStore.h"
#include "PostStore.h"

#include <QObject>
#include <QFuture>
#include <functional>
#include <memory>
#include <QHash>
#include <QSet>
#include <QTimer>

namespace Hearth {

class Account;
class ContactList;
class Database;

// Keeps the cache in step with the network for one account: reads the
// follow lists at login, follows contacts' blogs by default the first time,
// catches every followed node up (NodeCatchUp: nothing lost when a request,
// the server or the process fails half way; deletions made while away
// seen), polls the comment threads of the newest posts, stores live events,
// and goes through here for everything the user does (publish, comment,
// like, delete, follow) so that the cache and the views change at once.
class FeedSync : public QObject
{
    Q_OBJECT
public:
    static constexpr int kThreadsPolled = 50; // newest posts whose comments a sync reads
    static constexpr int kParallel = 6;       // catch-ups under way at once

    FeedSync(Database *db, Account *account, ContactList *contacts, QObject *parent = nullptr);

    // The account (its bare JID: known before any connection, for the
    // cache's scopes) and its cached follows.
    void setAccountId(qint64 id, const QString &ownJid);
    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    [[nodiscard]] Account *account() const { return m_account; }
    // Whether contacts' blogs are followed on the first login (default on).
    void setFollowContactsByDefault(bool on) { m_followContacts = on; }
    // How catch-ups read nodes (depth of a first read and the like).
    void setCatchUpOptions(const NodeCatchUp::Options &options) { m_options = options; }
    // Every sync of the next sessions reads every node completely.
    void setFullSync(bool full) { m_full = full; }
    [[nodiscard]] QString ownJid() const;
    [[nodiscard]] const PostStore &posts() const { return m_posts; }
    [[nodiscard]] FeedService *service() const;
    [[nodiscard]] bool isSyncing() const { return m_syncing > 0; }
    // What failed in the last sync (empty: every node caught up).
    [[nodiscard]] QStringList syncErrors() const { return m_syncErrors; }

    // Catches up the own blog and every followed node, then the comment
    // threads of the newest posts (done on each new session); one
    // syncFinished() when all of it is done.
    void syncAll();
    // One node: new, edited and deleted items (Update), all of it (Full), or
    // the next older items (Older, scrolling back).
    QFuture<NodeCatchUp::Result> catchUp(const QString &service, const QString &node,
                                         NodeCatchUp::Mode mode = NodeCatchUp::Mode::Update);
    // Fetches older items of followed nodes the cache does not fully hold;
    // olderFetched() tells how many arrived.
    void fetchOlder();
    // Subscribes to a post's comments node (once per session).
    void followThread(const Post &post);
    // The comments of one post, from the server, and follows them live;
    // resolves to how many were new.
    QFuture<int> fetchThread(const Post &post);
    // One post from its node, into the cache (a link to a post not held):
    // '' when stored, else why not.
    QFuture<QString> fetchPost(const XmppUri &uri);
    // The threads of posts a view shows, read once per session (their
    // counts are unknown until then).
    void refreshThreads(const QList<Post> &posts);

    // What the user publishes, comments and likes: made offline, or when
    // the server refuses or does not answer, it is kept as pending in the
    // cache and the outbox (Published::queued) and published in order at
    // the next session, unless cancelled. Never: fail instead (scripts).
    enum class Queue { IfNotSent, Never };
    QFuture<FeedService::Published> publish(const Post &post, bool withComments = true, Queue queue = Queue::IfNotSent);
    QFuture<FeedService::Published> comment(const Post &parent, const QString &text, Queue queue = Queue::IfNotSent);
    // One like per user: a second one is a no-op (resolves without error).
    QFuture<FeedService::Published> like(const Post &parent, Queue queue = Queue::IfNotSent);
    // A pending item taken back (with what was queued on it); empty on success.
    QFuture<QString> cancelPending(const XmppUri &item);
    // Publishes the outbox now (also done at each session start).
    void flushOutbox();
    [[nodiscard]] QFuture<DbResult<QList<OutboxEntry>>> outbox() const;
    // Takes back the own like (retracting the own ♥ comments).
    QFuture<QString> unlike(const Post &parent);
    // Deletes an own post (and its comments node) or an own comment.
    QFuture<QString> remove(const Post &post);

    [[nodiscard]] bool isFollowing(const QString &service, const QString &node) const;
    [[nodiscard]] QList<FollowedNode> follows() const { return m_follows; }
    QFuture<QString> follow(const FollowedNode &node);
    QFuture<QString> unfollow(const FollowedNode &node);
    // A follow waiting for its owner's approval (not read until approved).
    void setPending(const QString &service, const QString &node, bool pending);
    // A node deleted on its server: its live events still on the way are
    // dropped (the caller takes its posts out of the cache).
    void forgetNode(const QString &service, const QString &node);
    // Asked of every post before it is published: '' when it may go, else
    // why not (communities: a gallery takes only posts with a picture).
    void setPublishCheck(std::function<QString(const Post &)> check) { m_publishCheck = std::move(check); }

Q_SIGNALS:
    // A follow's subscription: subscribed, or pending the owner's approval.
    void subscriptionState(const QString &service, const QString &node, const QString &state);
    // Items stored or changed (posts and comments).
    void postsChanged(const QList<Hearth::Post> &posts);
    void postRemoved(const Hearth::XmppUri &item);
    void followsChanged();
    void syncingChanged(bool syncing);
    // syncAll() finished (added: items new to the cache; syncErrors() says
    // what failed); one node's catch-up finished (a follow's first read, a
    // thread read for its counts).
    void syncFinished(int added);
    void nodeCaughtUp(const QString &service, const QString &node, int added);
    void olderFetched(int added);
    void outboxChanged();
    void errorOccurred(const QString &error);

private:
    void onSessionStarted(bool resumed);
    void discoverCommentsService();
    void readFollowLists();
    void startRunWhenReady();
    QFuture<void> followContactsOnce();
    void syncThreads(int added);
    void queueLive(const Post &post);
    void flushLive();
    void onRetracted(const XmppUri &item);
    QFuture<int> store(const QList<Post> &posts);
    [[nodiscard]] bool isOnline() const;
    QFuture<FeedService::Published> queue(const Post &post, bool withComments, FeedService::Published outcome);
    void flushNext(QList<OutboxEntry> rest);
    // Runs jobs with at most kParallel at once; done(sum) when all are.
    void runAll(QList<std::function<QFuture<NodeCatchUp::Result>()>> jobs,
                std::function<void(int added, QStringList errors)> done);
    void beginSync();
    void endSync();
    void loadFollows();

    Database *m_db;
    Account *m_account;
    ContactList *m_contacts;
    PostStore m_posts;
    FollowStore m_followStore;
    NodeSyncStore m_syncStore;
    OutboxStore m_outbox;
    AccountStateStore m_state;
    FollowService *m_followService;
    NodeCatchUp::Options m_options = NodeCatchUp::defaults();
    qint64 m_accountId = 0;
    QString m_ownJid;
    bool m_followContacts = true;
    bool m_full = false;
    bool m_listsRead = false;
    bool m_rosterReady = false;
    bool m_flushing = false;
    bool m_runPending = false; // a session's sync waits for the lists (and the roster)
    QSet<QString> m_subscribedThreads;
    QSet<QString> m_threadsRead; // comments nodes read this session
    // service + node → the catch-ups asked for while one runs, started
    // in turn after it. Never a shared QFuture: Qt 6.4 keeps one
    // continuation per future, so a second .then() would silence the first.
    QHash<QString, std::shared_ptr<QList<std::function<void()>>>> m_running;
    int m_syncing = 0;
    QStringList m_syncErrors;
    QList<FollowedNode> m_follows;
    QSet<QString> m_gone;    // service + '\n' + node: deleted this session
    QSet<QString> m_pending; // service + '\n' + node: subscriptions awaiting approval
    std::function<QString(const Post &)> m_publishCheck;
    QList<Post> m_liveQueue;
    QTimer m_liveTimer;
};

} // namespace Hearth
