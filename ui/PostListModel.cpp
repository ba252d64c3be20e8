#include "PostListModel.h"

#include "feed/FeedService.h"
#include "feed/FeedSync.h"

using namespace Hearth;

PostListModel::PostListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void PostListModel::setSource(FeedSync *sync, const FeedQuery &query)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    beginResetModel();
    m_sync = sync;
    m_query = query;
    m_rows.clear();
    m_cursor = {};
    m_cacheAtEnd = m_serverAtEnd = false;
    m_askedServer = false;
    ++m_generation;
    // Loading already: views (and QAbstractItemModelTester) call fetchMore()
    // from their modelReset handlers; the first page is asked for below,
    // once the reset is over, never from inside it.
    m_loading = sync != nullptr;
    endResetModel();
    m_newCount = 0;
    Q_EMIT newCountChanged();
    Q_EMIT countChanged();
    Q_EMIT loadingChanged();
    if (!sync)
        return;
    m_connections << connect(sync, &FeedSync::postsChanged, this, &PostListModel::onPostsChanged)
                  << connect(sync, &FeedSync::postRemoved, this, &PostListModel::onPostRemoved)
                  << connect(sync, &FeedSync::olderFetched, this, &PostListModel::onOlderFetched)
                  // After a sync (back online, a new follow) the server may
                  // have older items again.
                  << connect(sync, &FeedSync::syncFinished, this, [this] { m_serverAtEnd = false; })
                  << connect(sync, &FeedSync::nodeCaughtUp, this, [this](const QString &service, const QString &node) {
                         m_serverAtEnd = false;
                         refreshThreadOwner(service, node); // its counts are known now
                     });
    loadPage();
}

void PostListModel::setUnreadAfter(const QDateTime &time)
{
    m_unreadAfter = time;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {UnreadRole});
}

void PostListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

int PostListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> PostListModel::roleNames() const
{
    return {{UriRole, "uri"},
            {ServiceRole, "service"},
            {NodeRole, "node"},
            {ItemIdRole, "itemId"},
            {TitleRole, "title"},
            {BodyRole, "body"},
            {MarkdownRole, "markdown"},
            {AuthorJidRole, "authorJid"},
            {AuthorNameRole, "authorName"},
            {AvatarRole, "avatar"},
            {PublishedRole, "published"},
            {EditedRole, "edited"},
            {TagsRole, "tags"},
            {PicturesRole, "pictures"},
            {FilesRole, "files"},
            {PreviewsRole, "previews"},
            {QuotedUriRole, "quotedUri"},
            {LikeCountRole, "likeCount"},
            {CommentCountRole, "commentCount"},
            {LikedByMeRole, "likedByMe"},
            {IsMineRole, "isMine"},
            {UnreadRole, "unread"},
            {CommentsEnabledRole, "commentsEnabled"},
            {CountsKnownRole, "countsKnown"},
            {UnverifiedRole, "unverified"},
            {ClaimRole, "claim"},
            {PendingRole, "pending"},
            {PendingErrorRole, "pendingError"}};
}

QVariant PostListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Post &p = m_rows.at(index.row()).post;
    const QString author = p.authorJid.isEmpty() ? p.service : p.authorJid;
    switch (role) {
    case UriRole:
        return p.uri().toString();
    case ServiceRole:
        return p.service;
    case NodeRole:
        return p.node;
    case ItemIdRole:
        return p.itemId;
    case TitleRole:
        return p.title;
    case BodyRole:
        return shown(index.row()).body;
    case MarkdownRole:
        return p.text;
    case AuthorJidRole:
        return author;
    case AuthorNameRole:
        return m_authors.nameOf(author, p.authorName);
    case AvatarRole:
        return m_authors.avatarOf(author);
    case PublishedRole:
        return p.published.toLocalTime();
    case EditedRole:
        return p.isEdited();
    case TagsRole:
        return p.tags;
    case PicturesRole:
        return shown(index.row()).pictures;
    case FilesRole:
        return shown(index.row()).files;
    case PreviewsRole:
        return shown(index.row()).previews;
    case QuotedUriRole:
        return p.inReplyTo.isValid() ? p.inReplyTo.toString() : QString();
    case LikeCountRole:
        return p.likeCount;
    case CommentCountRole:
        return p.commentCount;
    case LikedByMeRole:
        return p.likedByMe;
    case IsMineRole:
        return m_sync && p.service == m_sync->ownJid();
    case UnreadRole:
        return m_unreadAfter.isValid() && p.published > m_unreadAfter;
    case CommentsEnabledRole:
        return p.comments.isValid();
    case CountsKnownRole:
        return p.countsKnown;
    case UnverifiedRole:
        return !p.verified;
    case ClaimRole:
        return PostPresenter::claimOf(p, m_authors);
    case PendingRole:
        return p.pending;
    case PendingErrorRole:
        return p.pendingError;
    }
    return {};
}

const PostPresenter::Shown &PostListModel::shown(int row) const
{
    const Row &r = m_rows.at(row);
    if (!r.shown)
        r.shown = PostPresenter::present(r.post);
    return *r.shown;
}

bool PostListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_sync && !m_loading && !atEnd();
}

void PostListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!m_cacheAtEnd) {
        loadPage();
        return;
    }
    // Past the cache: older items from the server (followed nodes for the
    // feed, the one blog or community for its page).
    if (m_askedServer)
        return;
    m_askedServer = true;
    setLoading(true);
    if (m_query.scope == FeedQuery::Scope::Blog || m_query.scope == FeedQuery::Scope::Node) {
        const QString node = m_query.scope == FeedQuery::Scope::Node ? m_query.node : QString::fromLatin1(FeedService::kMicroblogNode);
        m_sync->catchUp(m_query.jid, node, NodeCatchUp::Mode::Older)
            .then(this, [this, generation = m_generation](NodeCatchUp::Result result) {
                if (generation != m_generation)
                    return;
                if (!result.error.isEmpty())
                    Q_EMIT errorOccurred(result.error);
                onOlderFetched(result.added);
            });
    } else {
        m_sync->fetchOlder();
    }
}

void PostListModel::onOlderFetched(int added)
{
    if (!m_askedServer)
        return; // another list asked
    m_askedServer = false;
    if (added > 0 && m_cacheAtEnd) {
        m_cacheAtEnd = false;
        loadPage(); // still loading: the new rows come from the cache
        return;
    }
    if (added <= 0)
        m_serverAtEnd = true;
    setLoading(false);
}

void PostListModel::loadPage()
{
    setLoading(true);
    m_sync->posts()
        .page(m_sync->accountId(), m_cursor, kPageSize, m_query)
        .then(this, [this, generation = m_generation](DbResult<FeedPage> result) {
            if (generation != m_generation)
                return;
            // State first, signals after: views call fetchMore() from their
            // rowsInserted handlers, and must see where this page ended.
            if (!result.ok()) {
                m_cacheAtEnd = true;
                setLoading(false);
                Q_EMIT errorOccurred(result.error);
                return;
            }
            if (!result.value.posts.isEmpty())
                m_cursor = result.value.next;
            m_cacheAtEnd = result.value.atEnd;
            // Rows already shown (a live insert) are not repeated.
            QList<Post> fresh;
            for (const Post &post : std::as_const(result.value.posts)) {
                if (rowOf(post.uri()) < 0)
                    fresh << post;
            }
            // Their comment threads, once a session: until read, the
            // counts are unknown rather than a wrong number.
            m_sync->refreshThreads(fresh);
            if (!fresh.isEmpty()) {
                const int first = int(m_rows.size());
                beginInsertRows({}, first, first + int(fresh.size()) - 1);
                for (const Post &post : std::as_const(fresh))
                    m_rows.append({post, std::nullopt});
                endInsertRows();
                Q_EMIT countChanged();
            }
            setLoading(false);
        });
}

int PostListModel::rowOf(const XmppUri &uri) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Post &p = m_rows.at(i).post;
        if (p.itemId == uri.item && p.node == uri.node && p.service == uri.service)
            return i;
    }
    return -1;
}

Post PostListModel::post(const QString &uri) const
{
    const int row = rowOf(XmppUri::parse(uri));
    return row >= 0 ? m_rows.at(row).post : Post{};
}

QDateTime PostListModel::newestPublished() const
{
    return m_rows.isEmpty() ? QDateTime() : m_rows.constFirst().post.published;
}

int PostListModel::insertionRow(const Post &post) const
{
    // Newest first; a post older than everything loaded waits for paging.
    for (int i = 0; i < m_rows.size(); ++i) {
        if (post.published >= m_rows.at(i).post.published)
            return i;
    }
    return m_cacheAtEnd ? int(m_rows.size()) : -1;
}

void PostListModel::clearNewCount()
{
    if (m_newCount == 0)
        return;
    m_newCount = 0;
    Q_EMIT newCountChanged();
}

void PostListModel::refreshThreadOwner(const QString &service, const QString &node)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.post.comments.service == service && row.post.comments.node == node)
            refreshRow(row.post.uri());
    }
}

void PostListModel::onPostsChanged(const QList<Post> &posts)
{
    const auto followed = [this](const QString &service, const QString &node) { return m_sync->isFollowing(service, node); };
    for (const Post &post : posts) {
        if (post.isComment()) {
            refreshThreadOwner(post.service, post.node); // its counts
            continue;
        }
        if (!m_query.admits(post, followed))
            continue;
        const int row = rowOf(post.uri());
        if (row >= 0) {
            refreshRow(post.uri()); // an edit (counts re-read with it)
            continue;
        }
        const int at = insertionRow(post);
        if (at < 0)
            continue;
        beginInsertRows({}, at, at);
        m_rows.insert(at, {post, std::nullopt});
        endInsertRows();
        Q_EMIT countChanged();
        refreshRow(post.uri());
        if (at == 0 && post.service != m_sync->ownJid()) {
            ++m_newCount;
            Q_EMIT newCountChanged();
        }
    }
}

void PostListModel::refreshRow(const XmppUri &uri)
{
    m_sync->posts().item(m_sync->accountId(), uri, m_sync->ownJid()).then(this, [this, uri, generation = m_generation](DbResult<std::optional<Post>> result) {
        if (generation != m_generation || !result.value)
            return;
        const int row = rowOf(uri);
        if (row < 0)
            return;
        Row &r = m_rows[row];
        // A count changed, or the post itself (an edit: shown again).
        const Post &fresh = *result.value;
        if (r.post.updated != fresh.updated || r.post.title != fresh.title || r.post.html != fresh.html
            || r.post.text != fresh.text || r.post.links != fresh.links)
            r.shown.reset();
        r.post = fresh;
        r.post.rawXml.clear(); // as the pages hold them: not needed to show a post
        Q_EMIT dataChanged(index(row), index(row));
    });
}

void PostListModel::onPostRemoved(const XmppUri &item)
{
    const int row = rowOf(item);
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        Q_EMIT countChanged();
        return;
    }
    refreshThreadOwner(item.service, item.node); // a comment or like went

}
