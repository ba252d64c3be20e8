#include "PostStore.h"

#include "../db/Database.h"
#include "../db/RowBatcher.h"
#include "../db/Sql.h"
#include "HtmlSanitizer.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <limits>

namespace Hearth {

namespace {
const QString kColumns = QStringLiteral(
    "p.id, p.service, p.node, p.item_id, p.atom_id, p.title, p.html, p.text, p.author_jid, p.author_name,"
    " p.published, p.updated, p.comments_service, p.comments_node, p.reply_to, p.raw_xml,"
    " p.publisher, p.verified, p.claimed_author, p.pending,"
    " CASE WHEN p.pending THEN COALESCE((SELECT o.error FROM outbox o WHERE o.account_id = p.account_id AND o.service = p.service"
    " AND o.node = p.node AND o.item_id = p.item_id), '') ELSE '' END");
constexpr int kColumnCount = 21; // what readPost() reads
// Lists (feed pages, threads, search) leave the verbatim entry out: it is
// only for export and edits, and would double what every row holds.
const QString kListColumns = QString(kColumns).replace(QStringLiteral("p.raw_xml"), QStringLiteral("'' AS raw_xml"));

Post readPost(const QSqlQuery &q)
{
    Post post;
    post.service = q.value(1).toString();
    post.node = q.value(2).toString();
    post.itemId = q.value(3).toString();
    post.atomId = q.value(4).toString();
    post.title = q.value(5).toString();
    post.html = q.value(6).toString();
    post.text = q.value(7).toString();
    post.authorJid = q.value(8).toString();
    post.authorName = q.value(9).toString();
    post.published = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    post.updated = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    post.comments = {q.value(12).toString(), q.value(13).toString(), {}};
    post.inReplyTo = XmppUri::parse(q.value(14).toString());
    post.rawXml = q.value(15).toString();
    post.htmlSafe = true; // sanitized before it was stored
    post.publisher = q.value(16).toString();
    post.verified = q.value(17).toBool();
    post.claimedAuthor = q.value(18).toString();
    post.pending = q.value(19).toBool();
    post.pendingError = q.value(20).toString();
    return post;
}

// Tags and links for the posts of one page, in two queries.
bool attachDetails(QSqlDatabase &db, QList<Post> &posts, const QList<qint64> &ids, QString *error)
{
    if (ids.isEmpty())
        return true;
    QStringList marks;
    QHash<qint64, int> index;
    for (int i = 0; i < ids.size(); ++i) {
        marks << QString::number(ids[i]); // integers we produced: safe to inline
        index.insert(ids[i], i);
    }
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT post_id, tag FROM post_tag WHERE post_id IN (%1)").arg(marks.join(u',')), {}, error))
        return false;
    while (q.next())
        posts[index.value(q.value(0).toLongLong())].tags << q.value(1).toString();
    if (!Sql::exec(q, QStringLiteral("SELECT post_id, rel, href, type, title, description, logo FROM post_link"
                                     " WHERE post_id IN (%1) ORDER BY post_id, position").arg(marks.join(u',')),
                   {}, error))
        return false;
    while (q.next())
        posts[index.value(q.value(0).toLongLong())].links << PostLink{q.value(1).toString(), q.value(2).toString(),
                                                                       q.value(3).toString(), q.value(4).toString(),
                                                                       q.value(5).toString(), q.value(6).toString()};
    return true;
}
// Like and comment counts of the posts of a page: one indexed lookup per
// comments node (post_thread), prepared once.
bool attachCounts(QSqlDatabase &db, qint64 accountId, QList<Post> &posts, const QString &ownJid, QString *error)
{
    QSqlQuery q(db);
    bool prepared = false;
    for (Post &post : posts) {
        if (!post.comments.isValid())
            continue;
        if (!prepared
            && !Sql::prepare(q, QStringLiteral("SELECT COUNT(DISTINCT CASE WHEN is_like THEN author_jid END), SUM(1 - is_like),"
                                               " MAX(is_like AND author_jid = ?),"
                                               " (SELECT depth_done FROM node_sync s WHERE s.account_id = ? AND s.service = ? AND s.node = ?)"
                                               " FROM post WHERE account_id = ? AND service = ? AND node = ?"),
                             error))
            return false;
        prepared = true;
        if (!Sql::run(q, {ownJid, accountId, post.comments.service, post.comments.node, accountId, post.comments.service,
                          post.comments.node},
                      error))
            return false;
        if (q.next()) {
            post.likeCount = q.value(0).toInt();
            post.commentCount = q.value(1).toInt();
            post.likedByMe = q.value(2).toBool();
            // Unknown until the thread was read once: what came live alone
            // would be a wrong number.
            post.countsKnown = q.value(3).toBool();
        }
        q.finish();
    }
    return true;
}

QString scopeCondition(const FeedQuery &query)
{
    const QString blog = QStringLiteral("p.service = ? AND p.node = 'urn:xmpp:microblog:0'");
    const QString followed = QStringLiteral("EXISTS (SELECT 1 FROM follow f WHERE f.account_id = p.account_id"
                                            " AND f.service = p.service AND f.node = p.node)");
    switch (query.scope) {
    case FeedQuery::Scope::All:
        return {};
    case FeedQuery::Scope::Feed:
        return QStringLiteral(" AND ((%1) OR %2)").arg(blog, followed);
    case FeedQuery::Scope::Contacts:
        return QStringLiteral(" AND p.service <> ? AND p.node = 'urn:xmpp:microblog:0' AND %1").arg(followed);
    case FeedQuery::Scope::Mine:
    case FeedQuery::Scope::Blog:
        return QStringLiteral(" AND ") + blog;
    case FeedQuery::Scope::Node:
        return QStringLiteral(" AND p.service = ? AND p.node = ?");
    case FeedQuery::Scope::Communities:
        // (The own JID is bound and compared to keep one binding order.)
        return QStringLiteral(" AND p.service <> ? AND p.node NOT LIKE 'urn:xmpp:microblog:0%' AND %1").arg(followed);
    }
    return {};
}

std::optional<Post> selectOne(QSqlDatabase &db, qint64 accountId, const QString &ownJid, const QString &where,
                              std::initializer_list<QVariant> bindings, QString *error)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM post p WHERE p.account_id = ? AND %2 LIMIT 1").arg(kColumns, where),
                   bindings, error)
        || !q.next())
        return std::nullopt;
    QList<Post> posts{readPost(q)};
    const QList<qint64> ids{q.value(0).toLongLong()};
    q.finish();
    if (!attachDetails(db, posts, ids, error) || !attachCounts(db, accountId, posts, ownJid, error))
        return std::nullopt;
    return posts.constFirst();
}
} // namespace

