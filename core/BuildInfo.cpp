#include "BuildInfo.h"

#include "e2ee/CryptoSupport.h"

#include <QXmppGlobal.h>
#include <QtGlobal>

#include <archive.h>
#include <sodium.h>

namespace Hearth::BuildInfo {

QList<Library> libraries()
{
    QString archive = QString::fromLatin1(archive_version_string());
    archive.remove(QStringLiteral("libarchive ")); // "libarchive 3.6.2"
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only")},
        {QStringLiteral("QXmpp"), QXmppVersion(), QStringLiteral("LGPL-2.1-or-later")},
        {QStringLiteral("QCA"), CryptoSupport::problem().isEmpty() ? CryptoSupport::qcaVersion()
                                                                   : CryptoSupport::qcaVersion() + QStringLiteral(" (") + CryptoSupport::problem() + u')',
         QStringLiteral("LGPL-2.1-or-later")},
        {QStringLiteral("libomemo-c"), QString(), QStringLiteral("GPL-3.0-only")},
        {QStringLiteral("QtKeychain"), QString(), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("SQLite"), QString(), QStringLiteral("public domain")},
        {QStringLiteral("libarchive"), archive, QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QStringLiteral("ISC")},
        {QStringLiteral("MD4C"), QString(), QStringLiteral("MIT")},
    };
}

QString licence()
{
    return QStringLiteral("GPL-3.0-or-later");
}

} // namespace Hearth::BuildInfo
