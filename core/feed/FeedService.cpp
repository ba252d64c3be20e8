#include "FeedService.h"

#include "../communities/Community.h"

#include <QRegularExpression>

#include "../Account.h"

#include "../Logging.h"
#include "../Promises.h"
#include "../StanzaErrors.h"
#include "../profile/PepItem.h"
#include "Authorship.h"
#include "MarkdownRenderer.h"
#include "MicroblogCodec.h"
#include "PubSubRequests.h"

#include <QElapsedTimer>
#include <QUuid>
#include <QXmppClient.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPubSubEvent.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubNodeConfig.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
const QString kCommentsPrefix = QStringLiteral("urn:xmpp:microblog:0:comments/");

// The post of a parsed entry, credited to its publisher; a rejected entry
// is logged and left out.
std::optional<Post> accepted(MicroblogCodec::Parsed parsed, const QString &service, const QString &node, const QString &itemId,
                             const QString &publisher)
{
    if (!parsed.post) {
        // A community keeps its avatar (metadata and data, id = SHA-1) on
        // its node beside the posts: not a post, and not an error.
        static const QRegularExpression sha1(QStringLiteral("^[0-9a-f]{40}$"));
        if (itemId == QLatin1String(CommunityMeta::kAvatarMetadata) || sha1.match(itemId).hasMatch()) {
            qCDebug(lcFeed).noquote() << "avatar item" << itemId << "of" << service << node << "is not a post";
            return std::nullopt;
        }
        qCWarning(lcFeed).noquote() << "dropped item" << itemId << "of" << service << node << ":" << parsed.error;
        return std::nullopt;
    }
    Authorship::credit(*parsed.post, publisher);
    if (Authorship::claimsSomeoneElse(*parsed.post))
        qCInfo(lcFeed).noquote() << "item" << itemId << "of" << service << node << "claims to be by" << parsed.post->claimedAuthor
                                 << "but was published by" << parsed.post->publisher;
    return std::move(parsed.post);
}

std::optional<Post> acceptedXml(const QString &xml, const QString &service, const QString &node, const QString &itemId,
                                const QString &publisher)
{
    return accepted(MicroblogCodec::parseXml(xml, service, node, itemId), service, node, itemId, publisher);
}
} // namespace

FeedService::FeedService() = default;

QString FeedService::ownJid() const
{
    return client()->configuration().jidBare().toLower();
}

QStringList FeedService::discoveryFeatures() const
{
    // Movim leaves this out and follows explicitly; advertising it too lets
    // clients that rely on PEP auto-subscription reach Hearth users.
    return {QString::fromLatin1(kMicroblogNode) + QStringLiteral("+notify")};
}

bool FeedService::handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName)
{
    // The blog node and its comment nodes (urn:xmpp:microblog:0:comments/…),
    // and communities (any node that is not another protocol's).
    if (!nodeName.startsWith(QLatin1String(kMicroblogNode)) && CommunityMeta::isInternalNode(nodeName))
        return false;
    QXmppPubSubEvent<PepItem> event;
    event.parse(element);
    const QString service = QXmppUtils::jidToBareJid(pubSubService).toLower();
    if (event.eventType() == QXmppPubSubEventBase::Retract) {
        for (const QString &id : event.retractIds())
            Q_EMIT postRetracted({service, nodeName, id});
        return true;
    }
    const auto items = event.items();
    for (const auto &item : items) {
        // A community's avatar lives on its node beside the posts.
        if (item.id() == QLatin1String(CommunityMeta::kAvatarMetadata) || item.payloadXml().contains(QLatin1String(CommunityMeta::kAvatarData))) {
            Q_EMIT communityAvatarChanged(service, nodeName);
            continue;
        }
        if (item.payloadXml().isEmpty()) {
            // deliver_payloads=false (comment nodes, XEP-0472): fetch it.
            fetchItem({service, nodeName, item.id()}).then(this, [this](std::optional<Post> post) {
                if (post)
                    Q_EMIT postReceived(*post);
            });
            continue;
        }
        if (auto post = acceptedXml(item.payloadXml(), service, nodeName, item.id(), item.publisher()))
            Q_EMIT postReceived(*post);
    }
    return true;
}

