#pragma once

#include "../db/DbResult.h"
#include "LegacyOmemoStore.h"
#include "OmemoStore.h"
#include "PrivateGroups.h"
#include "TrustStore.h"

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QXmppSendResult.h>
#include <memory>
#include <optional>

class QXmppAtmManager;
template<typename T>
class QPromise;
class QXmppMessage;
template<typename T>
class QXmppTask;
class QXmppOmemoManager;

namespace Hearth {

class Account;
class Database;
class SecretStore;
class E2eeRouter;
class LegacyOmemoManager;

// One of a person's OMEMO devices as the profile pages show it.
struct E2eeDevice
{
    QString jid;
    quint32 id = 0;
    QString label;
    QByteArray keyId;      // the identity key (empty until its bundle came)
    QString fingerprint;   // the key in hex groups, as the user compares it
    enum class Trust { Unknown, Distrusted, Trusted, Verified } trust = Trust::Unknown;
    bool own = false;      // this device
    bool legacy = false;   // an OMEMO 0.3 device (eu.siacs.conversations.axolotl)
};

// End-to-end encryption of one account (issue 19): QXmpp's OMEMO 2 manager
// with ATM trust on the cache's storage, blind trust before verification
// (QXmpp's TOAKAFA policy: keys are trusted automatically until the user
// verifies one of a person's keys; after that only verified keys are), and
// each conversation's choice. Set up once per account on the first
// session (a device id, an identity key, pre-keys, published with PEP), then
// loaded from the cache before connecting.
class E2eeService : public QObject
{
    Q_OBJECT
public:
    // A conversation's choice: automatic (encrypted once the contact's
    // devices announce OMEMO), on, off.
    enum class Mode { Automatic = 0, On = 1, Off = 2 };
    Q_ENUM(Mode)

    E2eeService(Database *db, Account *account, QObject *parent = nullptr);
    ~E2eeService() override;

    void setAccountId(qint64 id, const QString &ownJid);
    // Where the key that seals the private keys in the cache is kept (the
    // system keychain); none: they are stored unprotected.
    void setSecrets(SecretStore *secrets) { m_secrets = secrets; }
    // Reads the keys, sessions, trust and the conversations' choices from
    // the cache and starts the manager when the account has a device.
    QFuture<DbStatus> load();
    // The cache's keys are sealed and the keychain's key could not open
    // them: nothing is encrypted or decrypted, and no new identity is
    // made over them, until a restart finds the keychain.
    [[nodiscard]] bool isLocked() const { return m_locked; }
    // Why the private keys are not sealed with the keychain's key (empty
    // when they are).
    [[nodiscard]] QString protectionNote() const { return m_protectionNote; }

    // The manager has its device and can encrypt and decrypt.
    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] QXmppOmemoManager *manager() const { return m_omemo; }

    [[nodiscard]] Mode mode(const QString &chatJid) const { return m_modes.value(chatJid, Mode::Automatic); }
    // Whether the contact has announced OMEMO devices (either version).
    [[nodiscard]] bool isAvailable(const QString &jid) const;
    // Whether a message to jid goes with OMEMO 0.3: the contact announces
    // 0.3 devices and not all of them also speak OMEMO 2 (same device id in
    // both lists, as clients that speak both publish them).
    [[nodiscard]] bool usesLegacy(const QString &jid) const;
    // Whether what the user sends to chatJid now goes encrypted.
    [[nodiscard]] bool encrypts(const QString &chatJid) const;
    // The user's choice for a conversation, kept in the cache.
    void setMode(const QString &chatJid, Mode mode);
    // Sends a message encrypted with the version its recipient speaks (the
    // result is a failure, never plaintext, when it cannot be encrypted).
    QXmppTask<QXmpp::SendResult> sendEncrypted(QXmppMessage &&message);
    // Private groups (members-only rooms that show real JIDs): their
    // members, whom the group's messages are encrypted for. A room not
    // named here is not encrypted (sending to it encrypted fails).
    void setGroupMembers(const QString &roomJid, const QStringList &members);
    void forgetGroup(const QString &roomJid);
    [[nodiscard]] bool isPrivateGroup(const QString &roomJid) const { return m_groups.contains(roomJid); }
    [[nodiscard]] QStringList groupMembers(const QString &roomJid) const { return m_groups.members(roomJid); }
    // The members who announce no OMEMO device: they cannot read the group's encrypted messages.
    [[nodiscard]] QStringList membersWithoutEncryption(const QString &roomJid) const;
    // Who an occupant (room@service/nick) is, for decrypting what they
    // send to a group (RoomService knows).
    void setOccupantResolver(PrivateGroups::OccupantResolver resolver);
    // A message from jid could not be decrypted (a broken session, a key
    // exchange naming a pre-key already used by someone else): sessions
    // are built anew with jid's devices that have none, each told with an
    // empty key exchange, so what they send next can be read. At most once
    // a minute per person.
    void repairSessionsWith(const QString &jid);
    // Asks the server for the contact's device list (a contact without a
    // presence subscription sends no updates), so the state is known when a
    // conversation opens.
    void refreshDevices(const QString &jid);

