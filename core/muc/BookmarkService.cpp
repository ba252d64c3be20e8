#include "BookmarkService.h"

#include "../Logging.h"
#include "../Promises.h"
#include "../profile/PepItem.h"

#include <QDomDocument>
#include <QTimer>
#include <QXmlStreamWriter>
#include <QXmppElement.h>
#include <QXmppBookmarkManager.h>
#include <QXmppBookmarkSet.h>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPubSubEvent.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
const QString kCompat = QStringLiteral("urn:xmpp:bookmarks:1#compat");

QString describe(const QXmppError &error, const QString &fallback)
{
    return error.description.isEmpty() ? fallback : error.description;
}

Bookmark fromLegacy(const QXmppBookmarkConference &c)
{
    Bookmark b;
    b.jid = c.jid();
    b.name = c.name();
    b.nick = c.nickName();
    b.autojoin = c.autoJoin();
    return b;
}
} // namespace

BookmarkService::BookmarkService() = default;

QStringList BookmarkService::discoveryFeatures() const
{
    return {QString::fromLatin1(kNode) + QStringLiteral("+notify")};
}

bool BookmarkService::handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName)
{
    if (nodeName != QLatin1String(kNode))
        return false;
    // Only the user's own node: nobody else edits these bookmarks.
    if (!pubSubService.isEmpty() && QXmppUtils::jidToBareJid(pubSubService) != client()->configuration().jidBare())
        return true;
    QXmppPubSubEvent<PepItem> event;
    event.parse(element);
    const auto items = event.items();
    for (const auto &item : items) {
        Bookmark b;
        if (b.readConference(item.id(), item.payloadXml()))
            Q_EMIT bookmarkPushed(b);
        else
            qCWarning(lcChat) << "ignored a bookmark that is not a conference:" << item.id();
    }
    for (const QString &id : event.retractIds())
        Q_EMIT bookmarkRetracted(id);
    return true;
}

QFuture<bool> BookmarkService::detectStorage()
{
    if (m_detected)
        return QtFuture::makeReadyFuture(m_legacy);
    auto promise = startedPromise<bool>();
    auto *disco = client()->findExtension<QXmppDiscoveryManager>();
    disco->requestDiscoInfo(client()->configuration().jidBare()).then(this, [this, promise](QXmppDiscoveryManager::InfoResult result) {
        // Without #compat the server keeps XEP-0048 storage apart: use that, as older clients do.
        if (auto *info = std::get_if<QXmppDiscoveryIq>(&result)) {
            m_legacy = !info->features().contains(kCompat);
            m_detected = true;
        }
        fulfil(promise, m_legacy);
    });
    return promise->future();
}

QFuture<BookmarkService::Fetched> BookmarkService::fetch()
{
    auto promise = startedPromise<Fetched>();
    detectStorage().then(this, [this, promise](bool legacy) {
        // Unanswered: the stream is gone (its pending requests fail as the
        // client is torn down, when its extensions are no longer there to
        // be asked for).
        if (!m_detected) {
            Fetched failed;
            failed.error = QStringLiteral("the bookmarks could not be read: not connected");
            fulfil(promise, failed);
            return;
        }
        if (legacy) {
            fetchLegacy().then(this, [promise](Fetched fetched) { fulfil(promise, fetched); });
            return;
        }
        auto *pubsub = client()->findExtension<QXmppPubSubManager>();
        pubsub->requestItems<PepItem>(client()->configuration().jidBare(), QString::fromLatin1(kNode)).then(this, [promise](QXmppPubSubManager::ItemsResult<PepItem> result) {
            Fetched fetched;
            if (auto *error = std::get_if<QXmppError>(&result)) {
                // No node yet: no bookmarks yet.
                const auto stanzaError = error->value<QXmppStanza::Error>();
                if (!stanzaError || stanzaError->condition() != QXmppStanza::Error::ItemNotFound)
                    fetched.error = describe(*error, QStringLiteral("the bookmarks could not be read"));
                fulfil(promise, fetched);
                return;
            }
            for (const PepItem &item : std::get<QXmppPubSubManager::Items<PepItem>>(result).items) {
                Bookmark b;
                if (b.readConference(item.id(), item.payloadXml()))
                    fetched.bookmarks << b;
                else
                    qCWarning(lcChat) << "ignored a bookmark that is not a conference:" << item.id();
            }
            fulfil(promise, fetched);
        });
    });
    return promise->future();
}