void FeedService::creditToUser(Post &post) const
{
    // Hearth publishes it: the publisher is the user, and so is the author.
    post.claimedAuthor = post.publisher = post.authorJid = ownJid();
    post.verified = true;
}

QString FeedService::commentProblem(const Post &parent, const Post &comment)
{
    if (!parent.comments.isValid())
        return tr("This post takes no comments.");
    if (comment.title.isEmpty())
        return tr("A comment needs text.");
    return {};
}

Post FeedService::prepare(Post post, bool withComments) const
{
    // Whole seconds, as they travel in <published>/<updated>.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const bool ownBlog = post.service.isEmpty() || post.service == ownJid();
    if (ownBlog) {
        post.service = ownJid();
        post.node = QString::fromLatin1(kMicroblogNode);
    } else if (post.node.isEmpty()) {
        post.node = QString::fromLatin1(kMicroblogNode);
    }
    if (post.itemId.isEmpty())
        post.itemId = MicroblogCodec::makeItemId(post.title);
    post.atomId = post.itemId;
    creditToUser(post);
    if (!post.published.isValid())
        post.published = now;
    // An edit keeps published and moves updated (callers clear it); an
    // import or seed may give both.
    if (!post.updated.isValid())
        post.updated = now;
    if (!post.text.isEmpty() && post.html.isEmpty())
        post.html = MarkdownRenderer::toXhtml(post.text);
    for (const QString &tag : MicroblogCodec::hashtags(post.title + u'\n' + post.text)) {
        if (!post.tags.contains(tag))
            post.tags << tag;
    }
    // A community's threads stay on its service, as Movim puts them; the
    // own blog's go to comments.<domain> when the server has one.
    const bool community = post.service != ownJid();
    const QString commentsService = community ? post.service : m_commentsService.isEmpty() ? ownJid() : m_commentsService;
    if (!withComments)
        post.comments = {};
    else if (!post.comments.isValid()) // an edit keeps its thread
        post.comments = {commentsService, kCommentsPrefix + post.itemId, {}};
    return post;
}

QFuture<FeedService::Published> FeedService::publish(Post post, bool withComments)
{
    auto promise = startedPromise<Published>();
    if (post.title.trimmed().isEmpty()) {
        fulfil(promise, Published{post, QStringLiteral("a post needs a title")});
        return promise->future();
    }
    post = prepare(std::move(post), withComments);
    const bool ownBlog = post.service == ownJid();

    // Movim's publish-options (MOVIM-WIRE §2.1); no access model, so the
    // node's own (public or contacts-only) stands.
    QXmppPubSubPublishOptions options;
    options.setPersistItems(true);
    options.setMaxItems(QXmppPubSubNodeConfig::Max());
    options.setRetractNotificationsEnabled(true);
    auto *pubsub = client()->findExtension<QXmppPubSubManager>();
    const PepItem item(post.itemId, MicroblogCodec::write(post, withComments));
    auto afterPublish = [this, promise, post, pubsub](QXmppPubSubManager::PublishItemResult result) {
        if (auto *error = std::get_if<QXmppError>(&result)) {
            fulfil(promise, Published{post, describeError(*error)});
            return;
        }
        if (!post.comments.isValid()) {
            fulfil(promise, Published{post, {}});
            return;
        }
        // The comments node, configured as Movim does, and followed.
        QXmppPubSubNodeConfig config;
        config.setAccessModel(QXmppPubSubNodeConfig::Open);
        config.setPublishModel(QXmppPubSubNodeConfig::Anyone);
        config.setMaxItems(QXmppPubSubNodeConfig::Max());
        config.setIncludePayloads(false);
        config.setRetractNotificationsEnabled(true);
        config.setPersistItems(true);
        pubsub->createNode(post.comments.service, post.comments.node, config)
            .then(this, [this, promise, post, pubsub](QXmppPubSubManager::Result created) {
                if (auto *error = std::get_if<QXmppError>(&created))
                    qCInfo(lcFeed).noquote() << "comments node" << post.comments.node << "not created:" << describeError(*error);
                pubsub->subscribeToNode(post.comments.service, post.comments.node, client()->configuration().jid())
                    .then(this, [promise, post](QXmppPubSubManager::Result subscribed) {
                        if (auto *error = std::get_if<QXmppError>(&subscribed))
                            qCWarning(lcFeed).noquote() << "cannot follow the comments of" << post.itemId << ":" << describeError(*error);
                        fulfil(promise, Published{post, {}});
                    });
            });
    };
    if (!ownBlog) {
        // A community node: its own configuration stands (no options).
        pubsub->publishItem(post.service, post.node, item).then(this, afterPublish);
        return promise->future();
    }
    pubsub->publishOwnPepItem(post.node, item, options)
        .then(this, [this, promise, post, pubsub, item, afterPublish](QXmppPubSubManager::PublishItemResult result) {
            auto *error = std::get_if<QXmppError>(&result);
            const bool precondition = error && isPublishOptionsRefused(*error);
            if (!precondition) {
                afterPublish(result);
                return;
            }
            // Movim's fallback: configure the node, then publish again
            // without the options.
            qCInfo(lcFeed) << "publish-options refused; configuring the blog and publishing without them";
            configureBlog(std::nullopt).then(this, [this, pubsub, post, item, afterPublish](QString) {
                pubsub->publishOwnPepItem(post.node, item).then(this, afterPublish);
            });
        });
    return promise->future();
}

