#include "KeySeal.h"

#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Hearth {

namespace {
// "Hearth key seal, version 1", then a 12-byte nonce, the ciphertext and
// the 16-byte tag. No key material begins with it by chance: QXmpp's and
// libomemo-c's records are protobuf or raw keys, and a raw key that did
// would still fail to open and be reported, never misread.
const QByteArray kMagic = QByteArrayLiteral("HKS1");
constexpr int kNonce = 12;
constexpr int kTag = 16;

using Context = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}
} // namespace

KeySeal::KeySeal(QByteArray key)
    : m_key(key.size() == kKeySize ? std::move(key) : QByteArray())
{
}

QByteArray KeySeal::newKey()
{
    QByteArray key(kKeySize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), kKeySize) != 1)
        return {};
    return key;
}

bool KeySeal::isSealed(const QByteArray &stored)
{
    return stored.startsWith(kMagic) && stored.size() >= kMagic.size() + kNonce + kTag;
}

QByteArray KeySeal::seal(const QByteArray &plain, const char *context) const
{
    if (!seals() || plain.isEmpty())
        return plain;
    QByteArray nonce(kNonce, '\0');
    Context ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(plain.size(), '\0');
    QByteArray tag(kTag, '\0');
    const QByteArray aad(context);
    int n = 0, last = 0;
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    if (!ctx || RAND_bytes(reinterpret_cast<unsigned char *>(nonce.data()), kNonce) != 1
        || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonce, nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &n, bytes(aad), int(aad.size())) != 1
        || EVP_EncryptUpdate(ctx.get(), dst, &n, bytes(plain), int(plain.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), dst + n, &last) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, kTag, tag.data()) != 1)
        return {}; // never the plain value in place of a sealed one
    return kMagic + nonce + out + tag;
}

std::optional<QByteArray> KeySeal::open(const QByteArray &stored, const char *context) const
{
    if (!stored.startsWith(kMagic))
        return stored; // stored before sealing (or without a keychain)
    if (!seals() || !isSealed(stored))
        return std::nullopt;
    const QByteArray nonce = stored.mid(kMagic.size(), kNonce);
    const QByteArray body = stored.mid(kMagic.size() + kNonce, stored.size() - kMagic.size() - kNonce - kTag);
    QByteArray tag = stored.right(kTag);
    const QByteArray aad(context);
    Context ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    QByteArray out(body.size(), '\0');
    int n = 0, last = 0;
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    if (!ctx || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, kNonce, nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes(m_key), bytes(nonce)) != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &n, bytes(aad), int(aad.size())) != 1
        || EVP_DecryptUpdate(ctx.get(), dst, &n, bytes(body), int(body.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, kTag, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), dst + n, &last) != 1)
        return std::nullopt;
    return out;
}

QByteArray KeySealReader::open(const QByteArray &stored, const char *context)
{
    if (stored.isEmpty())
        return stored;
    if (!KeySeal::isSealed(stored))
        ++clear;
    const auto opened = m_seal.open(stored, context);
    if (!opened)
        ++unopened;
    return opened.value_or(QByteArray());
}

} // namespace Hearth
