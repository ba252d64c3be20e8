#pragma once

#include "PostPresenter.h"
#include "feed/Post.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace Hearth {
class FeedSync;
}

// One post's comment thread, oldest first, from the cache and kept live;
// likes (♥ comments) are not rows but counted once per author in likers.
class CommentsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by FeedController")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QStringList likers READ likers NOTIFY likersChanged)

public:
    enum Role {
        UriRole = Qt::UserRole + 1,
        AuthorJidRole,
        AuthorNameRole,
        AvatarRole,
        TextRole,
        PublishedRole,
        IsMineRole,
        UnverifiedRole,
        ClaimRole,
        PendingRole,
        PendingErrorRole,
    };
    Q_ENUM(Role)

    explicit CommentsModel(QObject *parent = nullptr);

    void setAuthors(PostPresenter::Authors authors) { m_authors = std::move(authors); }
    // The thread on commentsNode (invalid: none).
    void setThread(Hearth::FeedSync *sync, const Hearth::XmppUri &commentsNode);
    [[nodiscard]] Hearth::XmppUri thread() const { return m_node; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QStringList likers() const { return m_likers; }
    [[nodiscard]] Hearth::Post comment(const QString &uri) const;

Q_SIGNALS:
    void countChanged();
    void likersChanged();

private:
    void reload();
    void apply(const QList<Hearth::Post> &thread);
    [[nodiscard]] bool inThread(const QString &service, const QString &node) const;

    Hearth::FeedSync *m_sync = nullptr;
    Hearth::XmppUri m_node;
    QList<Hearth::Post> m_comments;
    QStringList m_likers;
    PostPresenter::Authors m_authors;
    int m_generation = 0;
    QList<QMetaObject::Connection> m_connections;
};
