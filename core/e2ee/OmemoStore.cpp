#include "OmemoStore.h"

#include "../Logging.h"
#include "../db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QXmppPromise.h>
#include <QXmppTask.h>

namespace Hearth {

namespace {
struct Loaded
{
    QXmppOmemoStorage::OmemoData data;
    KeySealReader keys; // how many values were in the clear, or could not be opened
};

// What each sealed value is (KeySeal binds it to its place).
constexpr const char *kIdentity = "omemo2.identity";
constexpr const char *kSignedPreKey = "omemo2.signed-pre-key";
constexpr const char *kPreKey = "omemo2.pre-key";
constexpr const char *kSession = "omemo2.session";

QDateTime fromSecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant secs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toSecsSinceEpoch()) : QVariant();
}
} // namespace

OmemoStore::OmemoStore(Database *db, QObject *parent)
    : QObject(parent), m_db(db), m_writes(db)
{
    connect(&m_writes, &WriteQueue::failed, this, [this](const QString &message) {
        qCWarning(lcE2ee) << "OMEMO data not written:" << message;
        Q_EMIT errorOccurred(message);
    });
}

QFuture<DbResult<bool>> OmemoStore::load()
{
    const qint64 account = m_accountId;
    const KeySeal seal = m_seal;
    return m_db
        ->run([account, seal](QSqlDatabase &db) -> DbResult<Loaded> {
            Loaded loaded;
            auto &data = loaded.data;
            loaded.keys = KeySealReader(seal);
            auto open = [&](const QVariant &stored, const char *context) { return loaded.keys.open(stored.toByteArray(), context); };
            QSqlQuery q(db);
            auto select = [&](const char *sql) {
                q.prepare(QString::fromLatin1(sql));
                q.addBindValue(account);
                return q.exec();
            };
            if (!select("SELECT device_id, label, private_identity_key, public_identity_key,"
                        " latest_signed_pre_key_id, latest_pre_key_id FROM omemo_own_device WHERE account_id = ?"))
                return DbResult<Loaded>::failure(q.lastError().text());
            if (q.next()) {
                OwnDevice own;
                own.id = uint32_t(q.value(0).toLongLong());
                own.label = q.value(1).toString();
                own.privateIdentityKey = open(q.value(2), kIdentity);
                own.publicIdentityKey = q.value(3).toByteArray();
                own.latestSignedPreKeyId = uint32_t(q.value(4).toLongLong());
                own.latestPreKeyId = uint32_t(q.value(5).toLongLong());
                data.ownDevice = own;
            }
            if (!select("SELECT key_id, created_at, data FROM omemo_signed_pre_key WHERE account_id = ?"))
                return DbResult<Loaded>::failure(q.lastError().text());
            while (q.next())
                data.signedPreKeyPairs.insert(uint32_t(q.value(0).toLongLong()), {fromSecs(q.value(1)), open(q.value(2), kSignedPreKey)});
            if (!select("SELECT key_id, data FROM omemo_pre_key WHERE account_id = ?"))
                return DbResult<Loaded>::failure(q.lastError().text());
            while (q.next())
                data.preKeyPairs.insert(uint32_t(q.value(0).toLongLong()), open(q.value(1), kPreKey));
            if (!select("SELECT jid, device_id, label, key_id, session, unresponded_sent, unresponded_received, removed_at"
                        " FROM omemo_device WHERE account_id = ?"))
                return DbResult<Loaded>::failure(q.lastError().text());
            while (q.next()) {
                Device device;
                device.label = q.value(2).toString();
                device.keyId = q.value(3).toByteArray();
                device.session = open(q.value(4), kSession);
                device.unrespondedSentStanzasCount = q.value(5).toInt();
                device.unrespondedReceivedStanzasCount = q.value(6).toInt();
                device.removalFromDeviceListDate = fromSecs(q.value(7));
                data.devices[q.value(0).toString()].insert(uint32_t(q.value(1).toLongLong()), device);
            }
            return {loaded, {}};
        })
        .then(this, [this](DbResult<Loaded> loaded) -> DbResult<bool> {
            if (!loaded.ok())
                return DbResult<bool>::failure(loaded.error);
            m_locked = loaded.value.keys.unopened > 0;
            m_open = !m_locked;
            m_clearValues = m_seal.seals() && loaded.value.keys.clear > 0;
            if (m_locked)
                return DbResult<bool>::failure(
                    tr("The encryption keys in the cache are locked with a key from the system keychain, which could not open them."));
            // Into memory through the base class: nothing is written back.
            const auto &data = loaded.value.data;
            QXmppOmemoMemoryStorage::resetAll();
            if (data.ownDevice)
                QXmppOmemoMemoryStorage::setOwnDevice(data.ownDevice);
            m_ownDeviceId = data.ownDevice ? data.ownDevice->id : 0;
            for (auto it = data.signedPreKeyPairs.cbegin(); it != data.signedPreKeyPairs.cend(); ++it)
                QXmppOmemoMemoryStorage::addSignedPreKeyPair(it.key(), it.value());
            QXmppOmemoMemoryStorage::addPreKeyPairs(data.preKeyPairs);
            for (auto jid = data.devices.cbegin(); jid != data.devices.cend(); ++jid)
                for (auto device = jid->cbegin(); device != jid->cend(); ++device)
                    QXmppOmemoMemoryStorage::addDevice(jid.key(), device.key(), device.value());
            qCInfo(lcE2ee) << "OMEMO data loaded:" << (data.ownDevice ? "own device" : "no own device yet")
                           << data.preKeyPairs.size() << "pre-keys," << data.devices.size() << "device owners";
            return {data.ownDevice.has_value(), {}};
        });
}

