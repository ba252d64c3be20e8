#pragma once

#include "Bookmark.h"

#include <QFuture>
#include <QList>
#include <QXmppClientExtension.h>
#include <QXmppPubSubEventHandler.h>

namespace Hearth {

// The user's room bookmarks on the wire: XEP-0402 (PEP node
// urn:xmpp:bookmarks:1, one item per room, published with the options the
// XEP requires) so that Movim, Dino, Gajim and Conversations see the same
// rooms; XEP-0048 private storage when the server does not advertise
// urn:xmpp:bookmarks:1#compat. Changes from other clients arrive live
// (+notify).
class BookmarkService : public QXmppClientExtension, public QXmppPubSubEventHandler
{
    Q_OBJECT
public:
    static constexpr auto kNode = "urn:xmpp:bookmarks:1";

    struct Fetched
    {
        QList<Bookmark> bookmarks;
        QString error; // empty on success
    };

    BookmarkService();

    QStringList discoveryFeatures() const override;
    bool handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName) override;

    // All bookmarks (empty when the user has none yet).
    QFuture<Fetched> fetch();
    // Adds or replaces one; the future holds an empty string on success.
    QFuture<QString> save(const Bookmark &bookmark);
    QFuture<QString> remove(const QString &roomJid);
    // Which store is used (known after the first fetch).
    [[nodiscard]] bool usesLegacyStorage() const { return m_legacy; }

Q_SIGNALS:
    // Another client (or this one) changed a bookmark, or removed it.
    void bookmarkPushed(const Hearth::Bookmark &bookmark);
    void bookmarkRetracted(const QString &roomJid);

private:
    QFuture<bool> detectStorage();
    QFuture<Fetched> fetchLegacy();
    QFuture<QString> saveLegacy(const QList<Bookmark> &all);
    // The last XEP-0048 set without that room's bookmark.
    [[nodiscard]] QList<Bookmark> legacyExcept(const QString &roomJid) const;

    bool m_legacy = false;
    bool m_detected = false;
    QList<Bookmark> m_legacyCache; // the last XEP-0048 set (rewritten whole)
};

} // namespace Hearth
