#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace Hearth {

// OMEMO key material at rest (private keys, pre-keys, sessions): sealed
// with AES-256-GCM under a per-account key that lives in the system
// keychain, so a copy of the cache alone reveals no private key. Each
// value is bound to what it is (the context, as associated data), so one
// sealed value cannot stand in for another. Without a key (no keychain:
// --no-keychain, a headless machine) values pass through unchanged, and a
// value stored before sealing began is read as it was.
class KeySeal
{
public:
    KeySeal() = default;
    explicit KeySeal(QByteArray key);

    static constexpr int kKeySize = 32;
    [[nodiscard]] static QByteArray newKey();
    // Whether a stored value is sealed (whatever the key).
    [[nodiscard]] static bool isSealed(const QByteArray &stored);

    [[nodiscard]] bool seals() const { return !m_key.isEmpty(); }
    // The value to store: sealed when there is a key, else plain.
    [[nodiscard]] QByteArray seal(const QByteArray &plain, const char *context) const;
    // The value read back; nothing when it is sealed and this key cannot
    // open it (no key, another key, altered, another context).
    [[nodiscard]] std::optional<QByteArray> open(const QByteArray &stored, const char *context) const;

private:
    QByteArray m_key;
};

// Opens a store's values one after another as it loads, counting those
// kept in the clear and those this key cannot open (which read as empty:
// the store then refuses to load).
class KeySealReader
{
public:
    KeySealReader() = default;
    explicit KeySealReader(KeySeal seal) : m_seal(std::move(seal)) {}
    QByteArray open(const QByteArray &stored, const char *context);
    int clear = 0;
    int unopened = 0;

private:
    KeySeal m_seal;
};

} // namespace Hearth