bool FeedQuery::admits(const Post &post, const std::function<bool(const QString &, const QString &)> &followed) const
{
    if (post.isComment())
        return false;
    const bool blog = post.node == QLatin1String("urn:xmpp:microblog:0");
    switch (scope) {
    case Scope::All:
        return true;
    case Scope::Feed:
        return (blog && post.service == jid) || followed(post.service, post.node);
    case Scope::Contacts:
        return blog && post.service != jid && followed(post.service, post.node);
    case Scope::Mine:
    case Scope::Blog:
        return blog && post.service == jid;
    case Scope::Node:
        return post.service == jid && post.node == node;
    case Scope::Communities:
        return !post.node.startsWith(QLatin1String("urn:xmpp:microblog:0")) && followed(post.service, post.node);
    }
    return false;
}

QString PostStore::rowColumns()
{
    return kColumns;
}

Post PostStore::readRow(const QSqlQuery &q)
{
    return readPost(q);
}

bool PostStore::attachTagsAndLinks(QSqlDatabase &db, QList<Post> &posts, const QList<qint64> &ids, QString *error)
{
    return attachDetails(db, posts, ids, error);
}

PostStore::PostStore(Database *db)
    : m_db(db)
{
}

DbResult<int> PostStore::ingestNow(QSqlDatabase &db, qint64 accountId, const QList<Post> &posts, int *added)
{
    int inserts = 0;
    // Rows of the post table in a batch: new posts (the common case when
    // syncing) go in multi-row INSERTs; a post already cached is updated
    // and has its details rewritten.
    static constexpr int kChunk = 32;
    static const QString kPostColumns = QStringLiteral(
        "atom_id, title, html, text, author_jid, author_name, published, updated, comments_service, comments_node,"
        " reply_to, is_comment, is_like, raw_xml, publisher, verified, claimed_author, pending,"
        " account_id, service, node, item_id");
    static constexpr int kPostColumnCount = 22;
    auto insertSql = [](int rows) {
        QString one = QStringLiteral("(?");
        for (int i = 1; i < kPostColumnCount; ++i)
            one += QStringLiteral(",?");
        one += u')';
        QStringList all(rows, one);
        return QStringLiteral("INSERT INTO post (%1) VALUES %2 ON CONFLICT(account_id, service, node, item_id) DO NOTHING"
                              " RETURNING id, service, node, item_id")
            .arg(kPostColumns, all.join(u','));
    };
    auto keyOf = [](const QString &service, const QString &node, const QString &item) {
        return service + u'\n' + node + u'\n' + item;
    };
    auto text = [](const QString &value) { return value.isNull() ? QString::fromLatin1("") : value; };
    // Content is sanitized here, before anything stores it: no reader of
    // the cache sees markup from the network (the verbatim entry stays in
    // raw_xml for export only).
    QList<QString> clean;
    clean.reserve(posts.size());
    for (const Post &post : posts)
        clean << (post.html.isEmpty() ? QString::fromLatin1("") : post.htmlSafe ? post.html : HtmlSanitizer::sanitize(post.html).xhtml);
    auto valuesOf = [&](const Post &post, const QString &html) {
        return QVariantList{text(post.atomId), text(post.title), html, text(post.text), text(post.authorJid),
                            text(post.authorName), post.published.toMSecsSinceEpoch(), post.updated.toMSecsSinceEpoch(),
                            text(post.comments.service), text(post.comments.node),
                            post.inReplyTo.isValid() ? post.inReplyTo.toString() : QString::fromLatin1(""), post.isComment(),
                            post.isLike(), text(post.rawXml), text(post.publisher), post.verified, text(post.claimedAuthor),
                            post.pending, accountId, post.service, post.node, post.itemId};
    };

    DbResult<int> result;
    const bool ok = Sql::transaction(db, &result.error, [&] {
        QSqlQuery insertChunk(db), update(db), clearTags(db), clearLinks(db), clearFts(db), clearCommentFts(db);
        // An item cached before: its first date stays (a guessed one too),
        // a guessed update time keeps the stored one, and a copy without a
        // publisher keeps the credit of an identical copy that had one. A
        // pending local edit is not overwritten by the server's older copy.
        if (!Sql::prepare(insertChunk, insertSql(kChunk), &result.error)
            || !Sql::prepare(update,
                             QStringLiteral("UPDATE post SET atom_id = ?, title = ?, html = ?, text = ?, author_name = ?,"
                                            " updated = CASE WHEN ? THEN updated ELSE ? END,"
                                            " comments_service = ?, comments_node = ?, reply_to = ?, is_comment = ?, is_like = ?,"
                                            " raw_xml = ?, claimed_author = ?, pending = ?,"
                                            " publisher = CASE WHEN ? = '' AND publisher <> '' AND title = ? AND text = ? THEN publisher ELSE ? END,"
                                            " verified = CASE WHEN ? = '' AND publisher <> '' AND title = ? AND text = ? THEN verified ELSE ? END,"
                                            " author_jid = CASE WHEN ? = '' AND publisher <> '' AND title = ? AND text = ? THEN author_jid ELSE ? END"
                                            " WHERE account_id = ? AND service = ? AND node = ? AND item_id = ? AND (pending = 0 OR ?)"
                                            " RETURNING id"),
                             &result.error)
            || !Sql::prepare(clearTags, QStringLiteral("DELETE FROM post_tag WHERE post_id = ?"), &result.error)
            || !Sql::prepare(clearLinks, QStringLiteral("DELETE FROM post_link WHERE post_id = ?"), &result.error)
            || !Sql::prepare(clearFts, QStringLiteral("DELETE FROM post_fts WHERE rowid = ?"), &result.error)
            || !Sql::prepare(clearCommentFts, QStringLiteral("DELETE FROM comment_fts WHERE rowid = ?"), &result.error))
            return false;
        // Tags, links and the search index in multi-row statements too.
        RowBatcher tags(db, QStringLiteral("INSERT OR IGNORE INTO post_tag (post_id, tag) VALUES"), 2);
        RowBatcher links(db, QStringLiteral("INSERT INTO post_link (post_id, position, rel, href, type, title, description, logo) VALUES"), 8);
        RowBatcher fts(db, QStringLiteral("INSERT INTO post_fts (rowid, title, text, tags) VALUES"), 4);
        RowBatcher commentFts(db, QStringLiteral("INSERT INTO comment_fts (rowid, title, text) VALUES"), 3);
        auto addDetails = [&](qint64 id, const Post &post) {
            for (const QString &tag : post.tags) {
                if (!tags.add({id, tag}, &result.error))
                    return false;
            }
            for (int i = 0; i < post.links.size(); ++i) {
                const PostLink &l = post.links.at(i);
                if (!links.add({id, i, l.rel, l.href, text(l.type), text(l.title), text(l.description), text(l.logo)}, &result.error))
                    return false;
            }
            // Comments are searched in an index of their own; a like's ♥ is not worth finding.
            if (post.isComment())
                return post.isLike() || commentFts.add({id, text(post.title), text(post.text)}, &result.error);
            return fts.add({id, text(post.title), text(post.text), post.tags.join(u' ')}, &result.error);
        };
        auto updateOne = [&](const Post &post, const QString &html) {
            const QString publisher = text(post.publisher);
            const QVariantList keepCredit{publisher, text(post.title), text(post.text)};
            QVariantList values{text(post.atomId), text(post.title), html, text(post.text), text(post.authorName),
                                post.updatedGuessed, post.updated.toMSecsSinceEpoch(), text(post.comments.service),
                                text(post.comments.node), post.inReplyTo.isValid() ? post.inReplyTo.toString() : QString::fromLatin1(""),
                                post.isComment(), post.isLike(), text(post.rawXml), text(post.claimedAuthor), post.pending};
            values += keepCredit;
            values << publisher;
            values += keepCredit;
            values << post.verified;
            values += keepCredit;
            values << text(post.authorJid);
            values += QVariantList{accountId, post.service, post.node, post.itemId, post.pending};
            if (!Sql::run(update, values, &result.error))
                return false;
            if (!update.next())
                return true; // a pending local copy: the outbox will publish it
            const qint64 id = update.value(0).toLongLong();
            update.finish();
            return Sql::run(clearTags, {id}, &result.error) && Sql::run(clearLinks, {id}, &result.error)
                && Sql::run(clearFts, {id}, &result.error) && Sql::run(clearCommentFts, {id}, &result.error) && addDetails(id, post);
        };

        // A post twice in one batch: the later copy wins, as if stored one
        // after the other.
        QHash<QString, int> last;
        for (int i = 0; i < posts.size(); ++i)
            last.insert(keyOf(posts.at(i).service, posts.at(i).node, posts.at(i).itemId), i);
        QList<int> order;
        for (int i = 0; i < posts.size(); ++i)
            if (last.value(keyOf(posts.at(i).service, posts.at(i).node, posts.at(i).itemId)) == i)
                order << i;

        for (int start = 0; start < order.size(); start += kChunk) {
            const int rows = int(std::min<qsizetype>(kChunk, order.size() - start));
            QSqlQuery partial(db);
            if (rows < kChunk && !Sql::prepare(partial, insertSql(rows), &result.error))
                return false;
            QSqlQuery &insert = rows == kChunk ? insertChunk : partial;
            QVariantList values;
            values.reserve(rows * kPostColumnCount);
            for (int k = start; k < start + rows; ++k)
                values += valuesOf(posts.at(order.at(k)), clean.at(order.at(k)));
            if (!Sql::run(insert, values, &result.error))
                return false;
            QHash<QString, qint64> inserted;
            while (insert.next())
                inserted.insert(keyOf(insert.value(1).toString(), insert.value(2).toString(), insert.value(3).toString()),
                                insert.value(0).toLongLong());
            insert.finish();
            for (int k = start; k < start + rows; ++k) {
                const Post &post = posts.at(order.at(k));
                const qint64 id = inserted.value(keyOf(post.service, post.node, post.itemId));
                if (id > 0)
                    ++inserts;
                if (!(id > 0 ? addDetails(id, post) : updateOne(post, clean.at(order.at(k)))))
                    return false;
            }
        }
        result.value = int(posts.size());
        return tags.flush(&result.error) && links.flush(&result.error) && fts.flush(&result.error) && commentFts.flush(&result.error);
    });
    if (!ok)
        result.value = inserts = 0;
    if (added)
        *added = inserts;
    return result;
}

