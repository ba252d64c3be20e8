#include "CommentsModel.h"

#include "feed/FeedSync.h"

using namespace Hearth;

CommentsModel::CommentsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CommentsModel::setThread(FeedSync *sync, const XmppUri &commentsNode)
{
    for (const auto &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    ++m_generation;
    m_sync = sync;
    m_node = commentsNode;
    apply({});
    if (!sync || !commentsNode.isValid())
        return;
    m_connections << connect(sync, &FeedSync::postsChanged, this, [this](const QList<Post> &posts) {
        if (std::any_of(posts.cbegin(), posts.cend(), [this](const Post &p) { return inThread(p.service, p.node); }))
            reload();
    }) << connect(sync, &FeedSync::postRemoved, this, [this](const XmppUri &item) {
        if (inThread(item.service, item.node))
            reload();
    });
    reload();
}

bool CommentsModel::inThread(const QString &service, const QString &node) const
{
    return service == m_node.service && node == m_node.node;
}

void CommentsModel::reload()
{
    m_sync->posts().thread(m_sync->accountId(), m_node).then(this, [this, generation = m_generation](DbResult<QList<Post>> result) {
        if (generation == m_generation && result.ok())
            apply(result.value);
    });
}

void CommentsModel::apply(const QList<Post> &thread)
{
    QList<Post> comments;
    QStringList likers;
    for (const Post &p : thread) {
        if (!p.isLike()) {
            comments << p;
            continue;
        }
        const QString name = m_authors.nameOf(p.authorJid, p.authorName);
        if (!likers.contains(name))
            likers << name;
    }
    // Threads are short: update rows in place where the same comment
    // stays, insert and remove the rest (no reset, so the view keeps its
    // place while someone types).
    int row = 0;
    for (; row < comments.size(); ++row) {
        if (row < m_comments.size() && m_comments.at(row).itemId == comments.at(row).itemId) {
            m_comments[row] = comments.at(row);
            Q_EMIT dataChanged(index(row), index(row));
            continue;
        }
        const int existing = [&] {
            for (int i = row + 1; i < m_comments.size(); ++i) {
                if (m_comments.at(i).itemId == comments.at(row).itemId)
                    return i;
            }
            return -1;
        }();
        if (existing >= 0) { // rows between were removed
            beginRemoveRows({}, row, existing - 1);
            m_comments.remove(row, existing - row);
            endRemoveRows();
            m_comments[row] = comments.at(row);
            Q_EMIT dataChanged(index(row), index(row));
            continue;
        }
        beginInsertRows({}, row, row);
        m_comments.insert(row, comments.at(row));
        endInsertRows();
    }
    if (m_comments.size() > comments.size()) {
        beginRemoveRows({}, int(comments.size()), int(m_comments.size()) - 1);
        m_comments.resize(comments.size());
        endRemoveRows();
    }
    Q_EMIT countChanged();
    if (likers != m_likers) {
        m_likers = likers;
        Q_EMIT likersChanged();
    }
}

int CommentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_comments.size());
}

QHash<int, QByteArray> CommentsModel::roleNames() const
{
    return {{UriRole, "uri"},         {AuthorJidRole, "authorJid"}, {AuthorNameRole, "authorName"}, {AvatarRole, "avatar"},
            {TextRole, "text"},       {PublishedRole, "published"}, {IsMineRole, "isMine"},         {UnverifiedRole, "unverified"},
            {ClaimRole, "claim"},     {PendingRole, "pending"},     {PendingErrorRole, "pendingError"}};
}

QVariant CommentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Post &c = m_comments.at(index.row());
    switch (role) {
    case UriRole:
        return c.uri().toString();
    case AuthorJidRole:
        return c.authorJid;
    case AuthorNameRole:
        return m_authors.nameOf(c.authorJid, c.authorName);
    case AvatarRole:
        return m_authors.avatarOf(c.authorJid);
    case TextRole:
        return c.title;
    case PublishedRole:
        return c.published.toLocalTime();
    case IsMineRole:
        return m_sync && c.authorJid == m_sync->ownJid();
    case UnverifiedRole:
        return !c.verified;
    case ClaimRole:
        return PostPresenter::claimOf(c, m_authors);
    case PendingRole:
        return c.pending;
    case PendingErrorRole:
        return c.pendingError;
    }
    return {};
}

Post CommentsModel::comment(const QString &uri) const
{
    const XmppUri wanted = XmppUri::parse(uri);
    for (const Post &c : m_comments) {
        if (c.uri() == wanted)
            return c;
    }
    return {};
}
