#include "EncryptedFile.h"

#include <QFile>
#include <QObject>
#include <memory>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace Hearth::EncryptedFile {

namespace {
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherContext newContext()
{
    return CipherContext(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

bool init(EVP_CIPHER_CTX *ctx, bool encrypt, const QByteArray &iv, const QByteArray &key)
{
    return EVP_CipherInit_ex(ctx, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) == 1
        && EVP_CIPHER_CTX_ctrl(ctx, EVP_CTRL_GCM_SET_IVLEN, int(iv.size()), nullptr) == 1
        && EVP_CipherInit_ex(ctx, nullptr, nullptr, bytes(key), bytes(iv), encrypt ? 1 : 0) == 1;
}
} // namespace

bool isLink(const QString &url)
{
    return url.startsWith(QLatin1String("aesgcm://"), Qt::CaseInsensitive);
}

std::optional<Link> parse(const QString &url)
{
    if (!isLink(url))
        return std::nullopt;
    QUrl https(url.trimmed(), QUrl::StrictMode);
    const QString fragment = https.fragment(QUrl::FullyEncoded);
    // IV (12 or 16 bytes) then the 32-byte key, in hex.
    if (!https.isValid() || https.host().isEmpty() || (fragment.size() != 88 && fragment.size() != 96))
        return std::nullopt;
    const QByteArray secret = QByteArray::fromHex(fragment.toLatin1());
    if (secret.size() * 2 != fragment.size())
        return std::nullopt;
    Link link;
    link.iv = secret.left(secret.size() - 32);
    link.key = secret.right(32);
    https.setScheme(QStringLiteral("https"));
    https.setFragment(QString());
    link.https = https;
    return link;
}

QString linkFor(const QUrl &https, const QByteArray &iv, const QByteArray &key)
{
    QUrl link = https;
    link.setScheme(QStringLiteral("aesgcm"));
    link.setFragment(QString::fromLatin1((iv + key).toHex()));
    return link.toString(QUrl::FullyEncoded);
}

Sealed encryptFile(const QString &source, const QString &target)
{
    Sealed sealed;
    QFile in(source);
    QFile out(target);
    if (!in.open(QIODevice::ReadOnly)) {
        sealed.error = QObject::tr("%1 cannot be read: %2").arg(source, in.errorString());
        return sealed;
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        sealed.error = QObject::tr("No room to prepare the encrypted file: %1").arg(out.errorString());
        return sealed;
    }
    sealed.iv = QByteArray(12, Qt::Uninitialized);
    sealed.key = QByteArray(32, Qt::Uninitialized);
    auto ctx = newContext();
    if (RAND_bytes(reinterpret_cast<unsigned char *>(sealed.iv.data()), 12) != 1
        || RAND_bytes(reinterpret_cast<unsigned char *>(sealed.key.data()), 32) != 1 || !ctx
        || !init(ctx.get(), true, sealed.iv, sealed.key)) {
        sealed.error = QObject::tr("The file could not be encrypted.");
        return sealed;
    }
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    QByteArray encrypted(chunk.size() + 32, Qt::Uninitialized);
    auto *dst = reinterpret_cast<unsigned char *>(encrypted.data());
    while (!in.atEnd()) {
        const qint64 n = in.read(chunk.data(), chunk.size());
        int written = 0;
        if (n < 0 || EVP_EncryptUpdate(ctx.get(), dst, &written, bytes(chunk), int(n)) != 1
            || out.write(encrypted.constData(), written) != written) {
            sealed.error = QObject::tr("The file could not be encrypted: %1").arg(n < 0 ? in.errorString() : out.errorString());
            return sealed;
        }
    }
    int last = 0;
    QByteArray tag(16, Qt::Uninitialized);
    if (EVP_EncryptFinal_ex(ctx.get(), dst, &last) != 1 || out.write(encrypted.constData(), last) != last
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, 16, tag.data()) != 1 || out.write(tag) != 16 || !out.flush()) {
        sealed.error = QObject::tr("The file could not be encrypted: %1").arg(out.errorString());
        return sealed;
    }
    sealed.size = out.size();
    return sealed;
}

std::optional<QByteArray> decrypt(const QByteArray &data, const QByteArray &iv, const QByteArray &key)
{
    if (data.size() < 16 || key.size() != 32 || iv.isEmpty())
        return std::nullopt;
    auto ctx = newContext();
    if (!ctx || !init(ctx.get(), false, iv, key))
        return std::nullopt;
    const qsizetype length = data.size() - 16;
    QByteArray plain(length + 16, Qt::Uninitialized);
    QByteArray tag = data.right(16);
    int written = 0;
    int last = 0;
    auto *dst = reinterpret_cast<unsigned char *>(plain.data());
    if (EVP_DecryptUpdate(ctx.get(), dst, &written, bytes(data), int(length)) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, 16, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), dst + written, &last) != 1)
        return std::nullopt;
    plain.resize(written + last);
    return plain;
}

} // namespace Hearth::EncryptedFile