QFuture<DbResult<int>> PostStore::ingest(qint64 accountId, const QList<Post> &posts) const
{
    return m_db->run([accountId, posts](QSqlDatabase &db) { return ingestNow(db, accountId, posts); });
}

namespace {
// One item and, for a post, its comment thread and the thread's sync state.
bool removeNow(QSqlQuery &q, qint64 accountId, const XmppUri &item, QString *error)
{
    const QVariantList key{accountId, item.service, item.node, item.item};
    return Sql::exec(q, QStringLiteral("DELETE FROM node_sync WHERE account_id = ? AND (service, node) IN"
                                       " (SELECT comments_service, comments_node FROM post WHERE account_id = ? AND service = ?"
                                       " AND node = ? AND item_id = ? AND comments_node <> '')"),
                     {accountId, accountId, item.service, item.node, item.item}, error)
        && Sql::exec(q, QStringLiteral("DELETE FROM post WHERE account_id = ? AND (service, node) IN"
                                       " (SELECT comments_service, comments_node FROM post WHERE account_id = ? AND service = ?"
                                       " AND node = ? AND item_id = ? AND comments_node <> '')"),
                     {accountId, accountId, item.service, item.node, item.item}, error)
        && Sql::exec(q, QStringLiteral("DELETE FROM post_fts WHERE rowid IN (SELECT id FROM post WHERE account_id = ? AND service = ?"
                                       " AND node = ? AND item_id = ?)"),
                     key, error)
        && Sql::exec(q, QStringLiteral("DELETE FROM post WHERE account_id = ? AND service = ? AND node = ? AND item_id = ?"), key, error);
}
} // namespace