std::pair<QXmppTask<void>, WriteQueue::Done> OmemoStore::promised()
{
    QXmppPromise<void> promise;
    auto task = promise.task();
    return {std::move(task), [promise](const DbStatus &) mutable { promise.finish(); }};
}

QXmppTask<void> OmemoStore::write(const QList<Statement> &statements)
{
    auto [task, done] = promised();
    if (!m_open) {
        qCDebug(lcE2ee) << "OMEMO data not loaded (or locked): a change left out of the cache";
        done(DbStatus{});
        return std::move(task);
    }
    m_writes.add(statements, std::move(done));
    return std::move(task);
}

QXmppTask<void> OmemoStore::writeDevice(const QString &jid, uint32_t deviceId, const Device &device)
{
    if (!m_open)
        return write({});
    auto [task, done] = promised();
    // Sealed and made into a row once, when its batch leaves.
    m_writes.addLatest(
        jid + u'/' + QString::number(deviceId), [this, jid, deviceId, device] { return deviceStatement(jid, deviceId, device); },
        std::move(done));
    return std::move(task);
}

QXmppTask<void> OmemoStore::setOwnDevice(const std::optional<OwnDevice> &device)
{
    QXmppOmemoMemoryStorage::setOwnDevice(device);
    m_ownDeviceId = device ? device->id : 0;
    if (!device)
        return write({{QStringLiteral("DELETE FROM omemo_own_device WHERE account_id = ?"), {m_accountId}}});
    return write(ownDeviceStatements(*device));
}

