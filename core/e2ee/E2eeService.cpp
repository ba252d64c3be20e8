#include "E2eeService.h"

#include "../Account.h"
#include "../Logging.h"
#include "../Promises.h"
#include "../db/Database.h"
#include "E2eeRouter.h"
#include "KeyVault.h"
#include "LegacyOmemoElements.h"
#include "LegacyOmemoManager.h"

#include "../XmlWriting.h"
#include "../profile/PepItem.h"

#include <QDomDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QXmppAtmManager.h>
#include <QXmppClient.h>
#include <QXmppOmemoManager.h>
#include <QXmppPromise.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppSendStanzaParams.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
const QString kOmemo2 = QStringLiteral("urn:xmpp:omemo:2");
const QString kOmemo03 = QString::fromLatin1(LegacyOmemo::kNs);

E2eeDevice::Trust trustOf(QXmpp::TrustLevel level)
{
    switch (level) {
    case QXmpp::TrustLevel::Authenticated:
        return E2eeDevice::Trust::Verified;
    case QXmpp::TrustLevel::AutomaticallyTrusted:
    case QXmpp::TrustLevel::ManuallyTrusted:
        return E2eeDevice::Trust::Trusted;
    case QXmpp::TrustLevel::AutomaticallyDistrusted:
    case QXmpp::TrustLevel::ManuallyDistrusted:
        return E2eeDevice::Trust::Distrusted;
    case QXmpp::TrustLevel::Undecided:
        break;
    }
    return E2eeDevice::Trust::Unknown;
}
} // namespace

E2eeService::E2eeService(Database *db, Account *account, QObject *parent)
    : QObject(parent), m_db(db), m_account(account), m_store(db), m_trust(db), m_legacyStore(db)
{
    QXmppClient *client = account->client();
    // ATM (XEP-0450) is the trust manager OMEMO finds; then OMEMO 2 and
    // 0.3, which decrypt what arrives; the router encrypts what is sent
    // sensitively with the version the contact speaks.
    m_atm = client->addNewExtension<QXmppAtmManager>(&m_trust);
    m_omemo = client->addNewExtension<QXmppOmemoManager>(&m_store);
    m_legacy = client->addNewExtension<LegacyOmemoManager>(&m_legacyStore, &m_trust);
    // The router is the first extension: it reads live group messages
    // before the managers (which would take the room for their sender).
    m_router = new E2eeRouter(m_omemo, m_legacy, [this](const QString &jid) { return usesLegacy(jid); },
                              [this](const QXmppMessage &message) { return m_groups.senderOf(message); });
    client->insertExtension(0, m_router);
    client->setEncryptionExtension(m_router);
    connect(&m_legacyStore, &LegacyOmemoStore::errorOccurred, this, &E2eeService::errorOccurred);
    connect(m_legacy, &LegacyOmemoManager::devicesChanged, this, [this](const QString &jid) { noteDevices(jid); });
    m_omemo->setNewDeviceAutoSessionBuildingEnabled(true);
    connect(account, &Account::sessionStarted, this, &E2eeService::onSessionStarted);
    connect(&m_store, &OmemoStore::errorOccurred, this, &E2eeService::errorOccurred);
    connect(&m_trust, &TrustStore::errorOccurred, this, &E2eeService::errorOccurred);
    connect(m_omemo, &QXmppOmemoManager::deviceAdded, this, [this](const QString &jid, uint32_t) { noteDevices(jid); });
    connect(m_omemo, &QXmppOmemoManager::deviceChanged, this, [this](const QString &jid, uint32_t) { noteDevices(jid); });
    connect(m_omemo, &QXmppOmemoManager::deviceRemoved, this, [this](const QString &jid, uint32_t) { noteDevices(jid); });
    connect(m_omemo, &QXmppOmemoManager::devicesRemoved, this, [this](const QString &jid) { noteDevices(jid); });
    connect(m_omemo, &QXmppOmemoManager::trustLevelsChanged, this, [this](const QMultiHash<QString, QByteArray> &keys) {
        for (const QString &jid : keys.uniqueKeys())
            Q_EMIT devicesChanged(jid);
    });
}

