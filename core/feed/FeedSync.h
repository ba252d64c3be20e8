#pragma once

#include "../AccountStateStore.h"
#include "FeedService.h"
#include "FollowService.h"
#include "FollowStore.h"
#include "PostStore.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace Hearth {

class Account;
class ContactList;
class Database;

// Keeps the cache in step with the network for one account: reads the
// follow lists at login, follows contacts' blogs by default the first time,
// polls followed nodes newest-first until it meets what it has (pushes sent
// while offline are lost), stores live events, and goes through here for
// everything the user does (publish, comment, like, delete, follow) so that
// the cache and the views change at once.
class FeedSync : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFirstPage = 20;     // items asked of a node first
    static constexpr int kMaxCatchUp = 1000;  // how far a catch-up may reach
    static constexpr int kOlderStep = 30;     // more items per scroll-back
    static constexpr int kThreadsPolled = 20; // recent posts whose comments are polled

    FeedSync(Database *db, Account *account, ContactList *contacts, QObject *parent = nullptr);

    // The account (its bare JID: known before any connection, for the
    // cache's scopes) and its cached follows.
    void setAccountId(qint64 id, const QString &ownJid);
    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    [[nodiscard]] Account *account() const { return m_account; }
    // Whether contacts' blogs are followed on the first login (default on).
    void setFollowContactsByDefault(bool on) { m_followContacts = on; }
    [[nodiscard]] QString ownJid() const;
    [[nodiscard]] const PostStore &posts() const { return m_posts; }
    [[nodiscard]] FeedService *service() const;
    [[nodiscard]] bool isSyncing() const { return m_syncing > 0; }

    // Polls the own blog and every followed node (done on each new session).
    void syncAll();
    // Fetches older items of followed nodes the cache does not fully hold;
    // finished() tells how many arrived.
    void fetchOlder();
    // One blog or node, newest first (a contact page): a page beyond count.
    QFuture<int> fetchNode(const QString &service, const QString &node, int atLeast);
    // Subscribes to a post's comments node (once per session).
    void followThread(const Post &post);
    // The comments of one post, from the server, and follows them live.
    QFuture<int> fetchThread(const Post &post);

    QFuture<FeedService::Published> publish(const Post &post, bool withComments = true);
    QFuture<FeedService::Published> comment(const Post &parent, const QString &text);
    QFuture<FeedService::Published> like(const Post &parent);
    // Takes back the own like (retracting the own ♥ comments).
    QFuture<QString> unlike(const Post &parent);
    // Deletes an own post (and its comments node) or an own comment.
    QFuture<QString> remove(const Post &post);

    [[nodiscard]] bool isFollowing(const QString &service, const QString &node) const;
    [[nodiscard]] QList<FollowedNode> follows() const { return m_follows; }
    QFuture<QString> follow(const FollowedNode &node);
    QFuture<QString> unfollow(const FollowedNode &node);

Q_SIGNALS:
    // Items stored or changed (posts and comments).
    void postsChanged(const QList<Hearth::Post> &posts);
    void postRemoved(const Hearth::XmppUri &item);
    void followsChanged();
    void syncingChanged(bool syncing);
    // A syncAll() or fetchOlder() finished; added: items new to the cache.
    void syncFinished(int added);
    void olderFetched(int added);
    void errorOccurred(const QString &error);

private:
    void onSessionStarted(bool resumed);
    void discoverCommentsService();
    void readFollowLists();
    void followContactsOnce();
    void queueLive(const Post &post);
    void flushLive();
    void onRetracted(const XmppUri &item);
    // Polls one node until it meets a cached item; resolves to items added.
    QFuture<int> catchUp(const QString &service, const QString &node, int maxItems, bool firstVisit);
    QFuture<int> store(const QList<Post> &posts);
    void beginSync();
    void endSync();
    void loadFollows();

    Account *m_account;
    ContactList *m_contacts;
    PostStore m_posts;
    FollowStore m_followStore;
    AccountStateStore m_state;
    FollowService *m_followService;
    qint64 m_accountId = 0;
    QString m_ownJid;
    bool m_followContacts = true;
    bool m_listsRead = false;
    bool m_rosterReady = false;
    QSet<QString> m_subscribedThreads;
    int m_syncing = 0;
    QList<FollowedNode> m_follows;
    QList<Post> m_liveQueue;
    QTimer m_liveTimer;
};

} // namespace Hearth
