#include "LegacyOmemoManager.h"

#include "../Logging.h"
#include "../Promises.h"
#include "../profile/PepItem.h"
#include "LegacyOmemoStore.h"

#include <QDateTime>
#include <QDomDocument>
#include <QRandomGenerator>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppE2eeMetadata.h>
#include <QXmppOutOfBandUrl.h>
#include <QXmppPromise.h>
#include <QXmppPubSubEvent.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppTask.h>
#include <QXmppTrustStorage.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
const QString kNs = QString::fromLatin1(LegacyOmemo::kNs);
const QString kDeviceListNode = QString::fromLatin1(LegacyOmemo::kDeviceListNode);
// What a client without OMEMO shows (Conversations' wording is the one
// people recognise; Hearth's own readers never show it).
const QString kFallback = QStringLiteral("I sent you an OMEMO encrypted message but your client doesn't seem to support that.");

QString xmlOf(const QXmppElement &element)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    element.toXml(&writer);
    return xml;
}

QDomElement domOf(const QString &xml, QDomDocument &doc)
{
    if (xml.isEmpty() || !doc.setContent(xml, true))
        return {};
    return doc.documentElement();
}

// (extensions() gives a copy: the element is returned by value.)
std::optional<QXmppElement> encryptedChild(const QXmppMessage &message)
{
    const QXmppElementList extensions = message.extensions();
    for (const QXmppElement &e : extensions)
        if (e.tagName() == QLatin1String("encrypted") && e.attribute(QStringLiteral("xmlns")) == kNs)
            return e;
    return std::nullopt;
}

// The message's other extensions: what stays once its 0.3 <encrypted> is
// read (or found unreadable).
QXmppElementList withoutEncrypted(const QXmppMessage &message)
{
    QXmppElementList extensions = message.extensions();
    extensions.erase(std::remove_if(extensions.begin(), extensions.end(), [](const QXmppElement &e) {
                         return e.tagName() == QLatin1String("encrypted") && e.attribute(QStringLiteral("xmlns")) == kNs;
                     }),
                     extensions.end());
    return extensions;
}

bool distrusted(QXmpp::TrustLevel level)
{
    return level == QXmpp::TrustLevel::AutomaticallyDistrusted || level == QXmpp::TrustLevel::ManuallyDistrusted;
}
} // namespace

LegacyOmemoManager::LegacyOmemoManager(LegacyOmemoStore *store, QXmppTrustStorage *trust)
    : m_store(store), m_trust(trust), m_sessions(store)
{
    // A used pre-key is replaced and the bundle published again, once for
    // however many messages came together.
    connect(store, &LegacyOmemoStore::preKeyUsed, this, [this] {
        if (m_bundleQueued)
            return;
        m_bundleQueued = true;
        QMetaObject::invokeMethod(this, [this] {
            m_bundleQueued = false;
            m_sessions.refillPreKeys();
            publishBundle();
        }, Qt::QueuedConnection);
    });
}

void LegacyOmemoManager::onRegistered(QXmppClient *client)
{
    connect(client, &QXmppClient::connected, this, &LegacyOmemoManager::onSessionStarted);
}

bool LegacyOmemoManager::isReady() const
{
    return m_sessions.isValid() && m_store->own().has_value();
}

quint32 LegacyOmemoManager::ownDeviceId() const
{
    return m_store->own() ? m_store->own()->deviceId : 0;
}

QByteArray LegacyOmemoManager::ownKeyId() const
{
    return m_store->own() ? LegacyOmemoSessions::keyId(m_store->own()->identityPublic) : QByteArray();
}

QStringList LegacyOmemoManager::discoveryFeatures() const
{
    // Contacts' device list changes come as PEP notifications.
    return {kDeviceListNode + QStringLiteral("+notify")};
}

