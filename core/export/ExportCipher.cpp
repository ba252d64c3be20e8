#include "ExportCipher.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <sodium.h>

#include <vector>

namespace Hearth {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::ExportCipher", text);
}

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

// Refused above these: a file may ask for at most 1 GiB and 20 passes.
constexpr quint64 kMaxMemLimit = quint64(1) << 30;
constexpr quint64 kMaxOpsLimit = 20;

bool deriveKey(const QString &passphrase, const ExportCipher::Params &params, unsigned char *key, QString *error)
{
    const QByteArray secret = passphrase.toUtf8();
    if (crypto_pwhash(key, crypto_secretstream_xchacha20poly1305_KEYBYTES, secret.constData(), quint64(secret.size()),
                      reinterpret_cast<const unsigned char *>(params.salt.constData()), params.opsLimit, size_t(params.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        *error = QCoreApplication::translate("Hearth::ExportCipher", "not enough memory to derive the key from the passphrase");
        return false;
    }
    return true;
}
} // namespace

QJsonObject ExportCipher::Params::toJson() const
{
    return {{QStringLiteral("scheme"), QLatin1String(kScheme)},
            {QStringLiteral("kdf"), QLatin1String(kKdf)},
            {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
            {QStringLiteral("opslimit"), qint64(opsLimit)},
            {QStringLiteral("memlimit"), qint64(memLimit)},
            {QStringLiteral("chunk"), chunk}};
}

bool ExportCipher::Params::fromJson(const QJsonObject &json, Params *params, QString *error)
{
    if (json.value(QStringLiteral("scheme")).toString() != QLatin1String(kScheme)
        || json.value(QStringLiteral("kdf")).toString() != QLatin1String(kKdf)) {
        *error = QCoreApplication::translate("Hearth::ExportCipher::Params", "the archive is encrypted in a way this Hearth does not know (%1, %2)")
                     .arg(json.value(QStringLiteral("scheme")).toString(), json.value(QStringLiteral("kdf")).toString());
        return false;
    }
    Params p;
    p.salt = QByteArray::fromBase64(json.value(QStringLiteral("salt")).toString().toLatin1());
    const double ops = json.value(QStringLiteral("opslimit")).toDouble(-1);
    const double mem = json.value(QStringLiteral("memlimit")).toDouble(-1);
    const int chunk = json.value(QStringLiteral("chunk")).toInt(-1);
    if (p.salt.size() != crypto_pwhash_SALTBYTES || ops < crypto_pwhash_OPSLIMIT_MIN || ops > double(kMaxOpsLimit)
        || mem < crypto_pwhash_MEMLIMIT_MIN || mem > double(kMaxMemLimit) || chunk < 1024 || chunk > (16 << 20)) {
        *error = QCoreApplication::translate("Hearth::ExportCipher::Params", "the archive's encryption parameters are invalid or beyond Hearth's limits");
        return false;
    }
    p.opsLimit = quint64(ops);
    p.memLimit = quint64(mem);
    p.chunk = chunk;
    *params = p;
    return true;
}

ExportCipher::Params ExportCipher::freshParams()
{
    ready();
    Params p;
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), size_t(p.salt.size()));
    return p;
}

qint64 ExportCipher::sealedSize(qint64 plainSize, const Params &params)
{
    // Every chunk is full but the last, which may be empty.
    const qint64 chunks = plainSize / params.chunk + 1;
    return qint64(crypto_secretstream_xchacha20poly1305_HEADERBYTES) + plainSize
        + chunks * qint64(crypto_secretstream_xchacha20poly1305_ABYTES);
}

