#include "LegacyOmemoStore.h"

#include "../db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <omemo/signal_protocol.h>

namespace Hearth {

namespace {
struct Loaded
{
    std::optional<LegacyOmemoStore::Own> own;
    QMap<quint32, QByteArray> preKeys;
    QHash<QString, QMap<quint32, LegacyOmemoStore::Device>> devices;
    KeySealReader keys; // how many values were in the clear, or could not be opened
};

// What each sealed value is (KeySeal binds it to its place).
constexpr const char *kIdentity = "omemo03.identity";
constexpr const char *kSignedPreKey = "omemo03.signed-pre-key";
constexpr const char *kPreKey = "omemo03.pre-key";
constexpr const char *kSession = "omemo03.session";

const QString kOwnSql = QStringLiteral("INSERT OR REPLACE INTO omemo_legacy_own (account_id, device_id, registration_id, identity_public,"
                                       " identity_private, signed_pre_key_id, signed_pre_key, next_pre_key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
const QString kPreKeySql = QStringLiteral("INSERT OR REPLACE INTO omemo_legacy_pre_key (account_id, key_id, data) VALUES (?, ?, ?)");
const QString kDeviceSql = QStringLiteral("INSERT OR REPLACE INTO omemo_legacy_device (account_id, jid, device_id, identity_key, session, listed)"
                                          " VALUES (?, ?, ?, ?, ?, ?)");

QString nameOf(const signal_protocol_address *address)
{
    return QString::fromUtf8(address->name, qsizetype(address->name_len));
}

signal_buffer *bufferOf(const QByteArray &bytes)
{
    return signal_buffer_create(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
}

QByteArray bytesOf(const uint8_t *data, size_t len)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(len));
}
} // namespace

// libomemo-c's store callbacks, each on the store named by user_data.
struct LegacyStoreCallbacks
{
    static LegacyOmemoStore *of(void *data) { return static_cast<LegacyOmemoStore *>(data); }

    static int loadSession(signal_buffer **record, signal_buffer **, const signal_protocol_address *address, void *data)
    {
        const auto devices = of(data)->m_devices.value(nameOf(address));
        const QByteArray session = devices.value(quint32(address->device_id)).session;
        if (session.isEmpty())
            return 0;
        *record = bufferOf(session);
        return *record ? 1 : SG_ERR_NOMEM;
    }
    static int subDeviceSessions(signal_int_list **sessions, const char *name, size_t len, void *data)
    {
        signal_int_list *list = signal_int_list_alloc();
        if (!list)
            return SG_ERR_NOMEM;
        const auto devices = of(data)->m_devices.value(QString::fromUtf8(name, qsizetype(len)));
        int count = 0;
        for (auto it = devices.cbegin(); it != devices.cend(); ++it)
            if (!it->session.isEmpty()) {
                signal_int_list_push_back(list, int(it.key()));
                ++count;
            }
        *sessions = list;
        return count;
    }
    static int storeSession(const signal_protocol_address *address, uint8_t *record, size_t len, uint8_t *, size_t, void *data)
    {
        auto *store = of(data);
        const QString jid = nameOf(address);
        auto &device = store->m_devices[jid][quint32(address->device_id)];
        device.session = bytesOf(record, len);
        store->writeDevice(jid, quint32(address->device_id));
        return SG_SUCCESS;
    }
    static int containsSession(const signal_protocol_address *address, void *data)
    {
        return of(data)->m_devices.value(nameOf(address)).value(quint32(address->device_id)).session.isEmpty() ? 0 : 1;
    }
    static int deleteSession(const signal_protocol_address *address, void *data)
    {
        auto *store = of(data);
        const QString jid = nameOf(address);
        auto it = store->m_devices.find(jid);
        if (it == store->m_devices.end() || !it->contains(quint32(address->device_id)))
            return 0;
        (*it)[quint32(address->device_id)].session.clear();
        store->writeDevice(jid, quint32(address->device_id));
        return 1;
    }
    static int deleteAllSessions(const char *name, size_t len, void *data)
    {
        auto *store = of(data);
        const QString jid = QString::fromUtf8(name, qsizetype(len));
        int count = 0;
        for (auto it = store->m_devices[jid].begin(); it != store->m_devices[jid].end(); ++it)
            if (!it->session.isEmpty()) {
                it->session.clear();
                store->writeDevice(jid, it.key());
                ++count;
            }
        return count;
    }

