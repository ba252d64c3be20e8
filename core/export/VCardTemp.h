#pragma once

#include "profile/ProfileCard.h"

#include <QByteArray>
#include <QString>

namespace Hearth::VCardTemp {

// The vcard-temp (XEP-0054) form of a vCard4 profile, for account.xml:
// servers import vcard-temp (Prosody converts it back to vCard4 and the
// avatar at the first login, PROTOCOL-NOTES §3.2). photo: the avatar's bytes.
[[nodiscard]] QString fromProfile(const ProfileCard &card, const QByteArray &photo = {}, const QString &photoType = {});

} // namespace Hearth::VCardTemp