QFuture<DbStatus> PostStore::remove(qint64 accountId, const XmppUri &item) const
{
    return removeAll(accountId, item.service, item.node, {item.item});
}

QFuture<DbStatus> PostStore::removeAll(qint64 accountId, const QString &service, const QString &node, const QStringList &itemIds) const
{
    return m_db->run([accountId, service, node, itemIds](QSqlDatabase &db) {
        DbStatus result;
        result.value = Sql::transaction(db, &result.error, [&] {
            QSqlQuery q(db);
            for (const QString &id : itemIds) {
                if (!removeNow(q, accountId, {service, node, id}, &result.error))
                    return false;
            }
            return true;
        });
        return result;
    });
}

QFuture<DbResult<QSet<QString>>> PostStore::itemIds(qint64 accountId, const QString &service, const QString &node) const
{
    return m_db->run([accountId, service, node](QSqlDatabase &db) {
        DbResult<QSet<QString>> result;
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT item_id FROM post WHERE account_id = ? AND service = ? AND node = ? AND pending = 0"),
                       {accountId, service, node}, &result.error))
            return result;
        while (q.next())
            result.value.insert(q.value(0).toString());
        return result;
    });
}

QFuture<DbResult<FeedPage>> PostStore::page(qint64 accountId, const FeedCursor &after, int limit, const FeedQuery &query) const
{
    return m_db->run([accountId, after, limit, query](QSqlDatabase &db) {
        DbResult<FeedPage> result;
        QSqlQuery q(db);
        const qint64 published = after.isStart() ? std::numeric_limits<qint64>::max() : after.published;
        const qint64 id = after.isStart() ? std::numeric_limits<qint64>::max() : after.id;
        const QString sql = QStringLiteral("SELECT %1 FROM post p WHERE p.account_id = ? AND p.is_comment = 0"
                                           " AND (p.published < ? OR (p.published = ? AND p.id < ?))%2"
                                           " ORDER BY p.published DESC, p.id DESC LIMIT ?")
                                .arg(kListColumns, scopeCondition(query));
        QVariantList bindings{accountId, published, published, id};
        if (query.scope != FeedQuery::Scope::All)
            bindings << query.jid;
        if (query.scope == FeedQuery::Scope::Node)
            bindings << query.node;
        bindings << limit + 1;
        const bool ok = Sql::exec(q, sql, bindings, &result.error);
        if (!ok)
            return result;
        while (q.next()) {
            if (result.value.posts.size() == limit)
                break; // the extra row only tells that there is more
            result.value.ids << q.value(0).toLongLong();
            result.value.posts << readPost(q);
        }
        result.value.atEnd = !q.isValid();
        q.finish();
        if (!result.value.posts.isEmpty())
            result.value.next = {result.value.posts.constLast().published.toMSecsSinceEpoch(), result.value.ids.constLast()};
        const QString me = query.scope == FeedQuery::Scope::Blog ? QString() : query.jid;
        if (attachDetails(db, result.value.posts, result.value.ids, &result.error))
            attachCounts(db, accountId, result.value.posts, me, &result.error);
        return result;
    });
}

