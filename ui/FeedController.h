#pragma once

#include "AccountStateStore.h"
#include "PostPresenter.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QSet>
#include <QTimer>
#include <QVariantMap>

class CommentsModel;
class ComposerController;
class PostListModel;

namespace Hearth {
class FeedSync;
struct Post;
struct XmppUri;
}

// The feed for QML: the news feed model and its filter, one contact's blog,
// the open post with its comments, the composer, likes, comments, deletes, follows, the blog audience and the
// notifications list. QML passes xmpp: URIs; the posts stay here.
class FeedController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("CommentsModel.h")
    Q_MOC_INCLUDE("ComposerController.h")
    Q_MOC_INCLUDE("PostListModel.h")
    QML_ELEMENT
    QML_UNCREATABLE("Use AppController.feed")

public:
    enum class Filter { All, Contacts, Mine, Communities };
    Q_ENUM(Filter)
    enum class Audience { Unknown, Public, ContactsOnly };
    Q_ENUM(Audience)

private:
    Q_PROPERTY(PostListModel *feed READ feed CONSTANT)
    Q_PROPERTY(PostListModel *blog READ blog CONSTANT)
    Q_PROPERTY(CommentsModel *comments READ comments CONSTANT)
    Q_PROPERTY(ComposerController *composer READ composer CONSTANT)
    Q_PROPERTY(Filter filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY syncingChanged)
    Q_PROPERTY(QVariantMap post READ post NOTIFY postChanged)
    Q_PROPERTY(QString blogJid READ blogJid NOTIFY blogChanged)
    Q_PROPERTY(Audience audience READ audience NOTIFY audienceChanged)
    Q_PROPERTY(int followVersion READ followVersion NOTIFY followsChanged)
    Q_PROPERTY(QVariantList reactions READ reactions NOTIFY reactionsChanged)
    Q_PROPERTY(int unseenReactions READ unseenReactions NOTIFY reactionsChanged)
    Q_PROPERTY(bool followContactsByDefault READ followContactsByDefault WRITE setFollowContactsByDefault NOTIFY
                   followContactsByDefaultChanged)

public:
    // settingsPath: the profile's settings file (follow contacts by default).
    FeedController(Hearth::Database *db, Hearth::FeedSync *sync, const QString &settingsPath, QObject *parent = nullptr);
    ~FeedController() override;

    // Names and pictures of authors, for every list and page of the feed.
    void setAuthors(const PostPresenter::Authors &authors);
    // The account whose cache is shown (FeedSync is bound to it by the
    // session); loads the feed, draft, last visit.
    void setAccountId(qint64 accountId);

    [[nodiscard]] PostListModel *feed() const { return m_feed; }
    [[nodiscard]] PostListModel *blog() const { return m_blog; }
    [[nodiscard]] CommentsModel *comments() const { return m_comments; }
    [[nodiscard]] ComposerController *composer() const { return m_composer; }
    [[nodiscard]] Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    [[nodiscard]] bool syncing() const;
    [[nodiscard]] QVariantMap post() const { return m_post; }
    [[nodiscard]] QString blogJid() const { return m_blogJid; }
    [[nodiscard]] Audience audience() const { return m_audience; }
    [[nodiscard]] int followVersion() const { return m_followVersion; }
    [[nodiscard]] QVariantList reactions() const { return m_reactions; }
    [[nodiscard]] int unseenReactions() const { return m_unseenReactions; }
    [[nodiscard]] bool followContactsByDefault() const;
    void setFollowContactsByDefault(bool on);

    // The fields of a cached post for the composer or a quote card: {title,
    // markdown, authorName, …}; empty map if not loaded.
    Q_INVOKABLE QVariantMap postFields(const QString &uri) const;

    Q_INVOKABLE void openPost(const QString &uri);
    Q_INVOKABLE void comment(const QString &postUri, const QString &text);
    Q_INVOKABLE void like(const QString &postUri);
    Q_INVOKABLE void unlike(const QString &postUri);
    // An own post or comment (or a comment on an own post).
    Q_INVOKABLE void remove(const QString &uri);
    // The outbox: take a pending post, comment or like back, or try now.
    Q_INVOKABLE void cancelPending(const QString &uri);
    Q_INVOKABLE void retryPending();

    Q_INVOKABLE void showBlog(const QString &jid);
    Q_INVOKABLE bool isFollowing(const QString &jid) const;
    Q_INVOKABLE void follow(const QString &jid, bool shared);
    Q_INVOKABLE void unfollow(const QString &jid);

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setAudience(Audience audience);
    Q_INVOKABLE void loadAudience();
    // The user has seen the feed up to now (the unread boundary moves).
    Q_INVOKABLE void markVisited();
    Q_INVOKABLE void markReactionsSeen();

Q_SIGNALS:
    void filterChanged();
    void syncingChanged();
    void postChanged();
    void blogChanged();
    void audienceChanged();
    void followsChanged();
    void reactionsChanged();
    void followContactsByDefaultChanged();
    void failed(const QString &message);

private:
    [[nodiscard]] Hearth::Post find(const QString &uri) const;
    // Whether service/node is the open post's comments node.
    [[nodiscard]] bool inOpenThread(const QString &service, const QString &node) const;
    void withPost(const QString &uri, std::function<void(const Hearth::Post &)> action);
    void setPost(const Hearth::Post &post);
    void loadReactions();
    void applyFilter();

    Hearth::FeedSync *m_sync;
    Hearth::AccountStateStore m_state;
    PostListModel *m_feed;
    PostListModel *m_blog;
    CommentsModel *m_comments;
    ComposerController *m_composer;
    PostPresenter::Authors m_authors;
    qint64 m_accountId = 0;
    Filter m_filter = Filter::All;
    QVariantMap m_post;
    QString m_postUri;
    QSet<QString> m_postsAsked; // posts not cached that were asked of their server
    QString m_blogJid;
    Audience m_audience = Audience::Unknown;
    int m_followVersion = 0;
    QVariantList m_reactions;
    int m_unseenReactions = 0;
    QDateTime m_reactionsSeen;
    QTimer m_reactionsTimer;
    QString m_settingsPath;
};
