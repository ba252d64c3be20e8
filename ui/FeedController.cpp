#include "FeedController.h"

#include "CommentsModel.h"
#include "ComposerController.h"
#include "PostListModel.h"
#include "Logging.h"
#include "Account.h"
#include "feed/FeedSync.h"

#include <QSettings>

using namespace Hearth;

namespace {
const QString kLastVisitKey = QStringLiteral("feed.last-visit");
const QString kReactionsSeenKey = QStringLiteral("feed.reactions-seen");
const QString kFollowContactsKey = QStringLiteral("feed/followContactsByDefault");
const QString kMicroblog = QString::fromLatin1(FeedService::kMicroblogNode);
} // namespace

FeedController::FeedController(Database *db, FeedSync *sync, const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_state(db)
    , m_feed(new PostListModel(this))
    , m_blog(new PostListModel(this))
    , m_comments(new CommentsModel(this))
    , m_composer(new ComposerController(db, sync, sync->account()->uploads(), this))
    , m_settingsPath(settingsPath)
{
    sync->setFollowContactsByDefault(followContactsByDefault());
    // How deep a first read of a blog or community goes (settings.ini:
    // feed/firstReadDays, feed/firstReadItems).
    if (!settingsPath.isEmpty()) {
        const QSettings settings(settingsPath, QSettings::IniFormat);
        NodeCatchUp::Options options = NodeCatchUp::defaults();
        options.depthDays = std::max(0, settings.value(QStringLiteral("feed/firstReadDays"), options.depthDays).toInt());
        options.depthItems = std::max(1, settings.value(QStringLiteral("feed/firstReadItems"), options.depthItems).toInt());
        sync->setCatchUpOptions(options);
    }
    connect(sync, &FeedSync::syncingChanged, this, &FeedController::syncingChanged);
    connect(sync, &FeedSync::followsChanged, this, [this] {
        ++m_followVersion;
        Q_EMIT followsChanged();
    });
    connect(sync, &FeedSync::errorOccurred, this, &FeedController::failed);
    // Comments and likes on the user's posts feed the notifications list.
    m_reactionsTimer.setSingleShot(true);
    m_reactionsTimer.setInterval(300);
    connect(&m_reactionsTimer, &QTimer::timeout, this, &FeedController::loadReactions);
    connect(sync, &FeedSync::postsChanged, this, [this](const QList<Post> &posts) {
        if (std::any_of(posts.cbegin(), posts.cend(), [](const Post &p) { return p.isComment(); }))
            m_reactionsTimer.start();
        // The open post, edited, or with a new comment or like (its counts).
        if (!m_postUri.isEmpty() && std::any_of(posts.cbegin(), posts.cend(), [this](const Post &p) {
                return p.uri().toString() == m_postUri || inOpenThread(p.service, p.node);
            }))
            openPost(m_postUri);
    });
    connect(sync, &FeedSync::nodeCaughtUp, this, [this](const QString &service, const QString &node) {
        if (!m_postUri.isEmpty() && inOpenThread(service, node))
            openPost(m_postUri); // its counts are known now
    });
    connect(sync, &FeedSync::postRemoved, this, [this](const XmppUri &item) {
        if (item.toString() == m_postUri) {
            setPost({});
            m_postUri.clear();
        } else if (inOpenThread(item.service, item.node)) {
            openPost(m_postUri);
        }
        m_reactionsTimer.start();
    });
    connect(sync, &FeedSync::syncFinished, this, [this] {
        m_reactionsTimer.start();
        if (!m_postUri.isEmpty() && m_post.isEmpty())
            openPost(m_postUri); // a post opened before it was cached
    });
}

FeedController::~FeedController() = default;

bool FeedController::inOpenThread(const QString &service, const QString &node) const
{
    const XmppUri thread = m_comments->thread();
    return thread.isValid() && thread.service == service && thread.node == node;
}

void FeedController::setAuthors(const PostPresenter::Authors &authors)
{
    m_authors = authors;
    m_feed->setAuthors(authors);
    m_blog->setAuthors(authors);
    m_comments->setAuthors(authors);
}

void FeedController::setAccountId(qint64 accountId)
{
    m_accountId = accountId;
    applyFilter();
    if (!m_postUri.isEmpty() && accountId > 0)
        openPost(m_postUri);
    m_state.value(accountId, kLastVisitKey).then(this, [this](DbResult<QVariant> visit) {
        if (visit.value.isValid())
            m_feed->setUnreadAfter(QDateTime::fromMSecsSinceEpoch(visit.value.toLongLong(), Qt::UTC));
    });
    m_composer->setAccountId(accountId);
    m_state.value(accountId, kReactionsSeenKey).then(this, [this](DbResult<QVariant> seen) {
        if (seen.value.isValid())
            m_reactionsSeen = QDateTime::fromMSecsSinceEpoch(seen.value.toLongLong(), Qt::UTC);
        loadReactions();
    });
}

void FeedController::setFilter(Filter filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    Q_EMIT filterChanged();
    applyFilter();
}

void FeedController::applyFilter()
{
    const FeedQuery::Scope scope = m_filter == Filter::Contacts ? FeedQuery::Scope::Contacts
        : m_filter == Filter::Mine                              ? FeedQuery::Scope::Mine
        : m_filter == Filter::Communities                       ? FeedQuery::Scope::Communities
                                                                : FeedQuery::Scope::Feed;
    m_feed->setSource(m_sync, FeedQuery{scope, m_sync->ownJid()});
}

bool FeedController::syncing() const
{
    return m_sync->isSyncing();
}

Post FeedController::find(const QString &uri) const
{
    for (PostListModel *model : {m_feed, m_blog}) {
        const Post p = model->post(uri);
        if (!p.itemId.isEmpty())
            return p;
    }
    const Post c = m_comments->comment(uri);
    if (!c.itemId.isEmpty())
        return c;
    return {};
}

void FeedController::withPost(const QString &uri, std::function<void(const Post &)> action)
{
    const Post known = find(uri);
    if (!known.itemId.isEmpty()) {
        action(known);
        return;
    }
    m_sync->posts().item(m_accountId, XmppUri::parse(uri), m_sync->ownJid()).then(this, [this, action](DbResult<std::optional<Post>> found) {
        if (found.value)
            action(*found.value);
        else
            Q_EMIT failed(tr("This post is no longer available."));
    });
}

QVariantMap FeedController::postFields(const QString &uri) const
{
    const Post p = find(uri);
    if (!p.itemId.isEmpty())
        return PostPresenter::toMap(p, m_authors, m_sync->ownJid());
    // The open post may be in none of the lists.
    return m_post.value(QStringLiteral("uri")).toString() == uri ? m_post : QVariantMap();
}

void FeedController::setPost(const Post &post)
{
    m_post.clear();
    if (!post.itemId.isEmpty()) {
        m_postUri = post.uri().toString();
        m_post = PostPresenter::toMap(post, m_authors, m_sync->ownJid());
    }
    Q_EMIT postChanged();
}

void FeedController::openPost(const QString &uri)
{
    const bool samePost = uri == m_postUri && !m_post.isEmpty();
    m_postUri = uri; // also when not cached yet: it opens once it arrives
    if (m_accountId <= 0)
        return; // setAccountId opens it
    m_sync->posts().item(m_accountId, XmppUri::parse(uri), m_sync->ownJid()).then(this, [this, uri, samePost](DbResult<std::optional<Post>> found) {
        if (!found.value) {
            // Not cached: asked of its server once (it comes back through
            // postsChanged and opens); until then the page says so.
            if (m_sync->account()->state() == Connection::State::Online && !m_postsAsked.contains(uri)) {
                m_postsAsked.insert(uri);
                m_sync->fetchPost(XmppUri::parse(uri)).then(this, [uri](QString error) {
                    if (!error.isEmpty())
                        qCInfo(lcFeed).noquote() << "post" << uri << "not fetched:" << error;
                });
            }
            return;
        }
        qCInfo(lcFeed).noquote() << "showing post" << found.value->uri().toString();
        setPost(*found.value);
        if (!samePost) {
            m_comments->setThread(m_sync, found.value->comments);
            (void)m_sync->fetchThread(*found.value); // newer comments, followed live
        }
    });
}

void FeedController::comment(const QString &postUri, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    withPost(postUri, [this, text](const Post &post) {
        m_sync->comment(post, text).then(this, [this](FeedService::Published result) {
            if (!result.error.isEmpty())
                Q_EMIT failed(result.queued ? tr("Comment not sent yet (%1): it will be tried again at the next connection.").arg(result.error)
                                            : tr("Comment not sent: %1").arg(result.error));
        });
    });
}

void FeedController::like(const QString &postUri)
{
    withPost(postUri, [this](const Post &post) {
        if (post.likedByMe)
            return; // one like per author, as Movim counts them
        m_sync->like(post).then(this, [this](FeedService::Published result) {
            if (!result.error.isEmpty())
                Q_EMIT failed(result.queued ? tr("Like not sent yet (%1): it will be tried again at the next connection.").arg(result.error)
                                            : tr("Like not sent: %1").arg(result.error));
        });
    });
}

void FeedController::unlike(const QString &postUri)
{
    withPost(postUri, [this](const Post &post) {
        m_sync->unlike(post).then(this, [this](QString error) {
            if (!error.isEmpty())
                Q_EMIT failed(tr("This server does not let you take a like back (%1).").arg(error));
        });
    });
}

void FeedController::remove(const QString &uri)
{
    withPost(uri, [this](const Post &post) {
        m_sync->remove(post).then(this, [this](QString error) {
            if (!error.isEmpty())
                Q_EMIT failed(tr("Not deleted: %1").arg(error));
        });
    });
}

void FeedController::cancelPending(const QString &uri)
{
    m_sync->cancelPending(XmppUri::parse(uri)).then(this, [this](QString error) {
        if (!error.isEmpty())
            Q_EMIT failed(tr("Not cancelled: %1").arg(error));
    });
}

void FeedController::retryPending()
{
    if (m_sync->account()->state() != Connection::State::Online) {
        Q_EMIT failed(tr("You are offline: it will be sent when you are back online."));
        return;
    }
    m_sync->flushOutbox();
}

void FeedController::showBlog(const QString &jid)
{
    m_blogJid = jid;
    Q_EMIT blogChanged();
    m_blog->setSource(m_sync, FeedQuery::blog(jid));
    // Newest first from the server as well (new posts join the list live).
    (void)m_sync->catchUp(jid, kMicroblog);
}

bool FeedController::isFollowing(const QString &jid) const
{
    return m_sync->isFollowing(jid, kMicroblog);
}

void FeedController::follow(const QString &jid, bool shared)
{
    m_sync->follow({jid, kMicroblog, m_authors.name ? m_authors.name(jid) : QString(), shared}).then(this, [this](QString error) {
        if (!error.isEmpty())
            Q_EMIT failed(tr("Cannot follow this blog: %1").arg(error));
    });
}

void FeedController::unfollow(const QString &jid)
{
    (void)m_sync->unfollow({jid, kMicroblog, {}, false});
}

void FeedController::refresh()
{
    m_sync->syncAll();
}

void FeedController::loadAudience()
{
    m_sync->service()->audience().then(this, [this](FeedService::Audience audience) {
        m_audience = Audience(int(audience));
        Q_EMIT audienceChanged();
    });
}

void FeedController::setAudience(Audience audience)
{
    if (audience == Audience::Unknown)
        return;
    m_sync->service()->setAudience(FeedService::Audience(int(audience))).then(this, [this, audience](QString error) {
        if (!error.isEmpty()) {
            Q_EMIT failed(tr("The blog's audience was not changed: %1").arg(error));
            return;
        }
        m_audience = audience;
        Q_EMIT audienceChanged();
    });
}

void FeedController::markVisited()
{
    const QDateTime newest = m_feed->newestPublished();
    if (newest.isValid() && m_accountId > 0)
        (void)m_state.setValue(m_accountId, kLastVisitKey, newest.toMSecsSinceEpoch());
}

void FeedController::loadReactions()
{
    if (m_accountId <= 0)
        return;
    m_sync->posts().reactions(m_accountId, m_sync->ownJid(), 50).then(this, [this](DbResult<QList<Reaction>> result) {
        QVariantList list;
        int unseen = 0;
        for (const Reaction &r : std::as_const(result.value)) {
            list << QVariantMap{{QStringLiteral("authorJid"), r.comment.authorJid},
                                {QStringLiteral("authorName"), m_authors.nameOf(r.comment.authorJid, r.comment.authorName)},
                                {QStringLiteral("avatar"), m_authors.avatarOf(r.comment.authorJid)},
                                {QStringLiteral("isLike"), r.comment.isLike()},
                                {QStringLiteral("text"), r.comment.title},
                                {QStringLiteral("published"), r.comment.published.toLocalTime()},
                                {QStringLiteral("postTitle"), r.post.title},
                                {QStringLiteral("postUri"), r.post.uri().toString()}};
            if (!m_reactionsSeen.isValid() || r.comment.published > m_reactionsSeen)
                ++unseen;
        }
        m_reactions = list;
        m_unseenReactions = unseen;
        Q_EMIT reactionsChanged();
    });
}

void FeedController::markReactionsSeen()
{
    m_reactionsSeen = QDateTime::currentDateTimeUtc();
    if (m_accountId > 0) // a post opened at start, before the account is known
        (void)m_state.setValue(m_accountId, kReactionsSeenKey, m_reactionsSeen.toMSecsSinceEpoch());
    m_unseenReactions = 0;
    Q_EMIT reactionsChanged();
}

bool FeedController::followContactsByDefault() const
{
    return m_settingsPath.isEmpty() || QSettings(m_settingsPath, QSettings::IniFormat).value(kFollowContactsKey, true).toBool();
}

void FeedController::setFollowContactsByDefault(bool on)
{
    if (m_settingsPath.isEmpty() || on == followContactsByDefault())
        return;
    QSettings(m_settingsPath, QSettings::IniFormat).setValue(kFollowContactsKey, on);
    m_sync->setFollowContactsByDefault(on);
    Q_EMIT followContactsByDefaultChanged();
}