    static int loadPreKey(signal_buffer **record, uint32_t id, void *data)
    {
        const QByteArray key = of(data)->m_preKeys.value(id);
        if (key.isEmpty())
            return SG_ERR_INVALID_KEY_ID;
        *record = bufferOf(key);
        return *record ? SG_SUCCESS : SG_ERR_NOMEM;
    }
    static int storePreKey(uint32_t id, uint8_t *record, size_t len, void *data)
    {
        of(data)->addPreKeys({{id, bytesOf(record, len)}});
        return SG_SUCCESS;
    }
    static int containsPreKey(uint32_t id, void *data) { return of(data)->m_preKeys.contains(id) ? 1 : 0; }
    static int removePreKey(uint32_t id, void *data)
    {
        of(data)->removePreKey(id);
        return SG_SUCCESS;
    }

    static int loadSignedPreKey(signal_buffer **record, uint32_t id, void *data)
    {
        const auto &own = of(data)->m_own;
        if (!own || own->signedPreKeyId != id || own->signedPreKey.isEmpty())
            return SG_ERR_INVALID_KEY_ID;
        *record = bufferOf(own->signedPreKey);
        return *record ? SG_SUCCESS : SG_ERR_NOMEM;
    }
    static int storeSignedPreKey(uint32_t id, uint8_t *record, size_t len, void *data)
    {
        auto *store = of(data);
        if (!store->m_own)
            return SG_ERR_UNKNOWN;
        auto own = *store->m_own;
        own.signedPreKeyId = id;
        own.signedPreKey = bytesOf(record, len);
        store->setOwn(own);
        return SG_SUCCESS;
    }
    static int containsSignedPreKey(uint32_t id, void *data)
    {
        const auto &own = of(data)->m_own;
        return own && own->signedPreKeyId == id ? 1 : 0;
    }
    static int removeSignedPreKey(uint32_t, void *) { return SG_SUCCESS; }