QFuture<DbResult<std::optional<Post>>> PostStore::item(qint64 accountId, const XmppUri &uri, const QString &ownJid) const
{
    return m_db->run([accountId, uri, ownJid](QSqlDatabase &db) {
        DbResult<std::optional<Post>> result;
        result.value = selectOne(db, accountId, ownJid, QStringLiteral("p.service = ? AND p.node = ? AND p.item_id = ?"),
                                 {accountId, uri.service, uri.node, uri.item}, &result.error);
        return result;
    });
}

QFuture<DbResult<std::optional<Post>>> PostStore::postOfThread(qint64 accountId, const XmppUri &commentsNode) const
{
    return m_db->run([accountId, commentsNode](QSqlDatabase &db) {
        DbResult<std::optional<Post>> result;
        result.value = selectOne(db, accountId, {}, QStringLiteral("p.comments_service = ? AND p.comments_node = ? AND p.is_comment = 0"),
                                 {accountId, commentsNode.service, commentsNode.node}, &result.error);
        return result;
    });
}

QFuture<DbResult<QSet<QString>>> PostStore::known(qint64 accountId, const QString &service, const QString &node,
                                                  const QStringList &itemIds) const
{
    return m_db->run([accountId, service, node, itemIds](QSqlDatabase &db) {
        DbResult<QSet<QString>> result;
        QSqlQuery q(db);
        if (!Sql::prepare(q, QStringLiteral("SELECT 1 FROM post WHERE account_id = ? AND service = ? AND node = ? AND item_id = ?"),
                          &result.error))
            return result;
        for (const QString &id : itemIds) {
            if (!Sql::run(q, {accountId, service, node, id}, &result.error))
                return result;
            if (q.next())
                result.value.insert(id);
            q.finish();
        }
        return result;
    });
}