QFuture<bool> LegacyOmemoManager::setUp(quint32 deviceId)
{
    auto promise = startedPromise<bool>();
    if (!m_store->own()) {
        QString error;
        if (!m_sessions.createOwn(deviceId, &error)) {
            qCWarning(lcE2ee) << "OMEMO 0.3 could not be set up:" << error;
            fulfil(promise, false);
            return promise->future();
        }
        qCInfo(lcE2ee) << "OMEMO 0.3 device" << deviceId << "set up for" << m_ownJid;
    }
    if (client() && client()->isAuthenticated())
        onSessionStarted();
    fulfil(promise, true);
    return promise->future();
}

void LegacyOmemoManager::onSessionStarted()
{
    if (!isReady() || !client()->isAuthenticated())
        return;
    // Once per run: the bundle (pre-keys may have been used while away),
    // then this device in the list, keeping the user's other devices.
    if (!m_published) {
        m_published = true;
        publishBundle();
    }
    newestPepPayload(pubsub(), m_ownJid, kDeviceListNode, this).then(this, [this](const PepPayload &list) {
        onOwnList(LegacyOmemo::parseDeviceList(list.element()).ids);
    });
}

QXmppPubSubManager *LegacyOmemoManager::pubsub() const
{
    return client()->findExtension<QXmppPubSubManager>();
}

void LegacyOmemoManager::onOwnList(const QList<quint32> &ids)
{
    m_store->setDeviceList(m_ownJid, ids);
    m_listed = ids.contains(ownDeviceId());
    Q_EMIT devicesChanged(m_ownJid);
    if (!m_listed)
        publishDeviceList(ids + QList<quint32>{ownDeviceId()});
}

void LegacyOmemoManager::publishBundle()
{
    const auto bundle = m_sessions.ownBundle();
    if (!bundle || !client() || !client()->isAuthenticated())
        return;
    QXmppPubSubPublishOptions options;
    options.setAccessModel(QXmppPubSubPublishOptions::Open);
    pubsub()
        ->publishOwnPepItem(LegacyOmemo::bundleNode(ownDeviceId()), PepItem(QStringLiteral("current"), xmlOf(LegacyOmemo::bundleElement(*bundle))), options)
        .then(this, [](QXmppPubSubManager::PublishItemResult result) {
            if (auto *error = std::get_if<QXmppError>(&result))
                qCWarning(lcE2ee) << "the OMEMO 0.3 bundle could not be published:" << error->description;
        });
}

void LegacyOmemoManager::publishDeviceList(const QList<quint32> &ids)
{
    QXmppPubSubPublishOptions options;
    options.setAccessModel(QXmppPubSubPublishOptions::Open);
    pubsub()
        ->publishOwnPepItem(kDeviceListNode, PepItem(QStringLiteral("current"), xmlOf(LegacyOmemo::deviceListElement(ids))), options)
        .then(this, [this, ids](QXmppPubSubManager::PublishItemResult result) {
            if (auto *error = std::get_if<QXmppError>(&result)) {
                qCWarning(lcE2ee) << "the OMEMO 0.3 device list could not be published:" << error->description;
                return;
            }
            m_store->setDeviceList(m_ownJid, ids);
            m_listed = true;
            Q_EMIT devicesChanged(m_ownJid);
        });
}

QList<quint32> LegacyOmemoManager::devices(const QString &jid) const
{
    QList<quint32> ids = m_store->listedDevices(jid);
    if (jid == m_ownJid)
        ids.removeAll(ownDeviceId());
    return ids;
}

QMap<quint32, QByteArray> LegacyOmemoManager::identityKeys(const QString &jid) const
{
    QMap<quint32, QByteArray> keys;
    const auto all = m_store->devices(jid);
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (it->listed && !(jid == m_ownJid && it.key() == ownDeviceId()))
            keys.insert(it.key(), LegacyOmemoSessions::keyId(it->identityKey));
    return keys;
}

