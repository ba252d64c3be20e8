#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <optional>

namespace Hearth::EncryptedFile {

// A file shared in an end-to-end encrypted chat as OMEMO clients do it
// (XEP-0454): AES-256-GCM, the 16-byte tag after the ciphertext, uploaded
// like any file, and linked as aesgcm://host/path#<IV hex><key hex> inside
// the encrypted message (Conversations, Dino, Gajim, Monal, Kaidan).
struct Link
{
    QUrl https;      // where the ciphertext is
    QByteArray iv;   // 12 bytes (16 from older Conversations)
    QByteArray key;  // 32 bytes
};

[[nodiscard]] bool isLink(const QString &url);
std::optional<Link> parse(const QString &url);
QString linkFor(const QUrl &https, const QByteArray &iv, const QByteArray &key);

struct Sealed
{
    QByteArray iv;
    QByteArray key;
    qint64 size = 0;   // of the ciphertext with its tag
    QString error;     // empty on success
};
// Encrypts source into target in pieces (a large file never whole in
// memory) with a new key; for a worker thread.
Sealed encryptFile(const QString &source, const QString &target);

// The plaintext, or nothing when the tag does not match (a wrong key, a
// damaged or tampered download).
std::optional<QByteArray> decrypt(const QByteArray &data, const QByteArray &iv, const QByteArray &key);

} // namespace Hearth::EncryptedFile
