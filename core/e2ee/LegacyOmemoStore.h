#pragma once

#include "../db/DbResult.h"
#include "../db/WriteQueue.h"
#include "KeySeal.h"

#include <QFuture>
#include <QHash>
#include <QMap>
#include <QObject>
#include <optional>

struct signal_context;
struct signal_protocol_store_context;

namespace Hearth {

class Database;

// The OMEMO 0.3 state Hearth keeps itself (QXmpp has only OMEMO 2): this
// device's identity and pre-keys, and each contact device's identity key and
// session. libomemo-c reads and writes it in memory through the callbacks
// of storeContext(); each change is queued to the cache's omemo_legacy_*
// tables on the writer thread (one writer keeps them in order; changes made
// while a write is out go together, a device's row in its latest state).
class LegacyOmemoStore : public QObject
{
    Q_OBJECT
public:
    struct Own
    {
        quint32 deviceId = 0;
        quint32 registrationId = 0;
        QByteArray identityPublic;   // serialized (0x05 + 32 bytes)
        QByteArray identityPrivate;  // serialized
        quint32 signedPreKeyId = 0;
        QByteArray signedPreKey;     // libomemo-c's record
        quint32 nextPreKeyId = 1;
    };
    struct Device
    {
        QByteArray identityKey;      // serialized, as the device's bundle and sessions give it
        QByteArray session;          // libomemo-c's record, empty without a session
        bool listed = true;          // in the owner's current device list
    };

    explicit LegacyOmemoStore(Database *db, QObject *parent = nullptr);

    void setAccountId(qint64 id) { m_accountId = id; }
    // Private keys, pre-keys and sessions are written sealed with this.
    void setSeal(const KeySeal &seal) { m_seal = seal; }
    // Fails, loading nothing, when sealed data cannot be opened (locked()).
    QFuture<DbStatus> load();
    [[nodiscard]] bool locked() const { return m_locked; }
    [[nodiscard]] bool hasClearValues() const { return m_clearValues; }
    // Writes everything in memory again, sealed (after a clear load).
    void resealAll();

    [[nodiscard]] const std::optional<Own> &own() const { return m_own; }
    void setOwn(const Own &own);
    [[nodiscard]] const QMap<quint32, QByteArray> &preKeys() const { return m_preKeys; }
    void addPreKeys(const QMap<quint32, QByteArray> &records);

    // A person's devices (listed or once seen), by id.
    [[nodiscard]] QMap<quint32, Device> devices(const QString &jid) const { return m_devices.value(jid); }
    [[nodiscard]] QList<quint32> listedDevices(const QString &jid) const;
    [[nodiscard]] QStringList knownJids() const { return m_devices.keys(); }
    [[nodiscard]] bool hasList(const QString &jid) const { return m_devices.contains(jid); }
    // The owner's current list: devices not in it stay known (their
    // sessions read late messages) but are no longer encrypted for.
    void setDeviceList(const QString &jid, const QList<quint32> &ids);
    // A device's identity key from its bundle, before any session (so its
    // fingerprint can be shown and compared).
    void setIdentityKey(const QString &jid, quint32 id, const QByteArray &key);

    // libomemo-c's view of this store; free with signal_protocol_store_context_destroy.
    signal_protocol_store_context *createContext(signal_context *context);

Q_SIGNALS:
    // A pre-key was used by someone's first message: the bundle needs a new one.
    void preKeyUsed(quint32 id);
    void errorOccurred(const QString &message);

private:
    friend struct LegacyStoreCallbacks;
    void writeDevice(const QString &jid, quint32 id);
    void removePreKey(quint32 id);
    void write(const QString &sql, const QVariantList &bindings);

    [[nodiscard]] QVariantList ownBindings(const Own &own) const;
    [[nodiscard]] QVariantList deviceBindings(const QString &jid, quint32 id) const;

    Database *m_db;
    KeySeal m_seal;
    bool m_locked = false;
    bool m_clearValues = false;
    qint64 m_accountId = 0;
    std::optional<Own> m_own;
    QMap<quint32, QByteArray> m_preKeys;
    QHash<QString, QMap<quint32, Device>> m_devices;
    WriteQueue m_writes; // last: what still waits is made from the members above
};

} // namespace Hearth
