#pragma once

#include "Post.h"
#include "PubSubRequests.h"

#include <QFuture>
#include <QHash>
#include <QXmppClientExtension.h>
#include <QXmppPubSubNodeConfig.h>
#include <QXmppPubSubEventHandler.h>

namespace Hearth {

// Microblogs on the wire (XEP-0277/0472) the way Movim does them: posts to
// the own PEP node with Movim's publish-options, a comments node created
// with Movim's configuration and subscribed to, comments and ♥ likes, and
// live events from followed nodes. Storage is the caller's (PostStore).
class FeedService : public QXmppClientExtension, public QXmppPubSubEventHandler
{
    Q_OBJECT
public:
    static constexpr auto kMicroblogNode = "urn:xmpp:microblog:0";

    FeedService();

    // Where new comment nodes go: comments.<domain> when the server has
    // it (as Movim uses), else the own PEP service. Empty: own PEP.
    void setCommentsService(const QString &service) { m_commentsService = service; }

    QStringList discoveryFeatures() const override;
    bool handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName) override;

    struct Published
    {
        Post post;     // as published (item id, dates, comments node filled in)
        QString error; // empty on success
        bool queued = false; // not sent (offline, or error says why): kept in the outbox
    };
    // Publishes a post (title required; text is Markdown, rendered here)
    // to the own blog, or to post.service/post.node when set (a community).
    // withComments: a comments node is linked, created and followed.
    QFuture<Published> publish(Post post, bool withComments = true);
    // What publish() sends, filled in (item id, dates, author, rendered
    // body, tags, comments node); publishing it again sends the same item.
    [[nodiscard]] Post prepare(Post post, bool withComments = true) const;
    // A comment (text in <title>, as Movim) or a like (♥) on a post.
    QFuture<Published> comment(const Post &parent, const QString &text);
    [[nodiscard]] Post prepareComment(const Post &parent, const QString &text) const;
    // Why a comment cannot be sent (no comments node, no text), or empty.
    [[nodiscard]] static QString commentProblem(const Post &parent, const Post &comment);
    QFuture<Published> publishComment(const Post &comment);
    QFuture<Published> like(const Post &parent) { return comment(parent, QStringLiteral("\u2665")); }
    // One item by its URI (nullopt when missing or unreadable).
    QFuture<std::optional<Post>> fetchItem(const XmppUri &uri);
    // Every item of a node, parsed; rejected entries are logged and left out.
    QFuture<QList<Post>> fetch(const QString &service, const QString &node);

    struct Page
    {
        QList<Post> posts;
        QStringList order;    // every item id in the reply, in reply order (rejected ones too)
        int received = 0;     // items in the reply, rejected ones included
        bool missing = false; // no such node (a blog with no post yet)
        QString error;
        qint64 parseMs = 0;   // reading the entries (benchmarks)
    };
    // The newest maxItems of a node: with max_items, or an RSM <set> where
    // the service advertises pubsub#rsm (Prosody 0.12 does not). max_items
    // returns the newest N, so asking for more reaches further back.
    QFuture<Page> fetchRecent(const QString &service, const QString &node, int maxItems);
    // These items of a node (ids the server listed).
    QFuture<Page> fetchById(const QString &service, const QString &node, const QStringList &ids);
    // RSM only (supportsRsm): the maxItems items just older than before.
    QFuture<Page> fetchBefore(const QString &service, const QString &node, const QString &before, int maxItems);

    struct ItemIds
    {
        QStringList ids;      // newest first, as Prosody lists them (XEP-0060 §5.5)
        bool refused = false; // the service will not list them (Prosody: PEP of a non-contact)
        bool missing = false; // no such node
        QString error;
    };
    // Every item id of a node, from disco#items on the node.
    QFuture<ItemIds> itemIds(const QString &service, const QString &node);
    // Whether the service pages items with RSM (advertises pubsub#rsm).
    QFuture<bool> supportsRsm(const QString &service);

    // Deletes an own post: retract with notify (others drop it at once),
    // then its comments node.
    QFuture<QString> remove(const Post &post);
    // Retracts one comment or like (own, or on an own node).
    QFuture<QString> retract(const XmppUri &item);

    enum class Audience { Unknown, Public, Contacts };
    // The own blog node's access model: open (public) or presence.
    QFuture<Audience> audience();
    QFuture<QString> setAudience(Audience audience);

Q_SIGNALS:
    void postReceived(const Hearth::Post &post);
    void postRetracted(const Hearth::XmppUri &item);
    void communityAvatarChanged(const QString &service, const QString &node);

private:
    QString ownJid() const;
    void creditToUser(Post &post) const;

    QFuture<Page> requestPage(const QString &service, const QString &node, std::function<PubSubRequestIq()> request);
    // Applies the blog options (and an access model) to the own node.
    QFuture<QString> configureBlog(std::optional<QXmppPubSubNodeConfig::AccessModel> access);

    QString m_commentsService;
    QHash<QString, bool> m_rsm; // per service: advertises pubsub#rsm
};

} // namespace Hearth
