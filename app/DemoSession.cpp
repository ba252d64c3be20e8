#include "DemoSession.h"

#include "Logging.h"
#include "demo/DemoSeeder.h"
#include "server/LocalProsody.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

using namespace Hearth;

namespace {
// Bump when the seed changes, so an old demo folder is seeded again.
constexpr int kSeedVersion = 13;
}

DemoSession::DemoSession(const QString &directory, QObject *parent)
    : QObject(parent), m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
}

DemoSession::~DemoSession()
{
    m_presence.reset(); // the contacts leave before the server stops
}

QString DemoSession::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/hearth/demo");
}

namespace {
QString stampIn(const QString &directory)
{
    return directory + QStringLiteral("/seeded-v%1").arg(kSeedVersion);
}
} // namespace

void DemoSession::prepareDirectory(const QString &directory)
{
    const QString dir = directory.isEmpty() ? defaultDirectory() : directory;
    if (QFile::exists(stampIn(dir)) || !QFileInfo::exists(dir))
        return;
    qCInfo(lcDemo) << "the demo in" << dir << "is from another seed version: starting it afresh";
    // Only what the demo itself puts there.
    for (const QString &entry : {QStringLiteral("server"), QStringLiteral("profile")})
        QDir(dir + u'/' + entry).removeRecursively();
    for (const QString &old : QDir(dir).entryList({QStringLiteral("seeded-v*")}, QDir::Files))
        QFile::remove(dir + u'/' + old);
}

bool DemoSession::start(QString *error)
{
    LocalProsody::Options options;
    options.directory = m_directory + QStringLiteral("/server");
    options.keepPorts = true; // the posts' picture URLs name the HTTP port
    m_server = std::make_unique<LocalProsody>(options);
    if (!m_server->start(error))
        return false;

    const QString stamp = stampIn(m_directory);
    // Contacts come online with their own presence once the data is there.
    connect(this, &DemoSession::ready, this, [this] { m_presence = std::make_unique<DemoPresence>(m_server.get()); });
    if (QFile::exists(stamp)) {
        QTimer::singleShot(0, this, &DemoSession::ready);
        return true;
    }
    qCInfo(lcDemo) << "seeding the demo server in" << m_directory;
    auto *seeder = new DemoSeeder(m_server.get(), this);
    connect(seeder, &DemoSeeder::finished, this, [this, seeder, stamp](bool ok, const QString &message) {
        seeder->deleteLater();
        if (!ok) {
            Q_EMIT failed(message);
            return;
        }
        QFile file(stamp);
        if (file.open(QIODevice::WriteOnly))
            file.write("seeded\n");
        Q_EMIT ready();
    });
    seeder->run();
    return true;
}

AccountSettings DemoSession::demoAccount() const
{
    return m_server->accountSettings(Demo::people().constFirst().user);
}

QString DemoSession::demoPassword() const
{
    return Demo::password();
}