E2eeService::~E2eeService()
{
    QXmppClient *client = m_account->client();
    if (client->encryptionExtension() == m_router)
        client->setEncryptionExtension(nullptr);
    client->removeExtension(m_router);
    // The managers hold pointers to the stores, which go with this object.
    client->removeExtension(m_legacy);
    client->removeExtension(m_omemo);
    client->removeExtension(m_atm);
}

void E2eeService::setAccountId(qint64 id, const QString &ownJid)
{
    m_accountId = id;
    m_ownJid = QXmppUtils::jidToBareJid(ownJid);
    m_store.setAccountId(id);
    m_trust.setAccountId(id);
    m_legacyStore.setAccountId(id);
    m_legacy->setOwnJid(m_ownJid);
}

QFuture<DbStatus> E2eeService::load()
{
    auto promise = startedPromise<DbStatus>();
    // The key that opens the private keys first (the keychain may ask the
    // user to unlock it), then the stores. Asked once per account: two
    // first uses at once would each make a key, and the second would lock
    // away what the first sealed.
    if (m_unlockedJid == m_ownJid && m_waitingForKey.isEmpty()) {
        loadStores(promise);
        return promise->future();
    }
    m_waitingForKey << promise;
    if (m_waitingForKey.size() > 1)
        return promise->future();
    const QString jid = m_ownJid;
    KeyVault::unlock(m_secrets, jid, this).then(this, [this, jid](KeyVault::Unlocked unlocked) {
        m_unlockedJid = jid;
        m_protectionNote = unlocked.note;
        m_store.setSeal(unlocked.seal);
        m_legacyStore.setSeal(unlocked.seal);
        for (const auto &waiting : std::exchange(m_waitingForKey, {}))
            loadStores(waiting);
    });
    return promise->future();
}

void E2eeService::loadStores(const std::shared_ptr<QPromise<DbStatus>> &promise)
{
    const qint64 account = m_accountId;
    m_trust.load().then(this, [this, promise, account](DbStatus trust) {
        if (!trust.ok()) {
            fulfil(promise, trust);
            return;
        }
        m_legacyStore.load().then(this, [this, promise, account](DbStatus legacy) {
        if (!legacy.ok()) {
            setLocked(m_legacyStore.locked(), legacy.error);
            fulfil(promise, legacy);
            return;
        }
        m_store.load().then(this, [this, promise, account](DbResult<bool> omemo) {
            if (!omemo.ok()) {
                setLocked(m_store.locked(), omemo.error);
                fulfil(promise, DbStatus::failure(omemo.error));
                return;
            }
            setLocked(false, {});
            // A cache from before sealing (or from a run without a
            // keychain): its keys are written again, sealed.
            if (m_store.hasClearValues() || m_legacyStore.hasClearValues()) {
                qCInfo(lcE2ee) << "sealing the OMEMO keys kept in the clear";
                (void)m_store.resealAll();
                m_legacyStore.resealAll();
            }
            m_hasDevice = omemo.value;
            m_db->run([account](QSqlDatabase &db) -> DbResult<QHash<QString, int>> {
                    QSqlQuery q(db);
                    q.prepare(QStringLiteral("SELECT jid, e2ee FROM chat WHERE account_id = ? AND e2ee <> 0"));
                    q.addBindValue(account);
                    if (!q.exec())
                        return DbResult<QHash<QString, int>>::failure(q.lastError().text());
                    QHash<QString, int> modes;
                    while (q.next())
                        modes.insert(q.value(0).toString(), q.value(1).toInt());
                    return {modes, {}};
                })
                .then(this, [this, promise](DbResult<QHash<QString, int>> modes) {
                    for (auto it = modes.value.cbegin(); it != modes.value.cend(); ++it)
                        m_modes.insert(it.key(), Mode(it.value()));
                    m_loaded = true;
                    if (!m_hasDevice) {
                        fulfil(promise, DbStatus{modes.ok(), modes.error});
                        // Set up on the first session (it publishes).
                        if (Account::hasSession(m_account->client()))
                            start();
                        return;
                    }
                    m_omemo->load().then(this, [this, promise, modes](bool loaded) {
                        if (!loaded)
                            qCWarning(lcE2ee) << "the stored OMEMO device could not be loaded; a new one is set up at the next session";
                        m_hasDevice = loaded;
                        if (loaded) {
                            startLegacy();
                            m_omemo->devices().then(this, [this](QVector<QXmppOmemoDevice> devices) {
                                for (const auto &device : devices)
                                    m_withDevices.insert(device.jid());
                                for (const QString &jid : m_legacyStore.knownJids())
                                    noteDevices(jid);
                                becomeReady();
                            });
                        }
                        if (Account::hasSession(m_account->client()))
                            start();
                        fulfil(promise, DbStatus{modes.ok(), modes.error});
                    });
                });
        });
        });
    });
}