Post FeedService::prepareComment(const Post &parent, const QString &text) const
{
    Post comment;
    comment.service = parent.comments.service;
    comment.node = parent.comments.node;
    comment.itemId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    comment.atomId = comment.itemId;
    comment.title = text.trimmed();
    creditToUser(comment);
    comment.published = comment.updated = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    return comment;
}

QFuture<FeedService::Published> FeedService::comment(const Post &parent, const QString &text)
{
    const Post comment = prepareComment(parent, text);
    if (const QString problem = commentProblem(parent, comment); !problem.isEmpty())
        return QtFuture::makeReadyFuture(Published{comment, problem});
    return publishComment(comment);
}

QFuture<FeedService::Published> FeedService::publishComment(const Post &comment)
{
    auto promise = startedPromise<Published>();
    if (!Account::hasSession(client())) {
        fulfil(promise, Published{comment, tr("You are offline.")});
        return promise->future();
    }
    auto *pubsub = client()->findExtension<QXmppPubSubManager>();
    // Comments are published with no options (MOVIM-WIRE §2.3).
    pubsub->publishItem(comment.service, comment.node, PepItem(comment.itemId, MicroblogCodec::write(comment)))
        .then(this, [promise, comment](QXmppPubSubManager::PublishItemResult result) {
            QString error;
            if (auto *failure = std::get_if<QXmppError>(&result))
                error = describeError(*failure);
            fulfil(promise, Published{comment, error});
        });
    return promise->future();
}

QFuture<std::optional<Post>> FeedService::fetchItem(const XmppUri &uri)
{
    auto promise = startedPromise<std::optional<Post>>();
    client()->findExtension<QXmppPubSubManager>()->requestItem<PepItem>(uri.service, uri.node, uri.item).then(
        this, [promise, uri](QXmppPubSubManager::ItemResult<PepItem> result) {
            std::optional<Post> post;
            if (auto *item = std::get_if<PepItem>(&result))
                post = acceptedXml(item->payloadXml(), uri.service, uri.node, item->id(), item->publisher());
            fulfil(promise, post);
        });
    return promise->future();
}

QFuture<QList<Post>> FeedService::fetch(const QString &service, const QString &node)
{
    auto promise = startedPromise<QList<Post>>();
    client()->findExtension<QXmppPubSubManager>()->requestItems<PepItem>(service, node).then(
        this, [promise, service, node](QXmppPubSubManager::ItemsResult<PepItem> result) {
            QList<Post> posts;
            if (auto *items = std::get_if<QXmppPubSubManager::Items<PepItem>>(&result)) {
                for (const auto &item : std::as_const(items->items)) {
                    if (auto post = acceptedXml(item.payloadXml(), service, node, item.id(), item.publisher()))
                        posts << *post;
                }
            }
            fulfil(promise, posts);
        });
    return promise->future();
}

