#pragma once

#include "KeyedListModel.h"
#include "communities/CommunityStore.h"

#include <QQmlEngine>
#include <QTimer>
#include <functional>

// A list of communities for QML: the user's own (followed, owned, asked to
// join, with unread counts) or those a service lists (found a page at a
// time, described as the answers come, filtered as the user types). Changes
// apply once per event-loop turn, in place: a service answering a thousand
// descriptions does not make a thousand passes over the list.
class CommunityListModel : public KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by CommunitiesController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)

public:
    enum Role {
        UriRole = Qt::UserRole + 1,
        ServiceRole,
        NodeRole,
        TitleRole,
        DescriptionRole,
        IsGalleryRole,
        AvatarRole,
        SubscribersRole, // -1: the service does not say
        UnreadRole,
        PostsRole,
        FollowedRole,
        AffiliationRole,
        PendingRole,
        MembersOnlyRole,
        DescribedRole, // the service's description arrived
        ProblemRole,
        SharedByRole, // contacts who list it publicly (interesting communities)
    };
    Q_ENUM(Role)

    struct Row
    {
        Hearth::CommunityEntry entry;
        QStringList sharedBy;
        bool described = false;
        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit CommunityListModel(QObject *parent = nullptr);

    // Whether a community is followed (discovery rows show it).
    void setFollowedCheck(std::function<bool(const QString &service, const QString &node)> followed)
    {
        m_followed = std::move(followed);
    }
    // The whole list (the user's communities, interesting ones).
    void setRows(const QList<Row> &rows);
    void clear();
    // Discovery: nodes a listing found, then their descriptions.
    void append(const QList<Hearth::Community> &found);
    void describe(const Hearth::Community &community);
    // The followed marks again (after a follow or unfollow).
    void refreshFollowed();

    [[nodiscard]] QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    [[nodiscard]] int total() const { return int(m_all.size()); }
    [[nodiscard]] std::optional<Hearth::Community> find(const QString &service, const QString &node) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // The picture QML shows for a community: the cached avatar, else its
    // web address when that may load.
    [[nodiscard]] static QString avatarOf(const Hearth::Community &community);

Q_SIGNALS:
    void countChanged();
    void filterChanged();

private:
    void scheduleApply();
    void apply();
    [[nodiscard]] bool matches(const Row &row) const;

    QList<Row> m_all;   // every row, in list order
    QHash<QString, qsizetype> m_index; // service + '\n' + node → position in m_all
    QList<Row> m_rows;  // what the view shows (m_all filtered)
    QString m_filter;
    QTimer m_applyTimer;
    std::function<bool(const QString &, const QString &)> m_followed;
};