void E2eeService::setLocked(bool locked, const QString &why)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    if (locked) {
        qCWarning(lcE2ee).noquote() << "OMEMO keys locked:" << why;
        Q_EMIT errorOccurred(why);
    }
    Q_EMIT lockedChanged();
}

void E2eeService::onSessionStarted()
{
    if (m_loaded)
        start();
}

void E2eeService::start()
{
    if (m_hasDevice || m_settingUp)
        return;
    // The first session of this account on this device: a device id, an
    // identity key and pre-keys, published in the user's PEP.
    m_settingUp = true;
    m_omemo->setSecurityPolicy(QXmpp::Toakafa).then(this, [this] {
        m_omemo->setUp().then(this, [this](bool done) {
            m_settingUp = false;
            if (!done) {
                qCWarning(lcE2ee) << "OMEMO could not be set up for" << m_ownJid;
                Q_EMIT errorOccurred(tr("End-to-end encryption could not be set up for this device."));
                return;
            }
            m_hasDevice = true;
            qCInfo(lcE2ee) << "OMEMO device" << m_omemo->ownDevice().keyId().toHex().left(16) << "set up for" << m_ownJid;
            // What the user's other clients show for this device.
            m_omemo->changeDeviceLabel(QStringLiteral("Hearth"));
            startLegacy();
            becomeReady();
        });
    });
}

void E2eeService::startLegacy()
{
    // OMEMO 0.3 under the same device id as OMEMO 2: created once, then
    // published at each session.
    // (Today it is done before the service becomes ready; should it finish
    // later, the own key link gains its 0.3 key then, and says so.)
    m_legacy->setUp(m_store.ownDeviceId()).then(this, [this](bool done) {
        if (!done)
            Q_EMIT errorOccurred(tr("Encryption with older clients (OMEMO 0.3) could not be set up for this device."));
        else if (m_ready)
            Q_EMIT ownKeysChanged();
    });
}

