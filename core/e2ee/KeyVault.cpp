#include "KeyVault.h"

#include "../Logging.h"
#include "../Promises.h"
#include "../SecretStore.h"

#include <QCoreApplication>

namespace Hearth::KeyVault {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::KeyVault", text);
}
} // namespace

QFuture<Unlocked> unlock(SecretStore *secrets, const QString &jid, QObject *context)
{
    auto promise = startedPromise<Unlocked>();
    if (!secrets || secrets->backend() == SecretStore::Backend::MemoryOnly) {
        fulfil(promise, Unlocked{{}, tr("Without a system keychain the encryption keys are kept in the cache unprotected.")});
        return promise->future();
    }
    secrets->readOmemoKey(jid).then(context, [secrets, jid, context, promise](SecretResult read) {
        if (read.ok()) {
            const KeySeal seal(QByteArray::fromBase64(read.value.toLatin1()));
            if (!seal.seals())
                qCWarning(lcE2ee) << "the keychain's OMEMO key for" << jid << "is damaged";
            fulfil(promise, Unlocked{seal, seal.seals() ? QString() : tr("The system keychain's entry for the encryption keys is damaged.")});
            return;
        }
        if (!read.notFound) {
            qCWarning(lcE2ee) << "no OMEMO key from the keychain:" << read.error;
            fulfil(promise, Unlocked{{}, tr("The system keychain could not be read (%1); the encryption keys are not protected.").arg(read.error)});
            return;
        }
        // First use (or a cache from before sealing): a new key, used only
        // once the keychain holds it.
        const QByteArray key = KeySeal::newKey();
        secrets->writeOmemoKey(jid, QString::fromLatin1(key.toBase64())).then(context, [key, promise](SecretResult written) {
            if (!written.ok()) {
                qCWarning(lcE2ee) << "the OMEMO key could not be kept in the keychain:" << written.error;
                fulfil(promise, Unlocked{{}, tr("The system keychain could not store a key (%1); the encryption keys are not protected.").arg(written.error)});
                return;
            }
            fulfil(promise, Unlocked{KeySeal(key), {}});
        });
    });
    return promise->future();
}

} // namespace Hearth::KeyVault
