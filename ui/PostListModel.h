#pragma once

#include "PostPresenter.h"
#include "feed/PostStore.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>
#include <optional>

namespace Hearth {
class FeedSync;
}

// A newest-first list of posts from the cache: the news feed (all,
// contacts, mine) or one person's blog. Pages are read lazily on
// (published, id) as the view scrolls; past the cache it asks the server
// for older items. Live changes (new posts, edits, comments and likes
// counted, deletions) update rows in place, never by a reload.
class PostListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by FeedController")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool atEnd READ atEnd NOTIFY loadingChanged)
    Q_PROPERTY(int newCount READ newCount NOTIFY newCountChanged)

public:
    enum Role {
        UriRole = Qt::UserRole + 1,
        ServiceRole,
        NodeRole,
        ItemIdRole,
        TitleRole,
        BodyRole,
        MarkdownRole,
        AuthorJidRole,
        AuthorNameRole,
        AvatarRole,
        PublishedRole,
        EditedRole,
        TagsRole,
        PicturesRole,
        FilesRole,
        PreviewsRole,
        QuotedUriRole,
        LikeCountRole,
        CommentCountRole,
        LikedByMeRole,
        IsMineRole,
        UnreadRole,
        CommentsEnabledRole,
        CountsKnownRole,
        UnverifiedRole,
        ClaimRole,
        PendingRole,
        PendingErrorRole,
    };
    Q_ENUM(Role)

    static constexpr int kPageSize = 30;

    explicit PostListModel(QObject *parent = nullptr);

    // Names and avatars of authors (from the contacts and profiles).
    void setAuthors(PostPresenter::Authors authors) { m_authors = std::move(authors); }
    // Starts over on another selection of posts.
    void setSource(Hearth::FeedSync *sync, const Hearth::FeedQuery &query);
    [[nodiscard]] Hearth::FeedQuery query() const { return m_query; }
    // Posts newer than this show as unread (the last visit).
    void setUnreadAfter(const QDateTime &time);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    [[nodiscard]] bool loading() const { return m_loading; }
    // The first page from the cache is in (or the cache is empty).
    [[nodiscard]] bool hasFirstPage() const { return !m_rows.isEmpty() || m_cacheAtEnd; }
    [[nodiscard]] bool atEnd() const { return m_cacheAtEnd && m_serverAtEnd; }
    [[nodiscard]] int newCount() const { return m_newCount; }
    Q_INVOKABLE void clearNewCount();
    // The next page (for views that do not call fetchMore themselves).
    Q_INVOKABLE void loadMore() { fetchMore({}); }
    // The row's post by uri, for actions (empty Post if not loaded).
    [[nodiscard]] Hearth::Post post(const QString &uri) const;
    [[nodiscard]] int rowOf(const Hearth::XmppUri &uri) const;
    // The newest post's time (for the last visit).
    [[nodiscard]] QDateTime newestPublished() const;

Q_SIGNALS:
    void countChanged();
    void loadingChanged();
    void newCountChanged();
    void errorOccurred(const QString &error);

private:
    void loadPage();
    void onOlderFetched(int added);
    void onPostsChanged(const QList<Hearth::Post> &posts);
    void onPostRemoved(const Hearth::XmppUri &item);
    void refreshRow(const Hearth::XmppUri &uri);
    // Recounts the post whose comments live on service/node.
    void refreshThreadOwner(const QString &service, const QString &node);
    void setLoading(bool loading);
    [[nodiscard]] int insertionRow(const Hearth::Post &post) const;
    [[nodiscard]] const PostPresenter::Shown &shown(int row) const;

    // A post and, once a view asked, how it shows (prepared once).
    struct Row
    {
        Hearth::Post post;
        mutable std::optional<PostPresenter::Shown> shown;
    };

    Hearth::FeedSync *m_sync = nullptr;
    Hearth::FeedQuery m_query;
    QList<Row> m_rows;
    Hearth::FeedCursor m_cursor;
    bool m_cacheAtEnd = false;
    bool m_serverAtEnd = false;
    bool m_loading = false;
    bool m_askedServer = false;
    int m_generation = 0; // drops answers for an older source
    int m_newCount = 0;
    QDateTime m_unreadAfter;
    PostPresenter::Authors m_authors;
    QList<QMetaObject::Connection> m_connections;
};