QXmppTask<QXmpp::SendResult> E2eeService::sendEncrypted(QXmppMessage &&message)
{
    QXmppClient *client = m_account->client();
    const QString to = QXmppUtils::jidToBareJid(message.to()).toLower();
    // A group's message is one message to the room, encrypted for every
    // member's devices.
    std::optional<QXmppSendStanzaParams> params;
    if (message.type() == QXmppMessage::GroupChat) {
        if (!m_groups.contains(to)) {
            // The room is not (or no longer) private: who would read it is
            // not known, so nothing is sent rather than plaintext.
            QXmppPromise<QXmpp::SendResult> refused;
            refused.finish(QXmppError{tr("%1 is not a private group: its messages cannot be encrypted").arg(to), {}});
            return refused.task();
        }
        const QStringList members = m_groups.members(to);
        params.emplace().setEncryptionJids(QVector<QString>(members.cbegin(), members.cend()));
    }
    if (!usesLegacy(to))
        return client->sendSensitive(std::move(message), params);
    // OMEMO 0.3 keeps the rest of the message as it is (only the body is
    // encrypted), so it is sent whole, not as QXmpp sends an OMEMO 2
    // message (its public part only).
    QXmppPromise<QXmpp::SendResult> promise;
    auto task = promise.task();
    const QStringList recipients = params ? m_groups.members(to) : QStringList();
    m_legacy->encryptMessage(std::move(message), recipients).then(this, [client, promise](QXmppE2eeExtension::MessageEncryptResult result) mutable {
        if (auto *error = std::get_if<QXmppError>(&result)) {
            promise.finish(std::move(*error));
            return;
        }
        client->send(std::move(*std::get<std::unique_ptr<QXmppMessage>>(result))).then(client, [promise](QXmpp::SendResult sent) mutable {
            promise.finish(std::move(sent));
        });
    });
    return task;
}

void E2eeService::setGroupMembers(const QString &roomJid, const QStringList &members)
{
    const bool was = m_groups.contains(roomJid);
    const QStringList before = m_groups.members(roomJid);
    m_groups.set(roomJid, members, m_ownJid);
    // Their devices, so the group's state is known before anything is sent.
    for (const QString &member : m_groups.members(roomJid))
        if (!before.contains(member) && !isAvailable(member))
            refreshDevices(member);
    if (!was || before != m_groups.members(roomJid))
        Q_EMIT modeChanged(roomJid);
}

void E2eeService::forgetGroup(const QString &roomJid)
{
    if (m_groups.remove(roomJid))
        Q_EMIT modeChanged(roomJid);
}

QStringList E2eeService::membersWithoutEncryption(const QString &roomJid) const
{
    QStringList without;
    for (const QString &member : m_groups.members(roomJid))
        if (!isAvailable(member))
            without << member;
    return without;
}

void E2eeService::setOccupantResolver(PrivateGroups::OccupantResolver resolver)
{
    m_groups.setOccupantResolver(std::move(resolver));
}

QFuture<bool> E2eeService::removeOwnDevice(quint32 id)
{
    auto promise = startedPromise<bool>();
    if (!m_ready || id == 0 || id == ownDeviceId()) {
        fulfil(promise, false);
        return promise->future();
    }
    m_legacy->removeOwnDevice(id).then(this, [this, id, promise](bool legacy) {
        removeFromOmemo2List(id).then(this, [this, promise, legacy](bool omemo2) {
            noteDevices(m_ownJid);
            fulfil(promise, legacy || omemo2);
        });
    });
    return promise->future();
}

QFuture<bool> E2eeService::removeFromOmemo2List(quint32 id)
{
    // QXmpp's manager only removes its own device: the list is published
    // here without the other one, with the options QXmpp uses (open
    // access); the manager then hears the new list like any change.
    auto promise = startedPromise<bool>();
    auto *pubsub = m_account->client()->findExtension<QXmppPubSubManager>();
    const QString node = QStringLiteral("urn:xmpp:omemo:2:devices");
    newestPepPayload(pubsub, m_ownJid, node, this).then(this, [this, promise, id, pubsub, node](PepPayload published) {
        QDomElement list = published.element();
        if (list.isNull()) {
            fulfil(promise, false);
            return;
        }
        bool found = false;
        for (QDomElement d = list.firstChildElement(QStringLiteral("device")); !d.isNull();) {
            const QDomElement next = d.nextSiblingElement(QStringLiteral("device"));
            if (d.attribute(QStringLiteral("id")).toUInt() == id) {
                list.removeChild(d);
                found = true;
            }
            d = next;
        }
        if (!found) {
            fulfil(promise, false);
            return;
        }
        QXmppPubSubPublishOptions options;
        options.setAccessModel(QXmppPubSubPublishOptions::Open);
        pubsub->publishOwnPepItem(node, PepItem(QStringLiteral("current"), Xml::outerXml(list)), options)
            .then(this, [promise](QXmppPubSubManager::PublishItemResult published) { fulfil(promise, std::holds_alternative<QString>(published)); });
    });
    return promise->future();
}