QFuture<DbResult<int>> PostStore::count(qint64 accountId, const QString &service, const QString &node) const
{
    return m_db->run([accountId, service, node](QSqlDatabase &db) {
        DbResult<int> result;
        QSqlQuery q(db);
        if (Sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM post WHERE account_id = ? AND service = ? AND node = ?"),
                      {accountId, service, node}, &result.error)
            && q.next())
            result.value = q.value(0).toInt();
        return result;
    });
}

QFuture<DbResult<QList<Reaction>>> PostStore::reactions(qint64 accountId, const QString &ownJid, int limit) const
{
    return m_db->run([accountId, ownJid, limit](QSqlDatabase &db) {
        DbResult<QList<Reaction>> result;
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT %1, o.service, o.node, o.item_id, o.title FROM post o"
                                         " JOIN post p ON p.account_id = o.account_id AND p.service = o.comments_service"
                                         " AND p.node = o.comments_node"
                                         " WHERE o.account_id = ? AND o.service = ? AND o.node = 'urn:xmpp:microblog:0'"
                                         " AND o.comments_node <> '' AND p.author_jid <> ?"
                                         " ORDER BY p.published DESC, p.id DESC LIMIT ?").arg(kListColumns),
                       {accountId, ownJid, ownJid, limit}, &result.error))
            return result;
        const int base = kColumnCount;
        while (q.next()) {
            Reaction reaction;
            reaction.comment = readPost(q);
            reaction.post.service = q.value(base).toString();
            reaction.post.node = q.value(base + 1).toString();
            reaction.post.itemId = q.value(base + 2).toString();
            reaction.post.title = q.value(base + 3).toString();
            result.value << reaction;
        }
        return result;
    });
}

