#include "AvatarService.h"

#include "../Logging.h"
#include "../muc/OccupantPresence.h"
#include "PepItem.h"

#include <QDomDocument>
#include <QPromise>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppPubSubEvent.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>
#include <QXmppVCardIq.h>
#include <QXmppVCardManager.h>

namespace Hearth {

namespace {
// The announced avatar id in a metadata payload; empty for "no avatar".
QString idFromMetadata(const QString &xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return {};
    const QDomElement info = doc.documentElement().firstChildElement(QStringLiteral("info"));
    return info.attribute(QStringLiteral("id")).toLower();
}
} // namespace

AvatarService::AvatarService() = default;

void AvatarService::onRegistered(QXmppClient *client)
{
    connect(client, &QXmppClient::presenceReceived, this, &AvatarService::onPresence);
}

QStringList AvatarService::discoveryFeatures() const
{
    return {QString::fromLatin1(kMetadataNode) + QStringLiteral("+notify")};
}

bool AvatarService::handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName)
{
    if (nodeName != QLatin1String(kMetadataNode))
        return false;
    QXmppPubSubEvent<PepItem> event;
    event.parse(element);
    const QString jid = QXmppUtils::jidToBareJid(pubSubService).toLower();
    const auto items = event.items();
    if (!items.isEmpty())
        onMetadata(jid, items.constLast().payloadXml());
    return true;
}

void AvatarService::refresh(const QString &bareJid)
{
    auto *pubsub = client()->findExtension<QXmppPubSubManager>();
    pubsub->requestItems<PepItem>(bareJid, QString::fromLatin1(kMetadataNode))
        .then(this, [this, bareJid](QXmppPubSubManager::ItemsResult<PepItem> result) {
            if (auto *items = std::get_if<QXmppPubSubManager::Items<PepItem>>(&result); items && !items->items.isEmpty())
                onMetadata(bareJid, items->items.constLast().payloadXml());
        });
}

void AvatarService::onMetadata(const QString &jid, const QString &payloadXml)
{
    const QString hash = idFromMetadata(payloadXml);
    if (hash.isEmpty()) {
        Q_EMIT avatarChanged(jid, {}); // an empty <metadata/>: avatar removed
        return;
    }
    if (!AvatarCache::isValidHash(hash)) {
        qCWarning(lcProfile) << "ignored avatar metadata with a bad id from" << jid;
        return;
    }
    if (m_cache.contains(hash)) {
        Q_EMIT avatarChanged(jid, hash);
        return;
    }
    fetchData(jid, hash);
}

void AvatarService::fetchData(const QString &jid, const QString &hash)
{
    const QString key = jid + u' ' + hash;
    if (m_fetching.contains(key))
        return;
    m_fetching.insert(key);
    auto *pubsub = client()->findExtension<QXmppPubSubManager>();
    pubsub->requestItem<PepItem>(jid, QString::fromLatin1(kDataNode), hash)
        .then(this, [this, jid, hash, key](QXmppPubSubManager::ItemResult<PepItem> result) {
            auto *item = std::get_if<PepItem>(&result);
            if (!item) {
                m_fetching.remove(key);
                qCInfo(lcProfile) << "no avatar data for" << jid;
                return;
            }
            QDomDocument doc;
            // Base64 of 1 MiB is about 1.4 MB; refuse anything far larger unread.
            if (item->payloadXml().size() > 2 * AvatarCache::kMaxBytes || !doc.setContent(item->payloadXml(), true)) {
                m_fetching.remove(key);
                qCWarning(lcProfile) << "avatar data from" << jid << "is oversized or malformed";
                return;
            }
            const QByteArray bytes = QByteArray::fromBase64(doc.documentElement().text().toLatin1());
            m_cache.storeAsync(bytes, hash).then(this, [this, jid, key](AvatarCache::Stored stored) {
                m_fetching.remove(key);
                if (stored.error.isEmpty())
                    Q_EMIT avatarChanged(jid, stored.hash);
            });
        });
}

