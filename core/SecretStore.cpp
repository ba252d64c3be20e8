#include "SecretStore.h"

#include "Logging.h"

#include <QPromise>
#include <qt6keychain/keychain.h>

namespace Hearth {

namespace {
const QString kService = QStringLiteral("Hearth");

QString keyFor(const QString &jid)
{
    return QStringLiteral("xmpp:") + jid;
}

QFuture<SecretResult> ready(SecretResult result)
{
    QPromise<SecretResult> promise;
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    return promise.future();
}

// Runs a QtKeychain job and turns its finished() signal into a future.
QFuture<SecretResult> runJob(QKeychain::Job *job, bool isRead)
{
    auto promise = std::make_shared<QPromise<SecretResult>>();
    promise->start();
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [promise, isRead](QKeychain::Job *done) {
        SecretResult result;
        if (done->error() == QKeychain::EntryNotFound) {
            result.notFound = true;
        } else if (done->error() != QKeychain::NoError) {
            result.error = done->errorString();
            qCWarning(lcSecrets) << "keychain:" << done->errorString();
        } else if (isRead) {
            result.value = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
        }
        promise->addResult(std::move(result));
        promise->finish();
    });
    job->start();
    return promise->future();
}
} // namespace

SecretStore::SecretStore(Backend backend, QObject *parent)
    : QObject(parent), m_backend(backend)
{
}

QFuture<SecretResult> SecretStore::readPassword(const QString &jid)
{
    if (m_backend == Backend::MemoryOnly) {
        SecretResult result;
        const auto it = m_memory.constFind(jid);
        if (it == m_memory.constEnd())
            result.notFound = true;
        else
            result.value = *it;
        return ready(std::move(result));
    }
    return read(keyFor(jid));
}

QFuture<SecretResult> SecretStore::writePassword(const QString &jid, const QString &password)
{
    if (m_backend == Backend::MemoryOnly) {
        m_memory.insert(jid, password);
        return ready({});
    }
    return write(keyFor(jid), password);
}

QFuture<SecretResult> SecretStore::removePassword(const QString &jid)
{
    if (m_backend == Backend::MemoryOnly) {
        m_memory.remove(jid);
        return ready({});
    }
    return remove(keyFor(jid));
}

QFuture<SecretResult> SecretStore::readOmemoKey(const QString &jid)
{
    if (m_backend == Backend::MemoryOnly)
        return ready({{}, tr("No system keychain in this session."), false});
    return read(QStringLiteral("omemo:") + jid);
}

QFuture<SecretResult> SecretStore::writeOmemoKey(const QString &jid, const QString &key)
{
    if (m_backend == Backend::MemoryOnly)
        return ready({{}, tr("No system keychain in this session."), false});
    return write(QStringLiteral("omemo:") + jid, key);
}

QFuture<SecretResult> SecretStore::removeOmemoKey(const QString &jid)
{
    if (m_backend == Backend::MemoryOnly)
        return ready({});
    return remove(QStringLiteral("omemo:") + jid);
}

QFuture<SecretResult> SecretStore::read(const QString &entry)
{
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(entry);
    return runJob(job, true);
}

QFuture<SecretResult> SecretStore::write(const QString &entry, const QString &value)
{
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(entry);
    job->setTextData(value);
    return runJob(job, false);
}

QFuture<SecretResult> SecretStore::remove(const QString &entry)
{
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(entry);
    return runJob(job, false);
}

} // namespace Hearth
