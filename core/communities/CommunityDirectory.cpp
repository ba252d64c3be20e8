#include "CommunityDirectory.h"

#include "CommunityErrors.h"
#include "../Account.h"
#include "../Logging.h"
#include "../Promises.h"
#include "../StanzaErrors.h"
#include "../feed/FollowService.h"
#include "../feed/PubSubRequests.h"
#include "../profile/PepItem.h"

#include <QDomElement>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppTask.h>
#include <QXmppDataForm.h>
#include <QXmppPubSubManager.h>
#include <QXmppUtils.h>
#include <algorithm>

namespace Hearth {

namespace {
const QString kDiscoInfo = QStringLiteral("http://jabber.org/protocol/disco#info");
const QString kDiscoItems = QStringLiteral("http://jabber.org/protocol/disco#items");
const QString kRsm = QStringLiteral("http://jabber.org/protocol/rsm");
const QString kPubSub = QStringLiteral("http://jabber.org/protocol/pubsub");

ChildIq discoInfo(const QString &jid, const QString &node)
{
    return ChildIq(QXmppIq::Get, jid, [node](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("query"));
        w->writeDefaultNamespace(kDiscoInfo);
        if (!node.isEmpty())
            w->writeAttribute(QStringLiteral("node"), node);
        w->writeEndElement();
    });
}

ChildIq discoItems(const QString &jid, int max, const QString &after)
{
    return ChildIq(QXmppIq::Get, jid, [max, after](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("query"));
        w->writeDefaultNamespace(kDiscoItems);
        // Services that page disco#items (XEP-0059) answer a page; the
        // others ignore the <set/> and answer everything.
        w->writeStartElement(QStringLiteral("set"));
        w->writeDefaultNamespace(kRsm);
        w->writeTextElement(QStringLiteral("max"), QString::number(max));
        if (!after.isEmpty())
            w->writeTextElement(QStringLiteral("after"), after);
        w->writeEndElement();
        w->writeEndElement();
    });
}

struct Info
{
    QList<std::pair<QString, QString>> identities; // category, type
    QSet<QString> features;
    QList<QDomElement> forms;
    QString name;
};

Info parseInfo(const QDomElement &iq)
{
    Info info;
    const QDomElement query = iq.firstChildElement(QStringLiteral("query"));
    for (QDomElement e = query.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.tagName() == QLatin1String("identity")) {
            info.identities.append({e.attribute(QStringLiteral("category")), e.attribute(QStringLiteral("type"))});
            if (info.name.isEmpty())
                info.name = e.attribute(QStringLiteral("name"));
        } else if (e.tagName() == QLatin1String("feature")) {
            info.features.insert(e.attribute(QStringLiteral("var")));
        } else if (e.tagName() == QLatin1String("x") && e.namespaceURI() == QLatin1String("jabber:x:data")) {
            info.forms.append(e);
        }
    }
    return info;
}

QString errorOf(const QXmppClient::IqResult &result)
{
    if (auto *error = std::get_if<QXmppError>(&result))
        return CommunityErrors::explain(*error);
    return {};
}
} // namespace