    static int identityKeyPair(signal_buffer **publicData, signal_buffer **privateData, void *data)
    {
        const auto &own = of(data)->m_own;
        if (!own)
            return SG_ERR_UNKNOWN;
        *publicData = bufferOf(own->identityPublic);
        *privateData = bufferOf(own->identityPrivate);
        return *publicData && *privateData ? SG_SUCCESS : SG_ERR_NOMEM;
    }
    static int registrationId(void *data, uint32_t *id)
    {
        const auto &own = of(data)->m_own;
        if (!own)
            return SG_ERR_UNKNOWN;
        *id = own->registrationId;
        return SG_SUCCESS;
    }
    static int saveIdentity(const signal_protocol_address *address, uint8_t *key, size_t len, void *data)
    {
        auto *store = of(data);
        const QString jid = nameOf(address);
        store->m_devices[jid][quint32(address->device_id)].identityKey = key ? bytesOf(key, len) : QByteArray();
        store->writeDevice(jid, quint32(address->device_id));
        return SG_SUCCESS;
    }
    // Whom to trust is Hearth's decision when it encrypts (blind trust
    // before verification); here only a device that suddenly shows another
    // identity key than the one it had is refused.
    static int isTrustedIdentity(const signal_protocol_address *address, uint8_t *key, size_t len, void *data)
    {
        const QByteArray known = of(data)->m_devices.value(nameOf(address)).value(quint32(address->device_id)).identityKey;
        return known.isEmpty() || known == bytesOf(key, len) ? 1 : 0;
    }
};

LegacyOmemoStore::LegacyOmemoStore(Database *db, QObject *parent)
    : QObject(parent), m_db(db), m_writes(db)
{
    connect(&m_writes, &WriteQueue::failed, this, &LegacyOmemoStore::errorOccurred);
}

QFuture<DbStatus> LegacyOmemoStore::load()
{
    const qint64 account = m_accountId;
    const KeySeal seal = m_seal;
    return m_db
        ->run([account, seal](QSqlDatabase &db) -> DbResult<Loaded> {
            Loaded loaded;
            loaded.keys = KeySealReader(seal);
            auto open = [&](const QVariant &stored, const char *context) { return loaded.keys.open(stored.toByteArray(), context); };
            QSqlQuery q(db);
            auto select = [&](const char *sql) {
                q.prepare(QString::fromLatin1(sql));
                q.addBindValue(account);
                return q.exec();
            };
            if (!select("SELECT device_id, registration_id, identity_public, identity_private, signed_pre_key_id,"
                        " signed_pre_key, next_pre_key_id FROM omemo_legacy_own WHERE account_id = ?"))
                return DbResult<Loaded>::failure(q.lastError().text());
            if (q.next()) {
                Own own;
                own.deviceId = quint32(q.value(0).toLongLong());
                own.registrationId = quint32(q.value(1).toLongLong());
                own.identityPublic = q.value(2).toByteArray();
                own.identityPrivate = open(q.value(3), kIdentity);
                own.signedPreKeyId = quint32(q.value(4).toLongLong());
                own.signedPreKey = open(q.value(5), kSignedPreKey);
                own.nextPreKeyId = quint32(q.value(6).toLongLong());
                loaded.own = own;
            }
            if (!select("SELECT key_id, data FROM omemo_legacy_pre_key WHERE account_id = ?"))
                return DbResult<Loaded>::failure(q.lastError().text());
            while (q.next())
                loaded.preKeys.insert(quint32(q.value(0).toLongLong()), open(q.value(1), kPreKey));
            if (!select("SELECT jid, device_id, identity_key, session, listed FROM omemo_legacy_device WHERE account_id = ?"))
                return DbResult<Loaded>::failure(q.lastError().text());
            while (q.next()) {
                Device device;
                device.identityKey = q.value(2).toByteArray();
                device.session = open(q.value(3), kSession);
                device.listed = q.value(4).toBool();
                loaded.devices[q.value(0).toString()].insert(quint32(q.value(1).toLongLong()), device);
            }
            return {loaded, {}};
        })
        .then(this, [this](DbResult<Loaded> loaded) {
            if (!loaded.ok())
                return DbStatus::failure(loaded.error);
            m_locked = loaded.value.keys.unopened > 0;
            m_clearValues = m_seal.seals() && loaded.value.keys.clear > 0;
            if (m_locked)
                return DbStatus::failure(
                    tr("The encryption keys in the cache are locked with a key from the system keychain, which could not open them."));
            m_own = loaded.value.own;
            m_preKeys = loaded.value.preKeys;
            m_devices = loaded.value.devices;
            return DbStatus{};
        });
}

void LegacyOmemoStore::setOwn(const Own &own)
{
    m_own = own;
    write(kOwnSql, ownBindings(own));
}

QVariantList LegacyOmemoStore::ownBindings(const Own &own) const
{
    return {m_accountId, qint64(own.deviceId), qint64(own.registrationId), own.identityPublic, m_seal.seal(own.identityPrivate, kIdentity),
            qint64(own.signedPreKeyId), m_seal.seal(own.signedPreKey, kSignedPreKey), qint64(own.nextPreKeyId)};
}

void LegacyOmemoStore::resealAll()
{
    QList<Database::Statement> statements;
    if (m_own)
        statements.append({kOwnSql, ownBindings(*m_own)});
    for (auto it = m_preKeys.cbegin(); it != m_preKeys.cend(); ++it)
        statements.append({kPreKeySql, {m_accountId, qint64(it.key()), m_seal.seal(it.value(), kPreKey)}});
    for (auto jid = m_devices.cbegin(); jid != m_devices.cend(); ++jid)
        for (auto device = jid->cbegin(); device != jid->cend(); ++device)
            statements.append({kDeviceSql, deviceBindings(jid.key(), device.key())});
    m_clearValues = false;
    m_writes.add(statements);
}

void LegacyOmemoStore::addPreKeys(const QMap<quint32, QByteArray> &records)
{
    QList<Database::Statement> statements;
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        m_preKeys.insert(it.key(), it.value());
        statements.append({kPreKeySql, {m_accountId, qint64(it.key()), m_seal.seal(it.value(), kPreKey)}});
    }
    m_writes.add(statements);
}