QFuture<bool> FeedService::supportsRsm(const QString &service)
{
    if (auto it = m_rsm.constFind(service); it != m_rsm.constEnd())
        return QtFuture::makeReadyFuture(*it);
    auto promise = startedPromise<bool>();
    client()->findExtension<QXmppDiscoveryManager>()->requestDiscoInfo(service).then(
        this, [this, promise, service](QXmppDiscoveryManager::InfoResult result) {
            bool rsm = false;
            if (auto *info = std::get_if<QXmppDiscoveryIq>(&result))
                rsm = info->features().contains(QStringLiteral("http://jabber.org/protocol/pubsub#rsm"));
            m_rsm.insert(service, rsm);
            fulfil(promise, rsm);
        });
    return promise->future();
}

QFuture<FeedService::Page> FeedService::requestPage(const QString &service, const QString &node, std::function<PubSubRequestIq()> request)
{
    auto promise = startedPromise<Page>();
    if (!Account::hasSession(client())) {
        Page offline;
        offline.error = tr("You are offline.");
        fulfil(promise, offline);
        return promise->future();
    }
    client()->sendIq(request()).then(this, [promise, service, node](QXmppClient::IqResult result) {
        Page page;
        if (auto *error = std::get_if<QXmppError>(&result)) {
            page.error = describeError(*error);
            if (page.error.isEmpty())
                page.error = tr("The server did not answer.");
            page.missing = isItemNotFound(*error);
        } else {
            QElapsedTimer timer;
            timer.start();
            const auto items = PubSubRequests::parseItems(std::get<QDomElement>(result));
            page.received = int(items.size());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (const auto &item : items) {
                page.order << item.id;
                if (auto post = accepted(MicroblogCodec::parse(item.payload, service, node, item.id, now), service, node, item.id,
                                         item.publisher))
                    page.posts << *post;
            }
            page.parseMs = timer.elapsed();
        }
        fulfil(promise, page);
    });
    return promise->future();
}

QFuture<FeedService::Page> FeedService::fetchRecent(const QString &service, const QString &node, int maxItems)
{
    return supportsRsm(service).then(this, [this, service, node, maxItems](bool rsm) {
        return requestPage(service, node, [=] { return PubSubRequests::items(service, node, maxItems, rsm); });
    }).unwrap();
}

QFuture<FeedService::Page> FeedService::fetchById(const QString &service, const QString &node, const QStringList &ids)
{
    return requestPage(service, node, [=] { return PubSubRequests::itemsById(service, node, ids); });
}

QFuture<FeedService::Page> FeedService::fetchBefore(const QString &service, const QString &node, const QString &before, int maxItems)
{
    return requestPage(service, node, [=] { return PubSubRequests::items(service, node, maxItems, true, before); });
}

QFuture<FeedService::ItemIds> FeedService::itemIds(const QString &service, const QString &node)
{
    auto promise = startedPromise<ItemIds>();
    if (!Account::hasSession(client())) {
        ItemIds offline;
        offline.error = tr("You are offline.");
        fulfil(promise, offline);
        return promise->future();
    }
    client()->findExtension<QXmppDiscoveryManager>()->requestDiscoItems(service, node).then(
        this, [promise](QXmppDiscoveryManager::ItemsResult result) {
            ItemIds out;
            if (auto *error = std::get_if<QXmppError>(&result)) {
                out.error = describeError(*error);
                out.missing = isItemNotFound(*error);
                // Prosody answers service-unavailable for the PEP of someone
                // the user is not subscribed to; others may not list items.
                out.refused = !out.missing
                    && (hasCondition(*error, QXmppStanza::Error::ServiceUnavailable)
                        || hasCondition(*error, QXmppStanza::Error::FeatureNotImplemented)
                        || hasCondition(*error, QXmppStanza::Error::Forbidden)
                        || hasCondition(*error, QXmppStanza::Error::NotAllowed)
                        || hasCondition(*error, QXmppStanza::Error::NotAuthorized));
                if (out.error.isEmpty())
                    out.error = tr("The server did not answer.");
            } else {
                // XEP-0060 §5.5: each item's name is an item id.
                for (const auto &item : std::get<QList<QXmppDiscoveryIq::Item>>(result)) {
                    if (!item.name().isEmpty())
                        out.ids << item.name();
                }
            }
            fulfil(promise, out);
        });
    return promise->future();
}