void E2eeService::becomeReady()
{
    m_ready = true;
    Q_EMIT readyChanged();
    Q_EMIT ownKeysChanged();
    // What could not be read while getting ready (offline messages come
    // with the login) is repaired now.
    for (const QString &jid : std::exchange(m_repairsWaiting, {}))
        repairSessionsWith(jid);
}

void E2eeService::repairSessionsWith(const QString &jid)
{
    if (jid.isEmpty())
        return;
    if (!m_ready) {
        m_repairsWaiting.insert(jid);
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_lastRepair.value(jid, -60000) < 60000)
        return;
    m_lastRepair.insert(jid, now);
    qCInfo(lcE2ee) << "rebuilding OMEMO 2 sessions with" << jid << "after a message that could not be decrypted";
    m_omemo->buildMissingSessions({jid});
}

bool E2eeService::isAvailable(const QString &jid) const
{
    // A private group: once one member can read it.
    if (m_groups.contains(jid)) {
        const QStringList members = m_groups.members(jid);
        return std::any_of(members.cbegin(), members.cend(), [this](const QString &member) { return isAvailable(member); });
    }
    return m_withDevices.contains(jid) || !m_legacy->devices(jid).isEmpty();
}

bool E2eeService::usesLegacy(const QString &jid) const
{
    if (!m_legacy->isReady())
        return false;
    // A group message is one message: OMEMO 0.3 when any member needs it.
    if (m_groups.contains(jid)) {
        const QStringList members = m_groups.members(jid);
        return std::any_of(members.cbegin(), members.cend(), [this](const QString &member) { return usesLegacy(member); });
    }
    const QList<quint32> legacy = m_legacy->devices(jid);
    if (legacy.isEmpty())
        return false;
    if (!m_withDevices.contains(jid))
        return true;
    const QSet<quint32> both = m_omemo2Ids.value(jid);
    return std::any_of(legacy.cbegin(), legacy.cend(), [&both](quint32 id) { return !both.contains(id); });
}

bool E2eeService::encrypts(const QString &chatJid) const
{
    switch (mode(chatJid)) {
    case Mode::On:
        return true;
    case Mode::Off:
        return false;
    case Mode::Automatic:
        break;
    }
    return isAvailable(chatJid);
}

void E2eeService::setMode(const QString &chatJid, Mode mode)
{
    if (this->mode(chatJid) == mode)
        return;
    m_modes.insert(chatJid, mode);
    m_db->execute(QStringLiteral("INSERT INTO chat (account_id, jid, e2ee) VALUES (?, ?, ?)"
                                 " ON CONFLICT(account_id, jid) DO UPDATE SET e2ee = excluded.e2ee"),
                  {m_accountId, chatJid, int(mode)})
        .then(this, [this](DbStatus status) {
            if (!status.ok())
                Q_EMIT errorOccurred(status.error);
        });
    Q_EMIT modeChanged(chatJid);
}

void E2eeService::refreshDevices(const QString &jid)
{
    if (!m_ready || !Account::hasSession(m_account->client()))
        return;
    m_omemo->requestDeviceLists({jid}).then(this, [this, jid](QVector<QXmppOmemoManager::DevicesResult>) { noteDevices(jid); });
    m_legacy->requestDeviceList(jid);
}

