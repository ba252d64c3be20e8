#pragma once

#include <QByteArray>
#include <optional>

struct signal_context;

namespace Hearth {

// libomemo-c's global context with its cryptography (random numbers,
// HMAC-SHA256, SHA-512, AES-CTR/CBC) done by OpenSSL, for the OMEMO 0.3
// sessions Hearth runs itself (QXmpp's OMEMO 2 manager has its own).
class SignalContext
{
public:
    SignalContext();
    ~SignalContext();
    SignalContext(const SignalContext &) = delete;
    SignalContext &operator=(const SignalContext &) = delete;

    [[nodiscard]] signal_context *get() const { return m_context; }
    [[nodiscard]] bool isValid() const { return m_context != nullptr; }

    static QByteArray randomBytes(int size);

    // OMEMO 0.3's payload cipher: AES-128-GCM with a 12-byte IV and a
    // 16-byte tag. Encrypting gives the ciphertext and the tag apart (the
    // tag travels with the key, not the payload).
    struct Sealed
    {
        QByteArray ciphertext;
        QByteArray tag;
    };
    static std::optional<Sealed> aesGcmEncrypt(const QByteArray &key, const QByteArray &iv, const QByteArray &plaintext);
    // Empty optional when the tag does not match (tampered or wrong key).
    static std::optional<QByteArray> aesGcmDecrypt(const QByteArray &key, const QByteArray &iv,
                                                   const QByteArray &ciphertext, const QByteArray &tag);

private:
    signal_context *m_context = nullptr;
};

} // namespace Hearth
