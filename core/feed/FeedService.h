#pragma once

#include "Post.h"

#include <QFuture>
#include <QXmppClientExtension.h>
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
    };
    // Publishes a post (title required; text is Markdown, rendered here).
    QFuture<Published> publish(Post post);
    // A comment (text in <title>, as Movim) or a like (♥) on a post.
    QFuture<Published> comment(const Post &parent, const QString &text);
    QFuture<Published> like(const Post &parent) { return comment(parent, QStringLiteral("\u2665")); }
    // Every item of a node, parsed; rejected entries are logged and left out.
    QFuture<QList<Post>> fetch(const QString &service, const QString &node);

Q_SIGNALS:
    void postReceived(const Hearth::Post &post);
    void postRetracted(const Hearth::XmppUri &item);

private:
    QString ownJid() const;

    QString m_commentsService;
};

} // namespace Hearth
