#include "CommunityListModel.h"

#include "WebUrls.h"

#include <QUrl>

using namespace Hearth;

namespace {
QString keyOf(const Community &c)
{
    return c.service + u'\n' + c.node;
}
} // namespace

CommunityListModel::CommunityListModel(QObject *parent)
    : KeyedListModel(parent)
{
    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(0);
    connect(&m_applyTimer, &QTimer::timeout, this, &CommunityListModel::apply);
}

QString CommunityListModel::avatarOf(const Community &c)
{
    if (!c.avatarHash.isEmpty() && c.avatarUrl.isEmpty())
        return QStringLiteral("image://avatar/") + c.avatarHash;
    // Movim's communities name a web address only: loaded as pictures in
    // posts are (https, or the local server's own).
    if (!c.avatarUrl.isEmpty() && WebUrls::isSecureTransfer(QUrl(c.avatarUrl)))
        return c.avatarUrl;
    return c.avatarHash.isEmpty() ? QString() : QStringLiteral("image://avatar/") + c.avatarHash;
}

void CommunityListModel::setRows(const QList<Row> &rows)
{
    m_all = rows;
    m_index.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i)
        m_index.insert(keyOf(m_all.at(i).entry.community), i);
    apply();
}

void CommunityListModel::clear()
{
    setRows({});
}

void CommunityListModel::append(const QList<Community> &found)
{
    for (const Community &c : found) {
        const QString key = keyOf(c);
        if (m_index.contains(key))
            continue;
        Row row;
        row.entry.community = c;
        row.entry.followed = m_followed && m_followed(c.service, c.node);
        m_index.insert(key, m_all.size());
        m_all << row;
    }
    scheduleApply();
}

void CommunityListModel::describe(const Community &community)
{
    const auto it = m_index.constFind(keyOf(community));
    if (it == m_index.cend())
        return;
    Row &row = m_all[*it];
    // The listing's name stands when the description has no title.
    const QString listedTitle = row.entry.community.title;
    row.entry.community = community;
    if (row.entry.community.title.isEmpty())
        row.entry.community.title = listedTitle;
    row.described = true;
    scheduleApply();
}

void CommunityListModel::refreshFollowed()
{
    if (!m_followed)
        return;
    for (Row &row : m_all)
        row.entry.followed = m_followed(row.entry.community.service, row.entry.community.node);
    scheduleApply();
}

void CommunityListModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
    apply();
}

std::optional<Community> CommunityListModel::find(const QString &service, const QString &node) const
{
    const auto it = m_index.constFind(service + u'\n' + node);
    if (it == m_index.cend())
        return std::nullopt;
    return m_all.at(*it).entry.community;
}

bool CommunityListModel::matches(const Row &row) const
{
    if (m_filter.trimmed().isEmpty())
        return true;
    const Community &c = row.entry.community;
    const QString needle = m_filter.trimmed();
    return c.title.contains(needle, Qt::CaseInsensitive) || c.node.contains(needle, Qt::CaseInsensitive)
        || c.description.contains(needle, Qt::CaseInsensitive);
}

void CommunityListModel::scheduleApply()
{
    if (!m_applyTimer.isActive())
        m_applyTimer.start();
}

void CommunityListModel::apply()
{
    m_applyTimer.stop();
    QList<Row> next;
    next.reserve(m_all.size());
    for (const Row &row : std::as_const(m_all)) {
        if (matches(row))
            next << row;
    }
    replaceRows(m_rows, next, [](const Row &r) { return keyOf(r.entry.community); }, [](const Row &a, const Row &b) { return a == b; });
    Q_EMIT countChanged(); // the total may change while the shown count does not
}

int CommunityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommunityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Community &c = row.entry.community;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.displayTitle();
    case UriRole:
        return c.uri().toString();
    case ServiceRole:
        return c.service;
    case NodeRole:
        return c.node;
    case DescriptionRole:
        return c.description;
    case IsGalleryRole:
        return c.isGallery();
    case AvatarRole:
        return avatarOf(c);
    case SubscribersRole:
        return c.subscribers.value_or(-1);
    case UnreadRole:
        return row.entry.unread;
    case PostsRole:
        return row.entry.posts;
    case FollowedRole:
        return row.entry.followed;
    case AffiliationRole:
        return c.affiliation;
    case PendingRole:
        return c.subscription == QLatin1String("pending");
    case MembersOnlyRole:
        return c.accessModel == QLatin1String("authorize") || c.accessModel == QLatin1String("whitelist");
    case DescribedRole:
        return row.described;
    case ProblemRole:
        return c.problem;
    case SharedByRole:
        return row.sharedBy;
    }
    return {};
}

QHash<int, QByteArray> CommunityListModel::roleNames() const
{
    return {{UriRole, "uri"},
            {ServiceRole, "service"},
            {NodeRole, "node"},
            {TitleRole, "title"},
            {DescriptionRole, "description"},
            {IsGalleryRole, "isGallery"},
            {AvatarRole, "avatar"},
            {SubscribersRole, "subscribers"},
            {UnreadRole, "unread"},
            {PostsRole, "posts"},
            {FollowedRole, "followed"},
            {AffiliationRole, "affiliation"},
            {PendingRole, "pending"},
            {MembersOnlyRole, "membersOnly"},
            {DescribedRole, "described"},
            {ProblemRole, "problem"},
            {SharedByRole, "sharedBy"}};
}
