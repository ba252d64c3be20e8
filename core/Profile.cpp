#include "Profile.h"

#include "Logging.h"

#include <QDir>
#include <QStandardPaths>

namespace Hearth {

Profile::Profile(const QString &dir)
{
    m_dir = dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                          : QDir(dir).absolutePath();
}

QString Profile::databasePath() const
{
    return m_dir + QStringLiteral("/hearth.sqlite");
}

QString Profile::settingsPath() const
{
    return m_dir + QStringLiteral("/settings.ini");
}

QString Profile::cacheDirectory() const
{
    return m_dir + QStringLiteral("/cache");
}

bool Profile::ensureExists() const
{
    if (QDir().mkpath(m_dir))
        return true;
    qCWarning(lcDb) << "cannot create the profile folder" << m_dir;
    return false;
}

} // namespace Hearth