bool ExportCipher::seal(const Source &source, const Sink &sink, const QString &passphrase, const Params &params, QString *error)
{
    if (!ready()) {
        *error = tr("libsodium could not start");
        return false;
    }
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (!deriveKey(passphrase, params, key, error))
        return false;
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
    sodium_memzero(key, sizeof key);
    if (!sink(reinterpret_cast<const char *>(header), sizeof header)) {
        *error = tr("cannot write the encrypted archive");
        return false;
    }
    std::vector<char> plain(size_t(params.chunk));
    std::vector<unsigned char> sealed(size_t(params.chunk) + crypto_secretstream_xchacha20poly1305_ABYTES);
    // Full chunks: a chunk is sent only once the next read shows whether it is the last.
    qint64 have = 0;
    for (;;) {
        const qint64 n = source(plain.data() + have, params.chunk - have);
        if (n < 0) {
            *error = tr("cannot read the archive to encrypt");
            return false;
        }
        have += n;
        const bool last = n == 0;
        if (have < params.chunk && !last)
            continue;
        unsigned long long out = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, sealed.data(), &out, reinterpret_cast<unsigned char *>(plain.data()),
                                                   quint64(have), nullptr, 0,
                                                   last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        if (!sink(reinterpret_cast<const char *>(sealed.data()), qint64(out))) {
            *error = tr("cannot write the encrypted archive");
            return false;
        }
        have = 0;
        if (last)
            return true;
    }
}

bool ExportCipher::open(const Source &source, const Sink &sink, const QString &passphrase, const Params &params, QString *error,
                        bool *wrongKey)
{
    if (!ready()) {
        *error = tr("libsodium could not start");
        return false;
    }
    auto readFully = [&source](char *data, qint64 size) {
        qint64 got = 0;
        while (got < size) {
            const qint64 n = source(data + got, size - got);
            if (n <= 0)
                return n < 0 ? qint64(-1) : got;
            got += n;
        }
        return got;
    };
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    if (readFully(reinterpret_cast<char *>(header), sizeof header) != qint64(sizeof header)) {
        *error = tr("the encrypted archive is cut short");
        return false;
    }
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    if (!deriveKey(passphrase, params, key, error))
        return false;
    crypto_secretstream_xchacha20poly1305_state state;
    const int started = crypto_secretstream_xchacha20poly1305_init_pull(&state, header, key);
    sodium_memzero(key, sizeof key);
    if (started != 0) {
        *error = tr("the encrypted archive's header is invalid");
        return false;
    }
    const qint64 sealedChunk = params.chunk + qint64(crypto_secretstream_xchacha20poly1305_ABYTES);
    std::vector<char> sealed(static_cast<size_t>(sealedChunk));
    std::vector<unsigned char> plain(size_t(params.chunk));
    for (qint64 index = 0;; ++index) {
        const qint64 n = readFully(sealed.data(), sealedChunk);
        if (n < 0) {
            *error = tr("cannot read the encrypted archive");
            return false;
        }
        if (n < qint64(crypto_secretstream_xchacha20poly1305_ABYTES)) {
            *error = tr("the encrypted archive is cut short: its end is missing");
            return false;
        }
        unsigned long long out = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, plain.data(), &out, &tag, reinterpret_cast<unsigned char *>(sealed.data()),
                                                       quint64(n), nullptr, 0)
            != 0) {
            if (wrongKey)
                *wrongKey = index == 0;
            // The first chunk is where a wrong key shows; a short chunk that
            // fails is the end of a file cut short (or damaged there).
            *error = index == 0 && n == sealedChunk ? tr("wrong passphrase (or the encrypted archive is damaged at its start)")
                : n < sealedChunk && index > 0      ? tr("the encrypted archive is cut short or damaged at its end (chunk %1)").arg(index)
                : index == 0                        ? tr("wrong passphrase (or the encrypted archive is cut short or damaged)")
                                                    : tr("the encrypted archive is damaged (chunk %1 fails its check)").arg(index);
            return false;
        }
        if (!sink(reinterpret_cast<const char *>(plain.data()), qint64(out))) {
            *error = tr("cannot write the opened archive");
            return false;
        }
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
            char extra = 0;
            if (source(&extra, 1) != 0) {
                *error = tr("the encrypted archive has data after its end");
                return false;
            }
            return true;
        }
        if (n < sealedChunk) {
            *error = tr("the encrypted archive is cut short: its end is missing");
            return false;
        }
    }
}

} // namespace Hearth
