#include "SignalContext.h"

#include "../Logging.h"

#include <memory>
#include <omemo/signal_protocol.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace Hearth {

namespace {

int randomFunc(uint8_t *data, size_t len, void *)
{
    return RAND_bytes(data, int(len)) == 1 ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

// HMAC-SHA256 as an EVP signing digest (OpenSSL 1.1.1 and 3 alike).
int hmacInit(void **context, const uint8_t *key, size_t keyLen, void *)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY *pkey = EVP_PKEY_new_raw_private_key(EVP_PKEY_HMAC, nullptr, key, keyLen);
    if (!ctx || !pkey || EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, pkey) != 1) {
        EVP_PKEY_free(pkey);
        EVP_MD_CTX_free(ctx);
        return SG_ERR_UNKNOWN;
    }
    EVP_PKEY_free(pkey); // the context holds its own reference
    *context = ctx;
    return SG_SUCCESS;
}

int hmacUpdate(void *context, const uint8_t *data, size_t len, void *)
{
    return EVP_DigestSignUpdate(static_cast<EVP_MD_CTX *>(context), data, len) == 1 ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

int hmacFinal(void *context, signal_buffer **output, void *)
{
    uint8_t mac[EVP_MAX_MD_SIZE];
    size_t len = sizeof mac;
    if (EVP_DigestSignFinal(static_cast<EVP_MD_CTX *>(context), mac, &len) != 1)
        return SG_ERR_UNKNOWN;
    *output = signal_buffer_create(mac, len);
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

void hmacCleanup(void *context, void *)
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(context));
}

int shaInit(void **context, void *)
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha512(), nullptr) != 1) {
        EVP_MD_CTX_free(ctx);
        return SG_ERR_UNKNOWN;
    }
    *context = ctx;
    return SG_SUCCESS;
}

int shaUpdate(void *context, const uint8_t *data, size_t len, void *)
{
    return EVP_DigestUpdate(static_cast<EVP_MD_CTX *>(context), data, len) == 1 ? SG_SUCCESS : SG_ERR_UNKNOWN;
}

int shaFinal(void *context, signal_buffer **output, void *)
{
    auto *ctx = static_cast<EVP_MD_CTX *>(context);
    uint8_t digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    // Final, then ready for the next digest (as libomemo-c expects).
    if (EVP_DigestFinal_ex(ctx, digest, &len) != 1 || EVP_DigestInit_ex(ctx, EVP_sha512(), nullptr) != 1)
        return SG_ERR_UNKNOWN;
    *output = signal_buffer_create(digest, len);
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

void shaCleanup(void *context, void *)
{
    EVP_MD_CTX_free(static_cast<EVP_MD_CTX *>(context));
}

const EVP_CIPHER *aesCipher(int cipher, size_t keyLen)
{
    const bool cbc = cipher == SG_CIPHER_AES_CBC_PKCS5;
    if (cipher != SG_CIPHER_AES_CBC_PKCS5 && cipher != SG_CIPHER_AES_CTR_NOPADDING)
        return nullptr;
    switch (keyLen) {
    case 16:
        return cbc ? EVP_aes_128_cbc() : EVP_aes_128_ctr();
    case 24:
        return cbc ? EVP_aes_192_cbc() : EVP_aes_192_ctr();
    case 32:
        return cbc ? EVP_aes_256_cbc() : EVP_aes_256_ctr();
    default:
        return nullptr;
    }
}

int aes(bool encrypt, signal_buffer **output, int cipher, const uint8_t *key, size_t keyLen,
        const uint8_t *iv, size_t ivLen, const uint8_t *input, size_t inputLen)
{
    const EVP_CIPHER *type = aesCipher(cipher, keyLen);
    if (!type || ivLen != 16)
        return SG_ERR_UNKNOWN;
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    if (!ctx || EVP_CipherInit_ex(ctx.get(), type, nullptr, key, iv, encrypt ? 1 : 0) != 1)
        return SG_ERR_UNKNOWN;
    QByteArray out(int(inputLen) + EVP_CIPHER_block_size(type) + 16, Qt::Uninitialized);
    int written = 0;
    int last = 0;
    auto *dst = reinterpret_cast<unsigned char *>(out.data());
    if (EVP_CipherUpdate(ctx.get(), dst, &written, input, int(inputLen)) != 1
        || EVP_CipherFinal_ex(ctx.get(), dst + written, &last) != 1)
        return SG_ERR_UNKNOWN;
    *output = signal_buffer_create(dst, size_t(written + last));
    return *output ? SG_SUCCESS : SG_ERR_NOMEM;
}

int encryptFunc(signal_buffer **output, int cipher, const uint8_t *key, size_t keyLen, const uint8_t *iv, size_t ivLen,
                const uint8_t *plaintext, size_t len, void *)
{
    return aes(true, output, cipher, key, keyLen, iv, ivLen, plaintext, len);
}

int decryptFunc(signal_buffer **output, int cipher, const uint8_t *key, size_t keyLen, const uint8_t *iv, size_t ivLen,
                const uint8_t *ciphertext, size_t len, void *)
{
    return aes(false, output, cipher, key, keyLen, iv, ivLen, ciphertext, len);
}

const signal_crypto_provider kProvider = {
    randomFunc,
    hmacInit, hmacUpdate, hmacFinal, hmacCleanup,
    shaInit, shaUpdate, shaFinal, shaCleanup,
    encryptFunc, decryptFunc,
    nullptr,
};

} // namespace