QFuture<void> LegacyOmemoManager::requestDeviceList(const QString &jid)
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    if (!client() || !client()->isAuthenticated()) {
        promise->finish();
        return promise->future();
    }
    newestPepPayload(pubsub(), jid, kDeviceListNode, this).then(this, [this, jid, promise](const PepPayload &payload) {
        if (payload.found) {
            const auto list = LegacyOmemo::parseDeviceList(payload.element());
            if (list.truncated)
                qCWarning(lcE2ee) << jid << "announces more than" << LegacyOmemo::kMaxDevices << "OMEMO 0.3 devices; the first are used";
            m_store->setDeviceList(jid, list.ids);
            forgetRefusals(jid);
            fetchKeys(jid);
        } else if (!m_store->hasList(jid)) {
            m_store->setDeviceList(jid, {}); // none published (item-not-found)
        }
        Q_EMIT devicesChanged(jid);
        promise->finish();
    });
    return promise->future();
}

QFuture<bool> LegacyOmemoManager::removeOwnDevice(quint32 id)
{
    auto promise = startedPromise<bool>();
    if (!isReady() || id == ownDeviceId() || !client()->isAuthenticated()) {
        fulfil(promise, false);
        return promise->future();
    }
    newestPepPayload(pubsub(), m_ownJid, kDeviceListNode, this).then(this, [this, id, promise](const PepPayload &list) {
        QList<quint32> ids = LegacyOmemo::parseDeviceList(list.element()).ids;
        if (!ids.removeAll(id)) {
            fulfil(promise, false);
            return;
        }
        QXmppPubSubPublishOptions options;
        options.setAccessModel(QXmppPubSubPublishOptions::Open);
        pubsub()->publishOwnPepItem(kDeviceListNode, PepItem(QStringLiteral("current"), xmlOf(LegacyOmemo::deviceListElement(ids))), options)
            .then(this, [this, ids, promise](QXmppPubSubManager::PublishItemResult published) {
                const bool done = std::holds_alternative<QString>(published);
                if (done) {
                    m_store->setDeviceList(m_ownJid, ids);
                    Q_EMIT devicesChanged(m_ownJid);
                }
                fulfil(promise, done);
            });
    });
    return promise->future();
}

bool LegacyOmemoManager::handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName)
{
    if (nodeName != kDeviceListNode)
        return false;
    QXmppPubSubEvent<PepItem> event;
    event.parse(element);
    const QString jid = QXmppUtils::jidToBareJid(pubSubService).toLower();
    const auto items = event.items();
    if (items.isEmpty())
        return true;
    QDomDocument doc;
    const auto ids = LegacyOmemo::parseDeviceList(domOf(items.constLast().payloadXml(), doc)).ids;
    if (jid == m_ownJid && isReady()) {
        onOwnList(ids); // another client of the user may have dropped this one
        return true;
    }
    m_store->setDeviceList(jid, ids);
    forgetRefusals(jid);
    fetchKeys(jid);
    Q_EMIT devicesChanged(jid);
    return true;
}

void LegacyOmemoManager::forgetRefusals(const QString &jid)
{
    // A new list may mean new bundles: those that failed are tried again.
    const QString prefix = jid + u'/';
    m_refused.removeIf([&prefix](const QString &key) { return key.startsWith(prefix); });
}

void LegacyOmemoManager::ensureSessions(const QStringList &jids, std::function<void()> done)
{
    struct Pending
    {
        int left = 1;
        std::function<void()> done;
        void finishOne()
        {
            if (--left == 0)
                done();
        }
    };
    auto pending = std::make_shared<Pending>();
    pending->done = std::move(done);
    for (const QString &jid : jids) {
        const auto devices = m_store->devices(jid);
        for (quint32 id : m_store->listedDevices(jid)) {
            const QString key = jid + u'/' + QString::number(id);
            if ((jid == m_ownJid && id == ownDeviceId()) || !devices.value(id).session.isEmpty() || m_refused.contains(key))
                continue;
            ++pending->left;
            buildFromBundle(jid, id, [this, jid, id, key, pending](const QString &error) {
                if (!error.isEmpty()) {
                    qCWarning(lcE2ee) << "no OMEMO 0.3 session with" << jid << id << ":" << error;
                    m_refused.insert(key);
                }
                pending->finishOne();
            });
        }
    }
    pending->finishOne();
}

