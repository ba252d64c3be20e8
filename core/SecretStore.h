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

// Account passwords. They live in the OS keychain through QtKeychain and
// nowhere else; with no keychain service (CI, a bare session) Hearth keeps
// them in memory for this run only, and only when asked to explicitly.
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

private:
    Backend m_backend;
    QHash<QString, QString> m_memory;
};

} // namespace Hearth
