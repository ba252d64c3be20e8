#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <functional>

class QIODevice;

namespace Hearth {

// The passphrase protection of an export (docs/export-format.md §Encryption):
// libsodium's Argon2id derives the key from the passphrase and a random
// salt, and secretstream (XChaCha20-Poly1305) seals the inner zip in 64 KiB
// chunks, each authenticated, the last one tagged final, so a wrong
// passphrase, a changed byte or a cut file are each detected. The
// parameters travel in the clear (params()), as the format's manifest stub.
class ExportCipher
{
public:
    struct Params
    {
        QByteArray salt;                      // crypto_pwhash_SALTBYTES
        quint64 opsLimit = 3;                 // Argon2id passes
        quint64 memLimit = quint64(64) << 20; // bytes
        int chunk = 64 * 1024;

        [[nodiscard]] QJsonObject toJson() const;
        // Refuses parameters a hostile file could use to exhaust memory or time.
        static bool fromJson(const QJsonObject &json, Params *params, QString *error);
    };
    using Sink = std::function<bool(const char *data, qint64 size)>;
    using Source = std::function<qint64(char *data, qint64 size)>; // >0, 0 at end, -1 error

    // Fresh parameters with a random salt.
    static Params freshParams();
    // What the sealed stream adds to plainSize bytes.
    static qint64 sealedSize(qint64 plainSize, const Params &params);

    // Seals everything from source into sink.
    static bool seal(const Source &source, const Sink &sink, const QString &passphrase, const Params &params, QString *error);
    // Opens what seal wrote; fails on a wrong passphrase, a changed byte or a
    // stream cut short, naming which.
    // wrongKey, when given, is set when the passphrase is the likely cause.
    static bool open(const Source &source, const Sink &sink, const QString &passphrase, const Params &params, QString *error,
                     bool *wrongKey = nullptr);

    static constexpr auto kScheme = "libsodium-secretstream-xchacha20poly1305";
    static constexpr auto kKdf = "argon2id13";
};

} // namespace Hearth
