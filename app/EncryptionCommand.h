#pragma once

#include <QString>

namespace Hearth {
class AccountSession;
}

// `hearth encryption [ADDRESS]`, on an account session that is online: the
// OMEMO devices of ADDRESS (the account's own without one: this device
// first) with fingerprint, trust and label, one line each (or JSON); and
// what a profile page does: --verify/--trust/--distrust KEY (a fingerprint,
// spaces allowed) or --verify-uri (the xmpp: link of a QR code), --mode
// on|off|auto for the conversation with ADDRESS, --remove-device ID for the
// user's own old devices. Returns the exit code.
namespace EncryptionCommand {

struct Options
{
    QString address;     // empty: the account's own devices
    QString verifyKey, trustKey, distrustKey, verifyUri;
    QString mode;        // on, off, auto
    bool json = false;
    quint32 removeDevice = 0; // one of the user's other devices to take out of the lists
};

int run(Hearth::AccountSession &session, const Options &options);

} // namespace EncryptionCommand
