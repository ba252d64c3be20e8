#pragma once

#include <QFuture>
#include <QHash>
#include <QObject>
#include <QString>

namespace Hearth {

struct SecretResult
{
    QString value;   // the secret, for reads
    QString error;   // empty on success
    bool notFound = false;
    [[nodiscard]] bool ok() const { return error.isEmpty() && !notFound; }
};

// Account passwords, and the key that seals each account's OMEMO private
// keys in the cache (KeySeal). They live in the OS keychain through
// QtKeychain and nowhere else; with no keychain service (CI, a bare
// session) Hearth keeps passwords in memory for this run only, and only
// when asked to explicitly (and then has no sealing key).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend { Keychain, MemoryOnly };

    explicit SecretStore(Backend backend, QObject *parent = nullptr);

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] QFuture<SecretResult> readPassword(const QString &jid);
    [[nodiscard]] QFuture<SecretResult> writePassword(const QString &jid, const QString &password);
    [[nodiscard]] QFuture<SecretResult> removePassword(const QString &jid);
    // The account's OMEMO sealing key, base64 (never in memory-only mode:
    // a key that would not outlive the run would lock the keys away).
    [[nodiscard]] QFuture<SecretResult> readOmemoKey(const QString &jid);
    [[nodiscard]] QFuture<SecretResult> writeOmemoKey(const QString &jid, const QString &key);
    [[nodiscard]] QFuture<SecretResult> removeOmemoKey(const QString &jid);

private:
    QFuture<SecretResult> read(const QString &entry);
    QFuture<SecretResult> write(const QString &entry, const QString &value);
    QFuture<SecretResult> remove(const QString &entry);

    Backend m_backend;
    QHash<QString, QString> m_memory;
};

} // namespace Hearth
