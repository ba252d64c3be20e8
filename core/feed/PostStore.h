#pragma once

#include "../db/DbResult.h"
#include "Post.h"

#include <QFuture>
#include <QList>
#include <QSet>
#include <functional>
#include <optional>

class QSqlDatabase;

class QSqlDatabase;
class QSqlQuery;

namespace Hearth {

class Database;

// Where the feed reading position is: the last row shown, newest first.
// Paging continues strictly below it on (published, id), never by OFFSET.
struct FeedCursor
{
    qint64 published = 0; // ms since epoch; 0 = from the newest
    qint64 id = 0;
    [[nodiscard]] bool isStart() const { return published == 0 && id == 0; }
};

// Which posts a page holds.
struct FeedQuery
{
    enum class Scope {
        All,      // every cached post
        Feed,     // followed nodes and the own blog
        Contacts, // followed blogs, not the own
        Mine,     // the own blog (jid = own JID)
        Blog,     // one person's blog (jid = theirs)
        Node,     // one node (jid = its service, node)
        Communities, // followed nodes that are not blogs
    };
    FeedQuery() = default;
    FeedQuery(Scope scope, QString jid, QString node = {})
        : scope(scope), jid(std::move(jid)), node(std::move(node))
    {
    }

    Scope scope = Scope::All;
    QString jid; // own JID for Feed/Contacts/Mine/Communities; the blog's for Blog; the service for Node
    QString node; // for Node

    static FeedQuery blog(const QString &jid) { return {Scope::Blog, jid, {}}; }
    static FeedQuery community(const QString &service, const QString &node) { return {Scope::Node, service, node}; }
    // Whether a post belongs here: what page() selects, for live updates.
    [[nodiscard]] bool admits(const Post &post, const std::function<bool(const QString &service, const QString &node)> &followed) const;
};

// A comment or like on one of the user's posts (the notifications list).
struct Reaction
{
    Post comment;
    Post post; // the post it is on (title, uri)
};

struct FeedPage
{
    QList<Post> posts;
    QList<qint64> ids; // row ids, parallel to posts
    FeedCursor next;   // pass back for the page after this one
    bool atEnd = false;
};

// Posts and comments in the cache: batched ingest (one transaction, prepared
// statements), keyset pages, threads, and FTS5 search.
class PostStore
{
public:
    explicit PostStore(Database *db);

    // For a reader on its own connection (the export's thread): the columns
    // readRow() reads, the post table aliased "p" and its id first, and the
    // tags and links of rows read so (their ids, in the posts' order).
    [[nodiscard]] static QString rowColumns();
    [[nodiscard]] static Post readRow(const QSqlQuery &q);
    static bool attachTagsAndLinks(QSqlDatabase &db, QList<Post> &posts, const QList<qint64> &ids, QString *error);

    // Inserts or replaces by (service, node, item); returns how many.
    [[nodiscard]] QFuture<DbResult<int>> ingest(qint64 accountId, const QList<Post> &posts) const;
    // Removes an item, and a post's comment thread with it.
    [[nodiscard]] QFuture<DbStatus> remove(qint64 accountId, const XmppUri &item) const;
    // Removes these items of a node (gone from the server), in one transaction.
    [[nodiscard]] QFuture<DbStatus> removeAll(qint64 accountId, const QString &service, const QString &node,
                                              const QStringList &itemIds) const;
    // The ids of a node's cached items that are on the server (not pending).
    [[nodiscard]] QFuture<DbResult<QSet<QString>>> itemIds(qint64 accountId, const QString &service, const QString &node) const;
    // Posts (not comments), newest first, with like and comment counts.
    [[nodiscard]] QFuture<DbResult<FeedPage>> page(qint64 accountId, const FeedCursor &after, int limit,
                                                   const FeedQuery &query = {}) const;
    // One item (post or comment), with its counts (likedByMe for ownJid);
    // value empty if unknown.
    [[nodiscard]] QFuture<DbResult<std::optional<Post>>> item(qint64 accountId, const XmppUri &uri, const QString &ownJid = {}) const;
    // The post whose comments live on commentsNode, if cached.
    [[nodiscard]] QFuture<DbResult<std::optional<Post>>> postOfThread(qint64 accountId, const XmppUri &commentsNode) const;
    // Which of these item ids of a node are cached.
    [[nodiscard]] QFuture<DbResult<QSet<QString>>> known(qint64 accountId, const QString &service, const QString &node,
                                                         const QStringList &itemIds) const;
    // How many items of a node are cached.
    [[nodiscard]] QFuture<DbResult<int>> count(qint64 accountId, const QString &service, const QString &node) const;
    // Comments and likes by others on the own posts, newest first.
    [[nodiscard]] QFuture<DbResult<QList<Reaction>>> reactions(qint64 accountId, const QString &ownJid, int limit) const;
    // A post's comments node, oldest first.
    [[nodiscard]] QFuture<DbResult<QList<Post>>> thread(qint64 accountId, const XmppUri &commentsNode) const;
    // Full text over title, text and tags; best matches first.
    [[nodiscard]] QFuture<DbResult<QList<Post>>> search(qint64 accountId, const QString &query, int limit) const;

    // Runs on the writer thread (used by ingest and by benchmarks).
    // added: how many of them were new to the cache.
    [[nodiscard]] static DbResult<int> ingestNow(QSqlDatabase &db, qint64 accountId, const QList<Post> &posts, int *added = nullptr);

private:
    Database *m_db;
};

} // namespace Hearth