void LegacyOmemoManager::buildFromBundle(const QString &jid, quint32 deviceId, std::function<void(const QString &error)> done)
{
    newestPepPayload(pubsub(), jid, LegacyOmemo::bundleNode(deviceId), this).then(this, [this, jid, deviceId, done](const PepPayload &published) {
        QString error = QStringLiteral("no bundle published");
        if (!published.element().isNull())
            if (const auto bundle = LegacyOmemo::parseBundle(published.element(), &error))
                if (m_sessions.buildSession(jid, deviceId, *bundle, &error))
                    error.clear();
        done(error);
    });
}

void LegacyOmemoManager::repairSession(const QString &jid, quint32 deviceId)
{
    const QString key = jid + u'/' + QString::number(deviceId);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if ((jid == m_ownJid && deviceId == ownDeviceId()) || now - m_lastRepair.value(key, -60000) < 60000 || !client())
        return;
    m_lastRepair.insert(key, now);
    qCInfo(lcE2ee) << "rebuilding the OMEMO 0.3 session with" << jid << deviceId << "after a message it could not read";
    buildFromBundle(jid, deviceId, [this, jid, deviceId](const QString &error) {
        // A fresh session's first key, with no payload: a key transport.
        const auto sealed = error.isEmpty() ? m_sessions.encryptKey(jid, deviceId, SignalContext::randomBytes(32)) : std::nullopt;
        if (!sealed) {
            qCWarning(lcE2ee) << "the OMEMO 0.3 session with" << jid << deviceId << "could not be rebuilt:"
                              << (error.isEmpty() ? QStringLiteral("no key for it") : error);
            return;
        }
        LegacyOmemo::Encrypted encrypted;
        encrypted.sid = ownDeviceId();
        encrypted.iv = SignalContext::randomBytes(12);
        encrypted.keys.append({deviceId, sealed->preKey, sealed->data});
        QXmppMessage message;
        message.setTo(jid);
        message.setType(QXmppMessage::Chat);
        message.addHint(QXmppMessage::Store);
        message.setExtensions({LegacyOmemo::encryptedElement(encrypted)});
        client()->send(std::move(message));
    });
}

void LegacyOmemoManager::fetchKeys(const QString &jid)
{
    const auto devices = m_store->devices(jid);
    for (quint32 id : m_store->listedDevices(jid)) {
        if (!devices.value(id).identityKey.isEmpty() || (jid == m_ownJid && id == ownDeviceId()))
            continue;
        newestPepPayload(pubsub(), jid, LegacyOmemo::bundleNode(id), this).then(this, [this, jid, id](const PepPayload &published) {
            if (published.element().isNull())
                return;
            QString error;
            const auto bundle = LegacyOmemo::parseBundle(published.element(), &error);
            // A key that differs from one a session already holds is not
            // taken from a bundle: the session's is the one that counts.
            if (!bundle || !m_store->devices(jid).value(id).identityKey.isEmpty())
                return;
            m_store->setIdentityKey(jid, id, bundle->identityKey);
            noteKeys(jid);
            Q_EMIT devicesChanged(jid);
        });
    }
}

