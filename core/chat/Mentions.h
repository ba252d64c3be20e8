#pragma once

#include <QString>

namespace Hearth::Mentions {

// Whether a room message names the user: their nickname as a word of its
// own, in any case ("@sam", "Sam:" and "sam," count; "samples" does not).
[[nodiscard]] bool mentions(const QString &body, const QString &nick);

} // namespace Hearth::Mentions
