#include "FollowService.h"

#include "../Logging.h"
#include "../Promises.h"
#include "../StanzaErrors.h"
#include "../profile/PepItem.h"
#include "PubSubRequests.h"

#include <QDomElement>
#include <QXmlStreamWriter>

#include <QXmppClient.h>
#include <QXmppTask.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppDataForm.h>

namespace Hearth {

namespace {
QXmppPubSubPublishOptions listOptions(bool isPublic)
{
    // Movim's options for the lists (PROTOCOL-NOTES §2.2).
    QXmppPubSubPublishOptions options;
    options.setAccessModel(isPublic ? QXmppPubSubNodeConfig::Presence : QXmppPubSubNodeConfig::Allowlist);
    options.setPersistItems(true);
    options.setMaxItems(QXmppPubSubNodeConfig::Max());
    options.setSendLastItem(QXmppPubSubNodeConfig::Never);
    options.setRetractNotificationsEnabled(true);
    return options;
}

// The subscribe answer says options must be configured (unconfigured,
// with <subscribe-options><required/>).
bool requiresOptions(const QDomElement &reply)
{
    const QDomElement subscription = reply.firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("subscription"));
    return subscription.attribute(QStringLiteral("subscription")) == QLatin1String("unconfigured")
        && !subscription.firstChildElement(QStringLiteral("subscribe-options")).firstChildElement(QStringLiteral("required")).isNull();
}
} // namespace

FollowService::FollowService(QXmppClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString FollowService::ownJid() const
{
    return m_client->configuration().jidBare().toLower();
}

QFuture<QString> FollowService::follow(const FollowedNode &node)
{
    auto promise = startedPromise<QString>();
    auto *pubsub = m_client->findExtension<QXmppPubSubManager>();
    const QString me = ownJid();
    // Hearth's own subscribe request: the answer's state matters (a
    // members-only community answers "pending" until its owner approves).
    ChildIq subscribe(QXmppIq::Set, node.service, [node, me](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("pubsub"));
        w->writeDefaultNamespace(QStringLiteral("http://jabber.org/protocol/pubsub"));
        w->writeEmptyElement(QStringLiteral("subscribe"));
        w->writeAttribute(QStringLiteral("node"), node.node);
        w->writeAttribute(QStringLiteral("jid"), me);
        w->writeEndElement();
    });
    m_client->sendIq(std::move(subscribe)).then(this, [this, promise, pubsub, node, me](QXmppClient::IqResult result) {
        auto *error = std::get_if<QXmppError>(&result);
        // A blog with no post yet has no node: follow it anyway (listed,
        // polled, and its owner's +notify pushes reach us).
        if (error && !(isItemNotFound(*error) && node.node == QLatin1String("urn:xmpp:microblog:0"))) {
            qCInfo(lcFeed).noquote() << "cannot follow" << node.service << node.node << ":" << describeError(*error);
            fulfil(promise, describeError(*error));
            return;
        }
        QString state = QStringLiteral("subscribed");
        if (auto *reply = std::get_if<QDomElement>(&result)) {
            const QDomElement subscription =
                reply->firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("subscription"));
            // XEP-0060 §6.1.2: pending waits for approval; unconfigured
            // (options that may be set) still delivers.
            if (subscription.attribute(QStringLiteral("subscription")) == QLatin1String("pending"))
                state = QStringLiteral("pending");
        }
        Q_EMIT subscriptionState(node.service, node.node, state);
        auto record = [this, promise, pubsub, node, me] {
            const PepItem item(SubscriptionItem::id(node.service, node.node, me), SubscriptionItem::write(node));
            pubsub->publishOwnPepItem(QString::fromLatin1(kPrivateList), item, listOptions(false))
                .then(this, [this, promise, pubsub, node, item](QXmppPubSubManager::PublishItemResult published) {
                    if (auto *error = std::get_if<QXmppError>(&published))
                        qCWarning(lcFeed).noquote() << "follow not recorded in the list:" << describeError(*error);
                    if (!node.shared) {
                        fulfil(promise, QString());
                        return;
                    }
                    pubsub->publishOwnPepItem(QString::fromLatin1(kPublicList), item, listOptions(true))
                        .then(this, [promise](QXmppPubSubManager::PublishItemResult shared) {
                            if (auto *error = std::get_if<QXmppError>(&shared))
                                qCWarning(lcFeed).noquote() << "follow not shared:" << describeError(*error);
                            fulfil(promise, QString());
                        });
                });
        };
        // XEP-0060 §6.3.4: a service that requires subscription options
        // delivers nothing until they are submitted; its defaults are.
        if (auto *reply = std::get_if<QDomElement>(&result); reply && requiresOptions(*reply)) {
            // (QXmpp 1.10 does not install QXmppPubSubSubscribeOptions.h:
            // the options form is read and sent back by hand.)
            auto optionsIq = [node, me](QXmppIq::Type type, const QXmppDataForm &form) {
                return ChildIq(type, node.service, [node, me, type, form](QXmlStreamWriter *w) {
                    w->writeStartElement(QStringLiteral("pubsub"));
                    w->writeDefaultNamespace(QStringLiteral("http://jabber.org/protocol/pubsub"));
                    w->writeStartElement(QStringLiteral("options"));
                    w->writeAttribute(QStringLiteral("node"), node.node);
                    w->writeAttribute(QStringLiteral("jid"), me);
                    if (type == QXmppIq::Set)
                        form.toXml(w);
                    w->writeEndElement();
                    w->writeEndElement();
                });
            };
            m_client->sendIq(optionsIq(QXmppIq::Get, {})).then(this, [this, optionsIq, node, record](QXmppClient::IqResult options) {
                const QDomElement x = std::holds_alternative<QDomElement>(options)
                    ? std::get<QDomElement>(options).firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("options")).firstChildElement(QStringLiteral("x"))
                    : QDomElement();
                if (x.isNull()) {
                    qCWarning(lcFeed).noquote() << "subscription options of" << node.node << "not read";
                    record();
                    return;
                }
                QXmppDataForm form;
                form.parse(x);
                form.setType(QXmppDataForm::Submit);
                m_client->sendIq(optionsIq(QXmppIq::Set, form)).then(this, [record](QXmppClient::IqResult) { record(); });
            });
            return;
        }
        record();
    });
    return promise->future();
}