void AvatarService::onPresence(const QXmppPresence &presence)
{
    // XEP-0153: an older client announces its vCard photo's hash.
    if (presence.type() != QXmppPresence::Available || presence.vCardUpdateType() != QXmppPresence::VCardUpdateValidPhoto)
        return;
    if (isOccupantPresence(presence))
        return; // someone in a room: not the room's picture
    const QString jid = QXmppUtils::jidToBareJid(presence.from()).toLower();
    const QString hash = QString::fromLatin1(presence.photoHash().toHex());
    if (jid.isEmpty() || jid == client()->configuration().jidBare().toLower() || !AvatarCache::isValidHash(hash))
        return;
    if (m_cache.contains(hash)) {
        Q_EMIT avatarChanged(jid, hash);
        return;
    }
    const QString key = jid + u' ' + hash;
    if (m_fetching.contains(key))
        return;
    m_fetching.insert(key);
    client()->findExtension<QXmppVCardManager>()->fetchVCard(jid).then(this, [this, jid, hash, key](QXmppVCardManager::VCardIqResult result) {
        auto *vcard = std::get_if<QXmppVCardIq>(&result);
        if (!vcard || vcard->photo().isEmpty()) {
            m_fetching.remove(key);
            return;
        }
        m_cache.storeAsync(vcard->photo(), hash).then(this, [this, jid, key](AvatarCache::Stored stored) {
            m_fetching.remove(key);
            if (stored.error.isEmpty())
                Q_EMIT avatarChanged(jid, stored.hash);
        });
    });
}

QFuture<QString> AvatarService::publishOwn(const QByteArray &bytes, int width, int height)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    QFuture<QString> future = promise->future();
    const QString mime = AvatarCache::sniffMimeType(bytes);
    if (mime.isEmpty() || bytes.size() > AvatarCache::kMaxBytes) {
        promise->addResult(QStringLiteral("the picture must be a PNG or JPEG of at most 1 MiB"));
        promise->finish();
        return future;
    }
    const QString hash = AvatarCache::sha1(bytes);
    auto *pubsub = client()->findExtension<QXmppPubSubManager>();
    QXmppPubSubPublishOptions options;
    options.setAccessModel(QXmppPubSubPublishOptions::Presence);
    const QString data = QStringLiteral("<data xmlns='urn:xmpp:avatar:data'>%1</data>").arg(QString::fromLatin1(bytes.toBase64()));
    const QString metadata = QStringLiteral("<metadata xmlns='urn:xmpp:avatar:metadata'><info bytes='%1' id='%2' type='%3' width='%4' height='%5'/></metadata>")
                                 .arg(bytes.size()).arg(hash, mime).arg(width).arg(height);
    (void)m_cache.store(bytes, hash);
    pubsub->publishOwnPepItem(QString::fromLatin1(kDataNode), PepItem(hash, data), options)
        .then(this, [this, promise, pubsub, metadata, hash, options](QXmppPubSubManager::PublishItemResult result) {
            if (auto *error = std::get_if<QXmppError>(&result)) {
                promise->addResult(error->description.isEmpty() ? QStringLiteral("the server refused the picture") : error->description);
                promise->finish();
                return;
            }
            pubsub->publishOwnPepItem(QString::fromLatin1(kMetadataNode), PepItem(hash, metadata), options)
                .then(this, [this, promise, hash](QXmppPubSubManager::PublishItemResult result) {
                    QString error;
                    if (auto *failure = std::get_if<QXmppError>(&result))
                        error = failure->description.isEmpty() ? QStringLiteral("the server refused the avatar") : failure->description;
                    else
                        Q_EMIT avatarChanged(client()->configuration().jidBare().toLower(), hash);
                    promise->addResult(error);
                    promise->finish();
                });
        });
    return future;
}

} // namespace Hearth