QFuture<QString> BookmarkService::save(const Bookmark &bookmark)
{
    auto promise = startedPromise<QString>();
    detectStorage().then(this, [this, promise, bookmark](bool legacy) {
        if (legacy) {
            saveLegacy(legacyExcept(bookmark.jid) << bookmark).then(this, [promise](QString error) { fulfil(promise, error); });
            return;
        }
        // The options XEP-0402 requires: kept, unlimited, never pushed on
        // presence, private to the user.
        QXmppPubSubPublishOptions options;
        options.setPersistItems(true);
        options.setMaxItems(QXmppPubSubPublishOptions::Max());
        options.setSendLastItem(QXmppPubSubPublishOptions::Never);
        options.setAccessModel(QXmppPubSubPublishOptions::Allowlist);
        auto *pubsub = client()->findExtension<QXmppPubSubManager>();
        pubsub->publishOwnPepItem(QString::fromLatin1(kNode), PepItem(bookmark.jid, bookmark.conferenceXml()), options)
            .then(this, [promise](QXmppPubSubManager::PublishItemResult result) {
                auto *error = std::get_if<QXmppError>(&result);
                fulfil(promise, error ? describe(*error, QStringLiteral("the bookmark was not saved")) : QString());
            });
    });
    return promise->future();
}

QFuture<QString> BookmarkService::remove(const QString &roomJid)
{
    auto promise = startedPromise<QString>();
    detectStorage().then(this, [this, promise, roomJid](bool legacy) {
        if (legacy) {
            saveLegacy(legacyExcept(roomJid)).then(this, [promise](QString error) { fulfil(promise, error); });
            return;
        }
        auto *pubsub = client()->findExtension<QXmppPubSubManager>();
        pubsub->retractOwnPepItem(QString::fromLatin1(kNode), roomJid).then(this, [promise](QXmppPubSubManager::Result result) {
            auto *error = std::get_if<QXmppError>(&result);
            fulfil(promise, error ? describe(*error, QStringLiteral("the bookmark was not removed")) : QString());
        });
    });
    return promise->future();
}

QList<Bookmark> BookmarkService::legacyExcept(const QString &roomJid) const
{
    QList<Bookmark> all = m_legacyCache;
    all.removeIf([&](const Bookmark &b) { return b.jid == roomJid; });
    return all;
}

QFuture<BookmarkService::Fetched> BookmarkService::fetchLegacy()
{
    auto promise = startedPromise<Fetched>();
    auto *manager = client()->findExtension<QXmppBookmarkManager>();
    if (!manager) {
        fulfil(promise, Fetched{{}, QStringLiteral("no storage for bookmarks on this server")});
        return promise->future();
    }
    auto deliver = [this, promise](const QXmppBookmarkSet &set) {
        Fetched fetched;
        for (const auto &c : set.conferences())
            fetched.bookmarks << fromLegacy(c);
        m_legacyCache = fetched.bookmarks;
        fulfil(promise, fetched);
    };
    if (manager->areBookmarksReceived()) {
        deliver(manager->bookmarks());
    } else {
        // The manager asks at each connection; its answer comes once.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(manager, &QXmppBookmarkManager::bookmarksReceived, this, [once, deliver](const QXmppBookmarkSet &set) {
            QObject::disconnect(*once);
            deliver(set);
        });
    }
    return promise->future();
}

QFuture<QString> BookmarkService::saveLegacy(const QList<Bookmark> &all)
{
    auto *manager = client()->findExtension<QXmppBookmarkManager>();
    if (!manager)
        return QtFuture::makeReadyFuture(QStringLiteral("no storage for bookmarks on this server"));
    // The whole set is rewritten: keep the web bookmarks other clients stored.
    QXmppBookmarkSet set = manager->bookmarks();
    QList<QXmppBookmarkConference> conferences;
    for (const Bookmark &b : all) {
        QXmppBookmarkConference c;
        c.setJid(b.jid);
        c.setName(b.name);
        c.setNickName(b.nick);
        c.setAutoJoin(b.autojoin);
        conferences << c;
    }
    set.setConferences(conferences);
    // Done when the server says so (QXmppBookmarkManager::setBookmarks only
    // sends): a session that reads them next finds them, a refusal is told.
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("query"));
    writer.writeDefaultNamespace(QStringLiteral("jabber:iq:private"));
    set.toXml(&writer);
    writer.writeEndElement();
    QDomDocument document;
    if (!document.setContent(xml, true))
        return QtFuture::makeReadyFuture(QStringLiteral("the bookmarks were not saved"));
    QXmppIq iq(QXmppIq::Set);
    iq.setExtensions({QXmppElement(document.documentElement())});
    auto promise = startedPromise<QString>();
    client()->sendGenericIq(std::move(iq)).then(this, [this, promise, all](QXmppClient::EmptyResult result) {
        if (auto *error = std::get_if<QXmppError>(&result)) {
            fulfil(promise, error->description.isEmpty() ? QStringLiteral("the bookmarks were not saved") : error->description);
            return;
        }
        m_legacyCache = all;
        fulfil(promise, QString());
    });
    return promise->future();
}

} // namespace Hearth