void LegacyOmemoStore::removePreKey(quint32 id)
{
    if (!m_preKeys.remove(id))
        return;
    write(QStringLiteral("DELETE FROM omemo_legacy_pre_key WHERE account_id = ? AND key_id = ?"), {m_accountId, qint64(id)});
    Q_EMIT preKeyUsed(id);
}

QList<quint32> LegacyOmemoStore::listedDevices(const QString &jid) const
{
    QList<quint32> ids;
    const auto devices = m_devices.value(jid);
    for (auto it = devices.cbegin(); it != devices.cend(); ++it)
        if (it->listed)
            ids << it.key();
    return ids;
}

void LegacyOmemoStore::setDeviceList(const QString &jid, const QList<quint32> &ids)
{
    auto &devices = m_devices[jid];
    for (quint32 id : ids)
        if (!devices.contains(id) || !devices[id].listed) {
            devices[id].listed = true;
            writeDevice(jid, id);
        }
    for (auto it = devices.begin(); it != devices.end(); ++it)
        if (it->listed && !ids.contains(it.key())) {
            it->listed = false;
            writeDevice(jid, it.key());
        }
}

void LegacyOmemoStore::setIdentityKey(const QString &jid, quint32 id, const QByteArray &key)
{
    auto &device = m_devices[jid][id];
    if (device.identityKey == key)
        return;
    device.identityKey = key;
    writeDevice(jid, id);
}

void LegacyOmemoStore::writeDevice(const QString &jid, quint32 id)
{
    // Made (and its session sealed) when its batch leaves, from the state then.
    m_writes.addLatest(jid + u'/' + QString::number(id), [this, jid, id] { return Database::Statement{kDeviceSql, deviceBindings(jid, id)}; });
}

QVariantList LegacyOmemoStore::deviceBindings(const QString &jid, quint32 id) const
{
    const Device device = m_devices.value(jid).value(id);
    return {m_accountId, jid, qint64(id), device.identityKey.isEmpty() ? QVariant() : QVariant(device.identityKey),
            device.session.isEmpty() ? QVariant() : QVariant(m_seal.seal(device.session, kSession)), device.listed ? 1 : 0};
}

void LegacyOmemoStore::write(const QString &sql, const QVariantList &bindings)
{
    m_writes.add({{sql, bindings}});
}

signal_protocol_store_context *LegacyOmemoStore::createContext(signal_context *context)
{
    signal_protocol_store_context *store = nullptr;
    if (signal_protocol_store_context_create(&store, context) < 0)
        return nullptr;
    const signal_protocol_session_store sessions = {
        LegacyStoreCallbacks::loadSession, LegacyStoreCallbacks::subDeviceSessions, LegacyStoreCallbacks::storeSession,
        LegacyStoreCallbacks::containsSession, LegacyStoreCallbacks::deleteSession, LegacyStoreCallbacks::deleteAllSessions,
        nullptr, this};
    const signal_protocol_pre_key_store preKeys = {
        LegacyStoreCallbacks::loadPreKey, LegacyStoreCallbacks::storePreKey, LegacyStoreCallbacks::containsPreKey,
        LegacyStoreCallbacks::removePreKey, nullptr, this};
    const signal_protocol_signed_pre_key_store signedPreKeys = {
        LegacyStoreCallbacks::loadSignedPreKey, LegacyStoreCallbacks::storeSignedPreKey,
        LegacyStoreCallbacks::containsSignedPreKey, LegacyStoreCallbacks::removeSignedPreKey, nullptr, this};
    const signal_protocol_identity_key_store identities = {
        LegacyStoreCallbacks::identityKeyPair, LegacyStoreCallbacks::registrationId, LegacyStoreCallbacks::saveIdentity,
        LegacyStoreCallbacks::isTrustedIdentity, nullptr, this};
    signal_protocol_store_context_set_session_store(store, &sessions);
    signal_protocol_store_context_set_pre_key_store(store, &preKeys);
    signal_protocol_store_context_set_signed_pre_key_store(store, &signedPreKeys);
    signal_protocol_store_context_set_identity_key_store(store, &identities);
    return store;
}

} // namespace Hearth
