#pragma once

#include "AvatarCache.h"

#include <QFuture>
#include <QSet>
#include <QXmppClientExtension.h>
#include <QXmppPubSubEventHandler.h>

class QXmppPresence;

namespace Hearth {

// Avatars on the wire: XEP-0084 (metadata with +notify, data fetched by id)
// and, for older clients, XEP-0153 hashes in presence with the picture in
// vcard-temp. Every picture goes through AvatarCache's checks.
class AvatarService : public QXmppClientExtension, public QXmppPubSubEventHandler
{
    Q_OBJECT
public:
    static constexpr auto kMetadataNode = "urn:xmpp:avatar:metadata";
    static constexpr auto kDataNode = "urn:xmpp:avatar:data";

    AvatarService();

    void setCache(const AvatarCache &cache) { m_cache = cache; }
    [[nodiscard]] const AvatarCache &cache() const { return m_cache; }

    QStringList discoveryFeatures() const override;
    bool handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName) override;

    // Publishes the user's avatar (already cropped and scaled by the UI):
    // data first, then metadata, as XEP-0084 requires. Empty string on
    // success, else a reason.
    QFuture<QString> publishOwn(const QByteArray &bytes, int width, int height);
    // Asks for a contact's current avatar (metadata, then data if new).
    void refresh(const QString &bareJid);

Q_SIGNALS:
    // hash empty: the contact has no avatar (any more).
    void avatarChanged(const QString &bareJid, const QString &hash);

protected:
    void onRegistered(QXmppClient *client) override;

private:
    void onMetadata(const QString &jid, const QString &payloadXml);
    void fetchData(const QString &jid, const QString &hash);
    void onPresence(const QXmppPresence &presence);

    AvatarCache m_cache;
    QSet<QString> m_fetching; // "jid hash" pairs under way
};

} // namespace Hearth
