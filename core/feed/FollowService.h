#pragma once

#include "FollowedNode.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

class QXmppClient;

namespace Hearth {

// Following as Movim ≥ 0.32 does it (MOVIM-WIRE §2.4): an explicit pubsub
// subscription, recorded in the private XEP-0330 list
// urn:xmpp:pubsub:movim-public-subscription (whitelist) and, when shared,
// in the public urn:xmpp:pubsub:subscription list (presence), so that Movim
// and Hearth on one account show the same follows.
class FollowService : public QObject
{
    Q_OBJECT
public:
    static constexpr auto kPrivateList = "urn:xmpp:pubsub:movim-public-subscription";
    static constexpr auto kPublicList = "urn:xmpp:pubsub:subscription";

    explicit FollowService(QXmppClient *client, QObject *parent = nullptr);

    // Empty on success, else why (a contacts-only blog refuses strangers).
    QFuture<QString> follow(const FollowedNode &node);
    QFuture<QString> unfollow(const FollowedNode &node);
    struct ListResult
    {
        QList<FollowedNode> nodes;
        QString error;
    };
    // The account's follows as its lists say (an absent list is empty).
    QFuture<ListResult> readLists();

Q_SIGNALS:
    // What a follow's subscribe request got: subscribed, or pending (the
    // owner has to approve it), before follow() resolves.
    void subscriptionState(const QString &service, const QString &node, const QString &state);

private:
    QString ownJid() const;

    QXmppClient *m_client;
};

} // namespace Hearth
