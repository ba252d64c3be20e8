#pragma once

#include "LegacyOmemoElements.h"
#include "SignalContext.h"

#include <QByteArray>
#include <QString>
#include <optional>

struct signal_protocol_store_context;

namespace Hearth {

class LegacyOmemoStore;

// The libomemo-c side of OMEMO 0.3: this device's keys, sessions built from
// bundles, and the per-device encryption of a message key. Synchronous and
// free of XMPP; LegacyOmemoManager does the network part.
class LegacyOmemoSessions
{
public:
    static constexpr int kPreKeyCount = 100;

    explicit LegacyOmemoSessions(LegacyOmemoStore *store);
    ~LegacyOmemoSessions();
    LegacyOmemoSessions(const LegacyOmemoSessions &) = delete;
    LegacyOmemoSessions &operator=(const LegacyOmemoSessions &) = delete;

    [[nodiscard]] bool isValid() const { return m_storeContext != nullptr; }

    // A new identity, signed pre-key and pre-keys for this device.
    bool createOwn(quint32 deviceId, QString *error);
    // Tops the pre-keys up to kPreKeyCount after some were used.
    bool refillPreKeys();
    // What this device publishes.
    [[nodiscard]] std::optional<LegacyOmemo::Bundle> ownBundle() const;

    // A session with jid's device from its bundle (a random one of its
    // pre-keys). The error says why not (a bad signature, say).
    bool buildSession(const QString &jid, quint32 deviceId, const LegacyOmemo::Bundle &bundle, QString *error);

    struct SealedKey
    {
        QByteArray data;
        bool preKey = false; // still the session's first (pre-key) message
    };
    std::optional<SealedKey> encryptKey(const QString &jid, quint32 deviceId, const QByteArray &keyMaterial);

    enum class Failure { None, NoSession, Duplicate, Invalid, Untrusted };
    std::optional<QByteArray> decryptKey(const QString &jid, quint32 deviceId, const QByteArray &data, bool preKey, Failure *failure);

    // The identity key as users compare it: its 32 bytes without the
    // serialization's type byte (what Conversations and Dino show).
    static QByteArray keyId(const QByteArray &serializedPublic);

private:
    LegacyOmemoStore *m_store;
    SignalContext m_context;
    signal_protocol_store_context *m_storeContext = nullptr;
};

} // namespace Hearth
