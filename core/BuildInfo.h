#pragma once

#include <QList>
#include <QString>

namespace Hearth::BuildInfo {

// A library Hearth is built on, for the About page and --version: its
// version as loaded at run time where the library can say it ("" where it
// cannot), and its licence.
struct Library
{
    QString name;
    QString version;
    QString licence;
};

[[nodiscard]] QList<Library> libraries();
[[nodiscard]] QString licence(); // Hearth's own

} // namespace Hearth::BuildInfo