CommunityDirectory::CommunityDirectory(QXmppClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QFuture<CommunityDirectory::ServicesResult> CommunityDirectory::services(const QString &server)
{
    auto promise = startedPromise<ServicesResult>();
    if (!Account::hasSession(m_client)) {
        fulfil(promise, ServicesResult{{}, CommunityErrors::offline()});
        return promise->future();
    }
    const QString domain = QXmppUtils::jidToDomain(server.trimmed()).toLower();
    m_client->sendIq(discoItems(domain, 1000, {})).then(this, [this, promise, domain](QXmppClient::IqResult result) {
        if (const QString error = errorOf(result); !error.isEmpty()) {
            fulfil(promise, ServicesResult{{}, error});
            return;
        }
        // The server itself, then each item it lists: those whose identity
        // is pubsub/service host communities.
        QStringList candidates{domain};
        const QDomElement query = std::get<QDomElement>(result).firstChildElement(QStringLiteral("query"));
        for (QDomElement item = query.firstChildElement(QStringLiteral("item")); !item.isNull();
             item = item.nextSiblingElement(QStringLiteral("item"))) {
            const QString jid = item.attribute(QStringLiteral("jid")).toLower();
            if (!jid.isEmpty() && item.attribute(QStringLiteral("node")).isEmpty() && !candidates.contains(jid))
                candidates << jid;
        }
        auto found = std::make_shared<QList<Service>>();
        auto left = std::make_shared<int>(int(candidates.size()));
        for (const QString &jid : std::as_const(candidates)) {
            m_client->sendIq(discoInfo(jid, {})).then(this, [promise, found, left, jid, candidates](QXmppClient::IqResult info) {
                if (auto *element = std::get_if<QDomElement>(&info)) {
                    const Info parsed = parseInfo(*element);
                    const bool isPubSub = std::any_of(parsed.identities.cbegin(), parsed.identities.cend(), [](const auto &identity) {
                        return identity.first == QLatin1String("pubsub") && identity.second == QLatin1String("service");
                    });
                    if (isPubSub)
                        found->append(Service{jid, parsed.name, parsed.features.contains(kPubSub + QStringLiteral("#create-nodes"))});
                }
                if (--*left > 0)
                    return;
                // In the order the server listed them.
                std::sort(found->begin(), found->end(), [&candidates](const Service &a, const Service &b) {
                    return candidates.indexOf(a.jid) < candidates.indexOf(b.jid);
                });
                fulfil(promise, ServicesResult{*found, {}});
            });
        }
    });
    return promise->future();
}

QFuture<CommunityDirectory::Described> CommunityDirectory::describe(const QString &service, const QString &node)
{
    auto promise = startedPromise<Described>();
    Described out;
    out.community.service = service;
    out.community.node = node;
    if (!Account::hasSession(m_client)) {
        out.error = CommunityErrors::offline();
        fulfil(promise, out);
        return promise->future();
    }
    m_client->sendIq(discoInfo(service, node)).then(this, [this, promise, out](QXmppClient::IqResult result) mutable {
        if (auto *error = std::get_if<QXmppError>(&result)) {
            out.error = CommunityErrors::explain(*error);
            out.missing = isItemNotFound(*error);
            fulfil(promise, out);
            return;
        }
        const Info info = parseInfo(std::get<QDomElement>(result));
        bool sawForm = false;
        for (const QDomElement &element : info.forms) {
            QXmppDataForm form;
            form.parse(element);
            if (form.formType() != QLatin1String(CommunityMeta::kMetaDataForm))
                continue;
            sawForm = true;
            CommunityMeta::apply(form, &out.community);
        }
        if (!sawForm)
            out.community.problem = tr("The service gives no description of this community.");
        avatar(out.community.service, out.community.node).then(this, [promise, out](const Avatar &avatar) mutable {
            out.community.avatarHash = avatar.info.id;
            out.community.avatarUrl = avatar.info.url;
            out.community.avatarType = avatar.info.type;
            out.avatarBytes = avatar.bytes;
            fulfil(promise, out);
        });
    });
    return promise->future();
}

QFuture<CommunityDirectory::Avatar> CommunityDirectory::avatar(const QString &service, const QString &node)
{
    auto promise = startedPromise<Avatar>();
    if (!Account::hasSession(m_client)) {
        fulfil(promise, Avatar{{}, {}, CommunityErrors::offline()});
        return promise->future();
    }
    // Movim publishes the metadata item on the community node itself, with
    // its id as the item id (MOVIM-WIRE §2.5).
    m_client->sendIq(PubSubRequests::itemsById(service, node, {QString::fromLatin1(CommunityMeta::kAvatarMetadata)}))
        .then(this, [this, promise, service, node](QXmppClient::IqResult result) {
            Avatar out;
            if (auto *error = std::get_if<QXmppError>(&result)) {
                // No avatar is the common case (item-not-found).
                if (!isItemNotFound(*error))
                    out.error = CommunityErrors::explain(*error);
                fulfil(promise, out);
                return;
            }
            const auto items = PubSubRequests::parseItems(std::get<QDomElement>(result));
            const auto metadata = items.isEmpty() ? std::nullopt : CommunityMeta::parseAvatarMetadata(items.constFirst().payload);
            if (!metadata) {
                fulfil(promise, out);
                return;
            }
            out.info = *metadata;
            // The data item, id = the hash (XEP-0084 on the node), when the
            // community's owner published one (Hearth does; Movim's hold a URL).
            m_client->sendIq(PubSubRequests::itemsById(service, node, {out.info.id}))
                .then(this, [promise, out](QXmppClient::IqResult data) mutable {
                    if (auto *element = std::get_if<QDomElement>(&data)) {
                        const auto items = PubSubRequests::parseItems(*element);
                        if (!items.isEmpty() && items.constFirst().payload.tagName() == QLatin1String("data")
                            && items.constFirst().payload.namespaceURI() == QLatin1String(CommunityMeta::kAvatarData))
                            out.bytes = QByteArray::fromBase64(items.constFirst().payload.text().toLatin1());
                    }
                    fulfil(promise, out);
                });
        });
    return promise->future();
}

NodeListing *CommunityDirectory::list(const QString &service, QObject *owner)
{
    auto *listing = new NodeListing(this, service.trimmed().toLower(), owner);
    listing->start();
    return listing;
}

QFuture<QList<CommunityDirectory::Interesting>> CommunityDirectory::interesting(const QStringList &contacts)
{
    auto promise = startedPromise<QList<Interesting>>();
    if (contacts.isEmpty() || !Account::hasSession(m_client)) {
        fulfil(promise, QList<Interesting>{});
        return promise->future();
    }
    auto *pubsub = m_client->findExtension<QXmppPubSubManager>();
    auto tally = std::make_shared<QList<Interesting>>();
    auto left = std::make_shared<int>(int(contacts.size()));
    for (const QString &contact : contacts) {
        pubsub->requestItems<PepItem>(contact, QString::fromLatin1(FollowService::kPublicList))
            .then(this, [promise, tally, left, contact](QXmppPubSubManager::ItemsResult<PepItem> result) {
                if (auto *items = std::get_if<QXmppPubSubManager::Items<PepItem>>(&result)) {
                    for (const auto &item : std::as_const(items->items)) {
                        const auto node = SubscriptionItem::parse(item.payloadXml());
                        // Blogs are people, not communities.
                        if (!node || node->node.startsWith(QLatin1String("urn:xmpp:microblog:0")))
                            continue;
                        auto it = std::find_if(tally->begin(), tally->end(), [&](const Interesting &i) {
                            return i.node.service == node->service && i.node.node == node->node;
                        });
                        if (it == tally->end())
                            tally->append(Interesting{*node, {contact}});
                        else if (!it->sharedBy.contains(contact))
                            it->sharedBy << contact;
                    }
                }
                if (--*left > 0)
                    return;
                std::stable_sort(tally->begin(), tally->end(), [](const Interesting &a, const Interesting &b) {
                    return a.sharedBy.size() > b.sharedBy.size();
                });
                fulfil(promise, *tally);
            });
    }
    return promise->future();
}

NodeListing::NodeListing(CommunityDirectory *directory, QString service, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_service(std::move(service))
{
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(kSilenceMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        m_toDescribe.clear();
        finish(tr("%1 stopped answering (%2 of %3 communities described).").arg(m_service).arg(m_described).arg(m_found));
    });
}

void NodeListing::start()
{
    if (!Account::hasSession(m_directory->client())) {
        // Told after the caller connected to the signals.
        QMetaObject::invokeMethod(this, [this] { finish(CommunityErrors::offline()); }, Qt::QueuedConnection);
        return;
    }
    m_watchdog.start();
    requestPage({});
}

void NodeListing::cancel()
{
    m_watchdog.stop();
    m_cancelled = true;
    m_toDescribe.clear();
}

void NodeListing::requestPage(const QString &after)
{
    m_directory->client()->sendIq(discoItems(m_service, kPageSize, after)).then(this, [this](QXmppClient::IqResult result) {
        if (m_cancelled || m_finished)
            return;
        m_watchdog.start();
        if (auto *error = std::get_if<QXmppError>(&result)) {
            m_pagesDone = true;
            finish(CommunityErrors::explain(*error));
            return;
        }
        onPage(std::get<QDomElement>(result));
    });
}

void NodeListing::onPage(const QDomElement &iq)
{
    const QDomElement query = iq.firstChildElement(QStringLiteral("query"));
    QList<Community> page;
    int listed = 0;
    for (QDomElement item = query.firstChildElement(QStringLiteral("item")); !item.isNull();
         item = item.nextSiblingElement(QStringLiteral("item"))) {
        ++listed;
        const QString node = item.attribute(QStringLiteral("node"));
        if (CommunityMeta::isInternalNode(node) || m_seen.contains(node))
            continue;
        m_seen.insert(node);
        Community community;
        community.service = m_service;
        community.node = node;
        community.title = item.attribute(QStringLiteral("name")).trimmed();
        page << community;
        m_toDescribe.enqueue(node);
    }
    m_found += int(page.size());
    if (!page.isEmpty())
        Q_EMIT nodesFound(page);
    // A paged answer names its last item; ask for the next page while the
    // pages are full and say there is more.
    const QDomElement set = query.firstChildElement(QStringLiteral("set"));
    const QString last = set.firstChildElement(QStringLiteral("last")).text();
    bool countOk = false;
    const int count = set.firstChildElement(QStringLiteral("count")).text().toInt(&countOk);
    const bool more = set.namespaceURI() == kRsm && !last.isEmpty() && listed > 0 && (!countOk || m_seen.size() < count)
        && listed >= kPageSize;
    if (more)
        requestPage(last);
    else
        m_pagesDone = true;
    pump();
}

void NodeListing::pump()
{
    while (!m_cancelled && m_inFlight < kInFlight && !m_toDescribe.isEmpty()) {
        const QString node = m_toDescribe.dequeue();
        ++m_inFlight;
        m_directory->describe(m_service, node).then(this, [this](const CommunityDirectory::Described &described) {
            --m_inFlight;
            if (m_cancelled || m_finished)
                return;
            m_watchdog.start();
            ++m_described;
            Q_EMIT nodeDescribed(described.community, described.error);
            pump();
        });
    }
    if (m_pagesDone && m_inFlight == 0 && m_toDescribe.isEmpty())
        finish({});
}

void NodeListing::finish(const QString &error)
{
    if (m_finished || m_cancelled)
        return;
    m_watchdog.stop();
    m_finished = true;
    Q_EMIT finished(error);
}

} // namespace Hearth