QFuture<DbResult<QList<Post>>> PostStore::thread(qint64 accountId, const XmppUri &commentsNode) const
{
    return m_db->run([accountId, commentsNode](QSqlDatabase &db) {
        DbResult<QList<Post>> result;
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM post p WHERE p.account_id = ? AND p.service = ? AND p.node = ?"
                                         " ORDER BY p.published, p.id").arg(kListColumns),
                       {accountId, commentsNode.service, commentsNode.node}, &result.error))
            return result;
        while (q.next())
            result.value << readPost(q);
        return result;
    });
}

QFuture<DbResult<QList<Post>>> PostStore::search(qint64 accountId, const QString &query, int limit) const
{
    return m_db->run([accountId, query, limit](QSqlDatabase &db) {
        DbResult<QList<Post>> result;
        const QString match = Sql::ftsPrefixQuery(query);
        if (match.isEmpty())
            return result;
        QSqlQuery q(db);
        QList<qint64> ids;
        if (!Sql::exec(q, QStringLiteral("SELECT %1 FROM post_fts f JOIN post p ON p.id = f.rowid"
                                         " WHERE post_fts MATCH ? AND p.account_id = ? AND p.is_comment = 0 ORDER BY f.rank LIMIT ?").arg(kListColumns),
                       {match, accountId, limit}, &result.error))
            return result;
        while (q.next()) {
            ids << q.value(0).toLongLong();
            result.value << readPost(q);
        }
        attachDetails(db, result.value, ids, &result.error);
        return result;
    });
}

} // namespace Hearth
