#include "CommunityService.h"

#include "CommunityErrors.h"
#include "../Account.h"
#include "../Logging.h"
#include "../Promises.h"
#include "../feed/FeedSync.h"
#include "../profile/AvatarService.h"

#include <QXmppClient.h>
#include <QXmppTask.h>
#include <QXmppPubSubAffiliation.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubSubscription.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
QString keyOf(const QString &service, const QString &node)
{
    return service + u'\n' + node;
}

bool isBlog(const QString &node)
{
    return node.startsWith(QLatin1String("urn:xmpp:microblog:0"));
}
} // namespace

CommunityService::CommunityService(Database *db, Account *account, FeedSync *feed, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_feed(feed)
    , m_directory(account->client())
    , m_admin(account->client())
    , m_store(db)
{
    connect(feed, &FeedSync::syncFinished, this, &CommunityService::onSynced);
    connect(feed, &FeedSync::followsChanged, this, &CommunityService::changed);
    connect(feed, &FeedSync::subscriptionState, this, [this](const QString &service, const QString &node, const QString &state) {
        if (isBlog(node))
            return;
        m_known[keyOf(service, node)].subscription = state;
        m_store.setStanding(m_accountId, service, node, {}, state).then(this, [this](DbStatus) { Q_EMIT changed(); });
    });
    // New posts change the unread counts.
    connect(feed, &FeedSync::postsChanged, this, [this](const QList<Post> &posts) {
        for (const Post &post : posts) {
            if (!post.isComment() && !isBlog(post.node)) {
                Q_EMIT changed();
                return;
            }
        }
    });
    connect(account->feed(), &FeedService::communityAvatarChanged, this,
            [this](const QString &service, const QString &node) { (void)refresh(service, node); });
    feed->setPublishCheck([this](const Post &post) { return publishProblem(post); });
}

void CommunityService::setAccountId(qint64 id, const QString &jid)
{
    m_accountId = id;
    m_jid = jid;
    m_known.clear();
    m_store.mine(id).then(this, [this, id](DbResult<QList<CommunityEntry>> mine) {
        if (id != m_accountId)
            return;
        for (const CommunityEntry &entry : std::as_const(mine.value)) {
            const QString key = keyOf(entry.community.service, entry.community.node);
            if (!m_known.contains(key))
                m_known.insert(key, entry.community);
            if (entry.community.subscription == QLatin1String("pending"))
                m_feed->setPending(entry.community.service, entry.community.node, true);
        }
    });
}

QFuture<CommunityDirectory::ServicesResult> CommunityService::services(const QString &server)
{
    const QString domain = server.isEmpty() ? QXmppUtils::jidToDomain(m_jid) : server;
    return m_directory.services(domain);
}

void CommunityService::rememberServer(const QString &jid)
{
    (void)m_store.addServer(m_accountId, jid.trimmed().toLower());
}

std::optional<Community> CommunityService::cached(const QString &service, const QString &node) const
{
    const auto it = m_known.constFind(keyOf(service, node));
    if (it == m_known.cend())
        return std::nullopt;
    return *it;
}

void CommunityService::keep(const Community &community)
{
    Community &known = m_known[keyOf(community.service, community.node)];
    const QString affiliation = known.affiliation;
    const QString subscription = known.subscription;
    known = community;
    // Standing comes from other queries; a description does not reset it.
    if (known.affiliation.isEmpty())
        known.affiliation = affiliation;
    if (known.subscription.isEmpty())
        known.subscription = subscription;
}

QFuture<CommunityDirectory::Described> CommunityService::refresh(const QString &service, const QString &node)
{
    return m_directory.describe(service, node).then(this, [this](CommunityDirectory::Described described) {
        if (!described.error.isEmpty())
            return described;
        Community &community = described.community;
        if (!described.avatarBytes.isEmpty() && !m_account->avatars()->cache().contains(community.avatarHash)) {
            // Checked (size, type, hash) before it lands; a bad one is left out.
            m_account->avatars()->cache().storeAsync(described.avatarBytes, community.avatarHash)
                .then(this, [this, community](const AvatarCache::Stored &stored) {
                    if (!stored.error.isEmpty())
                        qCInfo(lcCommunities).noquote() << "avatar of" << community.service << community.node << "refused:" << stored.error;
                    Q_EMIT this->described(community);
                });
        }
        keep(community);
        m_store.save(m_accountId, community).then(this, [this](DbStatus status) {
            if (!status.ok())
                qCWarning(lcCommunities).noquote() << "community not cached:" << status.error;
            Q_EMIT changed();
        });
        Q_EMIT this->described(m_known.value(keyOf(community.service, community.node)));
        return described;
    });
}

QFuture<QString> CommunityService::follow(const QString &service, const QString &node, bool shared)
{
    const auto known = cached(service, node);
    FollowedNode followed{service, node, known ? known->title : QString(), shared};
    return m_feed->follow(followed).then(this, [this, service, node](const QString &error) {
        if (error.isEmpty())
            (void)refresh(service, node);
        return error;
    });
}

QFuture<QString> CommunityService::unfollow(const QString &service, const QString &node)
{
    const auto known = cached(service, node);
    return m_feed->unfollow(FollowedNode{service, node, known ? known->title : QString(), false})
        .then(this, [this, service, node](const QString &error) {
            m_known[keyOf(service, node)].subscription.clear();
            m_store.setStanding(m_accountId, service, node, {}, QStringLiteral("")).then(this, [this](DbStatus) { Q_EMIT changed(); });
            return error;
        });
}

QFuture<CommunityAdmin::Created> CommunityService::create(const QString &service, const CommunitySettings &settings)
{
    return m_admin.create(service, settings).then(this, [this, service, settings](CommunityAdmin::Created created) {
        if (!created.error.isEmpty())
            return QtFuture::makeReadyFuture(created);
        Community community;
        community.service = service;
        community.node = created.node;
        community.title = settings.title.trimmed();
        community.description = settings.description;
        community.type = settings.type;
        community.accessModel = CommunitySettings::accessModel(settings.readers);
        community.publishModel = CommunitySettings::publishModel(settings.posters);
        community.affiliation = QStringLiteral("owner");
        keep(community);
        return m_store.save(m_accountId, community)
            .then(this, [this, service, created](DbStatus) { return follow(service, created.node, false); })
            .unwrap()
            .then(this, [created](const QString &error) {
                if (!error.isEmpty())
                    qCWarning(lcCommunities).noquote() << "created community" << created.node << "not followed:" << error;
                return created;
            });
    }).unwrap();
}

QFuture<QString> CommunityService::configure(const QString &service, const QString &node, const CommunitySettings &settings)
{
    return m_admin.configure(service, node, settings).then(this, [this, service, node](const QString &error) {
        if (error.isEmpty())
            (void)refresh(service, node);
        return error;
    });
}

QFuture<QString> CommunityService::configure(const QString &service, const QString &node, const QXmppDataForm &form)
{
    return m_admin.configure(service, node, form).then(this, [this, service, node](const QString &error) {
        if (error.isEmpty())
            (void)refresh(service, node);
        return error;
    });
}

QFuture<QString> CommunityService::setAvatar(const QString &service, const QString &node, const QByteArray &bytes, int width, int height)
{
    const QString type = AvatarCache::sniffMimeType(bytes);
    if (type.isEmpty() || bytes.size() > AvatarCache::kMaxBytes)
        return QtFuture::makeReadyFuture(tr("A community picture is a PNG or JPEG of at most 1 MiB."));
    return m_admin.setAvatar(service, node, bytes, type, width, height, {}).then(this, [this, service, node](const QString &error) {
        if (error.isEmpty())
            (void)refresh(service, node);
        return error;
    });
}

QFuture<QString> CommunityService::remove(const QString &service, const QString &node)
{
    // Every post on the server, for their comment threads.
    return m_account->feed()->fetch(service, node).then(this, [this, service, node](const QList<Post> &posts) {
        QList<XmppUri> threads;
        for (const Post &post : posts) {
            if (post.comments.isValid() && !threads.contains(post.comments))
                threads << post.comments;
        }
        return m_admin.remove(service, node, threads).then(this, [this, service, node](const QString &error) {
            if (!error.isEmpty())
                return QtFuture::makeReadyFuture(error);
            m_known.remove(keyOf(service, node));
            m_feed->forgetNode(service, node);
            return m_feed->unfollow(FollowedNode{service, node, {}, false})
                .then(this, [this, service, node](const QString &) { return m_store.remove(m_accountId, service, node); })
                .unwrap()
                .then(this, [this](DbStatus status) {
                    Q_EMIT changed();
                    return status.ok() ? QString() : status.error;
                });
        }).unwrap();
    }).unwrap();
}

void CommunityService::markSeen(const QString &service, const QString &node)
{
    m_store.markSeen(m_accountId, service, node).then(this, [this](DbStatus) { Q_EMIT changed(); });
}

QString CommunityService::publishProblem(const Post &post) const
{
    if (post.service.isEmpty() || post.service == m_jid)
        return {};
    const auto community = cached(post.service, post.node);
    if (!community || !community->isGallery())
        return {};
    const bool hasPicture = std::any_of(post.links.cbegin(), post.links.cend(), [](const PostLink &link) {
        return link.rel == QLatin1String("enclosure") && link.type.startsWith(QLatin1String("image/"));
    });
    return hasPicture ? QString() : tr("This community is a gallery: a post needs a picture.");
}

void CommunityService::onSynced()
{
    // Each followed community's description, and the user's standing on
    // each service involved (owned communities show from any device).
    QSet<QString> services{QStringLiteral("pubsub.") + QXmppUtils::jidToDomain(m_jid)};
    for (const FollowedNode &followed : m_feed->follows()) {
        if (isBlog(followed.node))
            continue;
        services.insert(followed.service);
        (void)refresh(followed.service, followed.node);
    }
    for (const QString &service : std::as_const(services))
        readStanding(service);
}

void CommunityService::readStanding(const QString &service)
{
    auto *pubsub = m_account->client()->findExtension<QXmppPubSubManager>();
    if (!pubsub || !Account::hasSession(m_account->client()))
        return;
    pubsub->requestAffiliations(service).then(this, [this, service](QXmppPubSubManager::AffiliationsResult result) {
        auto *affiliations = std::get_if<QVector<QXmppPubSubAffiliation>>(&result);
        if (!affiliations) {
            // Prosody 0.12 does not list a user's affiliations (XEP-0060
            // §5.7): ask each community the user follows instead.
            readStandingPerNode(service);
            return;
        }
        static const QHash<QXmppPubSubAffiliation::Affiliation, QString> names = {
            {QXmppPubSubAffiliation::Owner, QStringLiteral("owner")},
            {QXmppPubSubAffiliation::Publisher, QStringLiteral("publisher")},
            {QXmppPubSubAffiliation::PublishOnly, QStringLiteral("publisher")},
            {QXmppPubSubAffiliation::Member, QStringLiteral("member")},
            {QXmppPubSubAffiliation::Outcast, QStringLiteral("outcast")},
            {QXmppPubSubAffiliation::None, QStringLiteral("none")},
        };
        for (const QXmppPubSubAffiliation &a : std::as_const(*affiliations)) {
            if (!a.node().isEmpty() && !CommunityMeta::isInternalNode(a.node()))
                applyStanding(service, a.node(), names.value(a.type()));
        }
    });
}

void CommunityService::readStandingPerNode(const QString &service)
{
    for (const FollowedNode &followed : m_feed->follows()) {
        if (followed.service != service || isBlog(followed.node))
            continue;
        const QString node = followed.node;
        // Only an owner may read the affiliations: the answer says whether
        // the user owns it, and the list says any other role.
        m_admin.affiliations(service, node).then(this, [this, service, node](const CommunityAdmin::Entries &entries) {
            if (entries.error.isEmpty()) {
                for (const auto &e : entries.entries) {
                    if (e.jid.compare(m_jid, Qt::CaseInsensitive) == 0)
                        applyStanding(service, node, e.state);
                }
                return;
            }
            // A request waiting for approval: approved once it can be read.
            if (m_known.value(keyOf(service, node)).subscription != QLatin1String("pending"))
                return;
            m_account->feed()->fetchRecent(service, node, 1).then(this, [this, service, node](const FeedService::Page &page) {
                if (page.error.isEmpty())
                    applyStanding(service, node, QStringLiteral("member"));
            });
        });
    }
}

void CommunityService::applyStanding(const QString &service, const QString &node, const QString &affiliation)
{
    Community &known = m_known[keyOf(service, node)];
    known.service = service;
    known.node = node;
    // Approved since the request: a member now, read from here on.
    const bool approved = known.subscription == QLatin1String("pending")
        && (affiliation == QLatin1String("member") || affiliation == QLatin1String("publisher") || affiliation == QLatin1String("owner"));
    if (approved) {
        known.subscription = QStringLiteral("subscribed");
        m_feed->setPending(service, node, false);
        (void)m_feed->catchUp(service, node);
    }
    if (known.affiliation == affiliation && !approved)
        return;
    known.affiliation = affiliation;
    m_store.setStanding(m_accountId, service, node, affiliation, approved ? QStringLiteral("subscribed") : QString())
        .then(this, [this, service, node](DbStatus) {
            Q_EMIT changed();
            // An owned community not described yet (created elsewhere).
            if (m_known.value(keyOf(service, node)).title.isEmpty())
                (void)refresh(service, node);
        });
}

} // namespace Hearth