SignalContext::SignalContext()
{
    if (signal_context_create(&m_context, nullptr) < 0 || signal_context_set_crypto_provider(m_context, &kProvider) < 0) {
        qCWarning(lcE2ee) << "libomemo-c's context could not be created";
        if (m_context)
            signal_context_destroy(m_context);
        m_context = nullptr;
    }
}

SignalContext::~SignalContext()
{
    if (m_context)
        signal_context_destroy(m_context);
}

QByteArray SignalContext::randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), size) != 1)
        return {};
    return bytes;
}

std::optional<SignalContext::Sealed> SignalContext::aesGcmEncrypt(const QByteArray &key, const QByteArray &iv, const QByteArray &plaintext)
{
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    if (key.size() != 16 || !ctx
        || EVP_EncryptInit_ex(ctx.get(), EVP_aes_128_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(iv.constData())) != 1)
        return std::nullopt;
    Sealed sealed;
    sealed.ciphertext.resize(plaintext.size() + 16);
    int written = 0;
    int last = 0;
    auto *dst = reinterpret_cast<unsigned char *>(sealed.ciphertext.data());
    if (EVP_EncryptUpdate(ctx.get(), dst, &written, reinterpret_cast<const unsigned char *>(plaintext.constData()), int(plaintext.size())) != 1
        || EVP_EncryptFinal_ex(ctx.get(), dst + written, &last) != 1)
        return std::nullopt;
    sealed.ciphertext.resize(written + last);
    sealed.tag.resize(16);
    if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, sealed.tag.data()) != 1)
        return std::nullopt;
    return sealed;
}

std::optional<QByteArray> SignalContext::aesGcmDecrypt(const QByteArray &key, const QByteArray &iv,
                                                       const QByteArray &ciphertext, const QByteArray &tag)
{
    std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    if (key.size() != 16 || iv.isEmpty() || tag.size() < 12 || tag.size() > 16 || !ctx
        || EVP_DecryptInit_ex(ctx.get(), EVP_aes_128_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) != 1
        || EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, reinterpret_cast<const unsigned char *>(key.constData()),
                              reinterpret_cast<const unsigned char *>(iv.constData())) != 1)
        return std::nullopt;
    QByteArray plain(ciphertext.size() + 16, Qt::Uninitialized);
    int written = 0;
    int last = 0;
    auto *dst = reinterpret_cast<unsigned char *>(plain.data());
    QByteArray tagCopy = tag;
    if (EVP_DecryptUpdate(ctx.get(), dst, &written, reinterpret_cast<const unsigned char *>(ciphertext.constData()), int(ciphertext.size())) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, int(tagCopy.size()), tagCopy.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), dst + written, &last) != 1)
        return std::nullopt;
    plain.resize(written + last);
    return plain;
}

} // namespace Hearth