QFuture<QString> FeedService::retract(const XmppUri &item)
{
    auto promise = startedPromise<QString>();
    client()->sendIq(PubSubRequests::retract(item.service, item.node, item.item))
        .then(this, [promise](QXmppClient::IqResult result) {
            auto *error = std::get_if<QXmppError>(&result);
            fulfil(promise, error ? describeError(*error) : QString());
        });
    return promise->future();
}

QFuture<QString> FeedService::remove(const Post &post)
{
    auto promise = startedPromise<QString>();
    retract(post.uri()).then(this, [this, promise, post](QString error) {
        if (!error.isEmpty() || !post.comments.isValid()) {
            fulfil(promise, error);
            return;
        }
        client()->findExtension<QXmppPubSubManager>()->deleteNode(post.comments.service, post.comments.node)
            .then(this, [promise, post](QXmppPubSubManager::Result deleted) {
                // The post is gone either way; a comments node left behind
                // (someone else's service, already deleted) is only logged.
                if (auto *failure = std::get_if<QXmppError>(&deleted))
                    qCInfo(lcFeed).noquote() << "comments node" << post.comments.node << "not deleted:" << describeError(*failure);
                fulfil(promise, QString());
            });
    });
    return promise->future();
}

QFuture<FeedService::Audience> FeedService::audience()
{
    auto promise = startedPromise<Audience>();
    client()->findExtension<QXmppPubSubManager>()->requestOwnPepNodeConfiguration(QString::fromLatin1(kMicroblogNode))
        .then(this, [promise](QXmppPubSubManager::NodeConfigResult result) {
            Audience audience = Audience::Unknown;
            if (auto *config = std::get_if<QXmppPubSubNodeConfig>(&result)) {
                if (config->accessModel() == QXmppPubSubNodeConfig::Open)
                    audience = Audience::Public;
                else if (config->accessModel() == QXmppPubSubNodeConfig::Presence)
                    audience = Audience::Contacts;
            }
            fulfil(promise, audience);
        });
    return promise->future();
}

QFuture<QString> FeedService::setAudience(Audience audience)
{
    return configureBlog(audience == Audience::Public ? QXmppPubSubNodeConfig::Open : QXmppPubSubNodeConfig::Presence);
}

QFuture<QString> FeedService::configureBlog(std::optional<QXmppPubSubNodeConfig::AccessModel> access)
{
    auto promise = startedPromise<QString>();
    auto *pubsub = client()->findExtension<QXmppPubSubManager>();
    // The whole current form goes back (a partial one could reset other
    // options), with the blog options XEP-0277 asks for.
    pubsub->requestOwnPepNodeConfiguration(QString::fromLatin1(kMicroblogNode))
        .then(this, [this, promise, pubsub, access](QXmppPubSubManager::NodeConfigResult result) {
            QXmppPubSubNodeConfig config;
            if (auto *current = std::get_if<QXmppPubSubNodeConfig>(&result))
                config = *current;
            if (access)
                config.setAccessModel(*access);
            config.setPersistItems(true);
            config.setMaxItems(QXmppPubSubNodeConfig::Max());
            config.setRetractNotificationsEnabled(true);
            config.setSendLastItem(QXmppPubSubNodeConfig::Never);
            auto *error = std::get_if<QXmppError>(&result);
            const bool missing = error && isItemNotFound(*error);
            auto task = missing ? pubsub->createOwnPepNode(QString::fromLatin1(kMicroblogNode), config)
                                : pubsub->configureOwnPepNode(QString::fromLatin1(kMicroblogNode), config);
            task.then(this, [promise](QXmppPubSubManager::Result done) {
                auto *failure = std::get_if<QXmppError>(&done);
                if (failure)
                    qCWarning(lcFeed).noquote() << "blog not configured:" << describeError(*failure);
                fulfil(promise, failure ? describeError(*failure) : QString());
            });
        });
    return promise->future();
}

} // namespace Hearth
