#pragma once

#include <QString>

namespace Hearth {

// Where one profile keeps its files. Several profiles (and the tests) run
// side by side with --profile DIR.
class Profile
{
public:
    // dir empty: the platform's application data location.
    explicit Profile(const QString &dir = {});

    [[nodiscard]] QString directory() const { return m_dir; }
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] QString settingsPath() const;
    [[nodiscard]] QString cacheDirectory() const;
    // Creates the directory; false with a logged reason if it cannot.
    bool ensureExists() const;

private:
    QString m_dir;
};

} // namespace Hearth
