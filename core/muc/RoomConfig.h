#pragma once

#include "RoomSettings.h"

#include <QXmppDataForm.h>

namespace Hearth::RoomConfig {

// The muc#roomconfig form (XEP-0045 §10.2) as the settings Hearth shows.
[[nodiscard]] RoomSettings fromForm(const QXmppDataForm &form);
// The room's form with the settings applied, ready to submit: fields the
// service does not offer are left out, the others keep their values.
[[nodiscard]] QXmppDataForm submission(const QXmppDataForm &form, const RoomSettings &settings);

} // namespace Hearth::RoomConfig