void E2eeService::noteDevices(const QString &jid)
{
    QSet<quint32> ids;
    const auto devices = m_store.devicesOf(jid);
    for (auto it = devices.cbegin(); it != devices.cend(); ++it)
        if (!it->removalFromDeviceListDate.isValid())
            ids.insert(it.key());
    const bool had = isAvailable(jid);
    const bool hadLegacy = usesLegacy(jid);
    m_omemo2Ids.insert(jid, ids);
    if (ids.isEmpty())
        m_withDevices.remove(jid);
    else
        m_withDevices.insert(jid);
    if (had != isAvailable(jid) || hadLegacy != usesLegacy(jid)) {
        Q_EMIT modeChanged(jid);
        for (const QString &group : m_groups.groupsOf(jid))
            Q_EMIT modeChanged(group);
    }
    Q_EMIT devicesChanged(jid);
}

quint32 E2eeService::ownDeviceId() const
{
    // QXmpp names the own device by its key only; the id is in the store.
    return m_store.ownDeviceId();
}

QFuture<QList<E2eeDevice>> E2eeService::devices(const QString &jid)
{
    auto promise = startedPromise<QList<E2eeDevice>>();
    if (!m_ready) {
        fulfil(promise, QList<E2eeDevice>());
        return promise->future();
    }
    const QByteArray ownKey = m_omemo->ownDevice().keyId();
    m_omemo->devices({jid}).then(this, [this, promise, jid, ownKey](QVector<QXmppOmemoDevice> found) {
        QList<E2eeDevice> list;
        if (jid == m_ownJid) {
            E2eeDevice self;
            self.jid = jid;
            self.label = m_omemo->ownDevice().label();
            self.keyId = ownKey;
            self.fingerprint = fingerprint(ownKey);
            self.trust = E2eeDevice::Trust::Verified;
            self.own = true;
            self.id = ownDeviceId();
            list << self;
        }
        for (const auto &d : found) {
            E2eeDevice device;
            device.jid = d.jid();
            device.label = d.label();
            device.keyId = d.keyId();
            device.fingerprint = fingerprint(d.keyId());
            device.trust = trustOf(d.trustLevel());
            list << device;
        }
        // QXmpp names devices by key; their ids are in the storage. A device
        // no longer in its owner's list stays there a while (to read late
        // messages): it is not shown any more.
        const auto stored = m_store.devicesOf(jid);
        QList<E2eeDevice> listed;
        for (E2eeDevice device : list) {
            bool removed = false;
            for (auto it = stored.cbegin(); it != stored.cend(); ++it)
                if (!device.own && !device.keyId.isEmpty() && it->keyId == device.keyId) {
                    device.id = it.key();
                    removed = it->removalFromDeviceListDate.isValid();
                }
            if (!removed)
                listed << device;
        }
        list = listed;
        // The OMEMO 0.3 devices, with their trust from the same storage.
        m_trust.keys(kOmemo03, {jid}).then(this, [this, promise, jid, list](QHash<QString, QHash<QByteArray, QXmpp::TrustLevel>> levels) mutable {
            if (jid == m_ownJid && m_legacy->isReady()) {
                E2eeDevice self;
                self.jid = jid;
                self.id = m_legacy->ownDeviceId();
                self.keyId = m_legacy->ownKeyId();
                self.fingerprint = fingerprint(self.keyId);
                self.trust = E2eeDevice::Trust::Verified;
                self.own = true;
                self.legacy = true;
                list << self;
            }
            const auto keys = m_legacy->identityKeys(jid);
            for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
                E2eeDevice device;
                device.jid = jid;
                device.id = it.key();
                device.keyId = it.value();
                device.fingerprint = fingerprint(it.value());
                device.trust = it.value().isEmpty() ? E2eeDevice::Trust::Unknown
                                                    : trustOf(levels.value(jid).value(it.value(), QXmpp::TrustLevel::Undecided));
                device.legacy = true;
                list << device;
            }
            fulfil(promise, list);
        });
    });
    return promise->future();
}