QList<OmemoStore::Statement> OmemoStore::ownDeviceStatements(const OwnDevice &device) const
{
    return {{QStringLiteral("INSERT OR REPLACE INTO omemo_own_device (account_id, device_id, label, private_identity_key,"
                            " public_identity_key, latest_signed_pre_key_id, latest_pre_key_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
             {m_accountId, qint64(device.id), device.label, m_seal.seal(device.privateIdentityKey, kIdentity), device.publicIdentityKey,
              qint64(device.latestSignedPreKeyId), qint64(device.latestPreKeyId)}}};
}

OmemoStore::Statement OmemoStore::signedPreKeyStatement(uint32_t keyId, const SignedPreKeyPair &keyPair) const
{
    return {QStringLiteral("INSERT OR REPLACE INTO omemo_signed_pre_key (account_id, key_id, created_at, data) VALUES (?, ?, ?, ?)"),
            {m_accountId, qint64(keyId), secs(keyPair.creationDate).toLongLong(), m_seal.seal(keyPair.data, kSignedPreKey)}};
}

OmemoStore::Statement OmemoStore::preKeyStatement(uint32_t keyId, const QByteArray &keyPair) const
{
    return {QStringLiteral("INSERT OR REPLACE INTO omemo_pre_key (account_id, key_id, data) VALUES (?, ?, ?)"),
            {m_accountId, qint64(keyId), m_seal.seal(keyPair, kPreKey)}};
}

OmemoStore::Statement OmemoStore::deviceStatement(const QString &jid, uint32_t deviceId, const Device &device) const
{
    return {QStringLiteral("INSERT OR REPLACE INTO omemo_device (account_id, jid, device_id, label, key_id, session,"
                           " unresponded_sent, unresponded_received, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m_accountId, jid, qint64(deviceId), device.label, device.keyId, m_seal.seal(device.session, kSession),
             device.unrespondedSentStanzasCount, device.unrespondedReceivedStanzasCount, secs(device.removalFromDeviceListDate)}};
}

QHash<uint32_t, OmemoStore::Device> OmemoStore::devicesOf(const QString &jid)
{
    // The memory storage answers at once; its data is shared, not copied.
    return QXmppOmemoMemoryStorage::allData().takeResult().devices.value(jid);
}

QXmppTask<void> OmemoStore::resealAll()
{
    // Only what this store wrote: QXmpp's memory holds it all.
    const OmemoData data = QXmppOmemoMemoryStorage::allData().takeResult();
    QList<Statement> statements;
    if (data.ownDevice)
        statements += ownDeviceStatements(*data.ownDevice);
    for (auto it = data.signedPreKeyPairs.cbegin(); it != data.signedPreKeyPairs.cend(); ++it)
        statements.append(signedPreKeyStatement(it.key(), it.value()));
    for (auto it = data.preKeyPairs.cbegin(); it != data.preKeyPairs.cend(); ++it)
        statements.append(preKeyStatement(it.key(), it.value()));
    for (auto jid = data.devices.cbegin(); jid != data.devices.cend(); ++jid)
        for (auto device = jid->cbegin(); device != jid->cend(); ++device)
            statements.append(deviceStatement(jid.key(), device.key(), device.value()));
    m_clearValues = false;
    return write(statements);
}

QXmppTask<void> OmemoStore::addSignedPreKeyPair(uint32_t keyId, const SignedPreKeyPair &keyPair)
{
    QXmppOmemoMemoryStorage::addSignedPreKeyPair(keyId, keyPair);
    return write({signedPreKeyStatement(keyId, keyPair)});
}

QXmppTask<void> OmemoStore::removeSignedPreKeyPair(uint32_t keyId)
{
    QXmppOmemoMemoryStorage::removeSignedPreKeyPair(keyId);
    return write({{QStringLiteral("DELETE FROM omemo_signed_pre_key WHERE account_id = ? AND key_id = ?"), {m_accountId, qint64(keyId)}}});
}

QXmppTask<void> OmemoStore::addPreKeyPairs(const QHash<uint32_t, QByteArray> &keyPairs)
{
    QXmppOmemoMemoryStorage::addPreKeyPairs(keyPairs);
    QList<Statement> statements;
    statements.reserve(keyPairs.size());
    for (auto it = keyPairs.cbegin(); it != keyPairs.cend(); ++it)
        statements.append(preKeyStatement(it.key(), it.value()));
    return write(statements);
}

QXmppTask<void> OmemoStore::removePreKeyPair(uint32_t keyId)
{
    QXmppOmemoMemoryStorage::removePreKeyPair(keyId);
    return write({{QStringLiteral("DELETE FROM omemo_pre_key WHERE account_id = ? AND key_id = ?"), {m_accountId, qint64(keyId)}}});
}

QXmppTask<void> OmemoStore::addDevice(const QString &jid, uint32_t deviceId, const Device &device)
{
    QXmppOmemoMemoryStorage::addDevice(jid, deviceId, device);
    return writeDevice(jid, deviceId, device);
}

QXmppTask<void> OmemoStore::removeDevice(const QString &jid, uint32_t deviceId)
{
    QXmppOmemoMemoryStorage::removeDevice(jid, deviceId);
    return write({{QStringLiteral("DELETE FROM omemo_device WHERE account_id = ? AND jid = ? AND device_id = ?"),
                   {m_accountId, jid, qint64(deviceId)}}});
}

QXmppTask<void> OmemoStore::removeDevices(const QString &jid)
{
    QXmppOmemoMemoryStorage::removeDevices(jid);
    return write({{QStringLiteral("DELETE FROM omemo_device WHERE account_id = ? AND jid = ?"), {m_accountId, jid}}});
}

QXmppTask<void> OmemoStore::resetAll()
{
    QXmppOmemoMemoryStorage::resetAll();
    QList<Statement> statements;
    for (const char *table : {"omemo_own_device", "omemo_signed_pre_key", "omemo_pre_key", "omemo_device"})
        statements.append({QStringLiteral("DELETE FROM %1 WHERE account_id = ?").arg(QLatin1String(table)), {m_accountId}});
    return write(statements);
}

} // namespace Hearth