QFuture<QString> FollowService::unfollow(const FollowedNode &node)
{
    auto promise = startedPromise<QString>();
    auto *pubsub = m_client->findExtension<QXmppPubSubManager>();
    const QString me = ownJid();
    const QString id = SubscriptionItem::id(node.service, node.node, me);
    pubsub->unsubscribeFromNode(node.service, node.node, me).then(this, [this, promise, pubsub, id](QXmppPubSubManager::Result result) {
        QString failure;
        // Not subscribed (a blog followed before it had a node, or through
        // +notify alone) is what was asked for; anything else is said, and
        // the node still comes off the lists.
        if (auto *error = std::get_if<QXmppError>(&result); error && !isNotSubscribed(*error))
            failure = describeError(*error);
        pubsub->retractOwnPepItem(QString::fromLatin1(kPrivateList), id).then(this, [this, promise, pubsub, id, failure](auto) {
            pubsub->retractOwnPepItem(QString::fromLatin1(kPublicList), id).then(this, [promise, failure](auto) {
                fulfil(promise, failure);
            });
        });
    });
    return promise->future();
}

QFuture<FollowService::ListResult> FollowService::readLists()
{
    auto promise = startedPromise<ListResult>();
    auto *pubsub = m_client->findExtension<QXmppPubSubManager>();
    auto collect = [](const QXmppPubSubManager::ItemsResult<PepItem> &result, QList<FollowedNode> *into, QString *error) {
        if (auto *failure = std::get_if<QXmppError>(&result)) {
            if (!isItemNotFound(*failure))
                *error = describeError(*failure);
            return;
        }
        for (const auto &item : std::get<QXmppPubSubManager::Items<PepItem>>(result).items) {
            if (auto node = SubscriptionItem::parse(item.payloadXml()))
                into->append(*node);
            else
                qCWarning(lcFeed).noquote() << "unreadable follow list item" << item.id();
        }
    };
    pubsub->requestItems<PepItem>(ownJid(), QString::fromLatin1(kPrivateList))
        .then(this, [this, promise, pubsub, collect](QXmppPubSubManager::ItemsResult<PepItem> privateList) {
            auto list = std::make_shared<ListResult>();
            collect(privateList, &list->nodes, &list->error);
            pubsub->requestItems<PepItem>(ownJid(), QString::fromLatin1(kPublicList))
                .then(this, [promise, collect, list](QXmppPubSubManager::ItemsResult<PepItem> publicList) {
                    QList<FollowedNode> shared;
                    QString ignored;
                    collect(publicList, &shared, &ignored);
                    for (const FollowedNode &s : std::as_const(shared)) {
                        auto it = std::find_if(list->nodes.begin(), list->nodes.end(), [&](const FollowedNode &n) {
                            return n.service == s.service && n.node == s.node;
                        });
                        if (it != list->nodes.end())
                            it->shared = true;
                        else
                            list->nodes.append(FollowedNode{s.service, s.node, s.title, true});
                    }
                    fulfil(promise, *list);
                });
        });
    return promise->future();
}

} // namespace Hearth