QFuture<void> E2eeService::setLegacyTrust(const QString &jid, const QByteArray &keyId, E2eeDevice::Trust trust)
{
    QMultiHash<QString, QByteArray> keys;
    keys.insert(jid, keyId);
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    auto changed = [this, jid, promise] {
        Q_EMIT devicesChanged(jid);
        promise->finish();
    };
    switch (trust) {
    case E2eeDevice::Trust::Verified:
        // As with OMEMO 2: once one key of a person is verified, the keys
        // trusted blindly until then are not any more.
        m_trust.setTrustLevel(kOmemo03, keys, QXmpp::TrustLevel::Authenticated).then(this, [this, jid, changed](auto) {
            m_trust.setTrustLevel(kOmemo03, QList<QString>{jid}, QXmpp::TrustLevel::AutomaticallyTrusted, QXmpp::TrustLevel::AutomaticallyDistrusted)
                .then(this, [changed](auto) { changed(); });
        });
        break;
    case E2eeDevice::Trust::Trusted:
        m_trust.setTrustLevel(kOmemo03, keys, QXmpp::TrustLevel::ManuallyTrusted).then(this, [changed](auto) { changed(); });
        break;
    case E2eeDevice::Trust::Distrusted:
        m_trust.setTrustLevel(kOmemo03, keys, QXmpp::TrustLevel::ManuallyDistrusted).then(this, [changed](auto) { changed(); });
        break;
    case E2eeDevice::Trust::Unknown:
        promise->finish();
        break;
    }
    return promise->future();
}

void E2eeService::setTrust(const QString &jid, const QByteArray &keyId, E2eeDevice::Trust trust)
{
    if (!m_ready || keyId.isEmpty())
        return;
    const auto legacyKeys = m_legacy->identityKeys(jid);
    if (legacyKeys.values().contains(keyId)) {
        setLegacyTrust(jid, keyId, trust);
        if (trust == E2eeDevice::Trust::Distrusted)
            distrustOtherVersion(jid, legacyKeys.key(keyId), keyId);
        return;
    }
    if (trust == E2eeDevice::Trust::Distrusted)
        distrustOtherVersion(jid, 0, keyId);
    QMultiHash<QString, QByteArray> keys;
    keys.insert(jid, keyId);
    switch (trust) {
    case E2eeDevice::Trust::Verified:
        // ATM: authenticating a key also tells the user's other devices and
        // the contact's (XEP-0450 trust messages), as Kaidan does.
        m_atm->makeTrustDecisions(kOmemo2, jid, {keyId}).then(this, [this, jid] { Q_EMIT devicesChanged(jid); });
        return;
    case E2eeDevice::Trust::Trusted:
        m_omemo->setTrustLevel(keys, QXmpp::TrustLevel::ManuallyTrusted).then(this, [this, jid] { Q_EMIT devicesChanged(jid); });
        return;
    case E2eeDevice::Trust::Distrusted:
        m_atm->makeTrustDecisions(kOmemo2, jid, {}, {keyId}).then(this, [this, jid] { Q_EMIT devicesChanged(jid); });
        return;
    case E2eeDevice::Trust::Unknown:
        return;
    }
}

void E2eeService::distrustOtherVersion(const QString &jid, quint32 legacyId, const QByteArray &keyId)
{
    // A distrusted device receives nothing, whichever OMEMO a message goes
    // with: its key in the other version (the same device id in both lists)
    // is distrusted too. (Verifying is not carried over: the user compared
    // one fingerprint, not the other.)
    const auto stored = m_store.devicesOf(jid);
    if (legacyId != 0) {
        if (const auto it = stored.constFind(legacyId); it != stored.cend() && !it->keyId.isEmpty())
            m_atm->makeTrustDecisions(kOmemo2, jid, {}, {it->keyId}).then(this, [this, jid] { Q_EMIT devicesChanged(jid); });
        return;
    }
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (it->keyId == keyId)
            if (const QByteArray other = m_legacy->identityKeys(jid).value(it.key()); !other.isEmpty())
                setLegacyTrust(jid, other, E2eeDevice::Trust::Distrusted);
}

