#pragma once

#include "KeySeal.h"

#include <QFuture>
#include <QString>

class QObject;

namespace Hearth {

class SecretStore;

// Where an account's KeySeal key comes from: the system keychain, made
// there on first use. No keychain (memory-only secrets, no service, a
// refused write): no sealing, and a note saying why, so the user knows
// the keys sit in the cache unprotected. A key the keychain holds but
// cannot give (locked, no service) is never replaced by a new one: data
// sealed with it makes the stores refuse to load (locked), losing nothing.
namespace KeyVault {

struct Unlocked
{
    KeySeal seal;
    QString note; // empty when sealing; else why not
};

QFuture<Unlocked> unlock(SecretStore *secrets, const QString &jid, QObject *context);

} // namespace KeyVault
} // namespace Hearth
