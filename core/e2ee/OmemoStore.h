#pragma once

#include "../db/DbResult.h"
#include "../db/WriteQueue.h"
#include "KeySeal.h"

#include <QFuture>
#include <QObject>
#include <QXmppOmemoMemoryStorage.h>

namespace Hearth {

class Database;

// QXmpp's OMEMO storage kept in the profile's cache: QXmpp reads and writes
// it in memory (QXmppOmemoMemoryStorage), and every change is written to the
// cache's omemo_* tables on the writer thread before QXmpp hears it is done.
// load() fills the memory from the cache before the manager loads; nothing
// outside these tables ever holds key material. Until a load succeeds (and
// while the cache is locked) nothing is written: QXmpp handles device list
// notifications before its manager is loaded, and would write over the stored
// sessions rows made from an empty memory.
class OmemoStore : public QObject, public QXmppOmemoMemoryStorage
{
    Q_OBJECT
public:
    explicit OmemoStore(Database *db, QObject *parent = nullptr);

    void setAccountId(qint64 id) { m_accountId = id; }
    // Private keys, pre-keys and sessions are written sealed with this
    // (KeySeal: the keychain's key), and read back through it.
    void setSeal(const KeySeal &seal) { m_seal = seal; }
    // Reads the account's OMEMO data from the cache into memory. True when
    // there was an own device (the manager can load), false for a first run.
    // Fails, loading nothing, when sealed data cannot be opened (locked()).
    QFuture<DbResult<bool>> load();
    // The last load found sealed data it could not open.
    [[nodiscard]] bool locked() const { return m_locked; }
    // The last load found key material stored in the clear while sealing.
    [[nodiscard]] bool hasClearValues() const { return m_clearValues; }
    // Writes everything in memory again, sealed (after a clear load).
    QXmppTask<void> resealAll();
    // This device's OMEMO id (0 before it is set up).
    [[nodiscard]] quint32 ownDeviceId() const { return m_ownDeviceId; }
    // One person's devices as QXmpp keeps them, by id (from memory, at once;
    // removed ones too, with their removal date).
    [[nodiscard]] QHash<uint32_t, Device> devicesOf(const QString &jid);

    QXmppTask<void> setOwnDevice(const std::optional<OwnDevice> &device) override;
    QXmppTask<void> addSignedPreKeyPair(uint32_t keyId, const SignedPreKeyPair &keyPair) override;
    QXmppTask<void> removeSignedPreKeyPair(uint32_t keyId) override;
    QXmppTask<void> addPreKeyPairs(const QHash<uint32_t, QByteArray> &keyPairs) override;
    QXmppTask<void> removePreKeyPair(uint32_t keyId) override;
    QXmppTask<void> addDevice(const QString &jid, uint32_t deviceId, const Device &device) override;
    QXmppTask<void> removeDevice(const QString &jid, uint32_t deviceId) override;
    QXmppTask<void> removeDevices(const QString &jid) override;
    QXmppTask<void> resetAll() override;

Q_SIGNALS:
    // A write failed: QXmpp's state in memory is ahead of the cache.
    void errorOccurred(const QString &message);

private:
    using Statement = WriteQueue::Statement;
    // Writes the statements (in one transaction, or in one with others that
    // waited: WriteQueue); the task finishes after.
    QXmppTask<void> write(const QList<Statement> &statements);
    // A device's row, written like write(); while it waits, a newer state
    // of the same device takes its place (only the latest matters).
    QXmppTask<void> writeDevice(const QString &jid, uint32_t deviceId, const Device &device);
    // A task for QXmpp, and what finishes it once the write is done.
    static std::pair<QXmppTask<void>, WriteQueue::Done> promised();

    [[nodiscard]] QList<Statement> ownDeviceStatements(const OwnDevice &device) const;
    [[nodiscard]] Statement signedPreKeyStatement(uint32_t keyId, const SignedPreKeyPair &keyPair) const;
    [[nodiscard]] Statement preKeyStatement(uint32_t keyId, const QByteArray &keyPair) const;
    [[nodiscard]] Statement deviceStatement(const QString &jid, uint32_t deviceId, const Device &device) const;

    Database *m_db;
    KeySeal m_seal;
    bool m_locked = false;
    bool m_open = false; // loaded, not locked: writes go to the cache
    bool m_clearValues = false;
    qint64 m_accountId = 0;
    quint32 m_ownDeviceId = 0;
    WriteQueue m_writes; // last: what still waits is made from the members above
};

} // namespace Hearth