void LegacyOmemoManager::noteKeys(const QString &jid)
{
    // Blind trust before verification: a new key is trusted unless the
    // user has verified one of the person's keys.
    m_trust->keys(kNs, {jid}).then(this, [this, jid](QHash<QString, QHash<QByteArray, QXmpp::TrustLevel>> known) {
        const auto levels = known.value(jid);
        bool anyVerified = false;
        for (auto level : levels)
            anyVerified = anyVerified || level == QXmpp::TrustLevel::Authenticated;
        QList<QByteArray> fresh;
        for (const QByteArray &key : identityKeys(jid))
            if (!key.isEmpty() && !levels.contains(key))
                fresh << key;
        if (!fresh.isEmpty())
            m_trust->addKeys(kNs, jid, fresh, anyVerified ? QXmpp::TrustLevel::AutomaticallyDistrusted : QXmpp::TrustLevel::AutomaticallyTrusted)
                .then(this, [this, jid] { Q_EMIT devicesChanged(jid); });
    });
}

bool LegacyOmemoManager::isEncrypted(const QDomElement &message)
{
    for (QDomElement e = message.firstChildElement(QStringLiteral("encrypted")); !e.isNull(); e = e.nextSiblingElement(QStringLiteral("encrypted")))
        if (e.namespaceURI() == kNs)
            return true;
    return false;
}

bool LegacyOmemoManager::isEncrypted(const QXmppMessage &message)
{
    return encryptedChild(message).has_value();
}

QXmppTask<QXmppE2eeExtension::MessageEncryptResult> LegacyOmemoManager::encryptMessage(QXmppMessage &&message, const QStringList &recipients)
{
    QXmppPromise<QXmppE2eeExtension::MessageEncryptResult> promise;
    auto task = promise.task();
    // A person, or a private group's members (the message goes to the room).
    const QStringList people = recipients.isEmpty() ? QStringList{QXmppUtils::jidToBareJid(message.to()).toLower()} : recipients;
    const bool group = message.type() == QXmppMessage::GroupChat;
    if (!isReady() || !client()) {
        promise.finish(QXmppError{tr("OMEMO 0.3 is not set up on this device"), {}});
        return task;
    }
    // OMEMO 0.3 encrypts the body only; a message without one (a
    // reaction, a retraction, a chat state) goes as it is, as the
    // clients that speak it do.
    if (message.body().isEmpty()) {
        promise.finish(std::make_unique<QXmppMessage>(std::move(message)));
        return task;
    }
    auto shared = std::make_shared<QXmppMessage>(std::move(message));
    auto encrypt = [this, shared, people, group, promise]() mutable {
        QStringList jids = people;
        if (!jids.contains(m_ownJid))
            jids << m_ownJid;
        ensureSessions(jids, [this, shared, people, group, jids, promise]() mutable {
            m_trust->keys(kNs, jids).then(this, [this, shared, people, group, jids, promise](QHash<QString, QHash<QByteArray, QXmpp::TrustLevel>> levels) mutable {
                const QByteArray key = SignalContext::randomBytes(16);
                const QByteArray iv = SignalContext::randomBytes(12);
                const auto sealed = SignalContext::aesGcmEncrypt(key, iv, shared->body().toUtf8());
                if (!sealed) {
                    promise.finish(QXmppError{tr("the message could not be encrypted"), {}});
                    return;
                }
                LegacyOmemo::Encrypted encrypted;
                encrypted.sid = ownDeviceId();
                encrypted.iv = iv;
                encrypted.payload = sealed->ciphertext;
                int forOthers = 0;
                for (const QString &jid : jids) {
                    const auto devices = m_store->devices(jid);
                    for (quint32 id : devices.keys()) {
                        const auto &device = devices[id];
                        if (!device.listed || device.session.isEmpty() || (jid == m_ownJid && id == ownDeviceId()))
                            continue;
                        if (distrusted(levels.value(jid).value(LegacyOmemoSessions::keyId(device.identityKey), QXmpp::TrustLevel::Undecided)))
                            continue;
                        if (const auto sealedKey = m_sessions.encryptKey(jid, id, key + sealed->tag)) {
                            encrypted.keys.append({id, sealedKey->preKey, sealedKey->data});
                            if (jid != m_ownJid)
                                ++forOthers;
                        }
                    }
                    noteKeys(jid);
                }
                if (forOthers == 0 && people != QStringList{m_ownJid}) {
                    // Never plaintext instead: the sender sees it failed.
                    promise.finish(QXmppError{group ? tr("no member of the group has a trusted device with OMEMO 0.3 to encrypt for")
                                                    : tr("%1 has no trusted device with OMEMO 0.3 to encrypt for").arg(people.value(0)),
                                              {}});
                    return;
                }
                auto out = std::make_unique<QXmppMessage>(*shared);
                out->setBody(kFallback);
                // An attachment's link is in the (encrypted) body, as the
                // 0.3 clients send it; out-of-band data would be in clear.
                out->setOutOfBandUrls({});
                out->setEncryptionMethod(QXmpp::Omemo0);
                out->addHint(QXmppMessage::Store);
                auto extensions = out->extensions();
                extensions << LegacyOmemo::encryptedElement(encrypted);
                out->setExtensions(extensions);
                promise.finish(std::move(out));
            });
        });
    };
    // The device lists not known yet are asked for first (all at once).
    QStringList unknown;
    for (const QString &jid : people)
        if (!m_store->hasList(jid))
            unknown << jid;
    if (unknown.isEmpty()) {
        encrypt();
        return task;
    }
    auto waiting = std::make_shared<int>(unknown.size());
    for (const QString &jid : unknown)
        requestDeviceList(jid).then(this, [encrypt, waiting]() mutable {
            if (--*waiting == 0)
                encrypt();
        });
    return task;
}