QString E2eeService::fingerprint(const QByteArray &keyId)
{
    const QString hex = QString::fromLatin1(keyId.toHex());
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(u' ');
}

QString E2eeService::ownKeyUri() const
{
    if (!m_ready)
        return {};
    // xmpp:user@host?message;omemo2-sid-<device id>=<key in hex> (Kaidan)
    // ;omemo-sid-<device id>=<key> (Conversations' form, the 0.3 key).
    const quint32 id = ownDeviceId();
    const QByteArray key = m_omemo->ownDevice().keyId();
    QString uri = QStringLiteral("xmpp:%1?message;omemo2-sid-%2=%3").arg(m_ownJid).arg(id).arg(QString::fromLatin1(key.toHex()));
    if (m_legacy->isReady())
        uri += QStringLiteral(";omemo-sid-%1=%2").arg(m_legacy->ownDeviceId()).arg(QString::fromLatin1(m_legacy->ownKeyId().toHex()));
    return uri;
}

std::optional<E2eeService::KeyLink> E2eeService::parseKeyLink(const QString &uri)
{
    static const QRegularExpression keyParam(QStringLiteral("^omemo2?-sid-(\\d+)=([0-9a-fA-F]{64})$"));
    const QString trimmed = uri.trimmed();
    const QString rest = trimmed.startsWith(QLatin1String("xmpp:")) ? trimmed.mid(5) : QString();
    const qsizetype query = rest.indexOf(u'?');
    KeyLink link;
    link.jid = QXmppUtils::jidToBareJid(rest.left(query)).toLower();
    if (query > 0)
        for (const QString &part : rest.mid(query + 1).split(u';'))
            if (const auto match = keyParam.match(part); match.hasMatch())
                link.keys << QByteArray::fromHex(match.captured(2).toLatin1());
    if (link.jid.isEmpty() || link.keys.isEmpty())
        return std::nullopt;
    return link;
}

QFuture<bool> E2eeService::verifyUri(const QString &uri)
{
    auto promise = startedPromise<bool>();
    const std::optional<KeyLink> link = parseKeyLink(uri);
    if (!m_ready || !link) {
        fulfil(promise, false);
        return promise->future();
    }
    const QString jid = link->jid;
    const QList<QByteArray> keys = link->keys;
    m_omemo->devices({jid}).then(this, [this, promise, jid, keys](QVector<QXmppOmemoDevice> found) {
        QList<QByteArray> known;
        for (const auto &d : found)
            if (keys.contains(d.keyId()))
                known << d.keyId();
        // Done once every decision is written (the command line prints
        // the devices right after).
        QList<QFuture<void>> legacy;
        for (const QByteArray &key : m_legacy->identityKeys(jid))
            if (!key.isEmpty() && keys.contains(key))
                legacy << setLegacyTrust(jid, key, E2eeDevice::Trust::Verified);
        auto afterLegacy = [this, promise, legacy](bool any) {
            if (legacy.isEmpty()) {
                fulfil(promise, any);
                return;
            }
            auto left = std::make_shared<qsizetype>(legacy.size());
            for (const QFuture<void> &written : legacy)
                QFuture<void>(written).then(this, [promise, left] {
                    if (--*left == 0)
                        fulfil(promise, true);
                });
        };
        if (known.isEmpty()) {
            afterLegacy(false);
            return;
        }
        m_atm->makeTrustDecisions(kOmemo2, jid, known).then(this, [this, jid, afterLegacy] {
            Q_EMIT devicesChanged(jid);
            afterLegacy(true);
        });
    });
    return promise->future();
}

} // namespace Hearth
