#include "ImportSteps.h"

#include "Logging.h"
#include "Promises.h"
#include "StanzaErrors.h"
#include "XmlWriting.h"
#include "feed/PubSubRequests.h"
#include "profile/PepItem.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubNodeConfig.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppTask.h>

namespace Hearth::ImportSteps {

namespace {
Outcome outcomeOf(const QXmppPubSubManager::PublishItemResult &result)
{
    if (const auto *error = std::get_if<QXmppError>(&result))
        return Outcome::failed(describeError(*error));
    return Outcome::moved();
}
} // namespace

NodeRole nodeRole(const QString &node)
{
    if (node == QLatin1String("urn:xmpp:microblog:0"))
        return NodeRole::Blog;
    if (node.startsWith(QLatin1String("urn:xmpp:microblog:0:comments/")))
        return NodeRole::Thread;
    if (node == QLatin1String("urn:xmpp:pubsub:subscription") || node == QLatin1String("urn:xmpp:pubsub:movim-public-subscription"))
        return NodeRole::FollowList;
    if (node == QLatin1String("urn:xmpp:bookmarks:1"))
        return NodeRole::Bookmarks;
    if (profileRank(node) >= 0)
        return NodeRole::Profile;
    if (node.startsWith(QLatin1String("eu.siacs.conversations.axolotl")) || node.startsWith(QLatin1String("urn:xmpp:omemo:")))
        return NodeRole::Encryption;
    if (node == QLatin1String("urn:xmpp:moved:1"))
        return NodeRole::Moved;
    return NodeRole::Generic;
}

int profileRank(const QString &node)
{
    static const QStringList order = {QStringLiteral("urn:xmpp:vcard4"), QStringLiteral("http://jabber.org/protocol/nick"),
                                      QStringLiteral("urn:xmpp:avatar:data"), QStringLiteral("urn:xmpp:avatar:metadata")};
    return int(order.indexOf(node));
}

bool isAvatarMedia(const ExportManifest::Media &media)
{
    return media.url.startsWith(QLatin1String("xmpp:")) && media.url.contains(QLatin1String("urn%3Axmpp%3Aavatar%3Adata"));
}

QXmppPubSubPublishOptions optionsFrom(const QString &configXml)
{
    QXmppPubSubPublishOptions options;
    options.setPersistItems(true);
    options.setMaxItems(QXmppPubSubNodeConfig::Max());
    QDomDocument doc;
    if (!configXml.isEmpty() && doc.setContent(configXml, true)) {
        QXmppDataForm form;
        form.parse(doc.documentElement());
        for (const auto &field : form.fields()) {
            if (field.key() == QLatin1String("pubsub#access_model"))
                options.setAccessModel(QXmppPubSubNodeConfig::accessModelFromString(field.value().toString()));
        }
    }
    return options;
}

QFuture<Outcome> publishOwn(QXmppClient *client, const QString &node, const QString &id, const QString &payloadXml,
                            const QXmppPubSubPublishOptions &options)
{
    auto promise = startedPromise<Outcome>();
    auto *pubsub = client->findExtension<QXmppPubSubManager>();
    const PepItem item(id, payloadXml);
    pubsub->publishOwnPepItem(node, item, options).then(client, [promise, pubsub, client, node, item, options](QXmppPubSubManager::PublishItemResult result) {
        const auto *error = std::get_if<QXmppError>(&result);
        if (!error || !isPublishOptionsRefused(*error)) {
            fulfil(promise, outcomeOf(result));
            return;
        }
        // The node exists with another configuration: give it the options
        // as its configuration, then publish without them.
        QXmppPubSubNodeConfig config;
        config.setAccessModel(options.accessModel());
        config.setPersistItems(true);
        config.setMaxItems(QXmppPubSubNodeConfig::Max());
        pubsub->configureNode(client->configuration().jidBare(), node, config).then(client, [promise, pubsub, client, node, item](QXmppPubSubManager::Result) {
            pubsub->publishOwnPepItem(node, item).then(client, [promise](QXmppPubSubManager::PublishItemResult again) {
                fulfil(promise, outcomeOf(again));
            });
        });
    });
    return promise->future();
}

QFuture<Outcome> publish(QXmppClient *client, const QString &service, const QString &node, const QString &id, const QString &payloadXml)
{
    auto promise = startedPromise<Outcome>();
    client->findExtension<QXmppPubSubManager>()->publishItem(service, node, PepItem(id, payloadXml)).then(client, [promise](QXmppPubSubManager::PublishItemResult result) {
        fulfil(promise, outcomeOf(result));
    });
    return promise->future();
}

QFuture<Outcome> createThread(QXmppClient *client, const QString &service, const QString &node, const QString &title)
{
    auto promise = startedPromise<Outcome>();
    QXmppPubSubNodeConfig config;
    config.setAccessModel(QXmppPubSubNodeConfig::Open);
    config.setPublishModel(QXmppPubSubNodeConfig::Anyone);
    config.setMaxItems(QXmppPubSubNodeConfig::Max());
    config.setIncludePayloads(false);
    config.setRetractNotificationsEnabled(true);
    config.setPersistItems(true);
    if (!title.isEmpty())
        config.setTitle(title);
    client->findExtension<QXmppPubSubManager>()->createNode(service, node, config).then(client, [promise](QXmppPubSubManager::Result result) {
        const auto *error = std::get_if<QXmppError>(&result);
        // A node there already: made by an earlier run of this import.
        if (error && !hasCondition(*error, QXmppStanza::Error::Conflict))
            fulfil(promise, Outcome::failed(describeError(*error)));
        else
            fulfil(promise, Outcome::moved());
    });
    return promise->future();
}

QFuture<Outcome> setElement(QXmppClient *client, const QString &elementXml, const QString &wrapperNamespace)
{
    auto promise = startedPromise<Outcome>();
    QDomDocument doc;
    if (!doc.setContent(elementXml, true)) {
        fulfil(promise, Outcome::failed(QStringLiteral("not well-formed")));
        return promise->future();
    }
    const QDomElement element = doc.documentElement();
    ChildIq iq(QXmppIq::Set, {}, [element, wrapperNamespace](QXmlStreamWriter *w) {
        if (!wrapperNamespace.isEmpty()) {
            w->writeStartElement(QStringLiteral("query"));
            w->writeDefaultNamespace(wrapperNamespace);
        }
        Xml::writeElement(w, element, wrapperNamespace);
        if (!wrapperNamespace.isEmpty())
            w->writeEndElement();
    });
    client->sendIq(std::move(iq)).then(client, [promise](QXmppClient::IqResult result) {
        if (const auto *error = std::get_if<QXmppError>(&result))
            fulfil(promise, Outcome::failed(describeError(*error)));
        else
            fulfil(promise, Outcome::moved());
    });
    return promise->future();
}

QFuture<Outcome> unlessThere(QXmppClient *client, const QString &service, const QString &node, const QString &id,
                             std::function<QFuture<Outcome>()> publish)
{
    auto promise = startedPromise<Outcome>();
    client->sendIq(PubSubRequests::itemsById(service, node, {id})).then(client, [client, promise, service, node, id, publish](QXmppClient::IqResult result) {
        const auto *reply = std::get_if<QDomElement>(&result);
        const auto items = reply ? PubSubRequests::parseItems(*reply) : QList<PubSubRequests::ReplyItem>();
        const bool there = std::any_of(items.cbegin(), items.cend(), [&](const PubSubRequests::ReplyItem &item) { return item.id == id; });
        qCDebug(lcImport).noquote() << "is" << id << "on" << service << node << "?" << there;
        if (there) {
            fulfil(promise, Outcome::skipped(QCoreApplication::translate("Hearth::ImportSteps", "still on the server as it was")));
            return;
        }
        publish().then(client, [promise](const Outcome &outcome) { fulfil(promise, outcome); });
    });
    return promise->future();
}

QFuture<Outcome> fromReason(QObject *context, QFuture<QString> reason)
{
    return reason.then(context, [](const QString &why) { return why.isEmpty() ? Outcome::moved() : Outcome::failed(why); });
}

} // namespace Hearth::ImportSteps