void LegacyOmemoManager::mark(QXmppMessage &message, const QString &reason)
{
    QXmppElementList extensions = withoutEncrypted(message);
    QXmppElement marker;
    marker.setTagName(QStringLiteral("undecryptable"));
    marker.setAttribute(QStringLiteral("xmlns"), QString::fromLatin1(kMarkerNs));
    marker.setAttribute(QStringLiteral("reason"), reason);
    extensions << marker;
    message.setExtensions(extensions);
    message.setBody({});
}

LegacyOmemoManager::Outcome LegacyOmemoManager::decrypt(QXmppMessage &message)
{
    // In a group the sender is the person behind the occupant (the router
    // puts them where a MIX participant's JID goes).
    const QString sender = message.mixUserJid().isEmpty() ? QXmppUtils::jidToBareJid(message.from()).toLower() : message.mixUserJid();
    // QXmpp parsed only the part it expects to be encrypted (a message it
    // does not see as encrypted): read it whole again, so the public parts
    // (stanza-id, origin-id, hints) are read too.
    {
        QByteArray xml;
        QXmlStreamWriter writer(&xml);
        message.toXml(&writer, QXmpp::SceAll);
        QDomDocument whole;
        if (whole.setContent(xml, true)) {
            QXmppMessage full;
            full.parse(whole.documentElement(), QXmpp::SceAll);
            message = full;
        }
    }
    const auto element = encryptedChild(message);
    QDomDocument doc;
    QString error;
    const auto encrypted = LegacyOmemo::parseEncrypted(domOf(element ? xmlOf(*element) : QString(), doc), &error);
    if (!encrypted) {
        qCWarning(lcE2ee) << "a malformed OMEMO 0.3 message from" << sender << ":" << error;
        mark(message, QStringLiteral("broken"));
        return Outcome::Marked;
    }
    if (sender == m_ownJid && encrypted->sid == ownDeviceId()) {
        // This device's own message reflected (archive, carbons). A room's
        // copy goes on marked, as its id is what others' reactions name.
        if (message.type() != QXmppMessage::GroupChat)
            return Outcome::Ignored;
        mark(message, QStringLiteral("not-for-this-device"));
        return Outcome::Marked;
    }
    if (sender.isEmpty()) {
        mark(message, QStringLiteral("broken")); // a group's sender nobody can name
        return Outcome::Marked;
    }
    const auto mine = std::find_if(encrypted->keys.cbegin(), encrypted->keys.cend(), [this](const auto &k) { return k.rid == ownDeviceId(); });
    if (mine == encrypted->keys.cend()) {
        mark(message, QStringLiteral("not-for-this-device"));
        return Outcome::Marked;
    }
    LegacyOmemoSessions::Failure failure;
    auto keyMaterial = m_sessions.decryptKey(sender, encrypted->sid, mine->data, mine->preKey, &failure);
    // Some clients leave prekey='true' out: a key that is not a plain
    // message may still be a session's first.
    if (!keyMaterial && !mine->preKey && failure == LegacyOmemoSessions::Failure::Invalid)
        keyMaterial = m_sessions.decryptKey(sender, encrypted->sid, mine->data, true, &failure);
    if (!keyMaterial) {
        if (failure == LegacyOmemoSessions::Failure::Duplicate)
            return Outcome::Ignored; // read once already (a carbon and its archive copy)
        // No session (this device lost it), or a key exchange it cannot
        // take (its pre-key used up): a new one. Not for a plain message
        // that fails on a session (an old copy from the archive, say): the
        // session still works for what comes now.
        if (failure == LegacyOmemoSessions::Failure::NoSession || (failure == LegacyOmemoSessions::Failure::Invalid && mine->preKey))
            repairSession(sender, encrypted->sid);
        mark(message, failure == LegacyOmemoSessions::Failure::Untrusted ? QStringLiteral("untrusted") : QStringLiteral("broken"));
        return Outcome::Marked;
    }
    if (encrypted->payload.isEmpty())
        return Outcome::Ignored; // a key transport: a session confirmed, nothing to show
    // The tag travels with the key (32 bytes); older senders appended it to
    // the payload and sent the 16-byte key alone.
    QByteArray key = keyMaterial->left(16);
    QByteArray tag = keyMaterial->mid(16);
    QByteArray payload = encrypted->payload;
    if (tag.isEmpty() && payload.size() > 16) {
        tag = payload.right(16);
        payload.chop(16);
    }
    const auto plain = SignalContext::aesGcmDecrypt(key, encrypted->iv, payload, tag);
    if (!plain) {
        mark(message, QStringLiteral("broken"));
        return Outcome::Marked;
    }
    message.setExtensions(withoutEncrypted(message));
    message.setBody(QString::fromUtf8(*plain));
    message.setEncryptionMethod(QXmpp::NoEncryption);
    QXmppE2eeMetadata metadata;
    metadata.setEncryption(QXmpp::Omemo0);
    metadata.setSenderKey(LegacyOmemoSessions::keyId(m_store->devices(sender).value(encrypted->sid).identityKey));
    message.setE2eeMetadata(metadata);
    noteKeys(sender);
    return Outcome::Read;
}

QXmppTask<QXmppE2eeExtension::MessageDecryptResult> LegacyOmemoManager::decryptMessage(QXmppMessage &&message)
{
    QXmppPromise<QXmppE2eeExtension::MessageDecryptResult> promise;
    auto task = promise.task();
    if (!isEncrypted(message) || !isReady()) {
        promise.finish(QXmppE2eeExtension::NotEncrypted{});
        return task;
    }
    switch (decrypt(message)) {
    case Outcome::Read:
    case Outcome::Marked:
        promise.finish(std::move(message));
        break;
    case Outcome::Ignored:
        // Nothing to show: an empty message the archive's reader skips.
        message.setExtensions({});
        message.setBody({});
        promise.finish(std::move(message));
        break;
    }
    return task;
}

bool LegacyOmemoManager::handleMessage(const QXmppMessage &message)
{
    if (!isReady() || message.type() == QXmppMessage::GroupChat || !isEncrypted(message))
        return false;
    QXmppMessage copy = message;
    if (decrypt(copy) != Outcome::Ignored)
        injectMessage(std::move(copy));
    return true;
}

} // namespace Hearth