    // Takes one of the user's other devices (an old one, lost or no longer
    // used) out of the user's device lists, both versions: contacts stop
    // encrypting for it. False when no list held it (or it is this device).
    // A device that is still used adds itself back when it next connects.
    QFuture<bool> removeOwnDevice(quint32 id);
    // This device, and every device of the people named (own included).
    QFuture<QList<E2eeDevice>> devices(const QString &jid);
    [[nodiscard]] quint32 ownDeviceId() const;
    [[nodiscard]] LegacyOmemoManager *legacy() const { return m_legacy; }
    // Trusts (Trusted), verifies (Verified, as after comparing the
    // fingerprint or scanning its QR code) or distrusts one key.
    // (The key says which OMEMO version's device it is.)
    void setTrust(const QString &jid, const QByteArray &keyId, E2eeDevice::Trust trust);
    // The xmpp: URI of the user's own keys for a QR code (XEP-0384's
    // ?omemo2-sid-…= form, as Kaidan shows and scans, and the 0.3 key once
    // that is set up); empty before ready. ownKeysChanged says when it changes.
    [[nodiscard]] QString ownKeyUri() const;
    // What an xmpp: key link (a QR code's) names: whose keys, and the keys
    // (both OMEMO versions' sid parameters); nothing when it names no key.
    struct KeyLink {
        QString jid;
        QList<QByteArray> keys;
    };
    [[nodiscard]] static std::optional<KeyLink> parseKeyLink(const QString &uri);
    // Verifies what a scanned or pasted xmpp: URI with keys says.
    // False when it named no key of jid's known devices.
    QFuture<bool> verifyUri(const QString &uri);

    // Fingerprint as shown: the key's hex in groups of eight.
    [[nodiscard]] static QString fingerprint(const QByteArray &keyId);

Q_SIGNALS:
    void readyChanged();
    void lockedChanged();
    // This device's keys changed (ready, or its OMEMO 0.3 key set up after).
    void ownKeysChanged();
    // A person's devices or their trust changed.
    void devicesChanged(const QString &jid);
    void modeChanged(const QString &chatJid);
    void errorOccurred(const QString &message);

private:
    void onSessionStarted();
    void loadStores(const std::shared_ptr<QPromise<DbStatus>> &promise);
    void setLocked(bool locked, const QString &why);
    void start();
    void noteDevices(const QString &jid);
    // Ready to encrypt: said, and the repairs asked for meanwhile done.
    void becomeReady();
    void startLegacy();
    QFuture<bool> removeFromOmemo2List(quint32 id);
    void distrustOtherVersion(const QString &jid, quint32 legacyId, const QByteArray &keyId);
    QFuture<void> setLegacyTrust(const QString &jid, const QByteArray &keyId, E2eeDevice::Trust trust);

    Database *m_db;
    Account *m_account;
    SecretStore *m_secrets = nullptr;
    bool m_locked = false;
    QString m_protectionNote;
    QString m_unlockedJid; // the account whose sealing key the stores have
    QList<std::shared_ptr<QPromise<DbStatus>>> m_waitingForKey;
    OmemoStore m_store;
    TrustStore m_trust;
    QXmppAtmManager *m_atm = nullptr;
    QXmppOmemoManager *m_omemo = nullptr;
    LegacyOmemoStore m_legacyStore;
    LegacyOmemoManager *m_legacy = nullptr;
    E2eeRouter *m_router = nullptr; // a client extension (the client owns it)
    PrivateGroups m_groups;
    qint64 m_accountId = 0;
    QString m_ownJid;
    bool m_loaded = false;     // the cache has been read
    bool m_hasDevice = false;  // ... and held a device of this account
    bool m_settingUp = false;
    bool m_ready = false;
    QHash<QString, Mode> m_modes;
    QSet<QString> m_withDevices;
    QHash<QString, QSet<quint32>> m_omemo2Ids; // the OMEMO 2 device ids each person lists
    QHash<QString, qint64> m_lastRepair; // jid -> when (ms since epoch) sessions were last rebuilt
    QSet<QString> m_repairsWaiting;      // asked for before ready
};

} // namespace Hearth
